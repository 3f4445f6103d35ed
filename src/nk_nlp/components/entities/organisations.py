"""Organisations and armed groups the knowledge base lacks, read from the article itself
(one document pass, `organisations`, in passes.PASSES):

- an acronym the article defines is that body's alias in the whole article:
  `Front Pembebasan Tanah Selatan (FPTS) ... Juru bicara FPTS ... anggota FPTS` -- every bare
  `FPTS` is the ACTOR of the name before the brackets, with its canonical; a code or acronym
  proved in an actor slot (`kelompok pemberontak K45`) likewise (`K45 membantah ...`);
- a known organisation followed by its branch and place is one ACTOR:
  `Komisi Ombudsman Perwakilan Sulawesi`, canonical `<organisation> Perwakilan <place>`;
- a name-shaped ACTOR the KB lacks whose text the article proved a PLACE elsewhere is that
  place (`juru bicara militer untuk Kivu Selatan, Kolonel ...` after `provinsi Kivu Selatan`).
"""

from typing import Dict, List, Optional, Tuple

from nk_nlp.components.entities.boundaries import looks_like_person, name_run
from nk_nlp.components.entities.document import DocEntities, Entity

ACRONYM_MAX = 10


def is_acronym(text: str) -> bool:
    """`NP`, `FARDC`, `K45`, `RMX-HQ`: capitals and digits, at least one capital, no lower case."""
    bare = text.replace("-", "")
    return 2 <= len(bare) <= ACRONYM_MAX and bare.isalnum() and bare[:1].isupper() and bare.upper() == bare \
        and not bare.isdigit()


def organisations(de: DocEntities, entities: List[Entity]) -> List[Entity]:
    entities = organisation_branches(de, entities)
    entities = places_proved_elsewhere(de, entities)
    return repeat_acronyms(de, entities)


def learned_acronyms(de: DocEntities, entities: List[Entity]) -> Dict[str, str]:
    """Acronym -> canonical: defined in brackets after a name, or proved in a force slot."""
    tok = de.tok
    learned: Dict[str, str] = {}
    for start, end, label, canonical in entities:
        if label != "ACTOR" or not canonical:
            continue
        if start > 0 and end < len(tok) and tok.text[start - 1] == "(" and tok.text[end] == ")" and \
                is_acronym(tok.span_text(start, end)):
            learned.setdefault(tok.span_text(start, end), canonical)  # `Nama Panjang (NP)`
        elif end - start >= 2 and is_acronym(tok.text[end - 1]) and canonical == tok.text[end - 1] and \
                de.lex.force_nouns.prefix_len(tok.lower[start:end - 1]) == end - 1 - start:
            learned.setdefault(canonical, canonical)  # `kelompok pemberontak K45`
    return {text: canonical for text, canonical in learned.items() if not de.kb.lookup(text)}


def slot_acronyms(de: DocEntities, entities: List[Entity]) -> Dict[str, str]:
    """Acronyms the KB lacks in an actor's slot, canonical as written: after a member or
    possession noun (`anggota FPTS`, `juru bicara FPTS`, `milik FPTS`) or before a claim
    verb (`FPTS membantah`)."""
    tok = de.tok
    n_doc = len(tok)
    taken = {i for s, e, _, _ in entities for i in range(s, e)}
    found: Dict[str, str] = {}

    def take(i: int) -> None:
        text = tok.text[i]
        if i in taken or not is_acronym(text) or not tok.is_upper[i] or tok.lower[i] in de.lex.name_stopwords or \
                tok.lower[i] in de.lex.acronym_common_nouns or \
                de.kb.lookup(text) or de.kb.lookup(text, respect_case=False):
            return
        for k in (i - 1, i + 1):  # a line in capitals (`PIKIRAN RAKYAT –`) proves nothing
            if 0 <= k < n_doc and tok.is_alpha[k] and tok.is_upper[k] and len(tok.text[k]) > 1:
                return
        if (i + 1 < n_doc and tok.text[i + 1] == "-") or (i > 0 and tok.text[i - 1] == "-"):
            return
        if i + 1 < n_doc and tok.is_alpha[i + 1] and tok.text[i + 1][:1].isupper() and i + 1 not in de.headline:
            return  # the first word of a longer name: `juru bicara FPTS Komando Selatan`
        found.setdefault(text, text)  # as `pemberontak K45` -> `K45`: the acronym is its own name

    for word in de.lex.acronym_slots_before:
        words = word.split()
        for i in tok.positions("lower").get(words[0], ()):
            j = i + len(words)
            if j < n_doc and tok.lower[i:j] == words and (i == 0 or not tok.text[i][:1].isupper() or
                                                          i not in de.headline):
                take(j)
    for verb in de.lex.acronym_verbs_after:
        for i in tok.positions("lower").get(verb, ()):
            j = i - 1
            while j > 0 and tok.lower[j] in de.lex.adverbs_before_speech_verb:
                j -= 1
            if j >= 0:
                take(j)
    return found


