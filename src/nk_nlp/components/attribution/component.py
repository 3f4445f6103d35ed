"""nk_attribution: who says each claim and each quote (annotation.md, "Attribution").

First the people of the article (people.py): a speaker named with a rank and a title
chain, in apposition to a role, or by surname becomes an ACTOR entity (title in the span,
canonical the full name). Then two passes over the article body:

1. Attribution events, in text order: every cue word (a speech verb with its
   subject before it, a postposed `kata X` / `ujarnya`, `menurut X`, a passive
   `diumumkan oleh X`, a naming sentence `Klaim disampaikan X`) with the ACTOR
   entity it makes responsible. Pronouns and elided subjects are resolved to the
   source of the last attribution before them (a personal pronoun to the person who
   spoke last), else to the nearest earlier speaker-capable ACTOR mention.
2. Every claim and quote picks its event: for a quote the cue right after its
   closing mark, else the one before its opening mark (also across a colon or a
   line), else the previous quote's speaker; for a claim the nearest cue before it
   in its sentence (else a postposed one after it), overridden by a naming
   sentence that follows, else carried from an earlier attributed claim of the
   same number. No event: the article's own voice (source null).

The results are plain data on the spans: Span._.source {"start","end","text","canonical"},
Span._.cue {"start","end","text"}, Span._.media [{"start","end","text"}, ...],
Span._.source_via (the attribution path: "clause", "according_to", "postposed", "passive",
"pronoun", "continuation", "repeated", "naming"; None without a source).
The knowledge (cue words, pronouns, media cues, ...) is pipeline/lexicons/attribution.json.

The sub-package, one question a module:
  component.py  the spaCy face: factory, data file, serialisation (components/base.py)
  lexicon.py    AttributionLexicon: the word lists of attribution.json
  model.py      Event and its kinds
  structure.py  DocStructure: the attribution sentences, entity lookups, token masks
  people.py     person mentions the entity layer missed or cut short (rank, title chain,
                apposition, surname), set as ACTOR entities: the speakers' names
  events.py     pass 1: who speaks where
  media.py      who relays; the publishing outlet
  assign.py     pass 2: each quote and claim picks its event; results written to Span._
Each Doc gets fresh per-doc objects (DocStructure, EventFinder, DocMedia, Assignment):
nothing of one Doc stays on the component.
"""

from typing import Any, Callable, Dict, Optional

from spacy.language import Language
from spacy.tokens import Doc

from nk_nlp.components.attribution.assign import Assignment
from nk_nlp.components.attribution.events import find_events
from nk_nlp.components.attribution.lexicon import LEXICON_FILE, AttributionLexicon
from nk_nlp.components.attribution.media import DocMedia
from nk_nlp.components.attribution.people import PeopleFinder, with_people
from nk_nlp.components.attribution.structure import DocStructure
from nk_nlp.components.base import DataComponent
from nk_nlp.extensions import register_extensions


class Attribution(DataComponent):
    """nk_attribution; its lexicon is read at initialize from `lexicon_dir` and saved with
    the pipeline as `attribution.json`."""

    data_files = (LEXICON_FILE,)

    def __init__(self, nlp: Language, name: str = "nk_attribution", scorer: Optional[Callable] = None):
        super().__init__(nlp, name, scorer)
        self.lexicon: Optional[AttributionLexicon] = None
        register_extensions()

    def compile(self, data: Dict[str, Any]) -> None:
        self.lexicon = AttributionLexicon(data[LEXICON_FILE])

    def __call__(self, doc: Doc) -> Doc:
        if self.lexicon is None:
            self.require_data()
        structure = DocStructure(doc, self.lexicon)
        finder = PeopleFinder(structure)
        people = finder.find()
        speakers = people + finder.speaking_organisations() + finder.anonymous_sources()
        with_people(doc, speakers)
        structure.add_people(people, changed=bool(speakers))
        events = find_events(structure)
        media = DocMedia(structure)
        for event in events:
            media.attach(event, events)
        Assignment(structure, events, media).run()
        return doc


@Language.factory(
    "nk_attribution",
    requires=["doc.ents", "doc.spans"],  # ACTOR/MEDIA entities; doc.spans quotes, claims, body (sentences if set)
    assigns=["doc.ents", "span._.source", "span._.source_via", "span._.cue", "span._.media"],
    default_config={"scorer": {"@scorers": "nk_nlp.attribution_scorer.v1"}},
)
def make_attribution(nlp: Language, name: str, scorer: Optional[Callable]) -> Attribution:
    return Attribution(nlp, name, scorer)
