"""The claim ledger: one row per claim of every record, flat, with the article's id,
outlet, url and date, the claim's numbers and attribution, the side its source speaks for,
its deniers and whether it stands in the headline (docs/ledger.md lists every column)."""

import re
from typing import Any, Dict, Iterable, Iterator, List, Optional, Tuple

from nk_nlp.ledger.sides import Sides
from nk_nlp.text.dates import article_date, normalise_date

# (name, kind): kind is what the typed frame and the Parquet schema make of the column
COLUMNS: Tuple[Tuple[str, str], ...] = (
    ("article_id", "string"), ("outlet", "string"), ("url", "string"), ("date", "date"),
    ("claim_index", "int"), ("start", "int"), ("end", "int"), ("claim_text", "string"), ("sentence", "string"),
    ("value", "number"), ("low", "number"), ("high", "number"), ("qualifier", "string"),
    ("category", "string"), ("outcome", "string"), ("party", "string"),
    ("source_text", "string"), ("source_canonical", "string"), ("source_side", "string"),
    ("source_via", "string"), ("cue", "string"), ("media", "list"), ("deniers", "list"),
    ("disputed", "bool"), ("in_headline", "bool"),
)
COLUMN_NAMES = tuple(name for name, _ in COLUMNS)
OUTLET_KEYS = ("outlet", "source", "publisher", "media")
LEAD_MIN_WORDS = 12  # pipeline/lexicons/article_body.json: the lead is the first line this long
_SENTENCE_END = re.compile(r"[.!?][\"”’)]*\s+(?=[\"“‘(]?[A-Z0-9])|\n")


def _text(ref: Any) -> Optional[str]:
    value = ref.get("text") if isinstance(ref, dict) else None
    return value if isinstance(value, str) else None


def _canonical(ref: Any) -> Optional[str]:
    value = ref.get("canonical") if isinstance(ref, dict) else None
    return value if isinstance(value, str) and value else _text(ref)


def outlet_of(meta: Dict[str, Any]) -> Optional[str]:
    return next((str(meta[k]) for k in OUTLET_KEYS if isinstance(meta.get(k), str) and meta[k].strip()), None)


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence (or headline line) holding text[start:end]."""
    begin = 0
    for match in _SENTENCE_END.finditer(text, 0, start):
        begin = match.end()
    after = _SENTENCE_END.search(text, end)
    stop = after.start() + (1 if after and text[after.start()] in ".!?" else 0) if after else len(text)
    return " ".join(text[begin:stop].split())


def record_date(record: Dict[str, Any], meta: Dict[str, Any], text: str) -> Optional[str]:
    """The record's ISO `date`; records written before dates existed get theirs read now."""
    if "date" not in record:
        return article_date(meta, text)
    found = normalise_date(record["date"])
    return found.isoformat() if found else None


def lead_start(text: str) -> int:
    """Where the lead begins: what comes before it is the headline block. A text without a
    line long enough to be a lead has only its first line as headline."""
    pos, first_end = 0, None
    for line in text.split("\n"):
        if len(line.split()) >= LEAD_MIN_WORDS:
            return pos
        if first_end is None and line.strip():
            first_end = pos + len(line)
        pos += len(line) + 1
    return len(text) if first_end is None else first_end


def _deniers(claim: Dict[str, Any]) -> List[str]:
    names = []
    disputes = claim.get("disputed_by")
    for dispute in disputes if isinstance(disputes, list) else []:
        name = _canonical(dispute.get("source")) if isinstance(dispute, dict) else None
        if name and name not in names:
            names.append(name)
    return names


def _typed(row: Dict[str, Any]) -> Dict[str, Any]:
    """The row with every cell of its column's kind, or None: records from elsewhere may hold anything."""
    for name, kind in COLUMNS:
        value = row[name]
        if kind in ("string", "date") and not isinstance(value, str):
            row[name] = None
        elif kind in ("int", "number") and (isinstance(value, bool) or not isinstance(value, (int, float))
                                            or value != value or value in (float("inf"), float("-inf"))):
            row[name] = None
        elif kind == "list":
            row[name] = [str(v) for v in value if isinstance(v, (str, int, float))]
    return row


def claim_rows(record: Dict[str, Any], sides: Sides) -> List[Dict[str, Any]]:
    """The ledger rows of one record: one per claim, in the record's order."""
    meta = record.get("meta") if isinstance(record.get("meta"), dict) else {}
    text = record.get("text") if isinstance(record.get("text"), str) else ""
    head_end = lead_start(text)
    rows = []
    claims = record.get("claims") if isinstance(record.get("claims"), list) else []
    for index, claim in enumerate(claims):
        claim = claim if isinstance(claim, dict) else {}  # still a row: one per claim, always
        source = claim.get("source")
        source_canonical = _canonical(source)
        start, end = claim.get("start"), claim.get("end")
        spans_text = isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= len(text)
        deniers = _deniers(claim)
        rows.append(_typed({
            "article_id": None if record.get("id") is None else str(record.get("id")),
            "outlet": outlet_of(meta), "url": meta.get("url") if isinstance(meta.get("url"), str) else None,
            "date": record_date(record, meta, text),
            "claim_index": index, "start": start, "end": end,
            "claim_text": claim.get("text"),
            "sentence": sentence_around(text, start, end) if spans_text else None,
            "value": claim.get("value"), "low": claim.get("low"), "high": claim.get("high"),
            "qualifier": claim.get("qualifier"), "category": claim.get("category"),
            "outcome": claim.get("outcome"), "party": claim.get("party"),
            "source_text": _text(source), "source_canonical": source_canonical,
            "source_side": sides.side_of(source_canonical) if source_canonical else None,
            "source_via": claim.get("source_via"), "cue": _text(claim.get("cue")),
            "media": [m for m in (_text(ref) for ref in claim.get("media") or []) if m],
            "deniers": deniers, "disputed": bool(deniers),
            "in_headline": bool(spans_text and end <= head_end),
        }))
    return rows


def ledger_rows(records: Iterable[Dict[str, Any]], sides: Optional[Sides] = None) -> Iterator[Dict[str, Any]]:
    """Every claim of every record as a ledger row (records with errors or no claims give none)."""
    sides = sides if sides is not None else Sides()
    for record in records:
        if isinstance(record, dict):
            yield from claim_rows(record, sides)
