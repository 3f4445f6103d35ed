"""DisputeLexicon: the word lists of pipeline/lexicons/disputes.json (its `_keys` table
says what each list does), compiled once into lower-case sets and token tuples."""

from typing import Dict, FrozenSet, Tuple

LEXICON_FILE = "disputes.json"

# Outcomes a denial of deaths or injuries reaches; `killed_or_wounded` covers both.
KILLED = frozenset({"killed", "killed_or_wounded"})
WOUNDED = frozenset({"wounded", "killed_or_wounded"})
CASUALTY = frozenset({"killed", "wounded", "killed_or_wounded", "missing"})


def _phrases(words) -> Tuple[str, ...]:
    """Matched on the text, longest first: the tokenizer splits some hyphenated words
    (`dibesar-besarkan`) and keeps others (`mengada-ada`)."""
    return tuple(sorted({w.lower() for w in words}, key=len, reverse=True))


class DisputeLexicon:
    def __init__(self, data: Dict):
        words = lambda key: frozenset(w.lower() for w in data.get(key, []))  # noqa: E731
        self.verb_cues = words("verb_cues")
        self.passive_cues = words("passive_cues")
        self.negators = words("negators")
        self.verb_cues_needing_reference = words("verb_cues_needing_reference")
        self.predicate_cues = _phrases(data.get("predicate_cues", []))
        self.negated_loss = _phrases(data.get("negated_loss", []))
        self.correction_words = words("correction_words")
        self.skip_before_figure = words("skip_before_figure")
        self.reference_nouns: Dict[str, str] = {k.lower(): v for k, v in data.get("reference_nouns", {}).items()}
        self.existential = words("existential")
        self.reference_stops = words("reference_stops")
        self.blame_objects = words("blame_objects")
        self.speech_verbs = words("speech_verbs")
        self.pronoun_subjects = words("pronoun_subjects")
        self.anaphor_determiners = words("anaphor_determiners")
        self.claim_cues = words("claim_cues")
        self.statement_cues = words("statement_cues")
        self.military_nouns = words("military_nouns")
        self.casualty_nouns = words("casualty_nouns")
        self.civilian_nouns = words("civilian_nouns")
        self.killed_words = words("killed_words")
        self.wounded_words = words("wounded_words")
        self.equipment_general = words("equipment_general")
        self.equipment_words = words("equipment_words")
        self.territory_nouns = words("territory_nouns")
        self.people_categories: FrozenSet[str] = words("people_categories")
        self.clause_window = int(data.get("clause_window", 10))
        # the words that name a loss (not a force): `korban`, `tewas`, `tank`, `desa`
        self.loss_words = (self.casualty_nouns | self.killed_words | self.wounded_words | self.equipment_general
                           | self.equipment_words | self.territory_nouns)
        # the first word of each phrase up to a hyphen: the tokens a phrase may start at
        self.phrase_starts = frozenset(p.split()[0].split("-")[0] for p in self.predicate_cues + self.negated_loss)
        self.cue_starts = self.phrase_starts | self.verb_cues | self.passive_cues | self.verb_cues_needing_reference

    def stem(self, word: str) -> str:
        """`anggotanya`, `prajuritku` -> `anggota`, `prajurit` (possessive suffixes)."""
        for suffix in ("nya", "ku", "mu"):
            if word.endswith(suffix) and len(word) > len(suffix) + 3:
                return word[: -len(suffix)]
        return word
