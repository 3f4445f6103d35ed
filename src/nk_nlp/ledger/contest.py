"""The contest view: ledger rows about the same thing grouped across articles and sources,
with the figure each side gives, UCDP-style low / best / high, an ACLED-style conservative
figure and a `contested` flag (docs/ledger.md states every convention and why).

Same thing = same party, outcome and category (and, for equipment, the same class:
130 tanks and 200 artillery pieces are two things) reported within WINDOW_DAYS of the
group's first report. Rows without party or outcome say too little to be compared and
are left out; rows without a date are grouped within their own article only.
"""

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, Dict, Iterable, List, Optional, Tuple

from nk_nlp.knowledge.kb import Knowledge, load

WINDOW_DAYS = 3
UNATTRIBUTED = "(article's own voice)"
EQUIPMENT_CATEGORIES = ("equipment",)

CONTEST_COLUMNS: Tuple[Tuple[str, str], ...] = (
    ("group", "int"), ("party", "string"), ("outcome", "string"), ("category", "string"), ("thing", "string"),
    ("first_date", "date"), ("last_date", "date"), ("claims", "int"), ("articles", "list"), ("sides", "list"),
    ("figures", "list"), ("low", "number"), ("best", "number"), ("high", "number"), ("conservative", "number"),
    ("deniers", "list"), ("contested", "bool"), ("claim_texts", "list"),
)


def claim_low(row: Dict[str, Any]) -> Optional[float]:
    """The least the wording allows: its lower bound, else the stated number."""
    return row["low"] if row.get("low") is not None else row.get("value")


def claim_high(row: Dict[str, Any]) -> Optional[float]:
    """The most the wording states: its upper bound, else the stated number."""
    return row["high"] if row.get("high") is not None else row.get("value")


def claim_best(row: Dict[str, Any]) -> Optional[float]:
    """The claim's own figure: the stated number, else (ranges, vague words) its lower bound."""
    return row["value"] if row.get("value") is not None else row.get("low")


def conservative(row: Dict[str, Any]) -> Optional[float]:
    """ACLED: the lowest count the report supports: the lower bound when the wording sets one
    (`ratusan` -> 100, `lebih dari 50` -> 50), else the stated number (`sekitar 50`, `hingga 50`)."""
    return claim_low(row)


def side_label(row: Dict[str, Any]) -> str:
    return row.get("source_side") or row.get("source_canonical") or UNATTRIBUTED


def _day(value: Any) -> Optional[date]:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def _lower_median(values: List[float]) -> Optional[float]:
    values = sorted(values)
    return values[(len(values) - 1) // 2] if values else None


@dataclass
class Group:
    key: Tuple[Any, ...]
    first: Optional[date]
    rows: List[Dict[str, Any]] = field(default_factory=list)

    def side_figures(self) -> Dict[str, float]:
        """Each side's figure: the best figure of its latest report (the largest if it gives
        several that day), since a side's new count replaces its earlier one."""
        latest: Dict[str, Tuple[date, float]] = {}
        for row in self.rows:
            best = claim_best(row)
            if best is None:
                continue
            when = _day(row.get("date")) or date.min
            side = side_label(row)
            if side not in latest or (when, best) > latest[side]:
                latest[side] = (when, best)
        return {side: best for side, (_, best) in latest.items()}

    def summary(self, number: int) -> Dict[str, Any]:
        party, outcome, category, thing = self.key[:4]
        figures = self.side_figures()
        attributed = {side: v for side, v in figures.items() if side != UNATTRIBUTED}
        lows = [v for v in map(claim_low, self.rows) if v is not None]
        highs = [v for v in map(claim_high, self.rows) if v is not None]
        conservatives = [v for v in map(conservative, self.rows) if v is not None]
        deniers = sorted({d for row in self.rows for d in row.get("deniers") or []})
        days = sorted(d for d in (_day(row.get("date")) for row in self.rows) if d is not None)
        return {
            "group": number, "party": party, "outcome": outcome, "category": category, "thing": thing,
            "first_date": days[0].isoformat() if days else None, "last_date": days[-1].isoformat() if days else None,
            "claims": len(self.rows),
            "articles": sorted({str(row.get("article_id")) for row in self.rows}),
            "sides": sorted({side_label(row) for row in self.rows}),
            "figures": [f"{side}: {_show(value)}" for side, value in sorted(figures.items())],
            "low": min(lows) if lows else None, "best": _lower_median(list(attributed.values() or figures.values())),
            "high": max(highs) if highs else None,
            "conservative": min(conservatives) if conservatives else None,
            "deniers": deniers,
            "contested": len(set(attributed.values())) > 1 or bool(deniers),
            "claim_texts": [f"{row.get('article_id')}: {row.get('claim_text')}" for row in self.rows],
        }


def _show(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


class ThingOf:
    """What exactly is counted, where the category is too coarse: the equipment class."""

    def __init__(self, kb: Optional[Knowledge] = None):
        self.kb = kb if kb is not None else load()

    def __call__(self, row: Dict[str, Any]) -> Optional[str]:
        if row.get("category") not in EQUIPMENT_CATEGORIES or not row.get("claim_text"):
            return None
        words = str(row["claim_text"]).split()
        for n in range(len(words)):  # past the number words: the first tail the KB classes
            found = self.kb.equipment_class(" ".join(words[n:]))
            if found:
                return found
        return None


def contest_groups(rows: Iterable[Dict[str, Any]], window_days: int = WINDOW_DAYS,
                   thing_of: Optional[ThingOf] = None) -> List[Dict[str, Any]]:
    """The contest view of ledger rows: one summary per group, contested groups first,
    then by first date, party, outcome and category."""
    thing_of = thing_of if thing_of is not None else ThingOf()
    by_key: Dict[Tuple[Any, ...], List[Dict[str, Any]]] = {}
    for row in rows:
        if not row.get("party") or not row.get("outcome"):
            continue
        day = _day(row.get("date"))
        article = None if day is not None else str(row.get("article_id"))  # dateless: its own article only
        key = (row["party"], row["outcome"], row.get("category"), thing_of(row), article)
        by_key.setdefault(key, []).append(row)
    groups: List[Group] = []
    window = timedelta(days=window_days)
    for key, members in by_key.items():
        members.sort(key=lambda r: (_day(r.get("date")) or date.min, str(r.get("article_id")), r.get("claim_index") or 0))
        current: Optional[Group] = None
        for row in members:
            day = _day(row.get("date"))
            if current is None or (day is not None and current.first is not None and day - current.first > window):
                current = Group(key, day)
                groups.append(current)
            current.rows.append(row)
    summaries = [g.summary(0) for g in groups]
    summaries.sort(key=lambda s: (not s["contested"], s["first_date"] or "", str(s["party"]), s["outcome"],
                                  str(s["category"]), str(s["thing"])))
    for number, summary in enumerate(summaries, 1):
        summary["group"] = number
    return summaries
