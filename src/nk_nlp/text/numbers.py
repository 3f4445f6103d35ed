"""Indonesian number expressions -> (value, low, high, qualifier), annotation.md "Numbers".

Pure Python, no spaCy: works on a list of `Word`s (token text + whether white
space precedes it), so the claims component can pass its tokens one to one and
`read_quantity` can read a plain string. The vocabulary (number words, scales,
vague magnitudes, qualifiers, date and percentage cues) comes from a lexicon
dict, normally pipeline/lexicons/numbers.json.
"""

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, List, NamedTuple, Optional, Sequence, Tuple, Union

from nk_nlp.data import packaged
from nk_nlp.schema import BOUNDS
from nk_nlp.text.phrases import PhraseTable

Number = Union[int, float]

DEFAULT_LEXICON = packaged("pipeline", "lexicons", "numbers.json")
DIGITS = re.compile(r"^\d+(?:[.,]\d+)*$")
DIGITS_AN = re.compile(r"^(\d+(?:[.,]\d+)*)an$")  # "4.000an"
COULD_START_CACHE_SIZE = 65536
# Keys added to numbers.json after pipelines were first saved: a numbers.json without them
# (saved with an older pipeline) gets these values, which are the ones the code had.
ADDED_KEYS = {"comparatives": ["banyak", "tinggi", "besar", "kecil", "sedikit", "rendah", "dari"],
              "single_words": [], "collective_prefix": None}
# NumberMatch.form: how the number is written, where the claim rules must ask more of it
PLAIN, SINGLE, COLLECTIVE = "plain", "single", "collective"
WORD_PATTERN = re.compile(r"\d+(?:[.,]\d+)*(?:an\b)?|[^\W\d_]+(?:-[^\W\d_]+)*|\S", re.UNICODE)

class Word(NamedTuple):
    text: str
    space_before: bool = True

    @property
    def lower(self) -> str:
        return self.text.lower()


@dataclass(frozen=True)
class Quantity:
    value: Optional[Number]
    low: Optional[Number]
    high: Optional[Number]
    qualifier: str

    def as_tuple(self) -> Tuple[Optional[Number], Optional[Number], Optional[Number], str]:
        return (self.value, self.low, self.high, self.qualifier)


@dataclass(frozen=True)
class NumberMatch:
    """A number expression found in a word list; indices are word positions, end exclusive.

    `start`..`end` is the number itself (what a claim span starts with);
    `qualifier_start` <= `start` is where a qualifier before it begins;
    `expr_end` >= `end` also covers a range's second number or a qualifier after it.
    """

    qualifier_start: int
    start: int
    end: int
    expr_end: int
    quantity: Quantity
    year_like: bool = False
    form: str = PLAIN  # SINGLE: 'seorang', 'sebuah'; COLLECTIVE: 'ketujuh', 'kedua'


# Longest run of digits read as a number: past 15 a double loses digits, and no news
# count is that long (an ID, a phone number or a page of noise is no quantity).
MAX_DIGITS = 15


def _integral(x: float) -> Number:
    return int(x) if float(x).is_integer() else x


def make_quantity(value: Optional[Number], qualifier: str = "exact",
                  bounds: Optional[Tuple[Number, Number]] = None) -> Quantity:
    """A value with the bounds its qualifier implies, or vague bounds with no value."""
    if value is None:
        low, high = bounds if bounds else (None, None)
        return Quantity(None, low, high, "vague")
    value = _integral(value)
    low_rule, high_rule = BOUNDS[qualifier]
    return Quantity(value, value if low_rule else None, value if high_rule else None, qualifier)


def parse_digits(text: str, scaled: bool = False) -> Optional[Number]:
    """'2.300' -> 2300, '2,5' -> 2.5, '3,360' -> 3360 (a count), '1.234,5' -> 1234.5.

    The dot groups thousands and the comma marks decimals; a single separator
    followed by exactly three digits groups thousands whichever it is, unless a
    scale word follows (`scaled`: '1,500 juta' is 1.5 million).
    """
    if not DIGITS.match(text):
        return None
    if len(text) - text.count(".") - text.count(",") > MAX_DIGITS:
        return None  # no count; and a float cannot hold it (a 310-digit run overflowed, failing the article)
    seps = [c for c in text if c in ".,"]
    if not seps:
        return int(text)
    groups = re.split(r"[.,]", text)
    if len(set(seps)) == 2:  # both: the last separator is the decimal mark
        last = max(text.rfind("."), text.rfind(","))
        whole = re.sub(r"[.,]", "", text[:last])
        return _integral(float(f"{whole}.{text[last + 1:]}"))
    all_thousands = all(len(g) == 3 for g in groups[1:]) and len(groups[0]) <= 3
    if len(seps) > 1:
        return int("".join(groups)) if all_thousands else None
    if all_thousands and not scaled:
        return int("".join(groups))
    return _integral(float(f"{groups[0]}.{groups[1]}"))


