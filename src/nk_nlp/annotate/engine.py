"""`nk-nlp annotate`: articles in, one record.md record out per article, at scale.

Guarantees (shared/spec/record.md, "Input"):
- exactly one output record per input record, in input order, whatever goes wrong
  with one record (bad JSON, missing or non-string text, undecodable bytes, empty
  or too long text, a component exception): that record carries empty lists and
  the reason in `errors`, and the run goes on;
- streaming: input is read lazily, records are written and flushed one by one, and
  spaCy's memory zones free the strings each segment of the stream added to the
  vocabulary, so memory stays flat however many records;
- every offset in the output lies inside the record's text;
- with n_process > 1, forked workers turn batches of articles into records (no Doc
  crosses a process boundary), and a worker that dies costs time, not records.

The code relies only on the pipeline's outputs (doc.ents, doc.spans groups and the
Span._ attributes of extensions.py, through records.doc_to_record).
"""

import json
import sys
import time
from collections import Counter, deque
from contextlib import nullcontext
from dataclasses import dataclass, field
from itertools import chain, islice
from pathlib import Path
from typing import IO, Any, Deque, Dict, Iterable, Iterator, List, Optional, Sequence, Tuple, Union

from spacy.language import Language

from nk_nlp.records.convert import doc_to_record, empty_record
from nk_nlp.records.jsonl import write_record
from nk_nlp.records.validate import finish_record, span_problems  # noqa: F401 (tests import them from here)

DEFAULT_MODEL = "id_nk_pipeline"
DEFAULT_MAX_CHARS = 100_000
STDIN = "-"
# Records per memory zone in the main process. Each segment restarts nlp.pipe, so it
# must be large enough for that cost to vanish, small enough to bound memory.
SEGMENT_RECORDS = 2000
# Records per task sent to a worker process: small, so that no worker sits idle at the
# end of a run while another finishes a long task.
WORKER_TASK_RECORDS = 8


@dataclass
class InputRecord:
    """One article as read; `error` set when it cannot be annotated."""

    id: str
    text: str
    meta: Dict[str, Any] = field(default_factory=dict)
    error: Optional[str] = None


# ---------------------------------------------------------------- input readers


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


# ---------------------------------------------------------------- long texts


def split_points(text: str, max_chars: int) -> List[int]:
    """Start offsets of pieces of at most `max_chars` characters, cut at the last
    paragraph break, else line break, else sentence end, else space before the
    limit (a hard cut only when a piece has no white space at all)."""
    starts = [0]
    start = 0
    while len(text) - start > max_chars:
        window = text[start : start + max_chars]
        cut = -1
        for boundary in ("\n\n", "\n", ". ", "? ", "! ", " ", "\t"):
            at = window.rfind(boundary)
            if at > 0:
                cut = at + len(boundary)
                break
        if cut <= 0:
            cut = max_chars
        start += cut
        starts.append(start)
    return starts


def _shift_span(span: Any, offset: int) -> Any:
    if isinstance(span, dict) and isinstance(span.get("start"), int) and isinstance(span.get("end"), int):
        return {**span, "start": span["start"] + offset, "end": span["end"] + offset}
    return span


def shift_record_spans(record: Dict[str, Any], offset: int) -> Dict[str, List[dict]]:
    """The entities, claims and quotes of a piece's record, moved by `offset`."""
    shifted: Dict[str, List[dict]] = {"entities": [], "claims": [], "quotes": []}
    for key in shifted:
        for item in record[key]:
            item = _shift_span(item, offset)
            for ref in ("source", "cue"):
                if ref in item:
                    item[ref] = _shift_span(item[ref], offset)
            if isinstance(item.get("media"), list):
                item["media"] = [_shift_span(m, offset) for m in item["media"]]
            shifted[key].append(item)
    return shifted


# ---------------------------------------------------------------- annotation


def _drop_failed_docs(proc_name, proc, docs, error) -> None:
    """Error handler for nlp.pipe: a failing doc is dropped from the stream and
    annotate_records re-runs it alone to name the component and the error.
    Module level so that worker processes can unpickle it."""


