"""Where records go: one flushed JSON line each, the state of an output file a run
resumes, and the progress line on stderr."""

import json
import os
import time
from collections import Counter
from pathlib import Path
from typing import IO, Any, Dict, Iterable, Iterator, List, Optional, Sequence, Union

from nk_nlp.annotate.inputs import InputRecord
from nk_nlp.annotate.options import STDIN
from nk_nlp.records.jsonl import write_record  # noqa: F401 (part of the annotate API)


class OutputError(Exception):
    """The output cannot be written (onto an input, into a missing folder, a full disk)."""


def check_output(inputs: Sequence[Union[str, Path]], output: Union[str, Path]) -> List[str]:
    """Problems with the output path, checked before anything is opened: a directory,
    a missing folder, or a file that is also read (an input itself, or a .txt inside
    an input directory): writing it would destroy the input, and --resume would read
    its own output and grow without end."""
    if str(output) == STDIN:
        return []
    out = Path(output)
    if out.is_dir():
        return [f"{out}: is a directory; give a file name such as {out / 'records.jsonl'}"]
    if not out.parent.is_dir():
        return [f"{out}: the folder {out.parent} does not exist"]
    real_out = Path(os.path.realpath(out))
    for item in inputs:
        path = Path(item)
        if str(item) == STDIN:
            continue
        if path.is_file() and out.exists() and os.path.samefile(path, out):
            return [f"{out}: is also an input ({item}); writing it would destroy the input"]
        if path.is_dir() and out.suffix.lower() == ".txt" and Path(os.path.realpath(path)) in real_out.parents:
            return [f"{out}: inside the input directory {item}, it would be read as an article"]
    return []


def resume_state(out: Path) -> Counter:
    """How many records of each id OUT already holds. A last line cut short by a
    crash (no final newline, or not JSON) is removed from the file first."""
    done: Counter = Counter()
    if not out.exists():
        return done
    with open(out, "r+b") as f:
        f.seek(0, 2)
        size = f.tell()
        keep = size
        if size:
            # find the start of the last line
            block = 1 << 16
            pos = size
            tail = b""
            while pos > 0:
                step = min(block, pos)
                pos -= step
                f.seek(pos)
                tail = f.read(step) + tail
                if tail.rstrip(b"\n").rfind(b"\n") >= 0:
                    break
            body = tail.rstrip(b"\n")
            last_start = pos + body.rfind(b"\n") + 1
            last = tail[last_start - pos :]
            if not last.endswith(b"\n") or not _is_record_line(last):
                keep = last_start
        if keep < size:
            f.truncate(keep)
    with open(out, "rb") as f:
        for line in f:
            if line.strip():
                try:
                    done[json.loads(line)["id"]] += 1
                except (ValueError, KeyError, TypeError):
                    pass
    return done


def _is_record_line(line: bytes) -> bool:
    try:
        return isinstance(json.loads(line), dict)
    except ValueError:
        return False


def skip_done(items: Iterable[InputRecord], done: Counter) -> Iterator[InputRecord]:
    """Input records not yet in the output: as many of each id as OUT holds are skipped."""
    remaining = Counter(done)
    for item in items:
        if remaining[item.id] > 0:
            remaining[item.id] -= 1
            continue
        yield item


# ---------------------------------------------------------------- progress and run


class Progress:
    """A one-line counter on stderr (records, errors, words/s), redrawn at most 5 times a second."""

    def __init__(self, stream: IO[str], enabled: bool):
        self.stream, self.enabled = stream, enabled
        self.start = time.perf_counter()
        self.last_draw = 0.0
        self.records = self.errors = self.words = 0

    def add(self, record: Dict[str, Any]) -> None:
        self.records += 1
        if record["errors"]:
            self.errors += 1
        else:
            self.words += len(record["text"].split())
        now = time.perf_counter()
        if self.enabled and now - self.last_draw >= 0.2:
            self.last_draw = now
            self.stream.write("\r" + self.line(now) + " ")
            self.stream.flush()

    def words_per_second(self, now: Optional[float] = None) -> float:
        elapsed = (now or time.perf_counter()) - self.start
        return self.words / elapsed if elapsed > 0 else 0.0

    def line(self, now: Optional[float] = None) -> str:
        elapsed = (now or time.perf_counter()) - self.start
        rate = self.records / elapsed if elapsed > 0 else 0.0
        return (
            f"{self.records} records ({rate:.1f}/s), {self.errors} with errors, "
            f"{self.words_per_second(now):,.0f} words/s"
        )

    def close(self) -> None:
        if self.enabled:
            self.stream.write("\n")
            self.stream.flush()
