"""Where an entity starts and ends: the fixed phrases no entity enters, the headline lines
where capitals prove nothing, trimming (`desa`, `para`, `kantor berita`, the trailing dash of a
dateline), the hyphen between two states, runs of capitalised words and the shape of a
person's name."""

from bisect import bisect_right
from typing import List, Set, Tuple

from nk_nlp.components.entities.document import DocEntities
from nk_nlp.components.entities.lexicon import ResolverLexicon
from nk_nlp.knowledge.kb import norm
from nk_nlp.text.doc_view import TokenColumns

TRAILING_PUNCT = {"-", "–", "—", "(", ")", ",", ".", ":", ";", "'s", "’s", "/", "|", "\"", "“", "”", "'"}
LEADING_PUNCT = {"#", "(", "-", "–", "—", "\"", "“", "'", "/", ":", ","}
DASHES = {"-", "–", "—", "--"}  # after a dateline: `KHARTOUM, Outlet.com -`


def blocked_ranges(tok: TokenColumns, lex: ResolverLexicon) -> List[Tuple[int, int]]:
    """Token ranges of the fixed phrases no entity enters (`gencatan senjata`, `pangkalan militer`)."""
    lowers = tok.lower
    ranges = []
    i = 0
    while i < len(lowers):
        n = lex.non_entity_phrases.prefix_len(lowers[i:i + 6]) if lex.non_entity_phrases.starts_with(lowers[i]) else 0
        if n:
            ranges.append((i, i + n))
            i += n
        else:
            i += 1
    return ranges


def title_case_lines(tok: TokenColumns, lex: ResolverLexicon) -> Set[int]:
    """Token indices of lines written in title case (headlines), where capitalisation says nothing."""
    marked, line = set(), []
    texts, lowers, is_alpha, function_words = tok.text, tok.lower, tok.is_alpha, lex.headline_function_words

    def close(line):
        words = [texts[i] for i in line if is_alpha[i] and len(texts[i]) > 3 and lowers[i] not in function_words]
        if len(words) >= 3 and sum(word[0].isupper() for word in words) / len(words) >= 0.9:
            marked.update(line)

    for i, text in enumerate(tok.text):
        if "\n" in text or (i > 0 and "\n" in tok.whitespace[i - 1]):
            close(line)
            line = []
        if not tok.is_space[i]:
            line.append(i)
    close(line)
    return marked


def candidates(de: DocEntities, start: int, end: int, label: str) -> List[Tuple[int, int, str]]:
    """The span(s) an entity really covers once trigger words, punctuation and fixed phrases are off."""
    blocked = de.blocked
    # sorted, disjoint ranges: only those from the first one ending after `start` can overlap
    # (a scan of all of them per entity was quadratic on long texts)
    for k in range(bisect_right(blocked, start, key=lambda r: r[1]), len(blocked)):
        b_start, b_end = blocked[k]
        if b_start >= end:
            break
        if b_start <= start and end <= b_end:
            return []
        if b_start <= start < b_end < end:
            start = b_end
        elif start < b_start < end <= b_end:
            end = b_start
    start, end = trim(de, start, end, label)
    if start >= end:
        return []
    return split_hyphenated(de, start, end, label)


def trim(de: DocEntities, start: int, end: int, label: str) -> Tuple[int, int]:
    tok = de.tok
    kb = de.kb
    changed = True
    while changed and start < end:
        changed = False
        while end > start and (tok.text[end - 1] in TRAILING_PUNCT or tok.is_space[end - 1]):
            end -= 1
        while start < end and (tok.text[start] in LEADING_PUNCT or tok.is_space[start]):
            start += 1
        if start >= end:
            break
        text = tok.span_text(start, end)
        if kb.lookup(text) or norm(text) in de.lex.keep_leading:
            break
        lowers = tok.lower[start:end]
        if de.lex.institutions.prefix_len(lowers) or de.lex.force_nouns.prefix_len(lowers):
            break
        n = de.lex.trim_leading.prefix_len(lowers)
        if n and n < end - start:
            start += n
            changed = True
            continue
        if label == "EQUIPMENT" and tok.like_num[start] and end - start > 1:
            start += 1
            changed = True
        elif lowers[0] in de.lex.title_words and not tok.text[start][:1].isupper() and \
                de.lex.titles.prefix_len(lowers) and end - start > de.lex.titles.prefix_len(lowers):
            # A lower-case role before a name stays outside: `juru bicara [Alina Nikoghosyan]`.
            start += de.lex.titles.prefix_len(lowers)
            changed = True
    return start, end


def split_hyphenated(de: DocEntities, start: int, end: int, label: str) -> List[Tuple[int, int, str]]:
    """`Armenia-Azerbaijan` names two states: two spans, the hyphen outside both."""
    tok = de.tok
    hyphens = [i for i in range(start + 1, end - 1) if tok.text[i] == "-"]
    for h in hyphens:
        left, right = tok.span_text(start, h), tok.span_text(h + 1, end)
        if de.kb.state_of(left) and de.kb.state_of(right) and not de.kb.lookup(tok.span_text(start, end)):
            return [(start, h, label), (h + 1, end, label)]
    return [(start, end, label)]


def line_starts(de: DocEntities) -> List[int]:
    """Token indices that open a line (computed once per doc: two passes read them)."""
    if de.lines is None:
        tok = de.tok
        de.lines = [i for i in range(len(tok)) if not tok.is_space[i] and (
            i == 0 or "\n" in tok.text[i - 1] or "\n" in tok.whitespace[i - 1] or tok.is_space[i - 1])]
    return de.lines


def name_run(de: DocEntities, i: int, limit: int = 3) -> int:
    """End of a run of up to `limit` capitalised words (hyphens inside) from `i`."""
    tok = de.tok
    stopwords = de.lex.name_stopwords
    j = i
    while j < len(tok) and j - i < limit * 2 and (
            (tok.text[j][:1].isupper() and tok.is_alpha[j] and tok.lower[j] not in stopwords) or
            (tok.text[j] == "-" and j > i and not tok.whitespace[j - 1] and j + 1 < len(tok)
             and tok.text[j + 1][:1].isupper())):
        j += 1
    return j


def is_name_word(de: DocEntities, i: int) -> bool:
    tok = de.tok
    return tok.text[i][:1].isupper() and tok.lower[i] not in de.lex.name_stopwords


def looks_like_person(de: DocEntities, start: int, end: int) -> bool:
    tok = de.tok
    words = [i for i in range(start, end) if tok.is_alpha[i]]
    return 2 <= len(words) <= 4 and all(tok.text[i][:1].isupper() and not tok.is_upper[i] for i in words)


def from_context_pattern(de: DocEntities, start: int, end: int) -> bool:
    """Whether the word before the name is a trigger the context patterns use (trimmed off)."""
    tok = de.tok
    if start == 0:
        return False
    return bool(de.lex.trim_leading.suffix_len(tok.lower[max(0, start - 4):start]))


def after_outlet_cue(de: DocEntities, start: int) -> bool:
    tok = de.tok
    return bool(de.lex.outlet_cues.suffix_len(tok.lower[max(0, start - 4):start]))


def after_place_classifier(de: DocEntities, start: int) -> bool:
    tok = de.tok
    return bool(de.lex.place_classifiers.suffix_len(tok.lower[max(0, start - 3):start]))


def prev_index(de: DocEntities, start: int) -> int:
    tok = de.tok
    i = start - 1
    while i >= 0 and (tok.text[i] in {"#", "(", "\"", "“"} or tok.is_space[i]):
        i -= 1
    return i
