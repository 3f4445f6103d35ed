"""Pass 2: each quote and claim picks its event, and the result is written to Span._.

For a quote: the cue right after its closing mark, else the one before its opening
mark (also across a colon or a line), else the previous quote's speaker. For a claim:
the nearest cue before it in its sentence (else a postposed one after it), overridden
by a naming sentence that follows (`Klaim disampaikan X`), else carried from an
earlier attributed claim of the same number; a claim inside a quote is the quote's.
No event: the article's own voice (source null).
"""

from typing import Dict, List, Optional, Sequence, Tuple

from spacy.tokens import Span

from nk_nlp.components.attribution.media import DocMedia
from nk_nlp.components.attribution.model import Event
from nk_nlp.components.attribution.structure import DocStructure
from nk_nlp.extensions import span_ref


class Assignment:
    """Pass 2 over one Doc (built per Doc, after pass 1 and the media)."""

    def __init__(self, structure: DocStructure, events: List[Event], media: DocMedia):
        self.structure = structure
        self.events = events
        self.media = media
        self._claim_numbers: Dict[Tuple[int, int], Optional[Tuple]] = {}  # claim_number by claim (start, end)
        self.doc, self.tokens, self.quotes = structure.doc, structure.tokens, structure.quotes
        self.sentences, self.sent_of = structure.sentences, structure.sent_of
        self.low, self.sent_bounds, self.first_word = structure.low, structure.sent_bounds, structure.first_word
        self.crosses_sentence_end = structure.crosses_sentence_end

    def run(self) -> None:
        """Attribute every quote, then every claim (a claim inside a quote takes the quote's)."""
        quote_events: Dict[int, Optional[Event]] = {}
        for n, quote in enumerate(self.quotes):
            previous = (self.quotes[n - 1], quote_events[n - 1]) if n else None
            quote_events[n] = self.quote_event(quote, previous)
            self.write(quote, self.as_result(quote_events[n], quote))
        claim_results: List[Tuple[Span, Dict]] = []
        for claim in self.structure.claims:
            container = next((n for n, q in enumerate(self.quotes) if q.start <= claim.start and claim.end <= q.end), None)
            if container is not None:
                result = self.as_result(quote_events[container], self.quotes[container])
            else:
                result = self.claim_result(claim, claim_results)
            claim_results.append((claim, result))
            self.write(claim, result)

    def quote_event(self, quote: Span, previous: Optional[Tuple[Span, Optional[Event]]]) -> Optional[Event]:
        """The cue right after the closing mark, else the last one before the opening
        mark in the sentence, else a speaker on the line before a colon, else a naming
        sentence after the quote (`Demikian disampaikan X`), else the previous quote's speaker."""
        sent_start, sent_end = self.sent_bounds(quote.start)
        close = quote.end  # the closing mark's token
        for event in self.events:
            anchor = event.anchor
            if event.kind == "verb" and event.explicit and event.source is not None and event.source.start >= close:
                anchor = min(anchor, event.source.start)  # `"...," Menteri X mengatakan.`
            if close <= anchor < sent_end and anchor - close <= 8 and not self.crosses_sentence_end(close, anchor):
                if event.kind != "claim_of":
                    return event
        head = [e for e in self.events if sent_start <= e.anchor < quote.start and not e.weak and e.kind != "claim_of"]
        if head:
            return head[-1]
        for event in (self.line_before_colon(quote), self.naming_after(quote), self.continued_quote(quote, previous)):
            if event is not None:
                return event
        return self.speaker_of_previous_sentence(quote, sent_start)

    def speaker_of_previous_sentence(self, quote: Span, sent_start: int) -> Optional[Event]:
        """A quote opening its sentence with no cue anywhere near continues the speaker of
        the sentence just before it (`X menjelaskan, ... . "Kami ..."`)."""
        if self.first_word(sent_start, quote.start) is not None or sent_start == 0:
            return None
        previous_sent = self.sent_of[sent_start - 1]
        candidates = [e for e in self.events if self.sent_of[e.anchor] == previous_sent
                      and e.source is not None and e.kind != "claim_of" and not e.weak]
        if not candidates:
            return None
        event = candidates[-1]
        return Event("carried", quote.start, None, event.source, explicit=False, media=list(event.media))


    def line_before_colon(self, quote: Span) -> Optional[Event]:
        """`Zelensky menulis di Telegram:` on the line before the quote."""
        k = quote.start - 2  # the token before the opening mark
        while k >= 0 and self.tokens.is_space[k]:
            k -= 1
        if k < 0 or self.tokens.text[k] != ":":
            return None
        before = [e for e in self.events if e.anchor <= k and self.sent_of[e.anchor] == self.sent_of[k]]
        return before[-1] if before else None

    def naming_after(self, quote: Span) -> Optional[Event]:
        sent = self.sent_of[quote.end] if quote.end < len(self.doc) else self.sent_of[quote.start]
        if sent + 1 >= len(self.sentences):
            return None
        start, _ = self.sentences[sent + 1]
        first = self.first_word(start, self.sentences[sent + 1][1])
        for event in self.events:
            if event.kind == "naming" and self.sent_of[event.anchor] == sent + 1 and first is not None:
                return event
        return None

    def continued_quote(self, quote: Span, previous: Optional[Tuple[Span, Optional[Event]]]) -> Optional[Event]:
        """A quote standing alone right after an attributed quote continues its speaker."""
        if previous is None or previous[1] is None or previous[1].source is None:
            return None
        previous_quote, previous_event = previous
        if self.structure.text[previous_quote.end_char:quote.start_char].count("\n\n") > 1:
            return None
        attribution_end = max(previous_quote.end + 1, previous_event.anchor + 1,
                              previous_event.source.end if previous_event.source.start > previous_quote.end else 0)
        gap = [t for t in self.doc[attribution_end:max(attribution_end, quote.start - 1)] if t.is_alpha]
        if len(gap) > 6 or any(previous_quote.end <= e.anchor < quote.start and e is not previous_event for e in self.events):
            return None
        return Event("carried", quote.start, None, previous_event.source, explicit=False, media=list(previous_event.media))

    def claim_event(self, claim: Span) -> Optional[Event]:
        """The nearest attribution before the claim in its sentence, else a postposed one after it."""
        sent = self.sent_of[claim.start]
        start, _ = self.sentences[sent]
        same = [e for e in self.events if self.sent_of[e.anchor] == sent and e.kind != "claim_of"]
        same = [e for e in same if e.kind != "colon" or e.anchor - start <= 8]  # `Zelensky: ...` heads a sentence
        strong = [e for e in same if not e.weak] or same
        before = [e for e in strong if e.anchor < claim.start]
        if before:
            return before[-1]
        after = [e for e in strong if e.anchor >= claim.end and (e.kind in ("post", "nya", "menurut", "passive")
                                                                  or self.ends_sentence(e))]
        return after[0] if after else None

    def ends_sentence(self, event: Event) -> bool:
        """`..., Kementerian Kesehatan Gaza mengatakan.`: a speech verb closing its sentence."""
        if event.kind != "verb" or event.cue is None:
            return False
        _, end = self.sent_bounds(event.anchor)
        rest = [t for t in self.doc[event.cue[1]:end] if not t.is_space]
        return all(t.is_punct for t in rest)

    def naming_event(self, claim: Span, current: Optional[Event]) -> Optional[Event]:
        """A sentence right after the claim's that names who made it: `Klaim
        disampaikan X` outright; `klaim X` when X names the same side more specifically."""
        sent = self.sent_of[claim.start]
        for event in self.events:
            if self.sent_of[event.anchor] != sent + 1:
                continue
            if event.kind == "naming":
                return event
            if event.kind == "claim_of" and (
                current is None or current.source is None or self.more_specific(event.source, current.source)
            ):
                return event
        return None

    @staticmethod
    def more_specific(named: Span, current: Span) -> bool:
        """`Kementerian Pertahanan Azerbaijan` names `Baku` (canonical Azerbaijan) more precisely."""
        side = (current.kb_id_ or current.text).lower()
        name = f"{named.kb_id_} {named.text}".lower()
        return bool(side) and side in name and (named.kb_id_ or named.text).lower() != side

    def claim_result(self, claim: Span, earlier: List[Tuple[Span, Dict]]) -> Dict:
        event = self.claim_event(claim)
        local_cue = self.cue_ref(event)
        naming = self.naming_event(claim, event)
        if naming is not None:
            result = self.as_result(naming, claim)
            if local_cue is not None:
                result["cue"] = local_cue
                result["media"] = self.merge_media(event.media, naming.media)
            return result
        if event is None or event.source is None:
            tally = self.continued_tally(claim, earlier)
            if tally is not None:
                return dict(tally, cue=None, source_via="continuation")
        if event is None or event.source is None or (not event.explicit and not self.structure.is_person(event.source)):
            repeated = self.repeated_from(claim, earlier)
            if repeated is not None:
                return dict(repeated, cue=local_cue or repeated["cue"], source_via="repeated")
        return self.as_result(event, claim)

    def continued_tally(self, claim: Span, earlier: List[Tuple[Span, Dict]]) -> Optional[Dict]:
        """A cue-less sentence going on with the tally of the sentence before it keeps
        its source (`Sedangkan ...`, `Adapun ...`, `Dua di antaranya tewas`)."""
        sent = self.sent_of[claim.start]
        start, end = self.sentences[sent]
        first = self.first_word(start, end)
        words = {self.low(k) for k in range(start, min(end, claim.end + 3))}
        if first is None or not (self.low(first) in self.structure.lex.continuation_openers
                                 or words & self.structure.lex.continuation_openers):
            return None
        if any(self.sent_of[e.anchor] == sent for e in self.events):
            return None
        before = [r for c, r in earlier if self.sent_of[c.start] == sent - 1 and r["source"] is not None]
        return before[-1] if before else None

    def repeated_from(self, claim: Span, earlier: List[Tuple[Span, Dict]]) -> Optional[Dict]:
        key = self.claim_number(claim)
        if key is None:
            return None
        for other, result in reversed(earlier):
            if result["source"] is not None and self.claim_number(other) == key:
                return result
        return None

    def claim_number(self, claim: Span) -> Optional[Tuple]:
        key = (claim.start, claim.end)
        if key not in self._claim_numbers:
            self._claim_numbers[key] = self._claim_number(claim)
        return self._claim_numbers[key]

    def _claim_number(self, claim: Span) -> Optional[Tuple]:
        ext = claim._  # spaCy makes a new Underscore at each `claim._`
        value, low, high = ext.value, ext.low, ext.high
        if value is not None or low is not None or high is not None:
            return (value, low, high, ext.category)
        return (self.low(claim.start),) if len(claim) else None

    @staticmethod
    def merge_media(*groups: Sequence[Span]) -> List[Dict]:
        seen, merged = set(), []
        for m in sorted((m for g in groups for m in g), key=lambda m: m.start):
            if (m.start, m.end) not in seen:
                seen.add((m.start, m.end))
                merged.append(span_ref(m))
        return merged

    def cue_ref(self, event: Optional[Event]) -> Optional[Dict]:
        if event is None or event.cue is None or event.source is None:
            return None
        return span_ref(self.doc[event.cue[0]:event.cue[1]])

    def as_result(self, event: Optional[Event], target: Span) -> Dict:
        if event is None or event.source is None:
            # the article's own voice; an outlet it relays still counts (`..., lapor WAFA`)
            return {"source": None, "source_via": None, "cue": None,
                    "media": self.merge_media(self.media.relaying(self.sent_bounds(target.start)))}
        return {"source": span_ref(event.source, canonical=True), "source_via": event.source_via,
                "cue": self.cue_ref(event), "media": self.merge_media(event.media)}

    def write(self, span: Span, result: Dict) -> None:
        ext = span._
        for name, value in result.items():
            setattr(ext, name, value)