def _error_text(error: BaseException) -> str:
    message = str(error).strip().splitlines()
    return f"{type(error).__name__}: {message[0] if message else ''}".rstrip(": ")


def annotate_alone(nlp: Language, text: str):
    """Run the pipeline on one text, component by component; (doc, None) or
    (None, reason naming the failing step)."""
    try:
        doc = nlp.make_doc(text)
    except Exception as err:  # noqa: BLE001 - any failure becomes the record's error
        return None, f"tokenizer failed: {_error_text(err)}"
    for name, proc in nlp.pipeline:
        try:
            doc = proc(doc)
        except Exception as err:  # noqa: BLE001
            return None, f"component '{name}' failed: {_error_text(err)}"
    return doc, None


@dataclass
class _Pending:
    """An input record waiting for the docs of its pieces."""

    item: InputRecord
    starts: List[int]
    parts: Dict[int, Dict[str, Any]] = field(default_factory=dict)
    error: Optional[str] = None

    def done(self) -> bool:
        return self.error is not None or len(self.parts) == len(self.starts)

    def record(self) -> Dict[str, Any]:
        item = self.item
        if self.error is not None:
            return empty_record(item.id, item.text, item.meta, [self.error])
        if len(self.starts) == 1:
            record = self.parts[0]
            record["text"] = item.text
            return finish_record(record)
        record = empty_record(item.id, item.text, item.meta)
        for k, offset in enumerate(self.starts):
            for key, spans in shift_record_spans(self.parts[k], offset).items():
                record[key].extend(spans)
        return finish_record(record)


@dataclass
class _Piece:
    """A text handed to nlp.pipe: a whole article, or one piece of a long one."""

    number: int  # position in the stream handed to nlp.pipe
    text: str
    owner: _Pending
    index: int  # which piece of its owner


class _Segment:
    """Annotates a stream of input records, yielding records in order. Input is
    pulled only as nlp.pipe asks for it: nothing but the records in flight is held."""

    def __init__(self, nlp: Language, items: Iterable[InputRecord], max_chars: int, split_long: bool):
        self.nlp = nlp
        self.items = iter(items)
        self.max_chars, self.split_long = max_chars, split_long
        self.waiting: Deque[_Pending] = deque()  # read, not yet written, in input order
        self.in_flight: Deque[_Piece] = deque()  # handed to nlp.pipe, not yet back
        self.handed_out = 0

    def feed(self) -> Iterator[Tuple[str, int]]:
        """(text, piece number) for nlp.pipe, reading input records on demand."""
        for item in self.items:
            pending = _Pending(item, [0])
            self.waiting.append(pending)
            pending.error = item.error or self._refusal(item.text, self.max_chars, self.split_long)
            if pending.error is not None:
                continue
            pending.starts = split_points(item.text, self.max_chars)
            ends = pending.starts[1:] + [len(item.text)]
            for k, (start, end) in enumerate(zip(pending.starts, ends)):
                piece = _Piece(self.handed_out, item.text[start:end], pending, k)
                self.handed_out += 1
                self.in_flight.append(piece)
                yield piece.text, piece.number

    @staticmethod
    def _refusal(text: str, max_chars: int, split_long: bool) -> Optional[str]:
        if not text.strip():
            return "empty text"
        if len(text) > max_chars and not split_long:
            return f"text too long: {len(text)} characters, more than --max-chars {max_chars}"
        return None

    @staticmethod
    def accept(doc, piece: _Piece) -> None:
        pending = piece.owner
        if pending.error is not None:
            return
        try:
            pending.parts[piece.index] = doc_to_record(doc, pending.item.id, pending.item.meta, text=piece.text)
        except Exception as err:  # noqa: BLE001
            pending.error = f"could not read the annotation: {_error_text(err)}"

    def rerun(self, piece: _Piece) -> None:
        if piece.owner.error is not None:
            return
        doc, error = annotate_alone(self.nlp, piece.text)
        if error is not None:
            piece.owner.error = error
        else:
            self.accept(doc, piece)

    def ready(self) -> Iterator[Dict[str, Any]]:
        while self.waiting and self.waiting[0].done():
            yield self.waiting.popleft().record()

    def run(self, n_process: int, batch_size: int) -> Iterator[Dict[str, Any]]:
        feed = self.feed()
        try:
            for doc, number in self.nlp.pipe(feed, as_tuples=True, n_process=n_process, batch_size=batch_size):
                while self.in_flight[0].number < number:  # dropped by the error handler: find out why
                    self.rerun(self.in_flight.popleft())
                self.accept(doc, self.in_flight.popleft())
                yield from self.ready()
        except Exception:  # noqa: BLE001 - the stream broke: annotate the rest one by one
            pass
        for _ in feed:  # whatever nlp.pipe did not read (all of it if it broke early)
            pass
        while self.in_flight:
            self.rerun(self.in_flight.popleft())
            yield from self.ready()
        yield from self.ready()


