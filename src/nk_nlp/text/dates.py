"""The article's publication date, ISO `YYYY-MM-DD`, from its metadata or its text.

Pure Python (no spaCy). `article_date(meta, text)` is what records carry as `date`:

1. `meta["date"]` when it holds a readable date (`2020-09-28`, `2020-09-28T09:06:00+07:00`,
   `28/9/2020`, `Senin, 28 September 2020` ...), normalised to ISO; else the date an outlet
   stamps in `meta["url"]` (`/2025/07/21/`, `/21/07/2025/`);
2. else the text, in this order (the first rule that finds a date wins):
   a. the publication line: a line that holds nothing but a date with its weekday, time,
      time zone and publication words (`Senin, 02 November 2020 - 09:06 WIB`), or, with a
      time, a short outlet name (`Kompas.com - 02/11/2020, 09:06 WIB`);
   b. the dateline: a date between a paragraph's opening place name and its dash
      (`JAKARTA, Senin (28/9/2020) - ...`);
   c. the news peg: the latest date the text marks with a weekday (outside `Baca juga`
      asides, which date other articles) (`Senin (28/9/2020)`,
      `kata X, Sabtu (3/10/2020)`, `Rabu 30 September 2020`), unless marked as future
      (`Kamis (5/11) mendatang`). Indonesian news names the weekday only for the recent
      days it reports; the publication is on or after the latest of them, while earlier
      weekday dates are the events it recounts (`meletus Ahad (27/9/20) lalu`);
3. else `None`: dates without a weekday in the body (`sejak 1 Januari 1994`) are events,
   never taken as the publication date.

A date without a year (`Senin (28/9)`) borrows the year of the latest full date in the
text, a year earlier when that would put it more than half a year after it; with no full
date it is skipped. Two-digit years are 20xx (19xx above 50).
"""

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Iterator, List, Optional, Tuple

WEEKDAYS = (
    "senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "jum’at", "sabtu", "minggu", "ahad",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
)
MONTHS = {
    "januari": 1, "jan": 1, "january": 1,
    "februari": 2, "feb": 2, "pebruari": 2, "peb": 2, "february": 2,
    "maret": 3, "mar": 3, "march": 3,
    "april": 4, "apr": 4,
    "mei": 5, "may": 5,
    "juni": 6, "jun": 6, "june": 6,
    "juli": 7, "jul": 7, "july": 7,
    "agustus": 8, "agu": 8, "agt": 8, "ags": 8, "agus": 8, "aug": 8, "august": 8,
    "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10, "oct": 10, "october": 10,
    "november": 11, "nov": 11, "nopember": 11, "nop": 11,
    "desember": 12, "des": 12, "dec": 12, "december": 12,
}
TIMES_OF_DAY = ("pagi", "siang", "sore", "petang", "malam", "dini hari")
FUTURE_MARKERS = ("mendatang", "depan", "nanti")
PUBLICATION_WORDS = {
    "diterbitkan", "dipublikasikan", "dipublikasi", "terbit", "tayang", "diperbarui", "diperbaharui", "update",
    "updated", "published", "posted", "diunggah", "pukul", "jam", "wib", "wita", "wit", "gmt", "utc",
}

