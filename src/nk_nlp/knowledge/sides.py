"""Sides: which side of a war a name stands for, and who its enemy is.

Built from pipeline/kb/conflicts.json (the sides of each war, world knowledge) and the
language's party prefixes (claims.json `party_prefixes`: "pasukan", "kementerian
pertahanan", ...), so that "Angkatan Bersenjata Armenia" is the side "Armenia". No spaCy:
`side_of` takes anything with `kb_id_` and `text` (an entity Span).
"""

from typing import Any, Dict, Iterable, List, Mapping, Optional, Tuple

CONFLICTS_FILE = "conflicts.json"
SIDE_NAME_CACHE_SIZE = 65536


class Sides:
    """The sides of the wars in `conflicts` ({"sides": [...], "adversaries": [[a, b], ...],
    "members": {side: [names that stand for it], ...}})."""

    def __init__(self, conflicts: Mapping[str, Any], party_prefixes: Iterable[str]):
        self.prefixes = sorted((p.lower() for p in party_prefixes), key=len, reverse=True)
        self.sides: Dict[str, str] = {s.lower(): s for s in conflicts.get("sides", ())}
        self.adversaries: Dict[str, List[str]] = {}
        for a, b in conflicts["adversaries"]:
            self.adversaries.setdefault(a, []).append(b)
            self.adversaries.setdefault(b, []).append(a)
            for s in (a, b):
                self.sides.setdefault(s.lower(), s)
        # Indonesia's forces keep their own names: `Tentara Nasional Indonesia` is the side `Indonesia`.
        for side, names in conflicts.get("members", {}).items():
            for name in names:
                self.sides.setdefault(name.lower(), side)
        self._cache: Dict[Tuple[str, bool], Optional[str]] = {}  # side_name results (the data is fixed)

    def side_of(self, ent: Any) -> Optional[str]:
        """The side an entity stands for: 'Angkatan Bersenjata Armenia' -> 'Armenia'."""
        name = (ent.kb_id_ or ent.text).lstrip("#").strip()
        return self.side_name(name, strict=False)

    def side_name(self, name: str, strict: bool = True) -> Optional[str]:
        """The side `name` is, after stripping party prefixes ('pasukan Rusia' -> 'Rusia'), or None.
        Not `strict`: a name that had prefixes but is no known side gives what the prefixes
        left ('milisi Wagner Baru' -> 'Wagner Baru')."""
        key = (name, strict)
        if key not in self._cache:
            if len(self._cache) >= SIDE_NAME_CACHE_SIZE:
                self._cache.clear()
            self._cache[key] = self._side_name(name, strict)
        return self._cache[key]

    def _side_name(self, name: str, strict: bool) -> Optional[str]:
        lowered = " ".join(name.replace("\xa0", " ").split()).lower()
        stripped = False
        changed = True
        while changed:
            if lowered in self.sides:
                return self.sides[lowered]
            changed = False
            for prefix in self.prefixes:
                if lowered.startswith(prefix + " "):
                    lowered, stripped, changed = lowered[len(prefix) + 1:], True, True
                    break
        if lowered in self.sides:
            return self.sides[lowered]
        if stripped and not strict and lowered:
            return " ".join(name.split()[-len(lowered.split()):])
        return None

    def enemy_of(self, side: Optional[str], named: Mapping[str, int]) -> Optional[str]:
        """The enemy of `side`: the first of its adversaries `named` counts (the sides an
        article names), else its first adversary (the main war), else None."""
        if not side:
            return None
        candidates = self.adversaries.get(side, [])
        present = [c for c in candidates if named.get(c)]
        return (present or candidates or [None])[0]


def fold_conflicts(claims: Mapping[str, Any], conflicts: Mapping[str, Any]) -> Dict[str, Any]:
    """The claims lexicon with the sides of `conflicts` in it (keys "sides", "adversaries",
    "members"), the form nk_claims saves, so a saved pipeline carries the sides it was built with."""
    folded = dict(claims)
    folded["sides"] = list(conflicts.get("sides", ()))
    folded["adversaries"] = [list(pair) for pair in conflicts["adversaries"]]
    folded["members"] = {side: list(names) for side, names in conflicts.get("members", {}).items()}
    return folded
