"""spaCy Matcher semantics for the token patterns the entity ruler uses, without
trying every pattern at every token.

spaCy's Matcher starts every pattern at every token, and each `IN`, `NOT_IN` or
`REGEX` test is a Python call per token, so its cost grows with patterns x tokens
(it was 45% of the pipeline's time). Here a token's words are looked up once in an
index of the patterns whose first token they can start, and only those patterns
are followed. The tests compare the matches with spaCy's Matcher on real text.

Supported: the text attributes in `_TEXT_ATTRS` with a string or a dict of `IN`,
`NOT_IN` and `REGEX` (of strings), the flags in `_FLAG_ATTRS` with a bool, and the
operators `?`, `*`, `+`, `{n}`, `{n,m}`, `{n,}`, `{,m}`. `supports(pattern)` says
whether a pattern is in that subset; the ruler leaves any other pattern to spaCy's
Matcher.

A matcher pickles as its vocab and the patterns it was given: the compiled tests are
closures and the caches are per process, so both are rebuilt on the other side.
"""

import re
from typing import Callable, Collection, Dict, List, Optional, Sequence, Set, Tuple

from spacy.attrs import ORTH
from spacy.tokens import Doc
from spacy.vocab import Vocab

# Pattern key -> the lexeme's value (all lexical, so results can be cached per word).
_TEXT_ATTRS: Dict[str, Callable] = {
    "ORTH": lambda lex: lex.orth_,
    "TEXT": lambda lex: lex.orth_,
    "LOWER": lambda lex: lex.lower_,
}
_FLAG_ATTRS: Dict[str, Callable] = {
    "LIKE_NUM": lambda lex: lex.like_num,
    "IS_LOWER": lambda lex: lex.is_lower,
    "IS_UPPER": lambda lex: lex.is_upper,
    "IS_TITLE": lambda lex: lex.is_title,
    "IS_DIGIT": lambda lex: lex.is_digit,
    "IS_PUNCT": lambda lex: lex.is_punct,
    "IS_ALPHA": lambda lex: lex.is_alpha,
}
_PREDICATES = {"IN", "NOT_IN", "REGEX"}
_OP_RE = re.compile(r"^\{(\d*)(?:(,)(\d*))?\}$")
# Cached (word, test) results kept; past it the caches start again (flat memory on any archive).
_CACHE_LIMIT = 200_000

Test = Callable[[object], bool]  # a lexeme -> whether a token spec holds
Step = Tuple[Test, int, Optional[int]]  # test, min repeats, max repeats (None: no limit)


def _repeats(op: Optional[str]) -> Optional[Tuple[int, Optional[int]]]:
    if op is None:
        return 1, 1
    fixed = {"?": (0, 1), "*": (0, None), "+": (1, None)}
    if op in fixed:
        return fixed[op]
    found = _OP_RE.match(op)
    if not found or (found.group(1) == "" and found.group(3) in ("", None)):
        return None
    low = int(found.group(1) or 0)
    if not found.group(2):
        return low, low
    high = int(found.group(3)) if found.group(3) else None
    return (low, high) if high is None or low <= high else None


def _text_test(get: Callable, value) -> Optional[Test]:
    """A test of a text attribute: a string, or a dict of IN, NOT_IN and REGEX (strings only)."""
    if isinstance(value, str):
        return lambda lex: get(lex) == value
    if not isinstance(value, dict) or not value or set(value) - _PREDICATES:
        return None
    if not all(isinstance(v, str) for key in ("IN", "NOT_IN") for v in value.get(key, ())) \
            or not isinstance(value.get("REGEX", ""), str):
        return None
    tests: List[Test] = []
    if "IN" in value:
        members = frozenset(value["IN"])
        tests.append(lambda lex: get(lex) in members)
    if "NOT_IN" in value:
        excluded = frozenset(value["NOT_IN"])
        tests.append(lambda lex: get(lex) not in excluded)
    if "REGEX" in value:
        regex = re.compile(value["REGEX"])
        tests.append(lambda lex: regex.search(get(lex)) is not None)
    return lambda lex: all(test(lex) for test in tests)


def _flag_test(get: Callable, wanted: bool) -> Test:
    return lambda lex: get(lex) == wanted


def _spec_test(spec: Dict) -> Optional[Test]:
    tests = []
    for key, value in spec.items():
        name = key.upper() if isinstance(key, str) else key
        if name == "OP":
            continue
        if name in _TEXT_ATTRS:
            test = _text_test(_TEXT_ATTRS[name], value)
        elif name in _FLAG_ATTRS and isinstance(value, bool):
            test = _flag_test(_FLAG_ATTRS[name], value)
        else:
            test = None
        if test is None:
            return None
        tests.append(test)
    return lambda lex: all(test(lex) for test in tests)


def compile_pattern(pattern: Sequence[Dict]) -> Optional[List[Step]]:
    """The pattern as steps, or None if it uses anything outside the supported subset."""
    steps = []
    for spec in pattern:
        if not isinstance(spec, dict):
            return None
        op = next((v for k, v in spec.items() if isinstance(k, str) and k.upper() == "OP"), None)
        repeats = _repeats(op)
        test = _spec_test(spec)
        if repeats is None or test is None:
            return None
        steps.append((test, repeats[0], repeats[1]))
    return steps or None


