"""nk_disputes: who denies each claim (annotation.md, "Disputes").

Runs after nk_attribution and reads only its results: the claims in doc.spans["claims"]
with their Span._ attributes (party, category, outcome, value, source, cue), the quotes'
sources and the ACTOR entities. Writes Span._.disputed_by on every claim: one entry per
denying actor, `{"source": {..., "canonical"}, "cue": {...}}`, in the text order of each
actor's first denial; [] when nobody denies it.

The sub-package, one question a module:
  component.py  the spaCy face: factory, data file, serialisation (components/base.py)
  lexicon.py    DisputeLexicon: the word lists of pipeline/lexicons/disputes.json
  model.py      Denial, Kind and the ways a denial names its target
  denials.py    pass 1: the denials, their cues and deniers
  links.py      pass 2: the claims each denial denies
"""

from typing import Any, Callable, Dict, List, Optional

from spacy.language import Language
from spacy.tokens import Doc

from nk_nlp.components.base import DataComponent
from nk_nlp.components.disputes.denials import DocDenials
from nk_nlp.components.disputes.lexicon import LEXICON_FILE, DisputeLexicon
from nk_nlp.components.disputes.links import Linker
from nk_nlp.components.disputes.model import Denial
from nk_nlp.extensions import register_extensions


def find_disputes(doc: Doc, lexicon: DisputeLexicon) -> List[Denial]:
    """Set Span._.disputed_by on every claim of `doc`; return the denials found (with
    their targets), for tests and inspection."""
    found = DocDenials(doc, lexicon)
    denials = found.find()
    entries = Linker(found, denials).run()
    for n, claim in enumerate(found.claims):
        claim.span._.disputed_by = entries.get(n, [])
    return denials


class Disputes(DataComponent):
    """nk_disputes; its lexicon is read at initialize from `lexicon_dir` and saved with the
    pipeline as `disputes.json`."""

    data_files = (LEXICON_FILE,)

    def __init__(self, nlp: Language, name: str = "nk_disputes", scorer: Optional[Callable] = None):
        super().__init__(nlp, name, scorer)
        self.lexicon: Optional[DisputeLexicon] = None
        register_extensions()

    def compile(self, data: Dict[str, Any]) -> None:
        self.lexicon = DisputeLexicon(data[LEXICON_FILE])

    def __call__(self, doc: Doc) -> Doc:
        if self.lexicon is None:
            self.require_data()
        find_disputes(doc, self.lexicon)
        return doc


@Language.factory(
    "nk_disputes",
    requires=["doc.ents", "doc.spans", "span._.source"],  # ACTORs; claims (with party, category, outcome, value), quotes, body; their sources
    assigns=["span._.disputed_by"],
    default_config={"scorer": {"@scorers": "nk_nlp.disputes_scorer.v1"}},
)
def make_disputes(nlp: Language, name: str, scorer: Optional[Callable]) -> Disputes:
    return Disputes(nlp, name, scorer)
