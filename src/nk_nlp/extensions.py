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

The attribute names are not namespaced (Span._.source, not Span._.nk_source): they are
the record's field names, the README's and users' API, and what the components write
by name. Another library that registered one of them first would silently share it
(spaCy's set_extension keeps the first, or the last with force=True), so
register_extensions refuses any registration it did not make itself, with a message
naming the attribute (ExtensionConflict) instead of writing into a stranger's attribute.
"""

from typing import Any, Dict, Tuple

from spacy.tokens import Span

BODY, CLAIMS, QUOTES = "body", "claims", "quotes"

# Claim attributes (annotation.md, "Numbers" and "Category, outcome, party").
CLAIM_ATTRS = ("value", "low", "high", "qualifier", "category", "outcome", "party")
# Attribution attributes shared by claims and quotes: source is
# {"start", "end", "text", "canonical"} or None, cue {"start", "end", "text"} or None,
# media a list of {"start", "end", "text"}; source_via how the source was found
# ("clause", "according_to", "postposed", "passive", "pronoun", "continuation",
# "repeated", "naming"; None when source is None).
ATTRIBUTION_ATTRS = ("source", "source_via", "cue", "media")
# Attributes a record may leave out (the gold corpus has no source_via): set on a span
# only when the record has them, written to a record only when set on the span.
OPTIONAL_ATTRS = ("source_via",)


def is_set(span: Span, name: str) -> bool:
    """Whether `span._.<name>` was assigned (spaCy keeps Span._ values in doc.user_data)."""
    return ("._.", name, span.start_char, span.end_char) in span.doc.user_data
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


class ExtensionConflict(RuntimeError):
    """A Span._ attribute nk_nlp needs was registered by someone else."""


# name -> the extension tuple spaCy stored when nk_nlp registered it (compared by identity)
_REGISTERED: Dict[str, Tuple] = {}


def register_extensions() -> None:
    """Idempotent: every component factory calls it. Raises ExtensionConflict when one of
    the attributes exists and nk_nlp did not register it."""
    wanted = {name: {"default": None} for name in CLAIM_ATTRS + ATTRIBUTION_ATTRS + DISPUTE_ATTRS}
    wanted["canonical"] = {"getter": _canonical}
    for name, settings in wanted.items():
        current = Span.get_extension(name)
        if current is None:
            Span.set_extension(name, **settings)
            _REGISTERED[name] = Span.get_extension(name)
        elif current is not _REGISTERED.get(name):
            raise ExtensionConflict(
                f"Span._.{name} is already registered by another library ({current!r}); nk_nlp stores "
                f"its {name!r} there. Load nk_nlp in a process without that library, or "
                f"Span.remove_extension({name!r}) before loading nk_nlp."
            )
