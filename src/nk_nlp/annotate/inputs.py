"""Input records: every article `nk-nlp annotate` reads, from .txt files, directories,
.jsonl files or standard input, as an InputRecord; a record that cannot be annotated
carries the reason in `error` instead of raising."""

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Dict, Iterator, List, Optional, Sequence, Tuple, Union

from nk_nlp.annotate.options import STDIN


@dataclass
class InputRecord:
    """One article as read; `error` set when it cannot be annotated."""

    id: str
    text: str
    meta: Dict[str, Any] = field(default_factory=dict)
    error: Optional[str] = None




JSON_TYPES = {dict: "an object", list: "an array", str: "a string", int: "a number", float: "a number",
              bool: "a boolean", type(None): "null"}


def _json_type(value: Any) -> str:
    return JSON_TYPES.get(type(value), type(value).__name__)


def _decode(data: bytes, where: str) -> Tuple[str, Optional[str]]:
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as err:
        return "", f"undecodable bytes: {where} is not valid UTF-8 ({err.reason} at byte offset {err.start})"


def read_txt(path: Path) -> InputRecord:
    """A .txt file is one article; its id is the file name without extension."""
    try:
        data = path.read_bytes()
    except OSError as err:
        return InputRecord(path.stem, "", error=f"unreadable file {path}: {err.strerror or err}")
    text, error = _decode(data, str(path))
    return InputRecord(path.stem, text, error=error)


def read_directory(path: Path) -> Iterator[InputRecord]:
    """Every *.txt directly inside the directory, sorted by name."""
    for txt in sorted(p for p in path.glob("*.txt") if p.is_file()):
        yield read_txt(txt)


def parse_jsonl_line(line: bytes, line_number: int) -> InputRecord:
    """One JSONL line as an input record; never raises."""
    default_id = str(line_number)
    text, error = _decode(line.rstrip(b"\r\n"), f"line {line_number}")
    if error:
        return InputRecord(default_id, "", error=error)
    try:
        obj = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as err:
        reason = f"{err.msg} (column {err.colno})" if isinstance(err, json.JSONDecodeError) else "nested too deeply"
        return InputRecord(default_id, "", error=f"bad JSON on line {line_number}: {reason}")
    if not isinstance(obj, dict):
        return InputRecord(default_id, "", error=f"line {line_number} is {_json_type(obj)}, not an object")
    raw_id = obj.get("id")
    id_ = default_id if raw_id is None else raw_id if isinstance(raw_id, str) else json.dumps(raw_id)
    meta = obj.get("meta", {})
    meta = {} if meta is None else meta
    if not isinstance(meta, dict):
        return InputRecord(id_, "", error=f"'meta' is {_json_type(meta)}, not an object")
    if "text" not in obj:
        return InputRecord(id_, "", meta, error="missing 'text'")
    if not isinstance(obj["text"], str):
        return InputRecord(id_, "", meta, error=f"'text' is {_json_type(obj['text'])}, not a string")
    text = obj["text"]
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as err:
        return InputRecord(id_, text, meta, error=f"'text' is not valid Unicode: lone surrogate at character {err.start}")
    return InputRecord(id_, text, meta)


def read_jsonl_stream(stream: IO[bytes]) -> Iterator[InputRecord]:
    """One record per non-blank line; a missing id becomes the line number."""
    for line_number, line in enumerate(stream, 1):
        if line_number == 1 and line.startswith(b"\xef\xbb\xbf"):
            line = line[3:]
        if not line.strip():
            continue
        yield parse_jsonl_line(line, line_number)


def read_jsonl(path: Path) -> Iterator[InputRecord]:
    with open(path, "rb") as stream:
        yield from read_jsonl_stream(stream)


def check_inputs(inputs: Sequence[Union[str, Path]]) -> List[str]:
    """Problems that make the command line unusable (checked before any work)."""
    problems = []
    for item in inputs:
        if str(item) == STDIN:
            continue
        path = Path(item)
        if path.is_dir():
            continue
        if not path.exists():
            problems.append(f"{path}: no such file or directory")
        elif path.suffix.lower() not in (".txt", ".jsonl"):
            problems.append(f"{path}: not a .txt or .jsonl file, nor a directory")
    if sum(str(item) == STDIN for item in inputs) > 1:
        problems.append("standard input ('-') given more than once")
    return problems


def read_inputs(inputs: Sequence[Union[str, Path]], stdin: Optional[IO[bytes]] = None) -> Iterator[InputRecord]:
    """All input records of all inputs, in order. '-' is standard input (JSONL)."""
    for item in inputs:
        if str(item) == STDIN:
            yield from read_jsonl_stream(stdin if stdin is not None else sys.stdin.buffer)
            continue
        path = Path(item)
        if path.is_dir():
            yield from read_directory(path)
        elif path.suffix.lower() == ".jsonl":
            yield from read_jsonl(path)
        else:
            yield read_txt(path)
