"""nk_article_body: marks the article body in doc.spans["body"].

The body is the article's own title, lead and paragraphs (annotation.md): claims
and quotes are only looked for there. Navigation, "Baca juga" lines, other
articles' headlines, captions and credits, ads, comment widgets and syndication
notes are left out. Lines are the unit: news pages put each of these on a line
of its own, or in a parenthesis inside a paragraph ("(Baca: ...)").

The component also starts a sentence at every line break (the sentencizer
does not split on newlines, and a title has no final full stop).
"""

import re
from typing import Dict, List, Optional, Tuple

from spacy.attrs import SENT_START
from spacy.errors import Errors
from spacy.language import Language
from spacy.tokens import Doc

from nk_nlp.components.base import DataComponent
from nk_nlp.text.doc_view import TokenColumns
from nk_nlp.extensions import BODY, register_extensions

LEXICON_FILE = "article_body.json"
SENTENCE_END = tuple('.!?"”’)')
BACK_REFERENCE = re.compile(r"\\[1-9]|\(\?P=")


def in_body(doc: Doc, start_char: int, end_char: int) -> bool:
    """True when [start_char, end_char) lies inside one span of doc.spans["body"].

    A Doc the body component never saw (no "body" group) counts as all body.
    (`TokenColumns.in_body`, for callers without a token view of their own.)
    """
    return TokenColumns(doc).in_body(start_char, end_char)


class BodyRules:
    """The line classification, from the article_body lexicon."""

    def __init__(self, lexicon: Dict):
        self.lexicon = lexicon
        flags = re.IGNORECASE
        self.boilerplate = _joined(lexicon["boilerplate_lines"], flags)
        self.terminal = _joined(lexicon["terminal_lines"], flags)
        self.inline = [re.compile(p, flags) for p in lexicon["inline_boilerplate"]]
        self.caption = [re.compile(p, flags) for p in lexicon["caption_markers"]]
        self.lead_min_words = lexicon["lead_min_words"]
        self.title_min_words = lexicon["title_min_words"]

    @staticmethod
    def _words(line: str) -> int:
        return len(line.split())

    def is_boilerplate(self, line: str) -> bool:
        return any(p.search(line) for p in self.boilerplate) or self.is_caption(line)

    def is_caption(self, line: str) -> bool:
        return any(p.search(line) for p in self.caption)

    def is_terminal(self, line: str) -> bool:
        return any(p.search(line) for p in self.terminal)

    def is_lead(self, line: str) -> bool:
        return self._words(line) >= self.lead_min_words and not self.is_boilerplate(line)

    def is_headline(self, line: str) -> bool:
        return self._words(line) >= 3 and not line.endswith(("...", "…", ":")) and not self.is_boilerplate(line)

    def body_ranges(self, text: str) -> List[Tuple[int, int]]:
        """Character ranges of the body, each stripped of white space."""
        lines = _lines(text)
        kept = self._kept_lines(lines)
        ranges: List[Tuple[int, int]] = []
        for start, end in kept:
            ranges.extend(self._without_inline(text, start, end))
        return [r for r in (_strip(text, s, e) for s, e in ranges) if r is not None]

    def _kept_lines(self, lines: List[Tuple[int, int, str]]) -> List[Tuple[int, int]]:
        content = [(s, e, line.strip()) for s, e, line in lines if line.strip()]
        lead = next((i for i, (_, _, line) in enumerate(content) if self.is_lead(line)), len(content))
        header = content[:lead]
        headlines = [line for _, _, line in header if self.is_headline(line)]
        title = next((h for h in headlines if self._words(h) >= self.title_min_words), headlines[0] if headlines else None)
        kept = [(s, e) for s, e, line in header if title is not None and _same(line, title)]
        body = []
        for s, e, line in content[lead:]:
            if self.is_terminal(line):
                break
            if not self.is_boilerplate(line):
                body.append((s, e, line))
        # a trailing run of short unpunctuated lines is a list of other headlines
        while len(body) > 1 and not body[-1][2].endswith(SENTENCE_END) and self._words(body[-1][2]) < 15:
            body.pop()
        return kept + [(s, e) for s, e, _ in body]

    def _without_inline(self, text: str, start: int, end: int) -> List[Tuple[int, int]]:
        line = text[start:end]
        cuts = sorted((m.start(), m.end()) for p in self.inline for m in p.finditer(line) if m.end() > m.start())
        pieces, cursor = [], 0
        for cut_start, cut_end in cuts:
            if cut_start > cursor:
                pieces.append((start + cursor, start + cut_start))
            cursor = max(cursor, cut_end)
        if cursor < len(line):
            pieces.append((start + cursor, end))
        return pieces


