"""PhraseTable: multi-word phrases looked up in a list of lower-cased words.

A table maps phrases ("tewas", "luka-luka", "ditembak jatuh") to values. Phrases are
split into words by the function given at construction (the spaCy tokenizer for the
components, `numbers.tokenize` for the number grammar), so a phrase matches the tokens
the text is split into. Lookups take the lower-cased words of a text and a position:

    table = PhraseTable({"ditembak jatuh": "destroyed", "tewas": "killed"}, str.split)
    table.at(["drone", "ditembak", "jatuh"], 1)         # (2, "destroyed")
    table.ending_at(["drone", "ditembak", "jatuh"], 3)  # (2, "destroyed")
    "tewas" in table                                    # True: a one-word phrase

Longer phrases win. A list (or any iterable of strings) makes a table whose values are
all True. Lookups try only the lengths of the phrases that start (or end) with the word
at hand: most words start no phrase, and then a lookup costs one dict probe.
"""

from typing import Any, Callable, Dict, Iterable, List, Sequence, Tuple, Union

Key = Tuple[str, ...]


class PhraseTable:
    """Lower-cased word sequences -> values; longest match first."""

    def __init__(self, entries: Union[Dict[str, Any], Iterable[str]], split: Callable[[str], List[str]]):
        """`entries`: phrase -> value, or phrases (value True); `split`: a lower-cased phrase -> its words."""
        items = entries.items() if isinstance(entries, dict) else ((e, True) for e in entries)
        self.table: Dict[Key, Any] = {}
        for phrase, value in items:
            key = tuple(split(phrase.lower()))
            if key:
                self.table[key] = value
        self.lengths = sorted({len(k) for k in self.table}, reverse=True)
        self.lengths_by_first = _lengths_by(self.table, 0)
        self.lengths_by_last = _lengths_by(self.table, -1)

    def at(self, words: Sequence[str], j: int) -> Tuple[int, Any]:
        """(length, value) of the longest phrase starting at word j, or (0, None)."""
        if 0 <= j < len(words):
            lengths = self.lengths_by_first.get(words[j], ())
        else:
            lengths = self.lengths  # a negative j slices from the end: try them all
        for n in lengths:
            key = tuple(words[j:j + n])
            if len(key) == n and key in self.table:
                return n, self.table[key]
        return 0, None

    def ending_at(self, words: Sequence[str], j: int) -> Tuple[int, Any]:
        """(length, value) of the longest phrase ending just before word j, or (0, None)."""
        if 0 < j <= len(words):
            lengths = self.lengths_by_last.get(words[j - 1], ())
        else:
            lengths = self.lengths  # past the end the slice is shorter than n: try them all
        for n in lengths:
            if j - n >= 0:
                key = tuple(words[j - n:j])
                if key in self.table:
                    return n, self.table[key]
        return 0, None

    def prefix_len(self, words: Sequence[str]) -> int:
        """Length of the longest phrase that starts `words` (0 when none)."""
        return self.at(words, 0)[0] if words else 0

    def suffix_len(self, words: Sequence[str]) -> int:
        """Length of the longest phrase that ends `words` (0 when none)."""
        return self.ending_at(words, len(words))[0] if words else 0

    def starts_with(self, word: str) -> bool:
        """Whether some phrase starts with `word`."""
        return word in self.lengths_by_first

    def keys(self) -> List[Key]:
        """The phrases, as word tuples."""
        return list(self.table)

    def __contains__(self, word: str) -> bool:
        """Whether `word` alone is a phrase of the table."""
        return (word,) in self.table

    def __len__(self) -> int:
        return len(self.table)


def _lengths_by(table: Dict[Key, Any], position: int) -> Dict[str, List[int]]:
    """word -> the lengths (longest first) of the phrases with that word at `position`."""
    lengths: Dict[str, set] = {}
    for key in table:
        lengths.setdefault(key[position], set()).add(len(key))
    return {word: sorted(ns, reverse=True) for word, ns in lengths.items()}