def titled_owner(de: DocEntities, i: int, n: int, entities: List[Entity]) -> bool:
    """`Moderator FPTS Pendeta Nama Orang`: between a capitalised office and a person's name
    the acronym is part of the titled span, not an entity of its own."""
    tok = de.tok
    if i == 0 or not tok.is_alpha[i - 1] or not tok.text[i - 1][:1].isupper() or tok.is_upper[i - 1] or \
            i - 1 in de.headline:
        return False
    return any(s == i + n and label == "ACTOR" for s, _, label, _ in entities)


def repeat_acronyms(de: DocEntities, entities: List[Entity]) -> List[Entity]:
    """Every bare mention of an acronym the article defined is that body (an outlet cue before
    it, `laporan FPTS`, does not make it an outlet)."""
    learned = {**slot_acronyms(de, entities), **learned_acronyms(de, entities)}
    if not learned:
        return entities
    tok = de.tok
    n_doc = len(tok)
    owner: Dict[int, int] = {}
    for n, (s, e, _, _) in enumerate(entities):
        for i in range(s, e):
            owner[i] = n
    out = list(entities)
    replaced = set()
    for text, canonical in learned.items():
        for i, end in de.spelled(text):
            n = end - i
            if (i > 0 and tok.text[i - 1] == "-" and not tok.whitespace[i - 2]) or \
                    (i + n < n_doc and tok.text[i + n] == "-" and not tok.whitespace[i + n - 1]):
                continue  # part of a longer hyphenated name
            inside = {owner[k] for k in range(i, i + n) if k in owner}
            if not inside and not titled_owner(de, i, n, entities):
                out.append((i, i + n, "ACTOR", canonical))
                continue
            if len(inside) == 1:
                k = inside.pop()
                s, e, label, _ = entities[k]
                if (s, e) == (i, i + n) and label in ("MEDIA", "PLACE") and not de.kb.lookup(text):
                    out[k] = (i, i + n, "ACTOR", canonical)
                    replaced.add(k)
    return sorted(out)


def organisation_branches(de: DocEntities, entities: List[Entity]) -> List[Entity]:
    """`Komisi X Perwakilan Sulawesi`: a known organisation, a capitalised branch word and a
    place make one ACTOR; the place inside is not an entity of its own."""
    tok = de.tok
    n_doc = len(tok)
    out: List[Entity] = []
    skip_until = -1
    for n, (start, end, label, canonical) in enumerate(entities):
        if start < skip_until:
            continue
        k = de.lex.organisation_branch_words.prefix_len(tok.lower[end:end + 3]) \
            if label == "ACTOR" and canonical and end < n_doc and tok.text[end][:1].isupper() else 0
        org = de.kb.actor(canonical) if k else None
        if org is None or org["type"] not in ("organisation", "armed_force", "armed_group"):
            out.append((start, end, label, canonical))
            continue
        place = branch_place(de, end + k)
        if place is None:
            out.append((start, end, label, canonical))
            continue
        stop, place_name = place
        branch = " ".join(w[:1].upper() + w[1:] for w in tok.lower[end:end + k])
        out.append((start, stop, "ACTOR", f"{org['canonical']} {branch} {place_name}"))
        skip_until = stop
    return out


def branch_place(de: DocEntities, i: int) -> Optional[Tuple[int, str]]:
    """(end, canonical) of the place a branch word names: a known place, longest first."""
    tok = de.tok
    stop = name_run(de, i)
    for end in range(stop, i, -1):
        place = de.kb.place(tok.span_text(i, end))
        if place is not None:
            return end, place["canonical"]
    return None


def places_proved_elsewhere(de: DocEntities, entities: List[Entity]) -> List[Entity]:
    """A person-shaped ACTOR the KB lacks, named as it is written, whose text the article
    marks as a PLACE elsewhere, is that place."""
    tok = de.tok
    places = {tok.span_text(s, e): c for s, e, label, c in entities if label == "PLACE"}
    if not places:
        return entities
    out = []
    for start, end, label, canonical in entities:
        if label == "ACTOR" and canonical in places and canonical == tok.span_text(start, end) and \
                not de.kb.lookup(canonical) and looks_like_person(de, start, end):
            out.append((start, end, "PLACE", places[canonical]))
        else:
            out.append((start, end, label, canonical))
    return out
