"""People nobody listed: a capitalised run with the shape of a person's name in the slots
Indonesian news puts people in, and the name remembered through the article.

The slots (annotation.md: the span takes the title, the canonical name is the person's):
- an appositive after a role or body: `Juru bicara X, Nama Orang, mengatakan ...`,
  `Warga setempat, Nama Orang, ...`, with a title before the name kept in the span;
- a name at the head of a clause before a speech verb: `Nama Orang mengatakan ...`;
- after a lower-case role word: `KKB pimpinan Nama Orang`, `warga bernama Nama Orang`;
- a photo credit: `Foto: ANTARA/Nama Orang`.
A title prefix the lists lack (`Wakil` before `Menteri ...`) joins the span, not the name.
"""

from typing import Dict, List, Optional, Set, Tuple

from nk_nlp.components.entities.document import DocEntities, Entity

SLOT_LIMIT = 4  # words of a name
SLOT_OPENERS = {",", ".", "/", "\"", "“", "”"}  # tokens a person slot can follow


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
