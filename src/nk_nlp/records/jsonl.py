"""Reading and writing records as JSONL, one object per line, with two contracts:

- `read_records`: strict, for gold and predicted records. Every non-blank line must
  be a JSON object; anything else raises ValueError naming the file and line.
- `iter_lines`: tolerant, for input that may be broken (`nk-nlp corpus validate`,
  annotate input): every non-blank line as (line number, object) or (line number,
  the error), so the caller reports a bad line and goes on.

`write_record` writes one record as one line (UTF-8, not ASCII-escaped), flushed.
srsly's JSONL functions do not fit either contract: they report no line to go on
from, and write ASCII-escaped lines.
"""

import json
from pathlib import Path
from typing import IO, Any, Dict, Iterator, List, Tuple, Union

PathLike = Union[str, Path]


def iter_lines(path: PathLike) -> Iterator[Tuple[int, Any]]:
    """(line number, parsed object or the JSONDecodeError) for every non-blank line."""
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                yield n, json.loads(line)
            except json.JSONDecodeError as err:
                yield n, err


def read_records(path: PathLike) -> List[Dict[str, Any]]:
    """Every record of a JSONL file; ValueError at the first line that is not a JSON object."""
    records = []
    for n, obj in iter_lines(path):
        if isinstance(obj, Exception):
            raise ValueError(f"{path}:{n}: not JSON ({obj})")
        if not isinstance(obj, dict):
            raise ValueError(f"{path}:{n}: not a JSON object")
        records.append(obj)
    return records


def write_record(out: IO[str], record: Dict[str, Any]) -> None:
    """One JSON line, flushed. A lone surrogate (JSON input may hold "\\ud800") cannot
    be encoded as UTF-8: that line is written with \\u escapes instead, still exact."""
    try:
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
    except UnicodeEncodeError:
        out.write(json.dumps(record, ensure_ascii=True) + "\n")
    out.flush()

