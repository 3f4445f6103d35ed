"""doc -> claim spans: every sentence of the body with a number, read claim by claim.

Per sentence, in order: the number expressions (text.numbers), the claim each counts
(noun_phrase), their outcomes (outcome), the claims kept, their parties (party).
"""

from typing import List, Optional

from spacy.tokens import Doc, Span

from nk_nlp.components.claims.lexicon import ClaimsLexicon
from nk_nlp.components.claims.model import Claim
from nk_nlp.components.claims.noun_phrase import read_claim
from nk_nlp.components.claims.outcome import accepted, set_outcome
from nk_nlp.components.claims.party import set_party
from nk_nlp.components.claims.sentence import DocText, SentenceView
from nk_nlp.text.numbers import COLLECTIVE

DEFAULT_CATEGORY = "people"  # 'Dua di antaranya' with no claim before it: persons, no side of service stated


def find_claims(doc: Doc, lexicon: ClaimsLexicon) -> List[Span]:
    """The CLAIM spans of `doc`, their attributes set (source/cue/media left to nk_attribution)."""
    doc_text = DocText(doc, lexicon)
    columns = doc_text.columns
    could_start = lexicon.grammar.could_start
    # most sentences have no number: skip them cheaply
    number_starts = [could_start(text) for text in doc_text.columns.text]
    spans: List[Span] = []
    for sent in doc.sents:
        if not any(number_starts[sent.start:sent.end]) or not columns.touches_body(sent.start_char, sent.end_char):
            continue
        for claim in sentence_claims(doc_text.sentence(sent)):
            doc_text.claims.append(claim)
            span = Span(doc, sent.start + claim.start, sent.start + claim.end, label="CLAIM")
            if not columns.in_body(span.start_char, span.end_char):
                continue
            _set_attributes(span, claim)
            spans.append(span)
    return spans


def sentence_claims(sv: SentenceView) -> List[Claim]:
    """The claims of one sentence, with category, outcome and party."""
    claims: List[Claim] = []
    matches = sv.lexicon.grammar.find_all(sv.words)
    for match in matches:
        claim = read_claim(sv, match, matches)
        if claim is not None:
            claims.append(claim)
    for claim in claims:
        set_outcome(sv, claim, claims)
        antecedent = _antecedent(sv, claim, claims)
        if antecedent is not None and claim.predicate is None:
            # 'Jenazah ketujuh korban', 'Seorang di antaranya merupakan komandan': no predicate of its own
            claim.outcome = antecedent.outcome
            claim.antecedent = antecedent
    claims = [c for c in claims if accepted(sv, c)]
    for claim in claims:
        set_party(sv, claim, claims)
    for claim in claims:
        if claim.category is None:  # a referent with nothing before it to refer to
            claim.category = DEFAULT_CATEGORY
    return claims


def _antecedent(sv: SentenceView, claim: Claim, claims: List[Claim]) -> Optional[Claim]:
    """What a definite anaphor refers to: for 'ketujuh korban', 'dua prajurit itu', the last
    earlier claim of the article with the same value; for 'Seorang di antaranya', the last
    earlier claim."""
    earlier = [c for c in claims if c.end <= claim.match.qualifier_start and c.outcome] \
        or [c for c in sv.doc_text.claims if c.outcome]
    if claim.referent:
        return earlier[-1] if earlier else None
    definite = claim.match.form == COLLECTIVE or sv.lexicon.np_closers.ending_at(sv.low, claim.end)[0]
    if not definite:
        return None
    value = claim.match.quantity.value
    return next((c for c in reversed(earlier) if c.match.quantity.value == value), None)


def _set_attributes(span: Span, claim: Claim) -> None:
    q = claim.match.quantity
    ext = span._  # spaCy makes a new Underscore at each `span._`
    ext.value, ext.low, ext.high, ext.qualifier = q.value, q.low, q.high, q.qualifier
    ext.category = claim.category
    ext.outcome = claim.outcome
    ext.party = claim.party
    ext.source, ext.cue, ext.media = None, None, []

