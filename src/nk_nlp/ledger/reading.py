"""Records for the ledger: JSONL files, or directories of JSONL shards, read with the
repository's record reader. A line that is not a record is counted, never fatal."""

from pathlib import Path
from typing import Any, Dict, Iterable, Iterator, List, Union

from nk_nlp.records import iter_lines

SHARD_PATTERNS = ("*.jsonl",)


def record_files(inputs: Iterable[Union[str, Path]]) -> List[Path]:
    """The JSONL files named or held (recursively, sorted) by `inputs`; raises
    FileNotFoundError naming any input that is neither."""
    files: List[Path] = []
    for item in map(Path, inputs):
        if item.is_dir():
            files.extend(sorted(p for pattern in SHARD_PATTERNS for p in item.rglob(pattern) if p.is_file()))
        elif item.is_file():
            files.append(item)
        else:
            raise FileNotFoundError(f"{item}: no such file or directory")
    return files


class RecordReader:
    """Iterates the records of `inputs`; `skipped` lists the lines that were not records."""

    def __init__(self, inputs: Iterable[Union[str, Path]]):
        self.files = record_files(inputs)
        self.skipped: List[str] = []

    def __iter__(self) -> Iterator[Dict[str, Any]]:
        for path in self.files:
            # iter_lines reads strict JSON per line: a line that is not UTF-8 or not JSON
            # comes back as the JSONProblem saying why, and the rest of the shard is still read.
            for number, obj in iter_lines(path):
                if isinstance(obj, dict):
                    yield obj
                elif isinstance(obj, Exception):
                    self.skipped.append(f"{path}:{number}: not a JSON record ({obj})")
                else:
                    self.skipped.append(f"{path}:{number}: not a JSON record")
