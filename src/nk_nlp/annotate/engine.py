"""The annotation engine: a stream of input records through nlp.pipe, one record out
per input record, in input order, whatever goes wrong with one record.

- a text longer than max_chars is annotated in pieces cut at paragraph, line,
  sentence or word boundaries, their spans shifted back into the whole text;
- a doc that fails inside nlp.pipe is dropped by the error handler and re-run alone,
  component by component, so that its record names the failing step;
- every span of a finished record is checked to lie inside its text;
- spaCy's memory zones free the strings each segment of the stream added to the
  vocabulary, so memory stays flat however many records.

The code relies only on the pipeline's outputs (doc.ents, doc.spans groups and the
Span._ attributes of extensions.py, through records.doc_to_record).
"""

from collections import deque
from contextlib import nullcontext
from dataclasses import dataclass, field
from typing import Any, Deque, Dict, Iterable, Iterator, List, Optional, Tuple

from spacy.language import Language

from nk_nlp.annotate.inputs import InputRecord
from nk_nlp.annotate.options import AnnotateOptions
from nk_nlp.components.entities.media import OUTLET_KEY
from nk_nlp.records.convert import doc_to_record, empty_record
from nk_nlp.records.validate import finish_record, span_problems  # noqa: F401 (tests import them from here)

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


def drop_failed_docs(proc_name, proc, docs, error) -> None:
    """Error handler for nlp.pipe: a failing doc is dropped from the stream and
    annotate_records re-runs it alone to name the component and the error.
    Module level so that worker processes can unpickle it."""


def _error_text(error: BaseException) -> str:
    message = str(error).strip().splitlines()
    return f"{type(error).__name__}: {message[0] if message else ''}".rstrip(": ")


def outlet_of(meta: Optional[Dict[str, Any]]) -> Optional[str]:
    outlet = (meta or {}).get("outlet")
    return outlet.strip() if isinstance(outlet, str) and outlet.strip() else None


def make_doc(nlp: Language, text: str, outlet: Optional[str] = None):
    """The tokenized text, carrying the record's outlet for the rules that find the
    publisher's own name in its text (components/entities/media.py)."""
    doc = nlp.make_doc(text)
    if outlet:
        doc.user_data[OUTLET_KEY] = outlet
    return doc


def annotate_alone(nlp: Language, text: str, outlet: Optional[str] = None):
    """Run the pipeline on one text, component by component; (doc, None) or
    (None, reason naming the failing step)."""
    try:
        doc = make_doc(nlp, text, outlet)
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


# The longest run without white space a text may hold (URLs and hashtags stay far below).
MAX_RUN = 10_000


class _Segment:
    """Annotates a stream of input records, yielding records in order. Input is
    pulled only as nlp.pipe asks for it: nothing but the records in flight is held."""

    def __init__(self, nlp: Language, items: Iterable[InputRecord], options: AnnotateOptions):
        self.nlp = nlp
        self.items = iter(items)
        self.options = options
        self.waiting: Deque[_Pending] = deque()  # read, not yet written, in input order
        self.in_flight: Deque[_Piece] = deque()  # handed to nlp.pipe, not yet back
        self.handed_out = 0

    def feed(self) -> Iterator[Tuple[str, int]]:
        """(text, piece number) for nlp.pipe, reading input records on demand."""
        for item in self.items:
            pending = _Pending(item, [0])
            self.waiting.append(pending)
            pending.error = item.error or self._refusal(item.text, self.options)
            if pending.error is not None:
                continue
            pending.starts = split_points(item.text, self.options.max_chars)
            ends = pending.starts[1:] + [len(item.text)]
            outlet = outlet_of(item.meta)
            for k, (start, end) in enumerate(zip(pending.starts, ends)):
                piece = _Piece(self.handed_out, item.text[start:end], pending, k)
                self.handed_out += 1
                self.in_flight.append(piece)
                yield self._doc_like(piece.text, outlet), piece.number

    def _doc_like(self, text: str, outlet: Optional[str]):
        """The text, or its doc when there is an outlet to carry (a text the tokenizer
        refuses goes to nlp.pipe as it is, to fail there and be re-run alone)."""
        if outlet is None:
            return text
        try:
            return make_doc(self.nlp, text, outlet)
        except Exception:  # noqa: BLE001
            return text

    @staticmethod
    def _refusal(text: str, options: AnnotateOptions) -> Optional[str]:
        if not text.strip():
            return "empty text"
        if len(text) > options.max_chars and not options.split_long:
            return f"text too long: {len(text)} characters, more than --max-chars {options.max_chars}"
        longest = max(map(len, text.split()), default=0)
        if longest > MAX_RUN:
            # no word is that long: a page of '-----' or an inlined file, whose cost (the
            # tokenizer's affix loop) grows faster than its length
            return f"not prose: {longest} characters without white space (at most {MAX_RUN})"
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
        doc, error = annotate_alone(self.nlp, piece.text, outlet_of(piece.owner.item.meta))
        if error is not None:
            piece.owner.error = error
        else:
            self.accept(doc, piece)

    def ready(self) -> Iterator[Dict[str, Any]]:
        while self.waiting and self.waiting[0].done():
            yield self.waiting.popleft().record()

    def run(self) -> Iterator[Dict[str, Any]]:
        feed = self.feed()
        n_process, batch_size = self.options.n_process, self.options.batch_size
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


def annotate_segment(nlp: Language, items: Iterable[InputRecord], options: AnnotateOptions) -> Iterator[Dict[str, Any]]:
    """Records for input records, inside one memory zone (so: a bounded number of them).
    `options.batch_size` must be set; `options.n_process` > 1 uses spaCy's own processes."""
    zone = nlp.memory_zone() if hasattr(nlp, "memory_zone") else nullcontext()
    with zone:
        yield from _Segment(nlp, items, options).run()


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
