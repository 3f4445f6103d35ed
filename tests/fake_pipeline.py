"""A tiny stand-in pipeline for testing the annotate/render machinery.

It writes what the real components write (doc.ents with kb_id_, the "claims" and
"quotes" span groups with the Span._ attributes of nk_nlp.extensions) with trivial
rules, so tests of batching, multiprocessing, splitting and error capture do not
depend on the real components, which other developers are writing. Built on
spacy.blank("xx") because the Indonesian tokenizer takes seconds to construct.
"""

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from nk_nlp.extensions import CLAIMS, QUOTES, register_extensions
from nk_nlp.records.convert import span_ref

FAULT_TRIGGER = "BOOM"


def mark_doc(doc: Doc) -> Doc:
    """Capitalised alphabetic words are ACTORs (canonical: upper case); decimal
    numbers are exact claims sourced to the nearest earlier actor; words between
    two straight double quotes are a quote sourced to the next actor."""
    register_extensions()
    ents = [Span(doc, t.i, t.i + 1, label="ACTOR", kb_id=t.text.upper()) for t in doc if t.is_alpha and t.is_title]
    doc.ents = ents
    claims = []
    for token in doc:
        if not (token.text.isdecimal() and token.text.isascii()):
            continue
        span = Span(doc, token.i, token.i + 1, label="CLAIM")
        value = int(token.text)
        earlier = [e for e in ents if e.end <= token.i]
        source = span_ref(earlier[-1], canonical=True) if earlier else None
        attrs = dict(value=value, low=value, high=value, qualifier="exact", category="other", outcome=None,
                     party=None, source=source, cue=None, media=[])
        for name, attr in attrs.items():
            setattr(span._, name, attr)
        claims.append(span)
    doc.spans[CLAIMS] = claims
    marks = [t.i for t in doc if t.text == '"']
    quotes = []
    for open_i, close_i in zip(marks[::2], marks[1::2]):
        inside = [i for i in range(open_i + 1, close_i) if not doc[i].is_space]  # quotes never start on white space
        if not inside:
            continue
        span = Span(doc, inside[0], inside[-1] + 1, label="QUOTE")
        later = [e for e in ents if e.start > close_i]
        span._.source = span_ref(later[0], canonical=True) if later else None
        span._.cue = None
        span._.media = []
        quotes.append(span)
    doc.spans[QUOTES] = quotes
    return doc


def fail_on_trigger(doc: Doc) -> Doc:
    if FAULT_TRIGGER in doc.text:
        raise RuntimeError("the fault component met its trigger")
    return doc


@Language.factory("nk_test_marker")
def make_marker(nlp: Language, name: str):
    return mark_doc


@Language.factory("nk_test_fault")
def make_fault(nlp: Language, name: str):
    return fail_on_trigger


def fake_nlp() -> Language:
    nlp = spacy.blank("xx")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("nk_test_marker")
    nlp.add_pipe("nk_test_fault")
    nlp.batch_size = 4
    return nlp
