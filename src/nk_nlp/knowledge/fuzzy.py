"""Forgiving name lookup: a known name through a one-letter typo or a transliteration variant.

News misspells long names (`Azerbaijn`, `Armeniia`, `Nagorno-Karabagh`) and writes them in
other transliterations (`Karabagh` / `Karabakh`, `Shusha` / `Syusya`, `Aliev` / `Aliyev`).
`FuzzyNames` finds the known name behind such a spelling:

- one edit: a letter inserted, dropped, replaced, doubled or two letters swapped;
- the same skeleton: the spelling with its transliteration variants folded (kh/gh/q -> k,
  sh/sy/sch -> s, dj -> j, ph -> f, oe/ou -> u, y -> i, w -> v) and doubled letters single.

Only long names take part (MIN_LETTERS letters or more, on both sides), so short words never
collide (`Iran` / `Irak`, `Mali` / `Bali`), and a spelling close to two different records
finds nothing. Names with digits (models, units) are left out: `Su-25` and `Su-27` differ
by one letter and are different things.

Fast by construction: every known name is indexed under itself and each of its one-letter
deletions (the symmetric-deletion scheme), so a query costs one dictionary probe per letter
and never scans the names.

    names = FuzzyNames(["nagorno-karabakh", "azerbaijan"])
    names.find("nagorno-karabagh")   -> ["nagorno-karabakh"]
    names.find("azerbaijn")          -> ["azerbaijan"]
"""

import re
from typing import Dict, Iterable, List, Set

MIN_LETTERS = 7

# Transliteration variants, longest first (`sch` before `sh`): each folds to one letter.
_VARIANTS = (("sch", "s"), ("tsj", "c"), ("kh", "k"), ("gh", "k"), ("q", "k"), ("sh", "s"), ("sy", "s"),
             ("dj", "j"), ("ph", "f"), ("oe", "u"), ("ou", "u"), ("y", "i"), ("w", "v"))
_VARIANT = re.compile("|".join(v for v, _ in _VARIANTS))
_FOLD = dict(_VARIANTS)
_DOUBLED = re.compile(r"(.)\1+")


def letters(key: str) -> int:
    return sum(c.isalpha() for c in key)


def skeleton(key: str) -> str:
    """`nagorno-karabagh` and `nagorno-karabakh` -> `nagorno-karabak`: variants folded, doubles single."""
    return _DOUBLED.sub(r"\1", _VARIANT.sub(lambda m: _FOLD[m.group(0)], key))


def _deletions(key: str) -> Set[str]:
    return {key[:i] + key[i + 1:] for i in range(len(key))}


def within_one_edit(a: str, b: str) -> bool:
    """Whether `a` becomes `b` by one insertion, deletion, substitution or swap of neighbours."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) < len(b):
        return a[i:] == b[i + 1:]
    return a[i + 1:] == b[i + 1:] or (a[i + 1:i + 2] == b[i:i + 1] and a[i:i + 1] == b[i + 1:i + 2]
                                       and a[i + 2:] == b[i + 2:])


def eligible(key: str) -> bool:
    """Long enough, no digits, and a name from end to end (`armenia-` is a word cut off)."""
    return letters(key) >= MIN_LETTERS and key[:1].isalpha() and key[-1:].isalpha() \
        and not any(c.isdigit() for c in key)


class FuzzyNames:
    """The known names (normalised lookup keys) a misspelt or transliterated key stands for."""

    def __init__(self, keys: Iterable[str]):
        self._by_deletion: Dict[str, Set[str]] = {}
        self._by_skeleton: Dict[str, Set[str]] = {}
        for key in keys:
            self.add(key)

    def add(self, key: str) -> None:
        if not eligible(key):
            return
        for variant in _deletions(key) | {key}:
            self._by_deletion.setdefault(variant, set()).add(key)
        self._by_skeleton.setdefault(skeleton(key), set()).add(key)

    def find(self, key: str) -> List[str]:
        """Known keys within one edit of `key` or with its skeleton (same first letter), sorted;
        [] for short keys. `key` itself is among them when it is known."""
        if not eligible(key):
            return []
        candidates: Set[str] = set(self._by_skeleton.get(skeleton(key), ()))
        for variant in _deletions(key) | {key}:
            candidates.update(k for k in self._by_deletion.get(variant, ()) if within_one_edit(key, k))
        return sorted(k for k in candidates if k[:1] == key[:1])