def annotate_segment(
    nlp: Language, items: Iterable[InputRecord], max_chars: int, split_long: bool, batch_size: int, n_process: int = 1
) -> Iterator[Dict[str, Any]]:
    """Records for input records, inside one memory zone (so: a bounded number of them)."""
    zone = nlp.memory_zone() if hasattr(nlp, "memory_zone") else nullcontext()
    with zone:
        yield from _Segment(nlp, items, max_chars, split_long).run(n_process, batch_size)


# Worker processes are forked with the pipeline already loaded; each turns a batch of
# input records into records, so no Doc is ever serialised (spaCy's n_process sends
# every Doc back as bytes to be rebuilt in the main process: most of the cost).
_WORKER: Dict[str, Any] = {}


def _init_worker(nlp: Language, max_chars: int, split_long: bool, batch_size: int) -> None:
    _WORKER.update(nlp=nlp, max_chars=max_chars, split_long=split_long, batch_size=batch_size)


def _annotate_in_worker(items: List[InputRecord]) -> List[Dict[str, Any]]:
    w = _WORKER
    return list(annotate_segment(w["nlp"], items, w["max_chars"], w["split_long"], w["batch_size"]))


def _annotate_forked(
    nlp: Language, items: Iterator[InputRecord], n_process: int, batch_size: int, max_chars: int, split_long: bool
) -> Iterator[Dict[str, Any]]:
    """Tasks of at most WORKER_TASK_RECORDS records annotated by `n_process` forked
    workers, at most 4 tasks per worker in flight (bounded memory), results yielded in
    input order. A task whose worker died is annotated here instead."""
    import multiprocessing
    from concurrent.futures import Future, ProcessPoolExecutor

    pool = ProcessPoolExecutor(
        n_process, mp_context=multiprocessing.get_context("fork"),
        initializer=_init_worker, initargs=(nlp, max_chars, split_long, batch_size),
    )
    pending: Deque[Tuple[List[InputRecord], Optional[Future]]] = deque()
    broken = False

    def read_one() -> bool:
        nonlocal broken
        batch = list(islice(items, min(batch_size, WORKER_TASK_RECORDS)))
        if not batch:
            return False
        future = None
        if not broken:
            try:
                future = pool.submit(_annotate_in_worker, batch)
            except Exception:  # noqa: BLE001 - the pool broke: go on without it
                broken = True
        pending.append((batch, future))
        return True

    try:
        more = True
        while more and len(pending) < 4 * n_process:
            more = read_one()
        while pending:
            batch, future = pending.popleft()
            records = None
            if future is not None:
                try:
                    records = future.result()
                except Exception:  # noqa: BLE001 - a worker died or its result did not pickle
                    broken = True
            if records is None:
                records = list(annotate_segment(nlp, batch, max_chars, split_long, batch_size))
            yield from records
            if more:
                more = read_one()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def annotate_records(
    nlp: Language,
    items: Iterable[InputRecord],
    *,
    n_process: int = 1,
    batch_size: Optional[int] = None,
    max_chars: int = DEFAULT_MAX_CHARS,
    split_long: bool = True,
    segment_records: int = SEGMENT_RECORDS,
) -> Iterator[Dict[str, Any]]:
    """One record per input record, in order; never raises for a bad record.

    Texts longer than `max_chars` are annotated in pieces cut at paragraph, line,
    sentence or word boundaries (`split_long`), or refused with a reason.
    """
    import multiprocessing

    if max_chars < 1:
        raise ValueError("max_chars must be positive")
    batch_size = batch_size or nlp.batch_size
    nlp.max_length = max(nlp.max_length, max_chars + 1)
    set_error_handler(nlp, _drop_failed_docs)
    items = iter(items)
    try:
        if n_process > 1 and "fork" in multiprocessing.get_all_start_methods():
            yield from _annotate_forked(nlp, items, n_process, batch_size, max_chars, split_long)
            return
        # one process, or no fork on this platform: spaCy's own multiprocessing
        for first in items:
            segment = chain([first], islice(items, segment_records - 1))
            yield from annotate_segment(nlp, segment, max_chars, split_long, batch_size, n_process)
    finally:
        from spacy.util import raise_error

        set_error_handler(nlp, raise_error)


