"""What a denial is, once found: its cue, who denies, and what it aims at."""

from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any, Dict, FrozenSet, Optional, Tuple

from spacy.tokens import Span

# How a denial names its target (annotation.md, "Disputes"):
STATEMENT = "statement"    # `membantah klaim itu`, `Kodam: Hoaks`: every claim of the statement referred to
FIGURE = "figure"          # `angka itu dibesar-besarkan`: the statement's counts of people only
GENERAL = "general"        # `tidak ada prajurit kami yang tewas`: every claim of that side's losses of that kind
CORRECTION = "correction"  # `hanya satu prajurit yang gugur`: the larger figures of the same kind


CLAIM_FIELDS = ("value", "low", "high", "category", "outcome", "party", "source", "cue")


class ClaimView:
    """A claim's span and attributes read once: each Span._ read looks the value up again
    (a tenth of the component's time when read in the loops)."""

    def __init__(self, span: Span):
        self.span = span
        self.start, self.end, self.text = span.start, span.end, span.text
        self._ = SimpleNamespace(**{name: getattr(span._, name) for name in CLAIM_FIELDS})
        self.claimed: Optional[bool] = None  # a claim cue stands before it (links.py)
        self.denied = False  # it stands inside a denial's object: reported by the denier, not asserted


@dataclass(frozen=True)
class Kind:
    """The losses a general denial speaks of: claim categories, outcomes (None: any but
    `other`) and, for named kinds of equipment, the words its claims must contain one of
    (`tidak kehilangan tank maupun helikopter`)."""

    categories: FrozenSet[str]
    outcomes: Optional[FrozenSet[str]] = None
    equipment_words: FrozenSet[str] = frozenset()

    def covers(self, claim: "ClaimView") -> bool:
        if claim._.category not in self.categories:
            return False
        if self.outcomes is None:
            if claim._.outcome == "other":
                return False
        elif claim._.outcome not in self.outcomes:
            return False
        if not self.equipment_words:
            return True
        text = claim.text.lower()
        return any(word in text for word in self.equipment_words)


@dataclass
class Denial:
    cue: Dict[str, Any]                 # {"start", "end", "text"}
    cue_token: int
    mode: str
    in_headline: bool
    denier: Optional[Dict[str, Any]]    # {"start", "end", "text", "canonical"}; None: the headline's side, found when linking
    kind: Optional[Kind] = None
    correction: Optional["ClaimView"] = None   # the correcting claim (CORRECTION)
    party: Optional[str] = None         # the side whose losses are denied, set when linking
    scope: Optional[Tuple[int, int]] = None  # tokens of the denied object (`kabar tewasnya warga sipil`)
    targets: list = field(default_factory=list)


def actor_key(ref: Optional[Dict[str, Any]]) -> Optional[str]:
    """Who an actor reference names: its canonical name, else its text (metrics.same_source)."""
    if not ref:
        return None
    return ref.get("canonical") or (ref.get("text") or "").lower() or None
