"""DocStructure: what both passes read of one Doc, built once per Doc.

The ACTOR and MEDIA entities, the quotes and claims (and which tokens they cover),
which tokens are article body, and the sentences attribution works in: the Doc's,
never cutting a quote, with a lower-case continuation after a closing mark kept
with the quote before it (`"...," ujarnya.`).
"""

from typing import Iterable, List, Optional, Set, Tuple

from spacy.tokens import Doc, Span

from nk_nlp.components.attribution.lexicon import AttributionLexicon
from nk_nlp.extensions import CLAIMS, QUOTES
from nk_nlp.text.doc_view import TokenColumns

QUOTE_MARKS = set('"“”„')
SENTENCE_END = set(".!?")


def token_mask(spans: Iterable[Span], length: int) -> List[bool]:
    """Per token: inside one of `spans`."""
    mask = [False] * length
    for span in spans:
        for i in range(span.start, span.end):
            mask[i] = True
    return mask


class DocStructure:
    """The attribution view of one Doc (a fresh object per Doc: nothing leaks between docs)."""

    def __init__(self, doc: Doc, lexicon: AttributionLexicon):
        self.doc = doc
        self.lex = lexicon
        self.tokens = TokenColumns(doc)
        self._text: Optional[str] = None
        self.read_entities()
        self.people: Set[Tuple[int, int]] = set()  # (start, end) of the person mentions
        self.quotes = sorted(doc.spans.get(QUOTES, []), key=lambda s: s.start)
        self.claims = sorted(doc.spans.get(CLAIMS, []), key=lambda s: s.start)
        self.in_quote = token_mask(self.quotes, len(doc))
        self.in_claim = token_mask(self.claims, len(doc))
        self.in_body = self.tokens.body_mask
        self.sentences = self._sentences()
        self.sent_of = [0] * len(doc)
        for n, (start, end) in enumerate(self.sentences):
            for i in range(start, end):
                self.sent_of[i] = n

    def read_entities(self) -> None:
        """The ACTOR and MEDIA entities (again after the person mentions are added)."""
        self.ents = ents = self.doc.ents  # spaCy builds the entity Spans again at each `doc.ents`
        self.actors = [e for e in ents if e.label_ == "ACTOR"]
        self.media_ents = [e for e in ents if e.label_ == "MEDIA"]
        self.actor_starting = {e.start: e for e in self.actors}
        self.actor_ending = {e.end - 1: e for e in self.actors}

    def add_people(self, people: List[Span], changed: bool = True) -> None:
        """Person mentions become ACTOR entities; the speaker model knows them as persons."""
        self.people = {(p.start, p.end) for p in people}
        names = {p.kb_id_ for p in people}
        if changed:
            self.read_entities()
        self.people |= {(e.start, e.end) for e in self.actors if e.kb_id_ in names}

    def is_person(self, ent: Optional[Span]) -> bool:
        return ent is not None and (ent.start, ent.end) in self.people

    def is_state(self, ent: Optional[Span]) -> bool:
        """A country named alone (`Pakistan`, `AS`): capitalised words, no speaker or unit
        noun, no acronym of an organisation, not a person."""
        if ent is None or self.is_person(ent):
            return False
        words = [t for t in ent if t.is_alpha]
        return bool(words) and all(
            t.is_title or (t.is_upper and len(t) <= 2) for t in words) and not any(
            t.lower_ in self.lex.speaker_nouns or (t.lower_,) in self.lex.units for t in words)

    def _sentences(self) -> List[Tuple[int, int]]:
        """Sentences for attribution: the Doc's, never cutting a quote, and with a
        lower-case continuation after a closing mark (`."` `ujarnya.`) kept with it."""
        doc = self.doc
        if doc.has_annotation("SENT_START"):
            sents = [(s.start, s.end) for s in doc.sents]
        else:
            sents = [(0, len(doc))]
        merged: List[List[int]] = []
        for start, end in sents:
            if merged and self._continues(merged[-1], start):
                merged[-1][1] = end
            else:
                merged.append([start, end])
        return [(s, e) for s, e in merged]

    def _continues(self, previous: List[int], start: int) -> bool:
        tok = self.tokens
        if any(q.start < start < q.end + 1 for q in self.quotes):
            return True  # a sentence boundary inside a quote, or right before its closing mark
        first, last = tok.text[start], tok.text[previous[1] - 1]
        if "\n" in first:
            return False
        if first in QUOTE_MARKS and last in SENTENCE_END:
            return True  # `...!` `” bunyi pernyataan X`
        if last in QUOTE_MARKS and (tok.is_lower[start] or tok.is_punct[start]):
            return True  # `..."` `ujarnya.`
        return False

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = self.tokens.doc_text()
        return self._text

    def low(self, i: int) -> str:
        return self.tokens.lower[i]

    def sent_bounds(self, i: int) -> Tuple[int, int]:
        return self.sentences[self.sent_of[i]]

    def first_word(self, start: int, end: int) -> Optional[int]:
        is_space, is_punct = self.tokens.is_space, self.tokens.is_punct
        return next((k for k in range(start, end) if not is_space[k] and not is_punct[k]), None)

    def speaker_capable(self, ent: Span) -> bool:
        if self.in_quote[ent.start] or self.in_claim[ent.start]:
            return False
        return ent.start == 0 or self.low(ent.start - 1) not in self.lex.non_speaker_before

    def crosses_sentence_end(self, start: int, end: int) -> bool:
        text = self.tokens.text
        return any(text[k] in SENTENCE_END or "\n" in text[k] for k in range(start + 1, end))
