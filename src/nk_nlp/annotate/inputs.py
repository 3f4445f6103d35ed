"""Input records: every article `nk-nlp annotate` reads, from .txt files, directories,
.jsonl files or standard input, as an InputRecord.

Two kinds of trouble (README, "What happens to bad input"):
- a record that cannot be annotated (bad JSON, no text, undecodable bytes, an
  unreadable .txt inside a directory, ...) carries the reason in `error`;
- input whose records cannot be known (a file or directory named on the command line
  that cannot be read, an I/O error in the middle of a .jsonl, plain text where JSONL
  is expected) raises InputError: the run stops with a message, keeping what it wrote.
"""

import json
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Dict, Iterator, List, Optional, Sequence, Set, Tuple, Union

from nk_nlp.annotate.options import STDIN
from nk_nlp.records.strict_json import JSONProblem, JSONSyntaxProblem, loads, top_level_fields


class InputError(Exception):
    """The input cannot be read further; the message names the file and what failed."""


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


def read_txt(path: Path, id_: Optional[str] = None) -> InputRecord:
    """A .txt file is one article; its id is the file name without extension."""
    id_ = path.stem if id_ is None else id_
    try:
        data = path.read_bytes()
    except OSError as err:
        reason = "a dangling symbolic link" if path.is_symlink() and not path.exists() else err.strerror or str(err)
        return InputRecord(id_, "", error=f"unreadable file {path}: {reason}")
    text, error = _decode(data, str(path))
    return InputRecord(id_, text, error=error)


def directory_articles(path: Path) -> Iterator[Path]:
    """Every file named *.txt (any case) in the directory and its subfolders, sorted by
    relative path; symbolic links followed, each real folder visited once. An unreadable
    folder raises InputError: the articles in it cannot even be counted."""

    def refuse(err: OSError) -> None:
        raise InputError(f"cannot read the folder {err.filename}: {err.strerror or err}")

    found: List[Path] = []
    seen: Set[str] = set()
    for folder, subfolders, files in os.walk(path, onerror=refuse, followlinks=True):
        real = os.path.realpath(folder)
        if real in seen:  # a link back up the tree
            subfolders[:] = []
            continue
        seen.add(real)
        found.extend(Path(folder, name) for name in files if name.lower().endswith(".txt"))
    return iter(sorted(found, key=lambda p: p.relative_to(path).parts))


def _refused_line(line_text: str, line_number: int, problem: JSONProblem) -> InputRecord:
    """A line of JSON the package cannot carry (NaN, 1e999, huge integers, deep nesting):
    a record with the reason, keeping the id and text when they can be found."""
    fields = top_level_fields(line_text, ("id", "text"))
    id_ = fields.get("id", str(line_number))
    text = fields.get("text") if isinstance(fields.get("text"), str) and line_text.lstrip().startswith("{") else ""
    return InputRecord(id_, text, error=f"line {line_number} cannot be read: {problem}")


def parse_jsonl_line(line: bytes, line_number: int) -> InputRecord:
    """One JSONL line as an input record; never raises."""
    default_id = str(line_number)
    text, error = _decode(line.rstrip(b"\r\n"), f"line {line_number}")
    if error:
        return InputRecord(default_id, "", error=error)
    try:
        obj = loads(text)
    except JSONSyntaxProblem as err:
        return InputRecord(default_id, "", error=f"bad JSON on line {line_number}: {err}")
    except JSONProblem as err:
        return _refused_line(text, line_number, err)
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


def read_jsonl_stream(stream: IO[bytes], where: str = "standard input") -> Iterator[InputRecord]:
    """One record per non-blank line; a missing id becomes the line number. Plain text
    (a first line that is not JSON and does not open an object) and read errors raise
    InputError."""
    line_number, first = 0, True
    try:
        for line_number, line in enumerate(stream, 1):
            if line_number == 1 and line.startswith(b"\xef\xbb\xbf"):
                line = line[3:]
            if not line.strip():
                continue
            item = parse_jsonl_line(line, line_number)
            if first and item.error and item.error.startswith("bad JSON") and not line.lstrip().startswith(b"{"):
                raise InputError(
                    f"{where} is not JSONL: line {line_number} is not a JSON object; "
                    "give plain text articles as .txt files"
                )
            first = False
            yield item
    except OSError as err:
        raise InputError(f"{where}: read error after line {line_number}: {err.strerror or err}") from err


def read_jsonl(path: Path) -> Iterator[InputRecord]:
    try:
        stream = open(path, "rb")
    except OSError as err:
        raise InputError(f"cannot read {path}: {err.strerror or err}") from err
    with stream:
        yield from read_jsonl_stream(stream, str(path))


def check_inputs(inputs: Sequence[Union[str, Path]]) -> List[str]:
    """Problems that make the command line unusable (checked before any work)."""
    problems = []
    for item in inputs:
        if str(item) == STDIN:
            continue
        path = Path(item)
        if path.is_dir():
            if not os.access(path, os.R_OK | os.X_OK):
                problems.append(f"{path}: cannot read this directory (permission denied)")
            continue
        if not path.exists():
            problems.append(f"{path}: no such file or directory")
        elif path.suffix.lower() not in (".txt", ".jsonl"):
            problems.append(f"{path}: not a .txt or .jsonl file, nor a directory")
        elif not os.access(path, os.R_OK):
            problems.append(f"{path}: cannot read this file (permission denied)")
    if sum(str(item) == STDIN for item in inputs) > 1:
        problems.append("standard input ('-') given more than once")
    return problems


def read_inputs(inputs: Sequence[Union[str, Path]], stdin: Optional[IO[bytes]] = None) -> Iterator[InputRecord]:
    """All input records of all inputs, in order. '-' is standard input (JSONL).

    A file's id is its name without extension (its path below a directory given).
    Two files that would get the same id (x.txt in two folders) are told apart: the
    later one's id is its path as given, without extension (README, "Ids").
    """
    file_ids: Set[str] = set()
    for item in inputs:
        if str(item) == STDIN:
            yield from read_jsonl_stream(stdin if stdin is not None else sys.stdin.buffer)
            continue
        path = Path(item)
        if path.is_dir():
            files = directory_articles(path)
            named = ((txt, txt.relative_to(path).with_suffix("").as_posix()) for txt in files)
        elif path.suffix.lower() == ".jsonl":
            yield from read_jsonl(path)
            continue
        else:
            named = iter([(path, path.stem)])
        for txt, id_ in named:
            if id_ in file_ids:
                id_ = txt.with_suffix("").as_posix()
            file_ids.add(id_)
            yield read_txt(txt, id_)
