"""AttributionLexicon: the word lists of pipeline/lexicons/attribution.json, compiled once."""

from pathlib import Path
from typing import Dict, Union

import srsly

LEXICON_FILE = "attribution.json"


class AttributionLexicon:
    """The word lists of attribution.json, as lower-case sets."""

    def __init__(self, data: Dict):
        self.data = {k: v for k, v in data.items() if not k.startswith("_")}
        words = lambda key: {w.lower() for w in self.data.get(key, [])}  # noqa: E731
        self.speech_verbs = words("speech_verbs")
        self.postposed = words("postposed_verbs")
        self.postposed_nya = {w + "nya" for w in self.postposed} | words("postposed_pronoun_forms_extra")
        self.postposed_openers = words("postposed_openers")
        self.headline_verbs = words("headline_verbs")
        self.elided_passive_openers = words("elided_passive_openers")
        self.speaker_nouns = words("speaker_nouns")
        self.bare_speaker_nouns = {k.lower(): [w.lower() for w in v] for k, v in self.data.get("bare_speaker_nouns", {}).items()}
        self.anaphor_kinds = {k.lower(): v for k, v in self.data.get("anaphor_kinds", {}).items()}
        self.definite_before = words("definite_before")
        self.anonymous_heads = words("anonymous_source_heads")
        self.anonymous_words = words("anonymous_source_words")
        self.according_to = words("according_to")
        self.weak_according_to = words("weak_according_to_nouns")
        self.passive_verbs = words("passive_verbs")
        self.agent_markers = words("passive_agent_markers")
        self.naming_nouns = words("naming_nouns")
        self.determiners = words("naming_determiners")
        self.pronouns = words("pronouns")
        self.adverbs = words("adverbs")
        self.clause_openers = words("clause_openers")
        self.subordinators = words("subordinators")
        self.interposition = words("interposition_starts")
        self.non_speaker_before = words("non_speaker_before")
        self.media_cues = words("media_cues")
        self.publisher_punct = set(self.data.get("publisher_line_punct", []))
        self.subject_window = int(self.data.get("subject_window", 15))
        self.media_window = int(self.data.get("media_cue_window", 6))
        phrases = lambda key: {tuple(w.lower().split()) for w in self.data.get(key, [])}  # noqa: E731
        self.ranks, self.positions = phrases("ranks"), phrases("positions")
        self.ranks_longest = max((len(p) for p in self.ranks), default=0)
        self.positions_longest = max((len(p) for p in self.positions), default=0)
        self.branches = words("rank_branches")
        self.units = phrases("unit_heads")
        self.units_longest = max((len(p) for p in self.units), default=0)
        self.phrase_starts = {p[0] for p in self.ranks | self.positions | self.units}
        self.title_words = words("title_words")
        self.person_roles = words("person_roles")
        self.name_particles = words("name_particles")
        self.not_names = words("not_names")
        self.personal_pronouns = words("personal_pronouns")
        self.continuation_openers = words("continuation_openers")
        self.claim_making_verbs = words("claim_making_verbs")
        self.affiliation_prepositions = words("affiliation_prepositions")

    @classmethod
    def from_dir(cls, path: Union[str, Path]) -> "AttributionLexicon":
        return cls(srsly.read_json(Path(path) / LEXICON_FILE))