def set_error_handler(nlp: Language, handler) -> None:
    """Language.set_error_handler, pipe by pipe: in spaCy 3.8 the parser-based NER
    offers set_error_handler but raises AttributeError, which would stop the whole
    call; such a component keeps raising, and its batch is redone record by record."""
    nlp.default_error_handler = handler
    for _, pipe in nlp.pipeline:
        if hasattr(pipe, "set_error_handler"):
            try:
                pipe.set_error_handler(handler)
            except AttributeError:
                pass


# ---------------------------------------------------------------- resume


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


def load_pipeline(model: str, kb_extra: Sequence[Union[str, Path]] = ()) -> Language:
    """The packaged pipeline by name, or a pipeline directory; `kb_extra`: directories of
    extra knowledge-base entries for nk_entity_resolver (docs/knowledge.md)."""
    import spacy

    from nk_nlp.extensions import register_extensions

    register_extensions()
    if not kb_extra:
        return spacy.load(model)
    return spacy.load(model, config={"components": {"nk_entity_resolver": {"kb_extra": [str(d) for d in kb_extra]}}})


def run_annotate(
    nlp: Language,
    inputs: Sequence[Union[str, Path]],
    output: Union[str, Path],
    *,
    n_process: int = 1,
    batch_size: Optional[int] = None,
    max_chars: int = DEFAULT_MAX_CHARS,
    split_long: bool = True,
    resume: bool = False,
    quiet: bool = False,
    stdin: Optional[IO[bytes]] = None,
    stdout: Optional[IO[str]] = None,
    stderr: Optional[IO[str]] = None,
) -> Progress:
    """Annotate all inputs into `output` ('-' = standard output); returns the counts."""
    stderr = stderr if stderr is not None else sys.stderr
    items: Iterable[InputRecord] = read_inputs(inputs, stdin)
    to_stdout = str(output) == STDIN
    if resume and not to_stdout:
        done = resume_state(Path(output))
        if done:
            items = skip_done(items, done)
    show = not quiet and stderr.isatty()
    progress = Progress(stderr, show)
    if to_stdout:
        out_ctx = nullcontext(stdout if stdout is not None else sys.stdout)
    else:
        out_ctx = open(output, "a" if resume else "w", encoding="utf-8")
    with out_ctx as out:
        for record in annotate_records(
            nlp, items, n_process=n_process, batch_size=batch_size, max_chars=max_chars, split_long=split_long
        ):
            write_record(out, record)
            progress.add(record)
    progress.close()
    if not quiet:
        elapsed = time.perf_counter() - progress.start
        stderr.write(
            f"annotated {progress.records} records ({progress.errors} with errors), "
            f"{progress.words:,} words in {elapsed:.1f} s: {progress.words_per_second():,.0f} words/s\n"
        )
    return progress
