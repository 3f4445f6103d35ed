"""`nk-nlp annotate` as functions: annotate_records (input records in, records out)
and run_annotate (inputs to an output file or stdout).

Guarantees (docs/record.md, "Input"):
- exactly one output record per input record, in input order, whatever goes wrong
  with one record (bad JSON, missing or non-string text, undecodable bytes, empty
  or too long text, a component exception): that record carries empty lists and
  the reason in `errors`, and the run goes on;
- streaming: input is read lazily, records are written and flushed one by one;
- every offset in the output lies inside the record's text;
- with n_process > 1, forked workers turn batches of articles into records.
"""

import sys
import time
from contextlib import nullcontext
from dataclasses import replace
from itertools import chain, islice
from pathlib import Path
from typing import IO, Any, Dict, Iterable, Iterator, Optional, Sequence, Union

from spacy.language import Language

from nk_nlp.annotate.engine import drop_failed_docs, annotate_segment, set_error_handler
from nk_nlp.annotate.inputs import InputError, InputRecord, read_inputs
from nk_nlp.annotate.options import STDIN, AnnotateOptions
from nk_nlp.annotate.output import OutputError, Progress, check_output, resume_state, skip_done, write_record
from nk_nlp.annotate.parallel import annotate_forked

def annotate_records(
    nlp: Language, items: Iterable[InputRecord], options: Optional[AnnotateOptions] = None, **option_overrides: Any
) -> Iterator[Dict[str, Any]]:
    """One record per input record, in order; never raises for a bad record.

    Texts longer than `max_chars` are annotated in pieces cut at paragraph, line,
    sentence or word boundaries (`split_long`), or refused with a reason. Options come
    as an AnnotateOptions, as keywords (n_process=2, max_chars=..., ...), or both.
    """
    import multiprocessing

    options = AnnotateOptions.build(options, **option_overrides)
    options = replace(options, batch_size=options.batch_size or nlp.batch_size)
    nlp.max_length = max(nlp.max_length, options.max_chars + 1)
    set_error_handler(nlp, drop_failed_docs)
    guarded = _GuardedInput(items)
    items = iter(guarded)
    try:
        if options.n_process > 1 and "fork" in multiprocessing.get_all_start_methods():
            yield from annotate_forked(nlp, items, options)
        else:  # one process, or no fork on this platform: spaCy's own multiprocessing
            for first in items:
                segment = chain([first], islice(items, options.segment_records - 1))
                yield from annotate_segment(nlp, segment, options)
    finally:
        from spacy.util import raise_error

        set_error_handler(nlp, raise_error)
    guarded.raise_failure()


class _GuardedInput:
    """The input records, ending cleanly where reading them fails, so that the engine
    (and nlp.pipe, which would swallow or garble the error) finishes every record read
    before it; annotate_records raises the failure once those records are out."""

    def __init__(self, items: Iterable[InputRecord]):
        self.items = iter(items)
        self.failure: Optional[BaseException] = None

    def __iter__(self) -> Iterator[InputRecord]:
        while True:
            try:
                item = next(self.items)
            except StopIteration:
                return
            except Exception as err:  # noqa: BLE001 - raised again by raise_failure
                self.failure = err
                return
            yield item

    def raise_failure(self) -> None:
        if isinstance(self.failure, InputError):
            raise self.failure
        if self.failure is not None:
            raise InputError(f"reading the input failed: {type(self.failure).__name__}: {self.failure}") from self.failure


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
    options: Optional[AnnotateOptions] = None,
    *,
    resume: bool = False,
    quiet: bool = False,
    stdin: Optional[IO[bytes]] = None,
    stdout: Optional[IO[str]] = None,
    stderr: Optional[IO[str]] = None,
    **option_overrides: Any,
) -> Progress:
    """Annotate all inputs into `output` ('-' = standard output); returns the counts.
    Options as for annotate_records (an AnnotateOptions and/or keywords)."""
    options = AnnotateOptions.build(options, **option_overrides)
    problems = check_output(inputs, output)
    if problems:
        raise OutputError("; ".join(problems))
    stderr = stderr if stderr is not None else sys.stderr
    items: Iterable[InputRecord] = read_inputs(inputs, stdin)
    to_stdout = str(output) == STDIN
    if resume and not to_stdout:
        done = resume_state(Path(output))
        if done:
            items = skip_done(items, done)
    show = not quiet and stderr.isatty()
    progress = Progress(stderr, show)
    try:
        if to_stdout:
            out_ctx = nullcontext(stdout if stdout is not None else sys.stdout)
        else:
            out_ctx = open(output, "a" if resume else "w", encoding="utf-8")
        with out_ctx as out:
            for record in annotate_records(nlp, items, options):
                write_record(out, record)
                progress.add(record)
    except OSError as err:  # a full disk, a closed pipe, a folder removed under us
        name = "standard output" if to_stdout else str(output)
        raise OutputError(
            f"cannot write {name}: {err.strerror or err} ({progress.records} records written; "
            "fix the cause and rerun with --resume to go on)"
        ) from err
    finally:
        progress.close()
    if not quiet:
        elapsed = time.perf_counter() - progress.start
        stderr.write(
            f"annotated {progress.records} records ({progress.errors} with errors), "
            f"{progress.words:,} words in {elapsed:.1f} s: {progress.words_per_second():,.0f} words/s\n"
        )
    return progress
