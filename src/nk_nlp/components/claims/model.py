"""What the claim rules know about one number expression while they read its sentence."""

from dataclasses import dataclass
from typing import Optional, Tuple, Union

from spacy.tokens import Span

from nk_nlp.text.numbers import NumberMatch


@dataclass(frozen=True)
class EntityOwner:
    """The counted things belong to an entity: '30 tentara [Rusia]'."""
    ent: Span


@dataclass(frozen=True)
class WordOwner:
    """An owner named by a word of the sentence; `at` is its position."""
    at: int


class PronounOwner(WordOwner):
    """'192 tentaranya', '20 tank mereka': the side is the actor named before."""


class EnemyOwner(WordOwner):
    """'10 tank musuh': the enemy of whoever did it."""


class DefiniteOwner(WordOwner):
    """'15 kendaraan tempur milik milisi itu': an owner named before, by a common noun."""


@dataclass(frozen=True)
class TextOwner:
    """'pejuang TPLF': a known side (or an armed group's acronym) the entity pipeline did not mark."""
    name: str


Owner = Union[EntityOwner, PronounOwner, EnemyOwner, DefiniteOwner, TextOwner]
Predicate = Tuple[int, int]  # (position, length) of a predicate in the sentence


@dataclass
class Claim:
    match: NumberMatch
    start: int                  # token indices in the sentence, end exclusive
    end: int
    category: Optional[str] = None
    head_outcome: Optional[str] = None  # the outcome the head noun implies ('korban tewas')
    fixed_outcome: bool = False  # the head noun's outcome holds whatever the predicate says ('17 jenazah')
    owner: Optional[Owner] = None
    referent: bool = False      # "lainnya", "dari mereka": refers back to an earlier claim
    outcome: Optional[str] = None
    party: Optional[str] = None
    tally: bool = False         # a bare number after a tally noun ('korban tewas mencapai 1.200')
    subset: bool = False        # '42 dari 56 drone': a part of a whole counted after it
    continuation: Optional[int] = None  # where the shared noun phrase of a dash parenthesis starts
    predicate_before: Optional[Predicate] = None  # the predicate that gave the outcome, before the number
    predicate_after: Optional[Predicate] = None   # ... or after the noun phrase
    antecedent: Optional["Claim"] = None  # what a definite anaphor refers to ('ketujuh korban')

    @property
    def predicate(self) -> Optional[Predicate]:
        """The predicate that gave the outcome, wherever it is."""
        return self.predicate_before if self.predicate_before is not None else self.predicate_after

    def covers(self) -> range:
        """The words of the claim with its qualifier."""
        return range(self.match.qualifier_start, self.end)
