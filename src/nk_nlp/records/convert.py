"""The article record (docs/record.md), to and from spaCy Docs.

One shape serves the gold corpus, `nk-nlp annotate` output and evaluation.
"""

from typing import Any, Dict, Iterable, List, Optional, Tuple

from spacy.language import Language
from spacy.tokens import Doc, Span

from nk_nlp.extensions import ATTRIBUTION_ATTRS, CLAIM_ATTRS, CLAIMS, DISPUTE_ATTRS, OPTIONAL_ATTRS, QUOTES, is_set, register_extensions, span_ref  # noqa: F401 (span_ref: was defined here)
from nk_nlp.schema import BOUNDS, CATEGORIES, LABELS, OUTCOMES, QUALIFIERS  # noqa: F401 (re-exported)
from nk_nlp.text.dates import article_date
from nk_nlp.text.normalize import restore_offsets, text_map


def empty_record(id_: str, text: str, meta: Optional[dict] = None, errors: Iterable[str] = ()) -> Dict[str, Any]:
    return {
        "id": id_,
        "text": text,
        "meta": meta if meta is not None else {},
        "date": article_date(meta, text),
        "entities": [],
        "claims": [],
        "quotes": [],
        "errors": list(errors),
    }


def _attribution(span: Span) -> Dict[str, Any]:
    ext = span._  # one Underscore object, not one per attribute
    found = {"source": ext.source, "source_via": ext.source_via, "cue": ext.cue, "media": list(ext.media or [])}
    return {k: v for k, v in found.items() if k not in OPTIONAL_ATTRS or is_set(span, k)}


def doc_to_record(doc: Doc, id_: str, meta: Optional[dict] = None, text: Optional[str] = None) -> Dict[str, Any]:
    """`text`: the text the doc was made from, when the caller has it (spaCy joins the
    tokens again at each `doc.text`)."""
    register_extensions()
    if text is None:
        text = doc.text
    mapping = text_map(doc)  # the tokenizer read a normalised copy: offsets into the text as received
    read = mapping.text if mapping else text  # `doc.text`: a span's text is its slice of it
    record = empty_record(id_, text, meta)
    record["entities"] = [
        {
            "start": ent.start_char,
            "end": ent.end_char,
            "label": ent.label_,
            "text": read[ent.start_char:ent.end_char],
            "canonical": ent.kb_id_ or None,
        }
        for ent in doc.ents
    ]
    for span in sorted(doc.spans.get(CLAIMS, []), key=lambda s: (s.start_char, s.end_char)):
        claim = {"start": span.start_char, "end": span.end_char, "text": read[span.start_char:span.end_char]}
        ext = span._
        claim.update({name: getattr(ext, name) for name in CLAIM_ATTRS})
        claim.update(_attribution(span))
        claim["disputed_by"] = list(ext.disputed_by or [])
        record["claims"].append(claim)
    for span in sorted(doc.spans.get(QUOTES, []), key=lambda s: (s.start_char, s.end_char)):
        quote = {"start": span.start_char, "end": span.end_char, "text": read[span.start_char:span.end_char]}
        quote.update(_attribution(span))
        record["quotes"].append(quote)
    return restore_offsets(record, mapping) if mapping else record


def _char_span(doc: Doc, item: dict, where: str, problems: List[str], label: str = "") -> Optional[Span]:
    mapping = text_map(doc)
    start, end = mapping.from_original(item["start"], item["end"]) if mapping else (item["start"], item["end"])
    span = doc.char_span(start, end, label=label, alignment_mode="strict")
    if span is None:
        problems.append(
            f"{where} [{item['start']}:{item['end']}] {doc.text[item['start']:item['end']]!r} "
            "does not fall on token boundaries"
        )
    return span


def record_to_doc(nlp: Language, record: Dict[str, Any]) -> Tuple[Doc, List[str]]:
    """Tokenise the record's text and lay its annotation on the Doc.

    Returns the Doc and one message per span that does not fall on token
    boundaries (such a span is left out of the Doc, and reported, never silently).
    """
    register_extensions()
    doc = nlp.make_doc(record["text"])
    doc.user_data["id"] = record.get("id")
    problems: List[str] = []
    rid = record.get("id", "?")
    ents = []
    for ent in record.get("entities", []):
        span = _char_span(doc, ent, f"{rid}: entity", problems, ent["label"])
        if span is not None:
            ents.append(Span(doc, span.start, span.end, label=ent["label"], kb_id=ent.get("canonical") or ""))
    doc.ents = ents
    for group, attrs in ((CLAIMS, CLAIM_ATTRS + ATTRIBUTION_ATTRS + DISPUTE_ATTRS), (QUOTES, ATTRIBUTION_ATTRS)):
        spans = []
        for item in record.get(group, []):
            span = _char_span(doc, item, f"{rid}: {group[:-1]}", problems, group[:-1].upper())
            if span is None:
                continue
            for name in attrs:
                if name in item or name not in OPTIONAL_ATTRS:
                    setattr(span._, name, item.get(name))
            spans.append(span)
        doc.spans[group] = spans
    return doc, problems
