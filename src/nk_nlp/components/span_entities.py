"""nk_span_entities: the trained span categorizer's confident spans become entities where
the rules left the text unlabelled.

`spancat` scores every candidate span (doc.spans[spans_key], scores in the group's
attrs["scores"]); this component, placed after it and before the entity resolver, adds
to doc.ents the spans scoring at least `threshold`, best first, that overlap no entity
already there (the entity ruler's come first and are never changed). A threshold is
what the transition NER lacks: a knob between precision and recall.
"""

from typing import List, Tuple

import numpy

from spacy.language import Language
from spacy.tokens import Doc, Span

SPANS_KEY = "nk_candidates"


class SpanEntities:
    def __init__(self, name: str, spans_key: str, threshold: float):
        self.name = name
        self.spans_key = spans_key
        self.threshold = threshold

    def __call__(self, doc: Doc) -> Doc:
        group = doc.spans.get(self.spans_key)
        if not group:
            return doc
        scores = numpy.asarray(group.attrs.get("scores", numpy.ones(len(group))), dtype="f")
        if scores.ndim == 2:  # one column per label: the span's label is its best
            scores = scores.max(axis=1)
        candidates: List[Tuple[float, Span]] = sorted(
            ((float(score), span) for span, score in zip(group, scores) if score >= self.threshold),
            key=lambda item: (-item[0], item[1].start, -len(item[1])),
        )
        taken = [False] * len(doc)
        for ent in doc.ents:
            taken[ent.start:ent.end] = [True] * (ent.end - ent.start)
        added = []
        for _, span in candidates:
            if not any(taken[span.start:span.end]):
                taken[span.start:span.end] = [True] * (span.end - span.start)
                added.append(Span(doc, span.start, span.end, label=span.label_))
        if added:
            doc.set_ents(list(doc.ents) + added)
        return doc


@Language.factory(
    "nk_span_entities",
    default_config={"spans_key": SPANS_KEY, "threshold": 0.8},
    requires=["doc.spans"],
    assigns=["doc.ents"],
)
def make_span_entities(nlp: Language, name: str, spans_key: str, threshold: float) -> SpanEntities:
    return SpanEntities(name, spans_key, threshold)
