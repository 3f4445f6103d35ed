"""nk_quotes: direct quotations in the article body (annotation.md, "Quotes").

A quote is the text inside double quotation marks (straight `"` or curly
`“...”`, mixed pairs included) of three or more words. A quote may run over
several sentences and, with the newspaper convention of re-opening the mark at
each new paragraph, over several paragraphs. An opening mark that is not
closed before its paragraph ends (and is not continued by the next paragraph)
is dropped, so an unbalanced mark never swallows the rest of the article.

The spans go to doc.spans["quotes"]; nk_attribution fills their source, cue and media.
"""

import re
from typing import Callable, Dict, Iterable, Iterator, List, Optional, Tuple

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.training import Example

from nk_nlp.extensions import QUOTES, register_extensions
from nk_nlp.text.doc_view import TokenColumns

# Characters around a straight mark that make it an opening or a closing one.
OPEN_CONTEXT_BEFORE = set("([{—–-:/") | {"\u00a0"}
CLOSE_CONTEXT_AFTER = set(".,;:!?)]}—–-/…*") | {"\u00a0"}


@Language.factory(
    "nk_quotes",
    requires=["doc.spans"],  # doc.spans["body"], when nk_article_body ran before (else all text is body)
    assigns=["doc.spans"],
    default_config={
        "open_marks": "“\"",
        "close_marks": "”\"",
        "min_words": 3,
        "max_paragraphs": 8,
        "scorer": {"@scorers": "nk_nlp.quotes_scorer.v1"},
    },
)
def make_quotes(
    nlp: Language, name: str, open_marks: str, close_marks: str, min_words: int, max_paragraphs: int,
    scorer: Optional[Callable],
):
    register_extensions()
    return QuoteFinder(name, open_marks, close_marks, min_words, max_paragraphs, scorer)


class QuoteFinder:
    def __init__(self, name: str, open_marks: str, close_marks: str, min_words: int, max_paragraphs: int,
                 scorer: Optional[Callable] = None):
        self.name = name
        self.open_marks = set(open_marks)
        self.close_marks = set(close_marks)
        marks = "".join(sorted(self.open_marks | self.close_marks))
        self.any_mark = re.compile(f"[{re.escape(marks)}]" if marks else "(?!)")  # (?!) matches nothing
        self.min_words = min_words
        self.max_paragraphs = max_paragraphs
        self.scorer = scorer

    def __call__(self, doc: Doc) -> Doc:
        spans: List[Span] = []
        text = doc.text  # spaCy joins the tokens again at each `doc.text`
        body = TokenColumns(doc)
        for q_start, q_end in self.find(text, 0, len(text)):
            # both marks in the body: a quote may run over several paragraphs (body ranges)
            if not (body.in_body(q_start) and body.in_body(q_end - 1)):
                continue
            span = self.to_span(doc, q_start, q_end)
            if span is not None:
                spans.append(span)
        doc.spans[QUOTES] = sorted(spans, key=lambda s: (s.start_char, s.end_char))
        return doc

    def score(self, examples: Iterable[Example], **kwargs) -> Dict:
        return self.scorer(examples, **kwargs) if self.scorer is not None else {}

    # -- finding the marks -------------------------------------------------
    def mark_kind(self, text: str, i: int) -> Optional[str]:
        """'open', 'close' or None for the quotation mark at text[i].

        The neighbours decide first (some sites print ” on both sides, ”Kami ...,”
        kata X); the glyph decides only when they do not (`menekan“aktivitas`)."""
        ch = text[i]
        is_open, is_close = ch in self.open_marks, ch in self.close_marks
        before = text[i - 1] if i > 0 else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        opens = (before.isspace() or before in OPEN_CONTEXT_BEFORE or before in self.open_marks) and not after.isspace()
        closes = not before.isspace() and (after.isspace() or after in CLOSE_CONTEXT_AFTER)
        if opens and not closes:
            return "open"
        if closes and not opens:
            return "close"
        if is_open and not is_close:
            return "open"
        if is_close and not is_open:
            return "close"
        return None

    def marks(self, text: str, start: int, end: int) -> Iterator[Tuple[int, str]]:
        for found in self.any_mark.finditer(text, start, end):
            i = found.start()
            kind = self.mark_kind(text, i)
            if kind:
                yield i, kind

    def find(self, text: str, start: int, end: int) -> Iterator[Tuple[int, int]]:
        """(start, end) of each quote's inside, white space trimmed, within text[start:end]."""
        marks = list(self.marks(text, start, end))
        i = 0
        while i < len(marks):
            pos, kind = marks[i]
            if kind != "open":
                i += 1
                continue
            close_index = self.matching_close(text, marks, i)
            if close_index is None:
                i += 1
                continue
            inner_start, inner_end = pos + 1, marks[close_index][0]
            while inner_start < inner_end and text[inner_start].isspace():
                inner_start += 1
            while inner_end > inner_start and text[inner_end - 1].isspace():
                inner_end -= 1
            if count_words(text[inner_start:inner_end]) >= self.min_words:
                yield inner_start, inner_end
            i = close_index + 1

    def matching_close(self, text: str, marks: List[Tuple[int, str]], open_index: int) -> Optional[int]:
        """Index in `marks` of the mark closing marks[open_index], or None if it is unbalanced.

        Inside one paragraph the next closing mark closes; a paragraph that ends open
        continues only when the next paragraph re-opens with a mark at its start.
        """
        pos = marks[open_index][0]
        paragraphs = 1
        j = open_index + 1
        while j < len(marks):
            next_pos, kind = marks[j]
            if "\n" in text[pos:next_pos]:
                # the quote's current paragraph ended before this mark
                paragraph_end = text.find("\n", pos, next_pos)
                continues = kind == "open" and not text[paragraph_end:next_pos].strip()
                paragraphs += 1
                if not continues or paragraphs > self.max_paragraphs:
                    return None
                pos = next_pos
                j += 1
                continue
            if kind == "close":
                return j
            # a second opening mark in the same paragraph: the first one was stray
            return None
        return None

    @staticmethod
    def to_span(doc: Doc, start: int, end: int) -> Optional[Span]:
        span = doc.char_span(start, end, label="QUOTE", alignment_mode="strict")
        if span is None:
            span = doc.char_span(start, end, label="QUOTE", alignment_mode="contract")
        return span if span is not None and len(span) > 0 else None


def count_words(text: str) -> int:
    return sum(1 for piece in text.split() if any(ch.isalnum() for ch in piece))