def supports(pattern: Sequence[Dict]) -> bool:
    return compile_pattern(pattern) is not None


class _Step:
    """One token spec of a compiled pattern, with its results cached per word."""

    __slots__ = ("test", "low", "high", "results")

    def __init__(self, test: Test, low: int, high: Optional[int]):
        self.test, self.low, self.high = test, low, high
        self.results: Dict[int, bool] = {}


class TokenPatternMatcher:
    """`matcher(doc)` -> (key, start, end) for every match, like spaCy's Matcher
    (every end a pattern can reach from every start; zero-length matches dropped)."""

    def __init__(self, vocab: Vocab):
        self.vocab = vocab
        self._patterns: List[Tuple[int, List[_Step]]] = []  # (match key, steps)
        self._starters: Dict[int, Tuple[Tuple[int, int, List[_Step]], ...]] = {}  # word -> patterns it can start
        self._calls = 0
        self._added: List[Tuple[str, Sequence[Dict]]] = []  # (key, pattern) as given to `add`, for pickle

    def __reduce__(self):
        return _rebuilt, (self.vocab, self._added)

    def __len__(self) -> int:
        return len(self._patterns)

    def add(self, key: str, pattern: Sequence[Dict]) -> None:
        steps = compile_pattern(pattern)
        if steps is None:
            raise ValueError(f"Token pattern outside what TokenPatternMatcher supports: {pattern!r}")
        self._patterns.append((self.vocab.strings.add(key), [_Step(*step) for step in steps]))
        self._added.append((key, pattern))
        self._starters.clear()

    def _started_by(self, word: int) -> Tuple[Tuple[int, int, List[_Step]], ...]:
        """(key, first position, steps left) of each pattern a token of `word` can start: a
        one-token first step has been tested here, so its pattern goes on from the next token."""
        lexeme = self.vocab[word]
        started = []
        for key, steps in self._patterns:
            first = steps[0]
            if first.low == 0:
                started.append((key, 0, steps))
            elif first.test(lexeme):
                started.append((key, 1, steps[1:]) if first.high == 1 else (key, 0, steps))
        found = self._starters[word] = tuple(started)
        return found

    def _ends(self, steps: List[_Step], words: List[int], start: int) -> Collection[int]:
        """Every position a match of `steps` starting at `start` can end at."""
        vocab, length = self.vocab, len(words)
        positions: Collection[int] = (start,)
        for step in steps:
            results, low, high = step.results, step.low, step.high
            if low == high == 1:  # the common case, kept cheap: one token, no repeats
                next_positions = []
                for i in positions:
                    if i < length:
                        holds = results.get(words[i])
                        if holds is None:
                            holds = results[words[i]] = step.test(vocab[words[i]])
                        if holds:
                            next_positions.append(i + 1)
                positions = next_positions
            else:
                reached: Set[int] = set()
                for position in positions:
                    count, i = 0, position
                    while True:
                        if count >= low:
                            reached.add(i)
                        if (high is not None and count >= high) or i >= length:
                            break
                        holds = results.get(words[i])
                        if holds is None:
                            holds = results[words[i]] = step.test(vocab[words[i]])
                        if not holds:
                            break
                        count, i = count + 1, i + 1
                positions = reached
            if not positions:
                break
        return positions

    def _limit_caches(self) -> None:
        cached = len(self._starters) + sum(len(step.results) for _, steps in self._patterns for step in steps)
        if cached > _CACHE_LIMIT:
            self._starters.clear()
            for _, steps in self._patterns:
                for step in steps:
                    step.results.clear()

    def __call__(self, doc: Doc) -> List[Tuple[int, int, int]]:
        self._calls += 1
        if self._calls % 256 == 0:
            self._limit_caches()
        words = doc.to_array(ORTH).tolist() if len(doc) else []
        starters, vocab, length = self._starters, self.vocab, len(words)
        matches = []
        for start, word in enumerate(words):
            started = starters.get(word)
            if started is None:
                started = self._started_by(word)
            for key, offset, steps in started:
                if steps and steps[0].low == steps[0].high == 1:
                    # most started patterns fail at their next token: test it here, without a call
                    i = start + offset
                    if i >= length:
                        continue
                    results = steps[0].results
                    holds = results.get(words[i])
                    if holds is None:
                        holds = results[words[i]] = steps[0].test(vocab[words[i]])
                    if not holds:
                        continue
                ends = self._ends(steps, words, start + offset)
                if ends:
                    matches.extend((key, start, end) for end in sorted(set(ends)) if end > start)
        return matches


def _rebuilt(vocab: Vocab, added: List[Tuple[str, Sequence[Dict]]]) -> TokenPatternMatcher:
    """A matcher unpickled: the same patterns compiled again, caches empty."""
    matcher = TokenPatternMatcher(vocab)
    for key, pattern in added:
        matcher.add(key, pattern)
    return matcher
