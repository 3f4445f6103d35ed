"""People nobody listed: a capitalised run with the shape of a person's name in the slots
Indonesian news puts people in, and the name remembered through the article.

The slots (annotation.md: the span takes the title, the canonical name is the person's):
- an appositive after a role or body: `Juru bicara X, Nama Orang, mengatakan ...`,
  `Warga setempat, Nama Orang, ...`, with a title before the name kept in the span;
- a name at the head of a clause before a speech verb: `Nama Orang mengatakan ...`;
- after a lower-case role word: `KKB pimpinan Nama Orang`, `warga bernama Nama Orang`;
- a photo credit: `Foto: ANTARA/Nama Orang`.
A title prefix the lists lack (`Wakil` before `Menteri ...`) joins the span, not the name.

A long title run (`titled_person`) may hold an office, an agency, a region, a unit code and a
rank before the name: `Kepala Dinas Sosial <Kabupaten> <Nama Orang>`,
`Ketua ABC Pendeta <Nama Orang>`, `Komandan Kodim 1234/Xyz Letkol Inf <Nama Orang>`; an office
with a unit code and no name is the office spelled out (`Kapendam XIV/Abc`). A surname alone
later in the article takes the full name (`surnames_take_full_names`).
"""

import re
from typing import Dict, List, Optional, Set, Tuple

from nk_nlp.components.entities.document import DocEntities, Entity
from nk_nlp.knowledge.kb import title_case

SLOT_LIMIT = 4  # words of a name
SLOT_OPENERS = {",", ".", "/", "\"", "“", "”"}  # tokens a person slot can follow
UNIT_NUMBER = re.compile(r"^(?:\d+|[IVXL]+)$")  # `1809`, `XVIII`: the number of a unit or region
REGION_LIMIT = 3  # words of a region inside a title run


def name_word(de: DocEntities, k: int) -> bool:
    tok = de.tok
    return tok.is_alpha[k] and tok.text[k][:1].isupper() and not tok.is_upper[k] and \
        tok.lower[k] not in de.lex.name_stopwords and tok.lower[k] not in de.lex.title_words


def name_end(de: DocEntities, i: int, limit: int = SLOT_LIMIT) -> Tuple[int, int]:
    """(end, words) of the name-shaped run from `i`: capitalised words, `al-` particles inside."""
    tok = de.tok
    n, j, words = len(tok), i, 0
    while j < n and words < limit:
        if name_word(de, j):
            j, words = j + 1, words + 1
            continue
        if words and tok.lower[j] in de.lex.name_particles and j + 1 < n:
            k = j + 1
            if tok.text[k] == "-" and not tok.whitespace[j]:
                k += 1
            if k < n and name_word(de, k):
                j, words = k + 1, words + 1
                continue
        break
    return j, words


def speech_verb_at(de: DocEntities, k: int) -> bool:
    tok = de.tok
    while k < len(tok) and tok.lower[k] in de.lex.adverbs_before_speech_verb:
        k += 1
    return k < len(tok) and tok.lower[k] in de.lex.speech_verbs_after_name


def titles_end(de: DocEntities, i: int) -> int:
    tok = de.tok
    while i < len(tok) and tok.text[i][:1].isupper():
        n = de.lex.titles.prefix_len(tok.lower[i:i + 4])
        if not n:
            break
        i += n
    return i


def person(de: DocEntities, start: int, name_start: int, end: int) -> Optional[Entity]:
    """The ACTOR for title `start..name_start` + name `name_start..end`, unless a known non-person."""
    text = de.tok.span_text(name_start, end)
    known = de.kb.person(text)
    if known is not None:
        return (start, end, "ACTOR", known["canonical"])
    if de.kb.lookup(text):
        return None
    return (start, end, "ACTOR", text)


def unit_code_end(de: DocEntities, k: int, end: int) -> int:
    """End of a unit's number at k, with the name after its slash: `XVIII/Abc`, `1809/Xyz`,
    `1710` (k when there is none)."""
    tok = de.tok
    if k >= end or not UNIT_NUMBER.match(tok.text[k]):
        return k
    if not tok.text[k].isdigit() and k + 1 < end and tok.text[k + 1] != "/" and name_word(de, k + 1):
        return k  # `AKBP I Gede Nama`: a Balinese name's first word, not a Roman numeral
    k += 1
    if k + 1 < end and tok.text[k] == "/" and tok.text[k + 1][:1].isupper() and tok.is_alpha[k + 1]:
        k += 2
    return k


def known_owner_end(de: DocEntities, k: int, end: int) -> int:
    """End of a state, place or body the knowledge base knows, starting at k (k when none)."""
    tok = de.tok
    kb = de.kb
    for stop in range(min(end, k + REGION_LIMIT), k, -1):
        text = tok.span_text(k, stop)
        actor = kb.actor(text)
        if kb.state_of(text) or kb.place(text) or (actor is not None and actor["type"] != "person"):
            return stop
    return k


