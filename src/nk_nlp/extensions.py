"""Every custom attribute nk_nlp adds to spaCy objects, in one table.

Values are plain JSON data (numbers, strings, dicts of offsets), never Span
objects, so DocBin(store_user_data=True) and nlp.pipe(n_process=2) keep them.

Span groups written by the pipeline:
    doc.spans["body"]    the article body (title, lead, paragraphs): claims and quotes live only here
    doc.spans["claims"]  quantity claims (attributes below)
    doc.spans["quotes"]  direct quotations, inside the marks (source, cue, media)
Span._.disputed_by on each claim: [{"source": {..., "canonical"}, "cue": {...} or None}, ...]
(nk_disputes; annotation.md, "Disputes"), in text order; [] when nobody denies it.
Entities are doc.ents; their canonical name is the span's kb_id_ ("" for none).
"""

from typing import Any, Dict

from spacy.tokens import Span

BODY, CLAIMS, QUOTES = "body", "claims", "quotes"

# Claim attributes (annotation.md, "Numbers" and "Category, outcome, party").
CLAIM_ATTRS = ("value", "low", "high", "qualifier", "category", "outcome", "party")
# Attribution attributes shared by claims and quotes: source is
# {"start", "end", "text", "canonical"} or None, cue {"start", "end", "text"} or None,
# media a list of {"start", "end", "text"}.
ATTRIBUTION_ATTRS = ("source", "cue", "media")
# Dispute attribute of claims: one entry per denying actor, with the cue of its first denial.
DISPUTE_ATTRS = ("disputed_by",)


def span_ref(span: Span, canonical: bool = False) -> Dict[str, Any]:
    """A span as the attribution attributes and records hold it (source, cue, media):
    {"start", "end", "text"}, plus "canonical" for sources."""
    ref: Dict[str, Any] = {"start": span.start_char, "end": span.end_char, "text": span.text}
    if canonical:
        ref["canonical"] = span.kb_id_ or None
    return ref


def _canonical(span: Span):
    return span.kb_id_ or None


def register_extensions() -> None:
    """Idempotent: every component factory calls it."""
    for name in CLAIM_ATTRS + ATTRIBUTION_ATTRS + DISPUTE_ATTRS:
        if not Span.has_extension(name):
            Span.set_extension(name, default=None)
    if not Span.has_extension("canonical"):
        Span.set_extension("canonical", getter=_canonical)