MAX_OUTLET_WORDS = 3
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY = "|".join(WEEKDAYS)
_YEAR = r"(?P<year>\d{4}|\d{2})"
_AFTER = r"(?![\w/]|[.-]\d)"  # not inside a longer number, word or path
# Python's re tries an alternation at every position of a long text: the dates are looked
# for only where a run of digits starts (day-first) or ends a year (month-first).
_NUMBER = re.compile(r"\d+")
_DAY_FIRST = re.compile(
    r"(?:(?P<iy>\d{4})-(?P<im>\d{1,2})-(?P<id>\d{1,2})"  # 2020-09-28
    r"|(?P<nd>\d{1,2})[/-](?P<nm>\d{1,2})(?:[/-](?P<ny>\d{4}|\d{2}))?"  # 28/9/2020, 27/9/20, 28/9
    rf"|(?P<td>\d{{1,2}})\s+(?P<tm>{_MONTH})\.?(?:,?\s+(?P<ty>\d{{4}}))?)"  # 28 September 2020, 28 Sept
    + _AFTER,
    re.IGNORECASE,
)
_MONTH_FIRST = re.compile(rf"\b(?P<em>{_MONTH})\.?\s+(?P<ed>\d{{1,2}}),?\s+(?P<ey>\d{{4}})$", re.IGNORECASE)
_MONTH_FIRST_REACH = 20  # `September 28, ` before the year
_WEEKDAY_BEFORE = re.compile(
    rf"\b(?:{_WEEKDAY})(?:\s+(?:{'|'.join(TIMES_OF_DAY)}))?\s*[,(]?\s*$", re.IGNORECASE
)
_FUTURE_AFTER = re.compile(rf"^\s*\)?\s*(?:{'|'.join(TIMES_OF_DAY)})?\s*(?:{'|'.join(FUTURE_MARKERS)})\b", re.IGNORECASE)
_DATELINE_BEFORE = re.compile(r"^[ \t]*[A-Z][A-Z .'’&-]*(?:\([^()\n]*\))?[ \t]*,?[ \t]*(?:\w+)?[ \t]*[,(]?[ \t]*$")
_DASH_AFTER = re.compile(r"^\s*\)?\s*(?:\([^()\n]*\)\s*)?[-–—]")
_ASIDE = re.compile(r"(?:^|\()\s*(?:baca|lihat|simak)(?:\s+juga)?\s*:?", re.IGNORECASE)  # `Baca juga: ...`
_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}(?::\d{2})?\b")
_URL_DATE = re.compile(
    r"/(?:(?P<y1>(?:19|20)\d{2})/(?P<m1>\d{1,2})/(?P<d1>\d{1,2})|(?P<d2>\d{1,2})/(?P<m2>\d{1,2})/(?P<y2>(?:19|20)\d{2}))(?=/)"
)
_ISO_PREFIX = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])")


@dataclass(frozen=True)
class DateMention:
    """One date written in a text: where, what, and what marks it."""

    start: int
    end: int
    day: int
    month: int
    year: Optional[int]  # None when the text gives no year (`Senin (28/9)`)
    weekday: bool  # a weekday name stands right before it
    future: bool  # `mendatang`, `depan`, `nanti` right after it

    def as_date(self, year: Optional[int] = None) -> Optional[date]:
        try:
            return date(self.year if self.year is not None else year, self.month, self.day)
        except (TypeError, ValueError):
            return None


def _year(text: Optional[str]) -> Optional[int]:
    if text is None:
        return None
    year = int(text)
    if len(text) == 2:
        year += 1900 if year > 50 else 2000
    return year


def _weekday_before(text: str, start: int) -> bool:
    return bool(_WEEKDAY_BEFORE.search(text[max(0, start - 30):start]))


def _date_matches(text: str) -> Iterator[Tuple[int, int, dict]]:
    """(start, end, groups) of every date-shaped string, in text order."""
    resume = 0
    for number in _NUMBER.finditer(text):
        start = number.start()
        if start < resume or (start and (text[start - 1].isalpha() or text[start - 1] in "_/.-")):
            continue
        match = _DAY_FIRST.match(text, start)
        if match:
            resume = match.end()
            yield match.start(), match.end(), match.groupdict()
        elif len(number.group()) == 4 and re.match(_AFTER, text[number.end():number.end() + 2]):
            window_start = max(resume, start - _MONTH_FIRST_REACH)
            month_first = _MONTH_FIRST.search(text, window_start, number.end())
            if month_first:
                resume = month_first.end()
                yield month_first.start(), month_first.end(), month_first.groupdict()


def find_dates(text: str) -> List[DateMention]:
    """Every well-formed day-month(-year) date in `text`, in text order."""
    mentions = []
    for start, end, g in _date_matches(text):
        g = {name: g.get(name) for name in ("iy", "im", "id", "nd", "nm", "ny", "td", "tm", "ty", "em", "ed", "ey")}
        if g["iy"]:
            day, month, year = int(g["id"]), int(g["im"]), int(g["iy"])
        elif g["nd"]:
            day, month, year = int(g["nd"]), int(g["nm"]), _year(g["ny"])
            if year is None and not (text[max(0, start - 3):start].rstrip().endswith("(")
                                     or _weekday_before(text, start)):
                continue  # a bare `3/4` is a fraction or a score, `(28/9)` a date
        elif g["td"]:
            day, month, year = int(g["td"]), MONTHS[g["tm"].lower()], _year(g["ty"])
        else:
            day, month, year = int(g["ed"]), MONTHS[g["em"].lower()], _year(g["ey"])
        if not (1 <= day <= 31 and 1 <= month <= 12):
            continue
        mention = DateMention(
            start, end, day, month, year,
            weekday=_weekday_before(text, start),
            future=bool(_FUTURE_AFTER.match(text[end:end + 30])),
        )
        if mention.as_date(2000 if year is None else None) is not None:  # 2000: leap year, 29/2 stays
            mentions.append(mention)
    return mentions


