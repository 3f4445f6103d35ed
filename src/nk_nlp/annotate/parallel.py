"""The fork pool: with n_process > 1, worker processes forked with the pipeline
already loaded turn batches of input records into records, so no Doc is ever
serialised (spaCy's n_process sends every Doc back as bytes to be rebuilt in the main
process: most of the cost). A worker that dies costs time, not records."""

import multiprocessing
import os
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import replace
from itertools import islice
from typing import Any, Deque, Dict, Iterator, List, Optional, Tuple

from spacy.language import Language

from nk_nlp.annotate.engine import annotate_segment
from nk_nlp.annotate.inputs import InputRecord
from nk_nlp.annotate.options import WORKER_TASK_RECORDS, AnnotateOptions

_WORKER: Dict[str, Any] = {}


def _init_worker(nlp: Language, options: AnnotateOptions, parent: int) -> None:
    die_with_parent(parent)
    _WORKER.update(nlp=nlp, options=options)


PR_SET_PDEATHSIG = 1


def die_with_parent(parent: int) -> None:
    """Make this worker die when the main process does, however it ends (SIGKILL and
    SIGTERM included, where no cleanup code runs): on Linux the kernel sends SIGKILL
    to the worker (prctl PR_SET_PDEATHSIG); elsewhere a thread watches the parent."""
    import signal

    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl failed")
    except (OSError, AttributeError):  # not Linux
        _watch_parent(parent)
    if os.getppid() != parent:  # the parent died before the line above took effect
        os._exit(1)


def _watch_parent(parent: int) -> None:
    import threading
    import time

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, name="nk-parent-watch", daemon=True).start()


def _annotate_in_worker(items: List[InputRecord]) -> List[Dict[str, Any]]:
    return list(annotate_segment(_WORKER["nlp"], items, _WORKER["options"]))


def annotate_forked(nlp: Language, items: Iterator[InputRecord], options: AnnotateOptions) -> Iterator[Dict[str, Any]]:
    """Tasks of at most WORKER_TASK_RECORDS records annotated by `options.n_process`
    forked workers, at most 4 tasks per worker in flight (bounded memory), results
    yielded in input order. A task whose worker died is annotated here instead.
    `options.batch_size` must be set."""
    n_process, batch_size = options.n_process, options.batch_size
    one_process = replace(options, n_process=1)
    pool = ProcessPoolExecutor(
        n_process, mp_context=multiprocessing.get_context("fork"),
        initializer=_init_worker, initargs=(nlp, one_process, os.getpid()),
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
                records = list(annotate_segment(nlp, batch, one_process))
            yield from records
            if more:
                more = read_one()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
