"""nk_entity_resolver: the last word on every entity, after the entity ruler and the NER.

For each entity in doc.ents it
- trims what annotation.md keeps outside a span: classifiers and determiners (`desa`,
  `kota`, `para`, `pihak`), outlet descriptors and relay verbs (`kantor berita`, `dilansir`),
  locative prepositions and speech cues the context patterns matched with the name,
  trailing dashes of datelines, the number before a counted vehicle (boundaries.py);
- drops words that only look like entities inside fixed phrases (`gencatan senjata`,
  `pangkalan militer`) and lower-case matches of capitalised names (`sisi`, `as`);
- labels it: knowledge-base names by their record (known.py), the rest by their shape
  (title + name, institution + owner, force + owner: structured.py; equipment noun, domain
  name: labelling.py);
- decides ACTOR or PLACE for a country, capital or region name by its context (known.py);
- then runs the document passes of passes.PASSES in order: acronyms, datelines, names
  after roles and before offices, place lists, equipment + model (`jet tempur` + `Su-27`),
  unit owners, names the context proved once and that recur;
- sets the canonical name (CONVENTIONS.md) in span.kb_id_, "" when unknown;
- resolves overlaps, the longer span winning.

Its knowledge (pipeline/kb/: the records and context.json, the words the rules test) is
loaded at initialize from `kb_dir` and saved with the pipeline under the same file names.
The setting `kb_extra` adds users' directories of extra entries whenever the knowledge is
loaded, and their patterns to the entity ruler (docs/knowledge.md); they are not saved.
Per-doc state lives in a DocEntities built for each call.
"""

from pathlib import Path
from typing import Any, Callable, Dict, Iterable, List, Optional, Sequence, Union

from spacy.language import Language
from spacy.pipeline import EntityRuler
from spacy.tokens import Doc, Span
from spacy.training import Example
from spacy.util import filter_spans

from nk_nlp.components.base import DataComponent
from nk_nlp.components.entities.boundaries import blocked_ranges, title_case_lines
from nk_nlp.components.entities.document import DocEntities
from nk_nlp.components.entities.labelling import resolve_entities
from nk_nlp.components.entities.lexicon import ResolverLexicon
from nk_nlp.components.entities.passes import PASSES
from nk_nlp.extensions import register_extensions
from nk_nlp.knowledge.extend import extra_patterns, with_extra
from nk_nlp.knowledge.kb import KB_FILES, Knowledge
from nk_nlp.text.doc_view import TokenColumns


class EntityResolver(DataComponent):
    data_files = KB_FILES
    data_dir_setting = "kb_dir"

    def __init__(self, nlp: Language, name: str = "nk_entity_resolver", kb: Optional[Knowledge] = None,
                 scorer: Optional[Callable] = None, kb_extra: Sequence[str] = ()):
        super().__init__(nlp, name, scorer)
        self.kb_extra: List[str] = [str(d) for d in kb_extra]
        self.kb: Optional[Knowledge] = None
        self.lexicon: Optional[ResolverLexicon] = None
        if kb is not None:
            self.set_data(kb.to_files())

    def compile(self, data: Dict[str, Any]) -> None:
        self.kb = Knowledge.from_files(data)
        if self.kb_extra:
            packaged_kb, self.kb = self.kb, with_extra(self.kb, self.kb_extra)
            self._add_ruler_patterns(extra_patterns(packaged_kb, self.kb))
        self.lexicon = ResolverLexicon(self.kb.context)

    def _add_ruler_patterns(self, patterns: List[dict]) -> None:
        """The extra names go to the entity ruler before this component (loaded before it)."""
        rulers = [pipe for _, pipe in self.nlp.pipeline if isinstance(pipe, EntityRuler)]
        if patterns and rulers:
            have = {(p["label"], str(p["pattern"]), p.get("id")) for p in rulers[0].patterns}
            rulers[0].add_patterns([p for p in patterns if (p["label"], str(p["pattern"]), p.get("id")) not in have])

    def initialize(self, get_examples: Optional[Callable[[], Iterable[Example]]] = None, *,
                   nlp: Optional[Language] = None, kb_dir: Union[str, Path, None] = None) -> None:
        self.load_dir(kb_dir)

    def __call__(self, doc: Doc) -> Doc:
        self.require_data()
        tok = TokenColumns(doc)
        de = DocEntities(doc, tok, self.kb, self.lexicon, self.nlp.make_doc,
                         headline=title_case_lines(tok, self.lexicon), blocked=blocked_ranges(tok, self.lexicon))
        resolved = resolve_entities(de)
        for step in PASSES:
            resolved = step(de, resolved)
        spans = [Span(doc, s, e, label=label, kb_id=canonical) for s, e, label, canonical in resolved]
        doc.ents = sorted(filter_spans(spans), key=lambda s: s.start)
        return doc


@Language.factory(
    "nk_entity_resolver",
    requires=["doc.ents"],
    assigns=["doc.ents", "token.ent_iob", "token.ent_type", "token.ent_kb_id"],
    default_config={"kb_extra": []},
)
def make_entity_resolver(nlp: Language, name: str, kb_extra: List[str]) -> EntityResolver:
    register_extensions()
    return EntityResolver(nlp, name, kb_extra=kb_extra)
