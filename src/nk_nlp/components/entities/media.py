"""Outlets the knowledge base does not know, found by the slot news puts them in:

- after a relay cue (`seperti dilansir The Coastal Herald`, `kepada wartawan Suara Timur`,
  `kantor berita resmi KNB`, `televisi pemerintah TVR`, `siaran pers yang diterima Warta`):
  the run of capitalised words (with `of`, `the`, `&` and domains inside) is the outlet,
  even where a place or country sits inside it (`Kabar Lembah`, `Herald of Tonga`);
- an outlet's edition named by its country (`Deutsche Welle Indonesia`, `BBC Arabic` is
  left alone): the known outlet and the country are one MEDIA span, the brand canonical;
- the article's own outlet: the record's `meta.outlet` (handed to the pipeline in
  `doc.user_data[OUTLET_KEY]` by the annotate engine) or a domain heading the article
  (`warta.id -`), wherever its name, or its name without the domain, stands in the text
  (`... yang diterima Warta`, an all-caps dateline `WARTA TIMUR -`)."""

import re
from typing import Dict, List, Set, Tuple

from nk_nlp.components.entities.document import DocEntities, Entity

OUTLET_KEY = "nk_outlet"  # doc.user_data: the outlet of the record's meta, when it has one
NAME_CONNECTORS = ("of", "the", "&")
MAX_WORDS = 5
DOMAIN_SUFFIX = re.compile(r"\.(?:co\.id|co\.uk|com|id|net|org|tv|news|co|info)$", re.IGNORECASE)


def media_slots(de: DocEntities, entities: List[Entity]) -> List[Entity]:
    entities = relayed_outlets(de, entities)
    entities = outlet_editions(de, entities)
    return own_outlet(de, entities)


def outlet_name_end(de: DocEntities, i: int) -> int:
    """End of an outlet's name starting at token i (i when none): capitalised words, all
    caps, domains, a leading `The`, `of` / `&` between capitalised words."""
    tok = de.tok
    n = len(tok)
    stop = de.lex.name_stopwords
    j, words = i, 0
    while j < n and words < MAX_WORDS:
        text, lower = tok.text[j], tok.lower[j]
        if text[:1].isupper() and (tok.is_alpha[j] or any(c.isalpha() for c in text)) and \
                (lower not in stop or (lower == "the" and j == i)):
            j += 1
            words += 1
        elif j > i and lower in NAME_CONNECTORS and j + 1 < n and tok.text[j + 1][:1].isupper():
            j += 1
        else:
            break
    return j


def outlet_canonical(de: DocEntities, start: int, end: int) -> str:
    """KB canonical of the whole name, else of a known outlet it starts with when the rest
    names a country (an edition: `BBC News Indonesia` -> `BBC`), else the brand."""
    tok, kb = de.tok, de.kb
    text = tok.span_text(start, end)
    if kb.outlet(text):
        return kb.media_brand(text)
    for stop in range(end - 1, start, -1):
        if kb.outlet(tok.span_text(start, stop)) and kb.is_country(tok.span_text(stop, end)):
            return kb.media_brand(tok.span_text(start, stop))
    return kb.media_brand(text)


def replace_with_media(entities: List[Entity], start: int, end: int, canonical: str, free_from: int) -> List[Entity]:
    """`entities` with MEDIA [start, end) in place of what lies inside [free_from, end)."""
    kept = [e for e in entities if e[1] <= free_from or e[0] >= end]
    return sorted(kept + [(start, end, "MEDIA", canonical)])


def relayed_outlets(de: DocEntities, entities: List[Entity]) -> List[Entity]:
    """The capitalised name right after a relay cue is an outlet, known or not."""
    tok, kb, lex = de.tok, de.kb, de.lex
    cues = lex.media_relay_cues
    lowers = tok.lower
    out = entities
    for last in cues.lengths_by_last:
        for k in tok.positions("lower").get(last, ()):
            n_cue, _ = cues.ending_at(lowers, k + 1)
            i = k + 1
            if not n_cue or not tok.text[k].islower() or i >= len(tok) or i in de.headline:
                continue
            end = outlet_name_end(de, i)
            if end == i:
                continue
            text = tok.span_text(i, end)
            if not kb.outlet(text) and not known_outlet_start(de, i, end) and not_an_outlet(de, i, end):
                continue
            cue_start = k + 1 - n_cue
            if any(s < cue_start < e for s, e, _, _ in out):
                continue  # the cue is part of a longer name
            if any(s == i and e == end and label == "MEDIA" for s, e, label, _ in out):
                continue
            out = replace_with_media(out, i, end, outlet_canonical(de, i, end), cue_start)
    return out


def known_outlet_start(de: DocEntities, start: int, end: int) -> bool:
    return any(de.kb.outlet(de.tok.span_text(start, stop)) for stop in range(end, start, -1))


