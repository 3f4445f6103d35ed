"""`nk-nlp annotate --engine dask`: the shards of shards.py annotated on a Dask cluster,
a running one (`scheduler`, an address) or a local one (`workers` processes).

One task per shard. Each worker process loads the pipeline once, at its first task,
and keeps it for the next ones. A worker that dies mid-shard leaves only a temporary
file; Dask gives its task to another worker, which redoes the shard whole. The client
alone writes the manifest, after each shard.

Workers read the inputs and write the output directory by the paths the client sees:
on several machines both must be on a file system every worker mounts at the same path.

Dask is an optional dependency: `pip install "nk_nlp[dask]"`.
"""

import sys
import threading
import time
from collections import Counter
from pathlib import Path
from typing import IO, Any, Callable, Dict, List, Optional, Sequence, Union

from nk_nlp.annotate import load_pipeline
from nk_nlp.annotate.shards import Plan, Shard, annotate_shard, plan_run, record_entry, remove_temporaries

PipelineSpec = Union[str, Callable[[], Any]]
INSTALL_HINT = 'the Dask engine needs Dask: pip install "nk_nlp[dask]"'


class DaskMissing(ImportError):
    pass


def require_dask():
    """The `distributed` module, or DaskMissing saying how to install it."""
    try:
        import distributed
    except ImportError as err:
        raise DaskMissing(f"{INSTALL_HINT} ({err})") from err
    return distributed


def pipeline_name(spec: PipelineSpec) -> str:
    """What the manifest records: the model name or path, or the loader's import path."""
    if isinstance(spec, str):
        return spec
    name = getattr(spec, "__qualname__", None)
    return f"{spec.__module__}.{name}" if name else repr(spec)


# ---------------------------------------------------------------- on the workers

_PIPELINES: Dict[str, Any] = {}
LOADS: Counter = Counter()  # pipelines loaded by this process, by name (read by the tests)
# One pipeline per process, used by one thread at a time: a worker started with
# several threads stays correct (its threads take turns) but gains nothing.
_LOCK = threading.Lock()


def _pipeline(spec: PipelineSpec):
    name = pipeline_name(spec)
    if name not in _PIPELINES:
        _PIPELINES[name] = load_pipeline(spec) if isinstance(spec, str) else spec()
        LOADS[name] += 1
    return _PIPELINES[name]


def annotate_shard_task(spec: PipelineSpec, shard: Shard, out_dir: str, options: Dict[str, Any]) -> Dict[str, Any]:
    """The task a worker runs: one shard, with this process's pipeline."""
    with _LOCK:
        return annotate_shard(_pipeline(spec), shard, out_dir, **options)


def warm_up(spec: PipelineSpec, texts: Sequence[str] = ()) -> int:
    """Load the pipeline in this process now and annotate `texts` with it (a first
    pass over new words costs more than the next ones); returns how many times the
    pipeline was loaded."""
    with _LOCK:
        nlp = _pipeline(spec)
        for _ in nlp.pipe(texts):
            pass
    return LOADS[pipeline_name(spec)]


def process_stats() -> Dict[str, Any]:
    """This worker process: its id, pipeline loads, CPU seconds so far and peak
    resident memory."""
    import os
    import resource

    usage = resource.getrusage(resource.RUSAGE_SELF)
    return {"pid": os.getpid(), "loads": dict(LOADS), "cpu_seconds": usage.ru_utime + usage.ru_stime,
            "peak_rss_mib": round(usage.ru_maxrss / 1024, 1)}


# ---------------------------------------------------------------- on the client


def local_cluster(workers: int):
    """A cluster of `workers` processes with one thread each on this machine."""
    import dask

    distributed = require_dask()
    # Dask's statistical profiler would walk the annotating thread's stack every 10 ms, and
    # its event-loop and system monitors wake every 20 to 500 ms: a shard takes seconds.
    # The gain is small (within run-to-run noise on benchmarks/dask_throughput.py's batch).
    with dask.config.set({"distributed.worker.profile.enabled": False,
                          "distributed.admin.tick.interval": "1s",
                          "distributed.admin.system-monitor.interval": "2s",
                          "distributed.worker.memory.monitor-interval": "2s"}):
        return distributed.LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
        )


