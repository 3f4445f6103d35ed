"""Users' own knowledge on top of the packaged KB, read at load time (no rebuild).

An extra directory holds any of the KB's files, in the same format (README "Your own
knowledge"):

- actors.jsonl, places.jsonl, media.jsonl, equipment.jsonl: one record a line. A record
  whose `canonical` the KB already has (in the same file) adds its aliases to that record and
  overrides its other fields; any other record is added.
- context.json: word lists are extended (`titles`, `force_nouns`, ...), tables updated
  (`title_abbreviations`, ...).

    kb = with_extra(Knowledge.from_dir("pipeline/kb"), ["my_kb"])
"""

import json
from pathlib import Path
from typing import Dict, Iterable, List, Union

from nk_nlp.knowledge.kb import Knowledge
from nk_nlp.knowledge.patterns import context_patterns, kb_patterns

RECORD_FILES = ("actors", "places", "media", "equipment")
REQUIRED_FIELDS = {"actors": ("canonical", "type"), "places": ("canonical", "kind"), "media": ("canonical",),
                   "equipment": ("canonical",)}


def _read_records(path: Path, name: str) -> List[dict]:
    records = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as e:
                raise ValueError(f"{path}:{n}: not JSON ({e.msg})") from None
            missing = [k for k in REQUIRED_FIELDS[name] if not isinstance(record, dict) or k not in record]
            if missing:
                raise ValueError(f"{path}:{n}: the record lacks {', '.join(missing)}")
            records.append(record)
    return records


def merge_records(base: List[dict], extra: Iterable[dict]) -> List[dict]:
    """`base` with `extra` merged in by canonical name (new lists; `base` is left as it was)."""
    merged = [dict(r) for r in base]
    by_name: Dict[str, dict] = {r["canonical"]: r for r in merged}
    for record in extra:
        known = by_name.get(record["canonical"])
        if known is None:
            known = by_name[record["canonical"]] = dict(record)
            merged.append(known)
            continue
        aliases = list(known.get("aliases", []))
        aliases += [a for a in record.get("aliases", []) if a not in aliases]
        known.update({k: v for k, v in record.items() if k != "aliases"})
        known["aliases"] = aliases
    return merged


def merge_context(base: dict, extra: dict) -> dict:
    merged = dict(base)
    for key, value in extra.items():
        old = merged.get(key)
        if isinstance(old, list) and isinstance(value, list):
            merged[key] = old + [v for v in value if v not in old]
        elif isinstance(old, dict) and isinstance(value, dict):
            merged[key] = {**old, **value}
        else:
            merged[key] = value
    return merged


def with_extra(kb: Knowledge, extra_dirs: Iterable[Union[str, Path]]) -> Knowledge:
    """A new Knowledge: `kb` and the entries of every directory of `extra_dirs`, in order."""
    files = {"actors": kb.actors, "places": kb.places, "media": kb.media, "equipment": kb.equipment}
    context = kb.context
    for extra_dir in extra_dirs:
        extra_dir = Path(extra_dir)
        if not extra_dir.is_dir():
            raise FileNotFoundError(f"extra knowledge {extra_dir}: no such directory")
        found = False
        for name in RECORD_FILES:
            path = extra_dir / f"{name}.jsonl"
            if path.exists():
                files[name] = merge_records(files[name], _read_records(path, name))
                found = True
        if (extra_dir / "context.json").exists():
            with open(extra_dir / "context.json", encoding="utf-8") as f:
                context = merge_context(context, json.load(f))
            found = True
        if not found:
            raise FileNotFoundError(f"extra knowledge {extra_dir} holds none of "
                                    f"{', '.join(n + '.jsonl' for n in RECORD_FILES)}, context.json")
    return Knowledge(files["actors"], files["places"], files["media"], files["equipment"], context)


def extra_patterns(base: Knowledge, extended: Knowledge) -> List[dict]:
    """The entity-ruler patterns `extended` has and `base` lacks (the extra names, and context
    patterns of extra titles or force nouns), for a ruler that holds `base`'s patterns."""
    def key(pattern: dict) -> str:
        return json.dumps(pattern, sort_keys=True, ensure_ascii=False)

    known = {key(p) for p in kb_patterns(base) + context_patterns(base)}
    return [p for p in kb_patterns(extended) + context_patterns(extended) if key(p) not in known]
