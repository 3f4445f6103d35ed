"""Who relays: the MEDIA mentions an attribution came through (`dikutip Al Jazeera`,
`lansir Reuters`, `Al Jazeera melaporkan`), never the outlet that publishes the article."""

import re
from typing import List, Sequence, Set, Tuple

from spacy.tokens import Span

from nk_nlp.components.attribution.model import Event
from nk_nlp.components.attribution.structure import DocStructure
from nk_nlp.components.entities.media import OUTLET_KEY


def media_key(text: str) -> str:
    text = re.sub(r"\.(com|co\.id|id|net|org|tv)$", "", text.lower().strip())
    return re.sub(r"[^0-9a-z]", "", text)


def media_keys(ent: Span) -> Set[str]:
    keys = {media_key(ent.text)}
    if ent.kb_id_:
        keys.add(media_key(ent.kb_id_))
    return {k for k in keys if k}


def publisher_keys(doc: DocStructure) -> Set[str]:
    """Keys of the publishing outlet: the record's meta.outlet, a MEDIA entity heading a line (`VIVA –`,
    `SALAM-ONLINE.COM:`), in a dateline (`KARABAKH (Arrahmah.com)`,
    `GAZA, Republika.co.id --`) or in a credit line."""
    text = doc.text
    punct = doc.lex.publisher_punct
    outlet = doc.doc.user_data.get(OUTLET_KEY)
    keys: Set[str] = {media_key(outlet)} - {""} if isinstance(outlet, str) else set()  # meta.outlet
    for ent in doc.media_ents:
        line_start, line_end = _line_start(text, ent.start_char), _line_end(text, ent.end_char)
        before = text[line_start:ent.start_char].replace("\u00a0", " ")
        after = text[ent.end_char:line_end].replace("\u00a0", " ").lstrip()
        line = text[line_start:line_end].strip()
        heads_line = not before.strip() and (not after or after[0] in punct)
        dateline = re.fullmatch(r"\s*[A-Z][A-Z .'-]*[(,]\s*", before) is not None and (
            not after or after[0] in punct
        )
        credit = line.startswith("(") and line.endswith(")") and len(line) < 80
        if heads_line or dateline or credit:
            keys.update(media_keys(ent))
    return keys


# A heading, dateline or credit is short: the line around a MEDIA entity is looked for no
# further than this (on a page without line breaks, the whole text was scanned per entity).
LINE_WINDOW = 200


def _line_start(text: str, position: int) -> int:
    window = max(0, position - LINE_WINDOW)
    found = text.rfind("\n", window, position)
    return found + 1 if found >= 0 else window


def _line_end(text: str, position: int) -> int:
    window = min(len(text), position + LINE_WINDOW)
    found = text.find("\n", position, window)
    return found if found >= 0 else window


class DocMedia:
    """The media of one Doc: its publisher, and who relays each event."""

    def __init__(self, doc: DocStructure):
        self.doc = doc
        self.publisher_keys = publisher_keys(doc)

    def is_publisher(self, ent: Span) -> bool:
        for key in media_keys(ent):
            for pub in self.publisher_keys:
                if key == pub or (min(len(key), len(pub)) >= 3 and (key.startswith(pub) or pub.startswith(key))):
                    return True
        return False

    def attach(self, event: Event, events: Sequence[Event]) -> None:
        """Set `event.media`: the relaying media of its region, plus those of the event
        its source was resolved from (`Dia mengatakan` after `X, dikutip Reuters, ...`)."""
        event.media = self.relaying(self.event_region(event, events))
        origin = event.resolved_from
        if origin is not None:
            seen = {(m.start, m.end) for m in event.media}
            event.media = sorted(event.media + [m for m in origin.media if (m.start, m.end) not in seen],
                                 key=lambda m: m.start)

    def event_region(self, event: Event, events: Sequence[Event]) -> Tuple[int, int]:
        """The event's sentence, cut at the other events in it."""
        doc = self.doc
        start, end = doc.sent_bounds(event.anchor)
        for other in events:
            if other is event or not (start <= other.anchor < end):
                continue
            if other.anchor < event.anchor:
                start = max(start, other.anchor + 1)
            elif other.anchor > event.anchor:
                end = min(end, other.anchor)
        source = event.source
        if source is not None and source.start < start and doc.sent_of[source.start] == doc.sent_of[event.anchor]:
            start = source.start
        return start, end

    def relaying(self, region: Tuple[int, int]) -> List[Span]:
        """MEDIA mentions of the region that relay: after a media cue (`dikutip`,
        `lansir`, `akun`, `kepada`, ...) or reporting themselves (`Al Jazeera melaporkan`)."""
        doc = self.doc
        start, end = region
        lex, low, length = doc.lex, doc.low, len(doc.doc)
        found: List[Span] = []
        for ent in doc.media_ents:
            if not (start <= ent.start and ent.end <= end) or doc.in_quote[ent.start] or self.is_publisher(ent):
                continue
            window = range(max(start, ent.start - lex.media_window), ent.start)
            after = ent.end
            while after < length and low(after) in lex.adverbs:
                after += 1
            reports = after < length and low(after) in lex.speech_verbs
            if reports or any(low(k) in lex.media_cues for k in window):
                found.append(ent)
        return found
