"""Training support: a component that lets the NER learn behind the entity ruler.

With the ruler in front and listed in `[training] annotating_components`, the
NER sees the ruler's entities as fixed while it learns. Where a rule disagrees
with the gold annotation, no sequence of NER moves can reach the gold, and spaCy
stops with E024. This component sits between the ruler and the NER: during
training (in `update`, which sees the gold) it keeps only the predicted entities
that match a gold entity exactly, so the NER learns what the correct rules miss.
At inference it does nothing: the ruler's entities stay as they are.
"""

from typing import Dict, Iterable, Optional

from spacy.language import Language
from spacy.tokens import Doc
from spacy.training import Example


class RulerTrainingFilter:
    def __init__(self, name: str):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        return doc

    def update(
        self, examples: Iterable[Example], *, drop: float = 0.0, sgd=None, losses: Optional[Dict[str, float]] = None
    ) -> Dict[str, float]:
        for eg in examples:
            gold = {(e.start_char, e.end_char, e.label_) for e in eg.reference.ents}
            predicted = eg.predicted
            agreeing = [e for e in predicted.ents if (e.start_char, e.end_char, e.label_) in gold]
            if len(agreeing) != len(predicted.ents):
                # Tokens of the dropped entities become unset, not "outside", so the NER may label them.
                predicted.set_ents(agreeing, default="missing")
        return losses if losses is not None else {}


# It reads and rewrites the ruler's doc.ents, in `update` only (at inference it changes nothing).
@Language.factory("nk_ruler_training_filter", requires=["doc.ents"], assigns=["doc.ents"])
def make_ruler_training_filter(nlp: Language, name: str) -> RulerTrainingFilter:
    return RulerTrainingFilter(name)