def region_elsewhere(de: DocEntities, first: int, k: int, n: int) -> bool:
    """Whether the words k..k+n stand elsewhere in the article as a region on their own: after
    a locative, place or direction word (`di Xyz`, `Kabupaten Xyz`, `timur laut Xyz`), a
    force noun (`militer Xyz`) or a body's abbreviation (`Polres Xyz`), and not followed by
    another capitalised word."""
    tok = de.tok
    lex = de.lex
    words = tok.text[k:k + n]
    for i in tok.positions("lower").get(words[0].lower(), ()):
        if first <= i < k + n or i == 0 or tok.text[i:i + n] != words:
            continue
        before = tok.lower[i - 1]
        if i + n < len(tok) and tok.text[i + n][:1].isupper() and tok.is_alpha[i + n]:
            continue
        if before in lex.unit_nouns or before in lex.title_abbreviations or before in lex.abbreviations or \
                lex.locative_before.prefix_len([before]) or lex.force_nouns.prefix_len([before]) or \
                before in lex.direction_last_words:
            return True
    return False


def titled_person(de: DocEntities, start: int, end: int) -> Optional[Entity]:
    """A title run of office words, agency acronyms, a region of 1-3 words, a unit code and
    ranks or religious titles, then a name of 1-4 words: the span is the whole run, the
    canonical the name (`Kepala Dinas Sosial Xyz Abc Nama Orang`, `Ketua ABC Pendeta Nama
    Orang`, `Komandan Kodim 1234/Xyz Letkol Inf Nama Orang`). The name starts after the last
    anchor: a rank or title, a unit code, an acronym, a region the knowledge base or the
    article knows. An office with a unit code and no name is the office spelled out
    (`Kapendam XIV/Abc` -> `Kepala Penerangan Komando Daerah Militer XIV/Abc`). None when the
    run has no anchor (the plain title + name reading holds)."""
    tok = de.tok
    if start in de.headline or not tok.text[start][:1].isupper():
        return None
    n_title = de.lex.titles.prefix_len(tok.lower[start:end])
    if not n_title:
        return None
    k = start + n_title
    name_start, unit_end = None, None
    while k < end:
        n = de.lex.titles.prefix_len(tok.lower[k:end]) if tok.text[k][:1].isupper() else 0
        if n:
            k = name_start = k + n  # a rank or religious title: the name follows it
            continue
        u = unit_code_end(de, k, end)
        if u > k:
            k = name_start = unit_end = u
            continue
        if not (tok.is_alpha[k] and tok.text[k][:1].isupper()):
            break
        if tok.is_upper[k] and len(tok.text[k]) >= 2:
            k = name_start = k + 1  # an agency's acronym
            continue
        owner = known_owner_end(de, k, end)
        if owner > k and owner < end and name_word(de, owner):
            k = name_start = owner
            continue
        k += 1
    run_end = k
    if name_start is None:
        name_start = region_split(de, start + n_title, run_end)
        if name_start is None:
            return None
    if name_start == run_end:
        if unit_end != run_end:
            return None
        office = [de.lex.title_abbreviations.get(tok.lower[j], tok.text[j]) for j in range(start, start + n_title)]
        return (start, run_end, "ACTOR", f"{title_case(' '.join(office))} {tok.span_text(start + n_title, run_end)}")
    stop, words = name_end(de, name_start)
    if not 1 <= words <= SLOT_LIMIT or stop != run_end:
        return None
    return person(de, start, name_start, stop)


def region_split(de: DocEntities, first: int, run_end: int) -> Optional[int]:
    """Where the name starts when no rank or known name marks it: after a region the article
    names elsewhere on its own, right after the title (`Presiden Xyz Nama Orang` beside
    `di Xyz`), or after an office noun and its field (`Kepala Dinas Sosial Xyz Abc Nama Orang`
    beside `Polres Xyz Abc`)."""
    tok = de.tok
    for n in range(REGION_LIMIT, 0, -1):
        if run_end - (first + n) >= 2 and region_elsewhere(de, first, first, n):
            return first + n
    if run_end - first < 3 or not de.lex.office_nouns.prefix_len(tok.lower[first:run_end]):
        return None
    for k in range(first + 1, run_end - 1):
        for n in range(REGION_LIMIT, 0, -1):
            if k + n < run_end and region_elsewhere(de, first, k, n):
                return k + n
    return None


