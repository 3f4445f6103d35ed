"""ClaimsLexicon: the numbers and claims lexicons compiled into what the rules look up.

Every phrase list of claims.json becomes a PhraseTable split by the pipeline's own
tokenizer, so a phrase matches the tokens a text is split into. The sides of each war
(pipeline/kb/conflicts.json, folded into the claims data by the component) become a
`Sides`.
"""

from typing import Callable, Dict, FrozenSet, List

from nk_nlp.knowledge.sides import Sides
from nk_nlp.text.numbers import NumberGrammar
from nk_nlp.text.phrases import PhraseTable

# claims.json key -> attribute: the phrase tables
TABLES = {
    "heads": "heads", "head_outcomes": "head_outcomes", "fixed_head_outcomes": "fixed_head_outcomes",
    "classifiers": "classifiers", "np_modifiers": "modifiers", "owner_links": "owner_links",
    "owner_pronouns": "pronouns", "enemy_words": "enemy_words", "trailing_referents": "referents",
    "coordinators": "coordinators", "rejected_heads": "rejected", "locator_prepositions": "locators",
    "geo_descriptors": "geo", "outcomes": "outcomes", "outcome_skippable": "skippable",
    "clause_breakers": "breakers", "event_agents": "event_agents", "agentive_outcomes": "agentive",
    "rejected_before": "rejected_before", "own_side_verbs": "own_side_verbs",
    "person_outcome_verbs": "person_verbs", "static_locators": "static_locators",
    "definite_markers": "definite", "subset_markers": "subset", "possessive_links": "possessive",
    "capture_sources": "capture_sources", "target_prepositions": "target_preps",
    "single_determiners": "single", "place_words": "place_words", "tally_nouns": "tally_nouns",
    "tally_links": "tally_links",
}
# tables of keys added later (ADDED_KEYS gives their value for an older claims.json)
ADDED_TABLES = {"np_closers": "np_closers", "appositive_openers": "appositive_openers", "np_extenders": "np_extenders", "state_force_heads": "state_force_heads",
                 "subject_forces": "subject_forces"}
# Keys added to claims.json after pipelines were first saved: a claims.json without them
# (an older saved pipeline) gets these values, which are the ones the code had.
ADDED_KEYS = {
    "referents_after_owner": ["lainnya"],
    "passive_agent_markers": ["oleh"],
    "relative_markers": ["yang"],
    "claim_list_links": [",", "dan", "serta", "atau"],
    "outcome_groups": {
        "hostile": ["killed", "wounded", "killed_or_wounded", "destroyed", "captured"],
        "of_people": ["killed", "wounded", "killed_or_wounded", "missing"],
        "of_persons_taken": ["captured"],
        "paired": ["killed", "wounded", "killed_or_wounded"],
    },
    "categories_without_outcome": ["military", "equipment"],
    "np_closers": [],
    "np_extenders": [],
    "appositive_openers": [],
    "non_state_sides": [],
    "tally_openers": [],
    "state_force_heads": [],
    "subject_forces": [],
}


class ClaimsLexicon:
    """What the claim rules look up; built once per pipeline from numbers.json and claims.json."""

    heads: PhraseTable
    head_outcomes: PhraseTable
    fixed_head_outcomes: PhraseTable
    classifiers: PhraseTable
    modifiers: PhraseTable
    owner_links: PhraseTable
    pronouns: PhraseTable
    enemy_words: PhraseTable
    referents: PhraseTable
    coordinators: PhraseTable
    rejected: PhraseTable
    locators: PhraseTable
    geo: PhraseTable
    outcomes: PhraseTable
    skippable: PhraseTable
    breakers: PhraseTable
    event_agents: PhraseTable
    agentive: PhraseTable
    rejected_before: PhraseTable
    own_side_verbs: PhraseTable
    person_verbs: PhraseTable
    static_locators: PhraseTable
    definite: PhraseTable
    subset: PhraseTable
    possessive: PhraseTable
    capture_sources: PhraseTable
    target_preps: PhraseTable
    single: PhraseTable
    place_words: PhraseTable
    tally_nouns: PhraseTable
    tally_links: PhraseTable
    np_closers: PhraseTable
    np_extenders: PhraseTable
    appositive_openers: PhraseTable
    state_force_heads: PhraseTable
    subject_forces: PhraseTable

    def __init__(self, numbers: Dict, claims: Dict, split: Callable[[str], List[str]]):
        """`split`: a lower-cased phrase -> its words, as the pipeline's tokenizer splits them."""
        self.grammar = NumberGrammar(numbers)
        for key, attr in TABLES.items():
            setattr(self, attr, PhraseTable(claims[key], split))
        for key, attr in ADDED_TABLES.items():
            setattr(self, attr, PhraseTable(claims.get(key, ADDED_KEYS[key]), split))
        word = lambda key: frozenset(claims.get(key, ADDED_KEYS[key]))  # noqa: E731
        self.reporters = sorted((r.lower() for r in claims["casualty_reporters"]), key=len, reverse=True)
        self.dashes: FrozenSet[str] = frozenset(claims["dashes"])
        self.referents_after_owner = word("referents_after_owner")
        self.passive_agent_markers = word("passive_agent_markers")
        self.relative_markers = word("relative_markers")
        self.claim_list_links = word("claim_list_links")
        groups = claims.get("outcome_groups", ADDED_KEYS["outcome_groups"])
        self.hostile_outcomes = frozenset(groups["hostile"])
        self.people_outcomes = frozenset(groups["of_people"])
        self.person_taken_outcomes = frozenset(groups["of_persons_taken"])
        self.loss_outcomes = self.hostile_outcomes | self.people_outcomes
        first, second, self.paired_outcome = groups["paired"]
        self.paired_outcomes = frozenset((first, second))
        self.no_outcome_needed = word("categories_without_outcome")
        self.sides = Sides(claims, claims["party_prefixes"])
        self.non_state_sides = word("non_state_sides")
        self.tally_openers = word("tally_openers")
