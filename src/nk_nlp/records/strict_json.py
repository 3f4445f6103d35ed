"""Strict JSON for records (RFC 8259, what `JSON.parse` accepts), one reason per failure.

Python's json module reads and writes `NaN` and `Infinity`, turns `1e999` into an
infinite float, refuses integers of more than 4,300 digits with a ValueError that is
not a JSONDecodeError, and raises RecursionError on deep nesting. Every reader of
records (annotate's input, `corpus validate`, `render`, `evaluate`) goes through
`loads`, which turns each of these into a `JSONProblem` saying what is wrong.
"""

import json
import math
import re
from json.decoder import scanstring
from typing import IO, Any, Dict, Iterable, Iterator, Optional, Tuple

# Deepest nesting of arrays and objects read. Far beyond any real meta, and far
# enough below Python's recursion limit that writing the record back cannot fail.
MAX_DEPTH = 100
# Longest integer read: Python refuses more without a process-wide switch
# (sys.set_int_max_str_digits), which a library must not flip.
MAX_INT_DIGITS = 4300


class JSONProblem(ValueError):
    """A line that is not strict JSON, or JSON this package cannot carry."""


class JSONSyntaxProblem(JSONProblem):
    """Not JSON at all (as opposed to JSON with NaN, huge numbers or deep nesting)."""


def _parse_float(literal: str) -> float:
    value = float(literal)
    if math.isinf(value):
        raise JSONProblem(f"number {literal[:20]}{'...' if len(literal) > 20 else ''} is out of range of a double")
    return value


def _parse_constant(name: str) -> Any:
    raise JSONProblem(f"{name} is not JSON (strict JSON has no NaN or Infinity)")


def depth(value: Any) -> int:
    """How deeply arrays and objects nest in `value` (a scalar is 0); no recursion."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, dict):
            children = item.values()
        elif isinstance(item, list):
            children = item
        else:
            continue
        deepest = max(deepest, level)
        stack.extend((child, level + 1) for child in children if isinstance(child, (dict, list)))
    return deepest


def loads(text: str) -> Any:
    """The JSON value of `text`, or JSONProblem with the reason."""
    try:
        value = json.loads(text, parse_float=_parse_float, parse_constant=_parse_constant)
    except JSONProblem:
        raise
    except json.JSONDecodeError as err:
        raise JSONSyntaxProblem(f"{err.msg} (column {err.colno})") from None
    except RecursionError:
        raise JSONProblem(f"nested more than {MAX_DEPTH} levels deep") from None
    except ValueError as err:  # int(): "Exceeds the limit (4300 digits) for integer string conversion"
        if "integer string conversion" in str(err):
            raise JSONProblem(f"a number of more than {MAX_INT_DIGITS} digits") from None
        raise JSONProblem(str(err)) from None
    if depth(value) > MAX_DEPTH:
        raise JSONProblem(f"nested more than {MAX_DEPTH} levels deep")
    return value


def dumps(value: Any, ensure_ascii: bool = False) -> str:
    """Strict JSON text; ValueError for NaN/Infinity, TypeError for non-JSON data."""
    return json.dumps(value, ensure_ascii=ensure_ascii, allow_nan=False)


_SCALAR = re.compile(r"-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?|true|false|null")


def top_level_fields(text: str, keys: Iterable[str]) -> Dict[str, Any]:
    """The string or scalar values of the given top-level keys of a JSON object that
    `loads` refused (too deep, a NaN somewhere...): an iterative scan, so any depth.
    Numbers and literals come back as their JSON text."""
    wanted = set(keys)
    found: Dict[str, Any] = {}
    level, i, n = 0, 0, len(text)
    key: Optional[str] = None  # the key whose value comes next at level 1
    while i < n:
        char = text[i]
        if char == '"':
            try:
                string, end = scanstring(text, i + 1)
            except ValueError:
                return found
            if level == 1:
                if key is None:
                    rest = text[end:].lstrip()
                    key = string if rest.startswith(":") else None
                else:
                    if key in wanted:
                        found.setdefault(key, string)
                    key = None
            i = end
            continue
        if char in "{[":
            level += 1
            if level == 2:
                key = None
        elif char in "}]":
            level -= 1
        elif level == 1 and char == ",":
            key = None
        elif level == 1 and key is not None and char not in " \t\r\n:":
            match = _SCALAR.match(text, i)
            if match:
                if key in wanted:
                    found.setdefault(key, match.group())
                key = None
                i = match.end()
                continue
        i += 1
    return found


def read_lines(stream: IO[bytes]) -> Iterator[Tuple[int, Any]]:
    """(line number, value) for every non-blank line of a binary JSONL stream; the value
    is a JSONProblem when the line is not UTF-8 or not strict JSON. A BOM is skipped."""
    for number, line in enumerate(stream, 1):
        if number == 1 and line.startswith(b"\xef\xbb\xbf"):
            line = line[3:]
        if not line.strip():
            continue
        try:
            yield number, loads(line.decode("utf-8"))
        except UnicodeDecodeError as err:
            yield number, JSONProblem(f"not valid UTF-8 ({err.reason} at byte {err.start})")
        except JSONProblem as err:
            yield number, err
