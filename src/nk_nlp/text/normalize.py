"""Look-alike characters seen through, offsets kept: the text the pipeline reads, and
the way back to the text as received.

Pages carry characters that look like plain text but are not: a non-breaking or thin
space inside a name ("Ilham\\u00a0Aliyev"), zero-width characters (joiners, spaces,
the byte order mark, soft hyphens) and decomposed accents ("Erdog\\u0306an", NFD). The
tokenizer reads `normalize(text).text` (spaces as " ", zero-width characters dropped,
NFC), so matching sees the name; the record is written against the original, through
`TextMap.to_original`, so every offset points into the text exactly as received.
"""

import re
import unicodedata
from bisect import bisect_right
from typing import Any, Dict, List, Optional, Tuple

# Space separators other than " " (NBSP, en/em/thin/narrow spaces, ideographic space):
# one character each, so they are replaced in place.
SPACES = {ord(c): " " for c in "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"}
# Zero-width characters: dropped.
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
NEEDS_WORK = re.compile("[%s%s]" % ("".join(chr(c) for c in SPACES), ZERO_WIDTH))
TEXT_MAP = "nk_text_map"  # the Doc.user_data key of a doc made from a normalised text


class TextMap:
    """A normalised text and its original. `pieces` are (normalised start, original start,
    original length) of runs that map one to one, except a run of original length 0
    standing for one composed character, whose original extent is in `extents`."""

    def __init__(self, original: str, text: str, pieces: List[Tuple[int, int, int]]):
        self.original = original
        self.text = text
        self.pieces = pieces
        self._norm_starts = [p[0] for p in pieces]
        self._orig_starts = [p[1] for p in pieces]
        # one one-to-one run over the whole text (only spaces replaced): offsets are the same
        self.same_offsets = len(pieces) == 1 and pieces[0][:2] == (0, 0) and len(text) == len(original) == pieces[0][2]

    def to_original(self, start: int, end: int) -> Tuple[int, int]:
        """A span [start, end) of the normalised text, in the original: the zero-width
        characters and combining marks inside it are inside the result too."""
        if self.same_offsets:
            first = start if start < len(self.text) else len(self.original)
            return (first, end) if end > start else (first, first)
        if end <= start:
            position = self._original_start(start)
            return position, position
        return self._original_start(start), self._original_end(end - 1)

    def from_original(self, start: int, end: int) -> Tuple[int, int]:
        """A span of the original text, in the normalised text (a character the
        normalisation dropped or merged falls into its neighbour)."""
        return self._normalised(start, False), self._normalised(end, True)

    def _piece(self, position: int) -> Tuple[int, int, int, int]:
        i = max(bisect_right(self._norm_starts, position) - 1, 0)
        norm_start, orig_start, orig_length = self.pieces[i]
        next_start = self.pieces[i + 1][0] if i + 1 < len(self.pieces) else len(self.text)
        return norm_start, orig_start, orig_length, next_start - norm_start

    def _original_start(self, position: int) -> int:
        if position >= len(self.text):
            return len(self.original)
        norm_start, orig_start, orig_length, norm_length = self._piece(position)
        return orig_start if norm_length != orig_length else orig_start + position - norm_start

    def _original_end(self, last: int) -> int:
        norm_start, orig_start, orig_length, norm_length = self._piece(last)
        return orig_start + orig_length if norm_length != orig_length else orig_start + last - norm_start + 1

    def _normalised(self, position: int, is_end: bool) -> int:
        i = bisect_right(self._orig_starts, position) - 1
        if i < 0:
            return 0
        norm_start, orig_start, orig_length = self.pieces[i]
        next_norm = self.pieces[i + 1][0] if i + 1 < len(self.pieces) else len(self.text)
        if next_norm - norm_start == orig_length:
            return norm_start + min(position - orig_start, orig_length)
        return next_norm if is_end and position > orig_start else norm_start

    def to_data(self) -> Dict[str, Any]:
        """Plain data for Doc.user_data (DocBin and nlp.pipe(n_process=2) keep it)."""
        return {"original": self.original, "text": self.text, "pieces": [list(p) for p in self.pieces]}

    @classmethod
    def from_data(cls, data: Dict[str, Any]) -> "TextMap":
        return cls(data["original"], data["text"], [tuple(p) for p in data["pieces"]])


def normalize(text: str) -> Optional[TextMap]:
    """The text the pipeline reads, or None when it is `text` itself (the usual case)."""
    if not NEEDS_WORK.search(text) and unicodedata.is_normalized("NFC", text):
        return None
    spaced = text.translate(SPACES)
    if not any(c in spaced for c in ZERO_WIDTH) and unicodedata.is_normalized("NFC", spaced):
        return TextMap(text, spaced, [(0, 0, len(text))])
    out: List[str] = []
    pieces: List[Tuple[int, int, int]] = []
    length = 0  # of the normalised text so far
    run_start = None  # original start of the current one-to-one run
    i, n = 0, len(spaced)
    while i < n:
        char = spaced[i]
        if char in ZERO_WIDTH:
            run_start = None
            i += 1
            continue
        j = i + 1
        while j < n and (unicodedata.combining(spaced[j]) or spaced[j] in ZERO_WIDTH):
            j += 1
        cluster = unicodedata.normalize("NFC", "".join(c for c in spaced[i:j] if c not in ZERO_WIDTH))
        if j - i == 1 or cluster == spaced[i:j]:
            if run_start is None:
                pieces.append((length, i, 0))
                run_start = i
            pieces[-1] = (pieces[-1][0], run_start, j - run_start)
        else:
            pieces.append((length, i, j - i))
            run_start = None
        out.append(cluster)
        length += len(cluster)
        i = j
    return TextMap(text, "".join(out), pieces or [(0, 0, 0)])


def text_map(doc) -> Optional[TextMap]:
    """The TextMap of a doc made from a normalised text, None for others."""
    data = doc.user_data.get(TEXT_MAP)
    return TextMap.from_data(data) if data else None


def restore_offsets(record: Dict[str, Any], mapping: TextMap) -> Dict[str, Any]:
    """The record of a doc made from `mapping.text`, against `mapping.original`: every
    {"start", "end", "text"} in it (entities, claims, quotes, sources, cues, media); a
    dict shared by two claims (one source) is moved once."""
    seen = set()

    containers = (dict, list)

    def visit(value):  # a dict or a list: nothing else holds offsets
        if id(value) in seen:
            return
        seen.add(id(value))
        if isinstance(value, dict):
            if isinstance(value.get("start"), int) and isinstance(value.get("end"), int):
                value["start"], value["end"] = mapping.to_original(value["start"], value["end"])
                if "text" in value:
                    value["text"] = mapping.original[value["start"]:value["end"]]
            for key, item in value.items():
                if key != "meta" and isinstance(item, containers):
                    visit(item)
        else:
            for item in value:
                if isinstance(item, containers):
                    visit(item)

    for key in ("entities", "claims", "quotes"):
        if isinstance(record.get(key), containers):
            visit(record.get(key))
    record["text"] = mapping.original
    return record