def not_an_outlet(de: DocEntities, start: int, end: int) -> bool:
    """A title, institution or force noun, or a known actor, state or place opening the name:
    `dikutip dari Kementerian Pertahanan`, `mengutip Presiden ...`, `kantor berita Palestina WAFA`."""
    tok, kb, lex = de.tok, de.kb, de.lex
    lowers = tok.lower[start:end]
    if lex.titles.prefix_len(lowers) or lex.institutions.prefix_len(lowers) or lex.force_nouns.prefix_len(lowers):
        return True
    return any(kb.lookup(tok.span_text(start, stop)) for stop in range(end, start, -1))


def outlet_editions(de: DocEntities, entities: List[Entity]) -> List[Entity]:
    """`BBC News` + `Indonesia`: a known outlet followed, with nothing between, by a country
    names the outlet's edition; one MEDIA span with the outlet's canonical."""
    tok, kb = de.tok, de.kb
    n = len(tok)
    out = entities
    for start, end, label, canonical in entities:
        if label != "MEDIA" or end >= n or not tok.whitespace[end - 1] or start in de.headline:
            continue
        if not kb.is_country(tok.text[end]) or (end + 1 < n and tok.text[end + 1][:1].isupper()):
            continue
        out = replace_with_media(out, start, end + 1, canonical, start)
    return out


def edition_brand(de: DocEntities, name: str) -> str:
    """The brand of an outlet's name: `BBC News Indonesia` -> `BBC` as in outlet_canonical."""
    words = name.split()
    if de.kb.outlet(name):
        return de.kb.media_brand(name)
    for k in range(len(words) - 1, 0, -1):
        if de.kb.outlet(" ".join(words[:k])) and de.kb.is_country(" ".join(words[k:])):
            return de.kb.media_brand(" ".join(words[:k]))
    return de.kb.media_brand(name)


def media_key(text: str) -> str:
    return re.sub(r"[^0-9a-z]", "", DOMAIN_SUFFIX.sub("", text.strip()).lower())


def own_outlet(de: DocEntities, entities: List[Entity]) -> List[Entity]:
    """The publishing outlet's name wherever it stands in the text, its canonical the brand
    of meta.outlet (else of the domain heading the article)."""
    tok, kb = de.tok, de.kb
    names: Dict[str, str] = {}  # surface form -> canonical
    outlet = de.doc.user_data.get(OUTLET_KEY)
    if isinstance(outlet, str) and outlet.strip():
        brand = edition_brand(de, outlet.strip())
        names[outlet.strip()] = brand
        names.setdefault(DOMAIN_SUFFIX.sub("", outlet.strip()), brand)
    for start, end, label, canonical in entities:
        text = tok.span_text(start, end)
        if label == "MEDIA" and kb.looks_like_domain(text) and canonical and not kb.outlet(canonical):
            names.setdefault(canonical, canonical)  # `warta.id -` heading the article: `Warta`
    if not names:
        return entities
    keys: Dict[str, str] = {}
    for form, canonical in names.items():  # meta's spelling first
        keys.setdefault(media_key(form), canonical)
    keys.pop("", None)
    # The outlet's other spellings (`WartaTimur.com` beside meta `Warta Timur`) take its canonical.
    out = [(s, e, label, keys.get(media_key(tok.span_text(s, e)), c) if label == "MEDIA" else c)
           for s, e, label, c in entities]
    for form, canonical in names.items():
        for start, end in name_occurrences(de, form):
            inside = [x for x in out if x[0] < end and x[1] > start]
            if any(x[0] < start or x[1] > end or x[2] == "MEDIA" for x in inside):
                continue
            out = replace_with_media(out, start, end, canonical, start)
    return out


def name_occurrences(de: DocEntities, form: str) -> List[Tuple[int, int]]:
    """Token spans spelling `form` (any case, capital first), not part of a longer
    capitalised name, nor a common word opening a sentence (`Suara` of `Suara tembakan`)."""
    tok = de.tok
    words = [t.lower_ for t in de.make_doc(form) if not t.is_space]
    if not words:
        return []
    n, size = len(tok), len(words)
    common: Set[str] = set()
    found = []
    for i in tok.positions("lower").get(words[0], ()):
        end = i + size
        if tok.lower[i:end] != words or not tok.text[i][:1].isupper() or i in de.headline:
            continue
        if (i > 0 and is_name_piece(de, i - 1)) or (end < n and is_name_piece(de, end)):
            continue
        if size == 1 and de.doc[i].is_sent_start:
            if not common:
                common = {tok.lower[k] for k in tok.positions("lower").get(words[0], ()) if tok.text[k].islower()} or {""}
            if words[0] in common:
                continue
        found.append((i, end))
    return found


def is_name_piece(de: DocEntities, i: int) -> bool:
    text = de.tok.text[i]
    return (text[:1].isupper() and de.tok.is_alpha[i]) or text == "-"
