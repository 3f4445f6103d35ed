"""Reading and writing records as JSONL, one object per line, with two contracts:

- `read_records`: strict, for gold and predicted records. Every non-blank line must
  be a JSON object; anything else raises ValueError naming the file and line.
- `iter_lines`: tolerant, for input that may be broken (`nk-nlp corpus validate`,
  annotate input): every non-blank line as (line number, object) or (line number,
  the error), so the caller reports a bad line and goes on.

`write_record` writes one record as one line of strict JSON (UTF-8, not ASCII-escaped), flushed.
srsly's JSONL functions do not fit either contract: they report no line to go on
from, and write ASCII-escaped lines.
"""

from pathlib import Path
from typing import IO, Any, Dict, Iterator, List, Tuple, Union

from nk_nlp.records.strict_json import dumps as strict_dumps, read_lines as strict_lines

PathLike = Union[str, Path]


def iter_lines(path: PathLike) -> Iterator[Tuple[int, Any]]:
    """(line number, parsed object or the JSONProblem) for every non-blank line: strict
    JSON, so NaN, 1e999, invalid UTF-8, huge numbers and deep nesting are problems."""
    with open(path, "rb") as f:
        yield from strict_lines(f)


def read_records(path: PathLike) -> List[Dict[str, Any]]:
    """Every record of a JSONL file; ValueError at the first line that is not a JSON object."""
    records = []
    for n, obj in iter_lines(path):
        if isinstance(obj, Exception):
            raise ValueError(f"{path}:{n}: not JSON ({obj})")
        if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
            raise ValueError(f"{path}:{n}: not a record (a JSON object with a string 'text')")
        records.append(obj)
    return records


def write_record(out: IO[str], record: Dict[str, Any]) -> None:
    """One JSON line, flushed. A lone surrogate (JSON input may hold "\\ud800") cannot
    be encoded as UTF-8: that line is written with \\u escapes instead, still exact."""
    try:
        out.write(strict_dumps(record) + "\n")
    except UnicodeEncodeError:
        out.write(strict_dumps(record, ensure_ascii=True) + "\n")
    out.flush()

