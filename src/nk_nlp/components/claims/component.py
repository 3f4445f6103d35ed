"""nk_claims: quantity claims in doc.spans["claims"] (annotation.md, "Claims").

For every number expression in the article body (nk_nlp.text.numbers) the component
reads the counted noun phrase after it (head noun, owner, `lainnya`), rejects
what is not a claim (dates, durations, percentages, documents, meetings,
countries, locators, geographic descriptors, model numbers), and sets on the
span: value, low, high, qualifier, category (head-noun lexicon), outcome (the
predicate around it, either voice, either side) and party (the owner's side, or
the side the sentence makes evident). source/cue/media are left to
nk_attribution, initialised to None/None/[] so records are complete.

The sub-package, one module per question:
  lexicon.py      the phrase tables compiled from numbers.json and claims.json
  model.py        Claim and its typed owners
  sentence.py     the doc and the sentence being read, and the probes the rules share
  noun_phrase.py  what is counted
  outcome.py      what happened to it
  party.py        whose it was (knowledge.sides)
  finder.py       doc -> claim spans

Knowledge lives in pipeline/lexicons/{numbers,claims}.json and the sides of each war in
pipeline/kb/conflicts.json. At initialize the sides are folded into the claims data, so
a saved pipeline holds numbers.json and claims.json as before, and carries its sides.
"""

from pathlib import Path
from typing import Any, Callable, Dict, Iterable, List, Optional

from spacy.language import Language
from spacy.tokens import Doc
from spacy.training import Example

from nk_nlp.components.base import PathLike, DataComponent, read_data_file
from nk_nlp.components.claims.finder import find_claims
from nk_nlp.components.claims.lexicon import ClaimsLexicon
from nk_nlp.extensions import ATTRIBUTION_ATTRS, CLAIM_ATTRS, CLAIMS, register_extensions
from nk_nlp.knowledge.sides import CONFLICTS_FILE, fold_conflicts

NUMBERS_FILE = "numbers.json"
CLAIMS_FILE = "claims.json"


class Claims(DataComponent):
    """The nk_claims component: data files numbers.json and claims.json (with the sides folded in)."""

    data_files = (NUMBERS_FILE, CLAIMS_FILE)

    def __init__(self, nlp: Language, name: str = "nk_claims", scorer: Optional[Callable] = None):
        super().__init__(nlp, name, scorer)
        self._lexicon: Optional[ClaimsLexicon] = None
        self.kb_dir: Optional[Path] = None
        register_extensions()

    def initialize(self, get_examples: Optional[Callable[[], Iterable[Example]]] = None, *,
                   nlp: Optional[Language] = None, lexicon_dir: Optional[PathLike] = None,
                   kb_dir: Optional[PathLike] = None) -> None:
        """`kb_dir` holds conflicts.json; by default the `kb` folder beside `lexicon_dir`
        (pipeline/kb beside pipeline/lexicons)."""
        self.kb_dir = Path(kb_dir) if kb_dir is not None else None
        self.load_dir(lexicon_dir)

    def read_dir(self, directory: Path) -> Dict[str, Any]:
        data = super().read_dir(directory)
        kb_dir = self.kb_dir if self.kb_dir is not None else directory.parent / "kb"
        data[CLAIMS_FILE] = fold_conflicts(data[CLAIMS_FILE], read_data_file(kb_dir / CONFLICTS_FILE))
        return data

    def compile(self, data: Dict[str, Any]) -> None:
        self._lexicon = None  # built at the first doc: the tokenizer may be loaded after this component

    @property
    def lexicon(self) -> ClaimsLexicon:
        if self._lexicon is None:
            data = self.require_data()
            self._lexicon = ClaimsLexicon(data[NUMBERS_FILE], data[CLAIMS_FILE], split=_tokenizer_words(self.nlp))
        return self._lexicon

    def __call__(self, doc: Doc) -> Doc:
        doc.spans[CLAIMS] = find_claims(doc, self.lexicon)
        return doc


def _tokenizer_words(nlp: Language) -> Callable[[str], List[str]]:
    tokenizer = nlp.tokenizer
    return lambda text: [t.lower_ for t in tokenizer(text) if not t.is_space]


@Language.factory(
    "nk_claims",
    requires=["doc.ents", "token.is_sent_start"],
    assigns=["doc.spans"] + [f"span._.{name}" for name in CLAIM_ATTRS + ATTRIBUTION_ATTRS],
    default_config={"scorer": {"@scorers": "nk_nlp.claims_scorer.v1"}},
    default_score_weights={"spans_claims_f": 0.0, "spans_claims_p": None, "spans_claims_r": None},
)
def make_claims(nlp: Language, name: str, scorer: Optional[Callable]) -> Claims:
    return Claims(nlp, name, scorer)
