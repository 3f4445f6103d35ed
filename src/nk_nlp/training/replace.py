"""Mention replacement: the same article with every name in its entities swapped for a
generated name of the same kind, every offset of the record moved with the text.

Within an entity, the words that give it its kind (structure_words.txt: titles, force
and institution nouns, place classifiers, equipment nouns, outlet words) stay; the other
words are names: a run of two or more capitalised words of an ACTOR becomes a person's
name, digits and mixed designations (`Su-25`, `753`) a designation of the same shape,
acronyms an acronym of the same length, any other capitalised word a generated name word
of the article's region style. One article maps each name word to one replacement
everywhere, also outside the gold entities (a name word with three letters or more), so
`Volodymyr Zelensky` and a later `Zelensky` stay one person.
"""

import re
from functools import lru_cache
from importlib import resources
from typing import Any, Dict, FrozenSet, List, Optional, Tuple

from nk_nlp.training.names import TOPONYM_STYLES, NameGenerator

WORD = re.compile(r"[^\W_]+")
Edit = Tuple[int, int, str]


@lru_cache(maxsize=1)
def structure_words() -> FrozenSet[str]:
    text = resources.files("nk_nlp.training").joinpath("structure_words.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def is_name_word(word: str) -> bool:
    return (word[0].isupper() or word[0].isdigit()) and word.lower() not in structure_words()


def _name_groups(text: str, start: int, end: int) -> List[List[re.Match]]:
    """The name words of an entity, grouped into runs of adjacent words (only spaces between)."""
    groups: List[List[re.Match]] = []
    previous: Optional[re.Match] = None
    for match in WORD.finditer(text, start, end):
        if not is_name_word(match.group()):
            previous = None
            continue
        acronym = match.group().isupper() and len(match.group()) > 1
        if previous is not None and not acronym and text[previous.end():match.start()].strip() == "":
            groups[-1].append(match)
        else:
            groups.append([match])
        previous = None if acronym else match
    return groups


def _with_case(replacement: str, original: str) -> str:
    if original.isupper() and len(original) > 1 and not any(ch.isdigit() for ch in original):
        return replacement.upper()
    return replacement


class MentionReplacer:
    def __init__(self, generator: NameGenerator):
        self.names = generator

    def plan(self, record: Dict[str, Any]) -> Dict[str, str]:
        """The article's name words (lower case) and their replacements."""
        rng = self.names.rng
        style = rng.choice(list(TOPONYM_STYLES))
        text = record["text"]
        lower_case_seen = {w for w in WORD.findall(text) if not w.isupper()}
        mapping: Dict[str, str] = {}
        for entity in sorted(record.get("entities", []), key=lambda e: e["start"]):
            for group in _name_groups(text, entity["start"], entity["end"]):
                words = [m.group() for m in group]
                new = [w for w in words if w.lower() not in mapping and not any(ch.isdigit() for ch in w)]
                person = entity["label"] == "ACTOR" and 2 <= len(words) <= 4 and all(w[0].isupper() and w[1:].islower() for w in words if len(w) > 1)
                parts = self.names.person_parts(len(new)) if person and new else []
                for word in words:
                    if any(ch.isdigit() for ch in word) or word.lower() in mapping:
                        continue
                    if parts:
                        mapping[word.lower()] = parts.pop(0)
                    elif word.isupper() and len(word) <= 6 and word.title() not in lower_case_seen:
                        mapping[word.lower()] = self.names.acronym(len(word))
                    else:
                        mapping[word.lower()] = self.names.word(style if entity["label"] in ("PLACE", "ACTOR") else None)
        return mapping

    def edits(self, record: Dict[str, Any], mapping: Dict[str, str]) -> List[Edit]:
        text = record["text"]
        inside = [(e["start"], e["end"]) for e in record.get("entities", [])]
        edits: Dict[int, Edit] = {}
        for start, end in inside:
            for group in _name_groups(text, start, end):
                for m in group:
                    word = m.group()
                    if any(ch.isdigit() for ch in word):
                        edits[m.start()] = (m.start(), m.end(), self.names.shaped(word))
                    elif word.lower() in mapping:
                        edits[m.start()] = (m.start(), m.end(), _with_case(mapping[word.lower()], word))
        for m in WORD.finditer(text):
            word = m.group()
            if m.start() not in edits and len(word) >= 3 and word[0].isupper() and word.lower() in mapping:
                edits[m.start()] = (m.start(), m.end(), _with_case(mapping[word.lower()], word))
        return sorted(edits.values())

    def replace(self, record: Dict[str, Any]) -> Dict[str, Any]:
        mapping = self.plan(record)
        return apply_edits(record, self.edits(record, mapping), mapping)


def apply_edits(record: Dict[str, Any], edits: List[Edit], mapping: Dict[str, str]) -> Dict[str, Any]:
    """The record with the text edited and every span (any dict with start and end) moved;
    span texts re-read from the new text, canonical names and parties renamed word by word."""
    text = record["text"]
    pieces, shifts, position, delta = [], [], 0, 0
    for start, end, new in edits:
        pieces.append(text[position:start])
        pieces.append(new)
        position = end
        delta += len(new) - (end - start)
        shifts.append((end, delta))
    pieces.append(text[position:])
    new_text = "".join(pieces)

    def move(offset: int) -> int:
        moved = offset
        for end, total in shifts:
            if end <= offset:
                moved = offset + total
            else:
                break
        return moved

    def rename(value: str) -> str:
        return WORD.sub(lambda m: _with_case(mapping.get(m.group().lower(), m.group()), m.group())
                        if is_name_word(m.group()) else m.group(), value)

    def walk(value: Any, key: str = "") -> Any:
        if isinstance(value, dict):
            out = {k: walk(v, k) for k, v in value.items()}
            if isinstance(value.get("start"), int) and isinstance(value.get("end"), int):
                out["start"], out["end"] = move(value["start"]), move(value["end"])
                if "text" in value:
                    out["text"] = new_text[out["start"]:out["end"]]
            return out
        if isinstance(value, list):
            return [walk(v, key) for v in value]
        if isinstance(value, str) and key in ("canonical", "party", "source"):
            return rename(value)
        return value

    out = {k: walk(v, k) for k, v in record.items() if k not in ("text", "meta", "id")}
    return {"id": record["id"], "text": new_text, "meta": record.get("meta", {}), **out}