def run_shards(
    client,
    spec: PipelineSpec,
    plan: Plan,
    *,
    options: Optional[Dict[str, Any]] = None,
    on_shard: Optional[Callable[[Dict[str, Any]], None]] = None,
) -> List[Dict[str, Any]]:
    """Annotate the plan's remaining shards on the client's cluster, recording each in
    the manifest as it finishes; the entries, in the order they finished. If the
    client stops (an exception, Ctrl-C), the shards in flight are cancelled."""
    distributed = require_dask()
    futures = {}
    for position, shard in enumerate(plan.todo):
        future = client.submit(
            annotate_shard_task, spec, shard, str(plan.out_dir), options or {},
            pure=False, priority=-position, key=f"nk-shard-{shard.output}-{time.time_ns()}",
        )
        futures[future] = shard
    entries = []
    try:
        for future in distributed.as_completed(futures, loop=client.loop):
            shard = futures[future]
            try:
                entry = future.result()
            except Exception as err:  # noqa: BLE001 - e.g. KilledWorker: the shard failed, not the run
                entry = {"source": shard.source, "kind": shard.kind, "output": shard.output,
                         "status": "failed", "error": f"{type(err).__name__}: {err}", "records": 0}
            record_entry(plan, entry)
            entries.append(entry)
            if on_shard is not None:
                on_shard(entry)
    finally:
        client.cancel(list(futures))
    return entries


def run_distributed(
    spec: PipelineSpec,
    inputs: Sequence[Union[str, Path]],
    out_dir: Union[str, Path],
    *,
    scheduler: Optional[str] = None,
    workers: Optional[int] = None,
    client=None,
    resume: bool = False,
    batch_size: Optional[int] = None,
    max_chars: Optional[int] = None,
    split_long: bool = True,
    on_shard: Optional[Callable[[Dict[str, Any]], None]] = None,
) -> Dict[str, Any]:
    """Annotate the shards of `inputs` into OUT_DIR on a Dask cluster: the given
    `client`'s, the one at `scheduler`, or a local one of `workers` processes
    (default 2). With `resume`, complete shards of an earlier run are skipped.
    Returns the run's summary (shard and record counts)."""
    distributed = require_dask()
    start = time.perf_counter()
    plan = plan_run(inputs, out_dir, pipeline_name(spec), resume=resume)
    plan.out_dir = plan.out_dir.resolve()
    options: Dict[str, Any] = {"split_long": split_long}
    if batch_size is not None:
        options["batch_size"] = batch_size
    if max_chars is not None:
        options["max_chars"] = max_chars
    cluster = None
    if client is None:
        if scheduler is None:
            cluster = local_cluster(workers or 2)
        client = distributed.Client(scheduler or cluster, set_as_default=False)
        own_client = True
    else:
        own_client = False
    try:
        entries = run_shards(client, spec, plan, options=options, on_shard=on_shard)
    finally:
        if own_client:
            client.close()
        if cluster is not None:
            cluster.close()
    remove_temporaries(plan.out_dir)
    return {
        "shards": len(plan.shards),
        "skipped": len(plan.skipped),
        "complete": sum(e["status"] == "complete" for e in entries),
        "failed": [e for e in entries if e["status"] == "failed"],
        "records": sum(e.get("records", 0) for e in entries),
        "errors": sum(e.get("errors", 0) for e in entries),
        "seconds": time.perf_counter() - start,
        "manifest": str(plan.out_dir / "manifest.json"),
    }


def annotate_command(
    model: str,
    inputs: Sequence[str],
    output: str,
    *,
    scheduler: Optional[str],
    workers: Optional[int],
    n_process: int,
    resume: bool,
    quiet: bool,
    stderr: Optional[IO[str]] = None,
    **options: Any,
) -> int:
    """What `nk-nlp annotate --engine dask` does; returns the exit code (0 all shards
    complete, 1 some failed, 2 the command cannot run)."""
    stderr = stderr if stderr is not None else sys.stderr
    problems = []
    if output == "-":
        problems.append("--engine dask writes a directory of shards: --output DIR, not standard output")
    if scheduler and workers:
        problems.append("give --scheduler (a running cluster) or --workers (a local one), not both")
    if n_process > 1:
        problems.append("--n-process is for the local engine: with --engine dask use --workers")
    if problems:
        stderr.write("error: " + "; ".join(problems) + "\n")
        return 2
    try:
        require_dask()
    except DaskMissing as err:
        stderr.write(f"error: {err}\n")
        return 2

    def report(entry: Dict[str, Any]) -> None:
        if entry["status"] == "complete":
            stderr.write(f"{entry['source']} -> {entry['output']}: {entry['records']} records, "
                         f"{entry['errors']} with errors, {entry['seconds']:.1f} s\n")
        else:
            stderr.write(f"{entry['source']}: FAILED ({entry['error']})\n")

    try:
        summary = run_distributed(
            model, inputs, output, scheduler=scheduler, workers=workers, resume=resume,
            on_shard=None if quiet else report, **options,
        )
    except ValueError as err:
        stderr.write(f"error: {err}\n")
        return 2
    if not quiet:
        stderr.write(
            f"{summary['complete']} shards annotated, {summary['skipped']} already complete, "
            f"{len(summary['failed'])} failed, of {summary['shards']}: {summary['records']} records "
            f"({summary['errors']} with errors) in {summary['seconds']:.1f} s; manifest: {summary['manifest']}\n"
        )
    return 1 if summary["failed"] else 0