def tokenize(text: str) -> List[Word]:
    """A plain string as Words, split the way the spaCy tokenizer splits numbers
    ('Su-27' -> Su - 27, '10rb' -> 10 rb, '96%' -> 96 %)."""
    words = []
    for m in WORD_PATTERN.finditer(text):
        space = m.start() == 0 or text[m.start() - 1].isspace()
        words.append(Word(m.group(), space))
    return words


def _split(phrase: str) -> List[str]:
    """A phrase as the words `tokenize` splits a text into."""
    return [w.text for w in tokenize(phrase)]


class NumberGrammar:
    """Reads number expressions; built from the numbers lexicon."""

    def __init__(self, lexicon: Dict):
        self.lexicon = lexicon
        self._could_start: Dict[str, bool] = {}  # word -> could_start(word)
        self.units: Dict[str, int] = lexicon["units"]
        self.teen: str = lexicon["teen_word"]
        self.tens: Dict[str, int] = lexicon["tens"]
        self.scales: Dict[str, int] = lexicon["scales"]
        self.se_forms: Dict[str, List[str]] = lexicon["se_forms"]
        self.half = set(lexicon["half_words"])
        self.vague: Dict[str, List[int]] = lexicon["vague"]
        self.before = PhraseTable(lexicon["qualifiers_before"], _split)
        self.after: Dict[str, str] = lexicon["qualifiers_after"]
        self.joiners = PhraseTable(lexicon["range_joiners"], _split)
        self.openers = {k: set(v) for k, v in lexicon["range_openers"].items()}
        self.months = set(lexicon["months"])
        self.year_cues = set(lexicon["year_cues"])
        self.percent = set(lexicon["percent_words"])
        self.year_low, self.year_high = lexicon["year_range"]
        self.blockers = set(lexicon["not_a_number_after"])
        self.comparatives = set(lexicon.get("comparatives", ADDED_KEYS["comparatives"]))
        self.singles = set(lexicon.get("single_words", ADDED_KEYS["single_words"]))
        prefix = lexicon.get("collective_prefix", ADDED_KEYS["collective_prefix"])
        # "ketujuh" -> 7, "kesembilan" -> 9; "kesatu" is only ordinal ("pertama"), so from two up
        self.collectives: Dict[str, int] = {prefix + w: v for w, v in self.units.items() if v >= 2} if prefix else {}
        self.collectives.update({prefix + w: 10 for w in self.se_forms if self.se_forms[w] == ["satu", "puluh"]}
                                if prefix else {})
        self.word_starts = set(self.units) | set(self.se_forms) | self.half | set(self.vague) \
            | self.singles | set(self.collectives)

    @classmethod
    def from_file(cls, path: Union[str, Path] = DEFAULT_LEXICON) -> "NumberGrammar":
        with open(path, encoding="utf-8") as f:
            return cls(json.load(f))

    # -- the bare number -------------------------------------------------

    def could_start(self, word: str) -> bool:
        known = self._could_start.get(word)
        if known is None:
            if len(self._could_start) > COULD_START_CACHE_SIZE:
                self._could_start.clear()
            w = word.lower()
            known = self._could_start[word] = bool(DIGITS.match(w) or DIGITS_AN.match(w)) or w in self.word_starts
        return known

    def number_at(self, words: Sequence[Word], i: int) -> Optional[Tuple[int, Optional[Number], Number, Number]]:
        """(end, value, low, high) of the number starting at word i; value None when vague."""
        if i >= len(words):
            return None
        w = words[i].lower
        if DIGITS.match(w):
            return self._digits_at(words, i)
        if w in self.singles:
            return (i + 1, 1, 1, 1)
        if w in self.collectives:
            value = self.collectives[w]
            return (i + 1, value, value, value)
        if w in self.vague:
            low, high = self.vague[w]
            j = i + 1
            while j < len(words) and words[j].lower in self.scales and self.scales[words[j].lower] >= 1000:
                scale = self.scales[words[j].lower]
                low, high = low * scale, (high + 1) * scale - 1
                j += 1
            return (j, None, low, high)
        return self._words_at(words, i)

    def _digits_at(self, words, i):
        """'2.300', '1,5 juta', '2 ribu', '10rb' (tokenized '10', 'rb')."""
        j, scale = i + 1, 1
        while j < len(words) and words[j].lower in self.scales:
            scale *= self.scales[words[j].lower]
            j += 1
        value = parse_digits(words[i].lower, scaled=scale > 1)
        if value is None:
            return None
        value = _integral(round(value * scale, 6))
        return (j, value, value, value)

    def _words_at(self, words, i):
        """Spelled-out numbers: 'dua ribu tiga ratus', 'seratus dua puluh lima', 'setengah lusin'."""
        total, group, pending = 0, 0, None
        best = None
        j = i
        while j < len(words):
            parts = self.se_forms.get(words[j].lower, [words[j].lower])
            state = (total, group, pending)
            for part in parts:
                state = self._apply(state, part)
                if state is None:
                    break
            if state is None:
                break
            total, group, pending = state
            j += 1
            value = total + group + (pending or 0)
            if value >= 1 and (pending is None or pending >= 1 or pending == 0):
                best = (j, _integral(value))
        if best is None:
            return None
        end, value = best
        return (end, value, value, value)

    def _apply(self, state, part):
        total, group, pending = state
        if part in self.units:
            if pending is not None:
                return None
            return (total, group, self.units[part])
        if part in self.half:
            if pending is None:
                return (total, group, 0.5)
            if isinstance(pending, int):
                return (total, group, pending + 0.5)
            return None
        if part == self.teen:
            if pending is None or not isinstance(pending, int) or pending > 9:
                return None
            return (total, group + 10 + pending, None)
        if part in self.tens:
            if pending is None or not isinstance(pending, int):
                return None
            return (total, group + pending * self.tens[part], None)
        if part in self.scales:
            n = group + (pending or 0)
            if n == 0:
                return None
            return (total + n * self.scales[part], 0, None)
        return None

    # -- traps -------------------------------------------------------------

    def is_year_like(self, words: Sequence[Word], start: int, end: int) -> bool:
        w = words[start].text
        return end == start + 1 and len(w) == 4 and w.isdigit() and self.year_low <= int(w) <= self.year_high

    def is_trap(self, words: Sequence[Word], start: int, end: int) -> bool:
        """Dates, times, percentages, decades, model numbers, money glued to a currency."""
        prev = words[start - 1] if start > 0 else None
        nxt = words[end] if end < len(words) else None
        first = words[start]
        if prev is not None and not first.space_before:
            # "Su-27", "S-300", "ke-2" (a hyphen glued to a word), "Rp531", "27/9/20"
            if prev.text in ("/", ":") or prev.text[-1:].isalpha():
                return True
            before = words[start - 2] if start > 1 else None
            if prev.text in ("-", "–") and not prev.space_before and before is not None and before.text[-1:].isalpha():
                return True
        if nxt is not None and not nxt.space_before and nxt.text in ("/", ":"):
            return True
        if nxt is not None and nxt.lower in self.percent:
            return True
        if nxt is not None and nxt.lower in self.months:
            return True
        if prev is not None and prev.lower in self.blockers:
            return True
        if self.is_year_like(words, start, end):
            if prev is not None and (prev.lower in self.year_cues or prev.lower in self.months):
                return True
            if nxt is not None and nxt.lower in ("an", "-") and not nxt.space_before:
                return True  # 1990-an, 2019-2020
        return False

    # -- full expression -----------------------------------------------------

    def qualifier_before(self, words: Sequence[Word], i: int) -> Tuple[int, Optional[str]]:
        """(first word, qualifier) of a qualifier phrase right before word i; white-space words are skipped."""
        positions = [j for j in range(max(0, i - 8), i) if not words[j].text.isspace()][-4:]
        lowered = [words[j].lower for j in positions]
        n, qualifier = self.before.ending_at(lowered, len(lowered))
        if n:
            return positions[len(positions) - n], qualifier
        return i, None

    def expression_at(self, words: Sequence[Word], i: int) -> Optional[NumberMatch]:
        """The number expression whose number starts at word i, or None (no number, or a trap)."""
        w = words[i].lower
        an = DIGITS_AN.match(w)
        if an:  # "4.000an": about four thousand
            value = parse_digits(an.group(1))
            if value is None or (len(an.group(1)) == 4 and self.year_low <= value <= self.year_high):
                return None
            q_start, _ = self.qualifier_before(words, i)
            return NumberMatch(q_start, i, i + 1, i + 1, make_quantity(value, "approximately"))
        read = self.number_at(words, i)
        if read is None:
            return None
        end, value, low, high = read
        if self.is_trap(words, i, end):
            return None
        if w in self.singles or w in self.collectives:
            form = SINGLE if w in self.singles else COLLECTIVE
            q_start, qualifier = self.qualifier_before(words, i)
            if form == COLLECTIVE or qualifier is None:  # "hanya seorang": the qualifier is not one of bounds
                return NumberMatch(i, i, end, end, make_quantity(value), form=form)
            return NumberMatch(q_start, i, end, end, make_quantity(value, qualifier), form=form)
        year_like = self.is_year_like(words, i, end)
        q_start, qualifier = self.qualifier_before(words, i)
        ranged = self._range_after(words, i, end, value, low, year_like)
        if ranged is not None:
            if ranged == "trap":
                return None
            r_start, r_end, r_low, r_high = ranged
            return NumberMatch(r_start, i, end, r_end, make_quantity(None, bounds=(r_low, r_high)))
        expr_end = end
        # qualifier after: "500 lebih", "500-an"
        if expr_end < len(words):
            nxt = words[expr_end]
            if nxt.lower == "-" and not nxt.space_before and expr_end + 1 < len(words) \
                    and words[expr_end + 1].lower in self.after and not words[expr_end + 1].space_before:
                if year_like:
                    return None
                qualifier, expr_end = self.after[words[expr_end + 1].lower], expr_end + 2
            elif nxt.lower in self.after and nxt.lower.isalpha() and nxt.lower != "an" \
                    and not self._comparative(words, expr_end + 1):
                qualifier, expr_end = self.after[nxt.lower], expr_end + 1
        if value is None:
            quantity = make_quantity(None, bounds=(low, high))
        else:
            quantity = make_quantity(value, qualifier or "exact")
        return NumberMatch(q_start if qualifier else i, i, end, expr_end, quantity, year_like)

    def _range_after(self, words, i, end, value, low, year_like):
        """(qualifier_start, end, low, high) of '500-600', '500 hingga 600', 'antara 500 dan 600';
        "trap" for a year or percentage range; None when no range follows."""
        q_start = i
        joined = self.joiners.at([w.lower for w in words[end:end + 3]], 0)[0]
        before = words[i - 1].lower if i > 0 else None
        if before in self.openers and end < len(words) and words[end].lower in self.openers[before]:
            joined, q_start = 1, i - 1
        if not joined or not self.could_start(words[min(end + joined, len(words) - 1)].text):
            return None
        second = self.number_at(words, end + joined)
        if second is None:
            return None
        if second[0] < len(words) and words[second[0]].lower in self.percent:
            return "trap"
        if self.is_trap(words, end + joined, second[0]):
            return None
        s_end, s_value, s_low, s_high = second
        if year_like and self.is_year_like(words, end + joined, s_end):
            return "trap"
        first_low = low if value is None else value
        high = s_high if s_value is None else s_value
        scale = self.scales.get(words[s_end - 1].lower, 1)
        if value is not None and end == i + 1 and scale > 1 and value * scale <= high:
            first_low = _integral(value * scale)  # "dua hingga tiga ribu": the scale is shared
        if not first_low < high:
            return None
        return (q_start, s_end, first_low, high)

    def _comparative(self, words, j) -> bool:
        """'lebih' that compares ('lebih banyak', 'lebih tinggi', 'lebih dari') rather than qualifies."""
        return j < len(words) and words[j].lower in self.comparatives

    def find_all(self, words: Sequence[Word]) -> List[NumberMatch]:
        """Every number expression, left to right, not overlapping."""
        found: List[NumberMatch] = []
        i = 0
        for start in [k for k, word in enumerate(words) if self.could_start(word.text)]:
            if start < i:
                continue  # inside the expression or number read before
            match = self.expression_at(words, start)
            if match is not None:
                found.append(match)
                i = match.expr_end
                continue
            read = self.number_at(words, start)
            i = read[0] if read else start + 1
        return found

    def read(self, text: str) -> Optional[Quantity]:
        """The first number expression of `text`, or None when there is none or it is
        not a count (a date, time, percentage, decade, model number, or a bare year)."""
        words = tokenize(text)
        for i, word in enumerate(words):
            if not self.could_start(word.text):
                continue
            match = self.expression_at(words, i)
            if match is None:
                return None
            if match.year_like and (match.expr_end >= len(words) or not words[match.expr_end].text.isalpha()):
                return None
            return match.quantity
        return None


_DEFAULT: Optional[NumberGrammar] = None


def default_grammar() -> NumberGrammar:
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = NumberGrammar.from_file()
    return _DEFAULT


def read_quantity(text: str, grammar: Optional[NumberGrammar] = None) -> Optional[Quantity]:
    """'sedikitnya 91' -> Quantity(91, 91, None, 'at_least'); None for non-counts."""
    return (grammar or default_grammar()).read(text)
