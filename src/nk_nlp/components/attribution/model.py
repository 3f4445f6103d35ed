"""Event: one attribution in the text (pass 1 finds them, pass 2 hands them to quotes and claims)."""

from dataclasses import dataclass, field
from typing import List, Literal, Optional, Tuple

from spacy.tokens import Span

EventKind = Literal[
    "verb",  # a speech verb with its subject before it: `X mengatakan`
    "post",  # a postposed cue: `..., kata X`
    "nya",  # a postposed cue with a pronoun suffix: `ujarnya`
    "menurut",  # `menurut X`
    "passive",  # `diumumkan oleh X`
    "naming",  # a naming sentence: `Klaim disampaikan X`
    "claim_of",  # `... klaim Kemenhan Azerbaijan`
    "colon",  # `X: "..."`
    "carried",  # a quote continuing an earlier speaker (made in pass 2)
]


@dataclass
class Event:
    """One attribution in the text: where it stands, its cue word and the actor it makes responsible."""

    kind: EventKind
    anchor: int  # token index that places the event in the text (the cue word, or the colon)
    cue: Optional[Tuple[int, int]]  # token range of the cue word; None for `X: "..."`
    source: Optional[Span]  # an ACTOR entity of doc.ents
    explicit: bool = True  # False when the source was reached through a pronoun or an elided subject
    media: List[Span] = field(default_factory=list)
    weak: bool = False  # `menurut informasi X` inside another speaker's sentence
    resolved_from: Optional["Event"] = None
    via: Optional[str] = None  # the attribution path, when it is not the kind's own (`continuation`)

    @property
    def source_via(self) -> Optional[str]:
        """How the source was found (record.md, `source_via`); None without a source."""
        if self.source is None:
            return None
        if self.via is not None:
            return self.via
        if not self.explicit:
            return "pronoun"  # a pronoun, a definite description, an elided subject
        return VIA_OF_KIND[self.kind]


VIA_OF_KIND = {"verb": "clause", "colon": "clause", "post": "postposed", "nya": "pronoun", "menurut": "according_to",
               "passive": "passive", "naming": "naming", "claim_of": "naming", "carried": "continuation"}


def cue_event(kind: EventKind, i: int, source: Optional[Span], **kwargs) -> Event:
    """An event whose cue is the one token `i`."""
    return Event(kind, i, (i, i + 1), source, **kwargs)