def _joined(patterns: List[str], flags: int) -> List[re.Pattern]:
    """Regexes that match a line when any of `patterns` does, fewer and faster: the patterns
    anchored at the line start in one alternation (it fails at once after the first position),
    the others in another (mixed with them, an anchored alternation would be tried at every
    position). A pattern with a back reference keeps its own regex (joining renumbers groups)."""
    anchored = [p for p in patterns if p.startswith("^") and not BACK_REFERENCE.search(p)]
    loose = [p for p in patterns if not p.startswith("^") and not BACK_REFERENCE.search(p)]
    alone = [p for p in patterns if BACK_REFERENCE.search(p)]
    joined = ["|".join(f"(?:{p})" for p in group) for group in (anchored, loose) if group]
    return [re.compile(p, flags) for p in joined + alone]


def _lines(text: str) -> List[Tuple[int, int, str]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line), line))
        pos += len(line) + 1
    return out


def _same(a: str, b: str) -> bool:
    norm = lambda s: " ".join(s.replace("\xa0", " ").split()).lower()  # noqa: E731
    return norm(a) == norm(b)


def _strip(text: str, start: int, end: int) -> Optional[Tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None


def mark_line_sentences(doc: Doc, columns: Optional[TokenColumns] = None) -> None:
    """Start a sentence at the first token after every line break."""
    columns = columns if columns is not None else TokenColumns(doc)
    words, spaces, is_space = columns.text, columns.whitespace, columns.is_space
    starts: Dict[int, bool] = {}
    for i in range(1, len(words)):
        if is_space[i]:
            if "\n" in words[i]:
                starts[i] = False  # the break belongs to the sentence it ends
            continue
        if (is_space[i - 1] and "\n" in words[i - 1]) or "\n" in spaces[i - 1]:
            starts[i] = True
    _set_sentence_starts(doc, starts)


def _set_sentence_starts(doc: Doc, starts: Dict[int, bool]) -> None:
    """token.is_sent_start = value for each index, in one array write: the Token setter
    scans the whole doc for a parse at every call."""
    if not starts:
        return
    if doc.has_annotation("DEP"):
        raise ValueError(Errors.E043)  # what the Token setter raises
    values = doc.to_array([SENT_START]).astype("int64")
    for i, start in starts.items():
        values[i] = 1 if start else -1
    doc.from_array([SENT_START], values.astype("uint64"))


class ArticleBody(DataComponent):
    """Marks the body; the rules are loaded at initialize from `lexicon_dir` and saved with the pipeline."""

    data_files = (LEXICON_FILE,)

    def __init__(self, nlp: Language, name: str = "nk_article_body"):
        super().__init__(nlp, name)
        self.rules: Optional[BodyRules] = None
        register_extensions()

    def compile(self, data: Dict) -> None:
        self.rules = BodyRules(data[LEXICON_FILE])

    def __call__(self, doc: Doc) -> Doc:
        if self.rules is None:
            self.require_data()
        columns = TokenColumns(doc)
        mark_line_sentences(doc, columns)
        text = columns.doc_text()
        spans = []
        for start, end in self.rules.body_ranges(text):
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None and len(span):
                spans.append(span)
        doc.spans[BODY] = spans
        return doc


@Language.factory("nk_article_body", assigns=["token.is_sent_start", "doc.spans"])
def make_article_body(nlp: Language, name: str) -> ArticleBody:
    return ArticleBody(nlp, name)