def slot_person(de: DocEntities, i: int) -> Optional[Entity]:
    """The person whose (titled) name starts at token i, if i is in a person slot."""
    tok = de.tok
    prev = i - 1
    if prev >= 0 and tok.text[prev] == ",":
        name_start = titles_end(de, i)
        end, words = name_end(de, name_start)
        if words >= 2 and end < len(tok):
            after = tok.lower[end + 1:end + 5] if tok.text[end] == "," else []
            if speech_verb_at(de, end) or (after and (
                    speech_verb_at(de, end + 1) or after[0] in de.lex.appositive_openers or
                    after[0] in de.lex.role_openers_after_comma or de.lex.titles.prefix_len(after) or
                    de.lex.role_titles.prefix_len(after))):
                return person(de, i, name_start, end)
    if prev < 0 or tok.text[prev] in {".", "\"", "“", "”"} or tok.is_space[prev] or "\n" in tok.whitespace[prev]:
        end, words = name_end(de, i)
        if words >= 2 and speech_verb_at(de, end):
            return person(de, i, i, end)
    if prev >= 0 and not tok.text[prev][:1].isupper() and de.lex.roles_before_name.suffix_len(tok.lower[max(0, i - 3):i]):
        end, words = name_end(de, i)
        if words >= 2:
            return person(de, i, i, end)
    if prev >= 0 and tok.text[prev] == "/" and de.lex.photo_credit_cues.prefix_len(tok.lower[line_start(de, i):i]):
        end, words = name_end(de, i)
        if words >= 2:
            return person(de, i, i, end)
    return None


def line_start(de: DocEntities, i: int) -> int:
    tok = de.tok
    while i > 0 and not tok.is_space[i - 1] and "\n" not in tok.whitespace[i - 1]:
        i -= 1
    return i


def names_in_person_slots(de: DocEntities, entities: List[Entity]) -> List[Entity]:
    tok = de.tok
    taken: Set[int] = {i for s, e, _, _ in entities for i in range(s, e)}
    added: List[Entity] = []
    texts, lowers, role_ends = tok.text, tok.lower, de.lex.roles_before_name.lengths_by_last
    for i in range(1, len(tok)):
        prev = texts[i - 1]
        if prev not in SLOT_OPENERS and lowers[i - 1] not in role_ends and not tok.is_space[i - 1] and \
                "\n" not in tok.whitespace[i - 1]:
            continue  # most tokens open no slot: one set probe
        if i in taken or i in de.headline or not texts[i][:1].isupper() or not tok.is_alpha[i]:
            continue
        found = slot_person(de, i)
        if found is None or taken & set(range(found[0], found[1])):
            continue
        added.append(found)
        taken.update(range(found[0], found[1]))
    return sorted(entities + added)


def title_prefixes(de: DocEntities, entities: List[Entity]) -> List[Entity]:
    """`Wakil Menteri Informasi X Nama`: `Wakil` belongs to the title in the span."""
    tok = de.tok
    out = []
    ends = {e for _, e, _, _ in entities}
    for start, end, label, canonical in entities:
        n = de.lex.title_prefixes.suffix_len(tok.lower[max(0, start - 3):start]) if label == "ACTOR" else 0
        if n and de.lex.titles.prefix_len(tok.lower[start:end]):
            if tok.text[start - n][:1].isupper() and start not in ends and start - n not in ends:
                start -= n
        out.append((start, end, label, canonical))
    return out


def person_name_words(de: DocEntities, entities: List[Entity]) -> Dict[str, str]:
    """First and last words of every person's canonical name the article gives in full, for
    later mentions by one name (`Guleid`, `Dawit`, `al-Yafei`)."""
    words: Dict[str, str] = {}
    seen: Set[str] = set()
    for start, end, label, canonical in entities:
        if label != "ACTOR" or " " not in canonical or canonical in seen:
            continue
        seen.add(canonical)
        if person_shaped(de, canonical) and de.tok.span_text(start, end).endswith(canonical) and \
                (de.kb.person(canonical) is not None or not de.kb.lookup(canonical)):
            parts = canonical.split()
            for word in (parts[0], parts[-1]):
                if len(word) >= 4 and word.lower() not in de.lex.name_stopwords and \
                        word.lower() not in de.lex.title_words and not de.kb.lookup(word):
                    words.setdefault(word, canonical)
    return words


def person_shaped(de: DocEntities, canonical: str) -> bool:
    """2-5 capitalised words (particles inside), no digit, not headed by a body or a title."""
    parts = canonical.split()
    lowers = [p.lower() for p in parts]
    if len(parts) > 5 or lowers[0] in de.lex.title_words or any(c.isdigit() for c in canonical):
        return False
    if not all(p[:1].isupper() or p.split("-")[0].lower() in de.lex.name_particles for p in parts):
        return False
    return not (de.lex.institutions.prefix_len(lowers) or de.lex.force_nouns.prefix_len(lowers) or
                de.lex.organisation_heads.prefix_len(lowers))


def surnames_take_full_names(de: DocEntities, entities: List[Entity]) -> List[Entity]:
    """`kata Latupapua` after `Kapolres Xyz AKBP Johan Latupapua`: a person named by one word,
    found without a canonical (a speech cue, a slot), takes the full name the article gave."""
    words = None
    out = []
    for ent in entities:
        start, end, label, canonical = ent
        if label == "ACTOR" and end - start == 1 and (not canonical or canonical == de.tok.text[start]):
            if words is None:
                words = person_name_words(de, entities)
            full = words.get(de.tok.text[start])
            if full is not None:
                ent = (start, end, label, full)
        out.append(ent)
    return out
