"""nk_span_entities: confident candidate spans become entities where no entity is."""

import numpy
import spacy
from spacy.tokens import Span, SpanGroup


def _doc(nlp, scores):
    doc = nlp.make_doc("Kapten Yance Wonda tiba di Wamena kemarin")
    spans = [Span(doc, 1, 3, "ACTOR"), Span(doc, 0, 3, "ACTOR"), Span(doc, 5, 6, "PLACE")]
    doc.spans["nk_candidates"] = SpanGroup(doc, name="nk_candidates", spans=spans, attrs={"scores": numpy.array(scores)})
    doc.set_ents([Span(doc, 0, 1, "ACTOR")])
    return doc


def test_adds_confident_spans_that_overlap_no_entity():
    nlp = spacy.blank("id")
    component = nlp.add_pipe("nk_span_entities", config={"threshold": 0.8})
    doc = component(_doc(nlp, [0.9, 0.95, 0.5]))
    # the 0.95 span overlaps the ruler's `Kapten` (kept), the 0.5 span is under the threshold
    assert [(e.text, e.label_) for e in doc.ents] == [("Kapten", "ACTOR"), ("Yance Wonda", "ACTOR")]


def test_threshold_trades_recall_for_precision():
    nlp = spacy.blank("id")
    component = nlp.add_pipe("nk_span_entities", config={"threshold": 0.4})
    doc = component(_doc(nlp, [0.9, 0.95, 0.5]))
    assert [e.text for e in doc.ents] == ["Kapten", "Yance Wonda", "Wamena"]
    assert nlp.get_pipe_meta("nk_span_entities").assigns == ["doc.ents"]