def _line_bounds(text: str, start: int, end: int):
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return line_start, len(text) if line_end < 0 else line_end


def _is_publication_line(text: str, mention: DateMention) -> bool:
    if mention.year is None:
        return False
    line_start, line_end = _line_bounds(text, mention.start, mention.end)
    rest = text[line_start:mention.start] + " " + text[mention.end:line_end]
    timed = bool(_TIME.search(rest))
    words = re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)?", _TIME.sub(" ", rest).lower())
    other = [word for word in words if word not in PUBLICATION_WORDS and word not in WEEKDAYS]
    # an outlet's name may head a timed line: `Kompas.com - 02/11/2020, 09:06 WIB`
    return not other or (timed and len(other) <= MAX_OUTLET_WORDS)


def _is_dateline(text: str, mention: DateMention) -> bool:
    line_start, _ = _line_bounds(text, mention.start, mention.end)
    before = text[line_start:mention.start]
    return bool(before.strip()) and bool(_DATELINE_BEFORE.match(before)) and bool(
        _DASH_AFTER.match(text[mention.end:mention.end + 40])
    )


def _resolve(mention: DateMention, reference: Optional[date]) -> Optional[date]:
    """The mention's date; a year-less one takes the reference's year (a year earlier
    when that would put it more than half a year after the reference)."""
    if mention.year is not None:
        return mention.as_date()
    if reference is None:
        return None
    found = mention.as_date(reference.year)
    if found is not None and found - reference > timedelta(days=183):
        found = mention.as_date(reference.year - 1)
    return found


def _in_aside(text: str, mention: DateMention) -> bool:
    """Inside a `Baca juga: ...` line or `(Baca: ...)`: another article's date."""
    line_start, _ = _line_bounds(text, mention.start, mention.end)
    prefix = text[line_start:mention.start]
    asides = list(_ASIDE.finditer(prefix))
    if not asides:
        return False
    last = asides[-1]
    return ")" not in prefix[last.end():] if last.group().lstrip().startswith("(") else True


def date_from_text(text: str) -> Optional[date]:
    """The publication date the text gives (rules 2a-2c of the module docstring), or None;
    dates in `Baca juga` asides belong to other articles and are skipped."""
    mentions = [m for m in find_dates(text) if not _in_aside(text, m)]
    full = [d for d in (m.as_date() for m in mentions if m.year is not None) if d is not None]
    reference = max(full) if full else None
    for rule in (_is_publication_line, _is_dateline):
        for mention in mentions:
            if rule(text, mention):
                found = _resolve(mention, reference)
                if found is not None:
                    return found
    pegs = [_resolve(m, reference) for m in mentions if m.weekday and not m.future]
    pegs = [d for d in pegs if d is not None]
    return max(pegs) if pegs else None


def normalise_date(value: Any) -> Optional[date]:
    """A metadata date (ISO date or timestamp, or any format `find_dates` reads) or None."""
    if not isinstance(value, str):
        return None
    iso = _ISO_PREFIX.match(value)
    if iso:
        try:
            return date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
        except ValueError:
            return None
    dated = [d for d in (m.as_date() for m in find_dates(value) if m.year is not None) if d is not None]
    return dated[0] if dated else None


def date_from_url(url: Any) -> Optional[date]:
    """The date an outlet stamps in its URLs: `/2025/07/21/`, `/21/07/2025/`, `/read/2025/06/15/`."""
    if not isinstance(url, str):
        return None
    for match in _URL_DATE.finditer(url):
        g = match.groupdict()
        year, month, day = (g["y1"], g["m1"], g["d1"]) if g["y1"] else (g["y2"], g["m2"], g["d2"])
        try:
            return date(int(year), int(month), int(day))
        except ValueError:
            continue
    return None


def article_date(meta: Optional[dict], text: Any) -> Optional[str]:
    """The record's `date`: ISO `YYYY-MM-DD` from `meta["date"]`, else from the date stamped in
    `meta["url"]`, else from the text, else None."""
    meta = meta if isinstance(meta, dict) else {}
    found = normalise_date(meta.get("date")) or date_from_url(meta.get("url"))
    if found is None and isinstance(text, str):
        found = date_from_text(text)
    return found.isoformat() if found is not None else None
