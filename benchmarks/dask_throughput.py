"""`nk-nlp annotate --engine dask` against itself and against `--n-process`.

The batch is throughput.py's (the seed articles repeated to at least 200,000 words),
written as SHARDS JSONL shards. Every measurement runs in a fresh subprocess. In every
annotating process it loads the pipeline and, unless --cold, runs the seed articles
through it once (not timed, and the same for both engines: for Dask, starting the
cluster and this warm-up are reported apart). Then it times one pass over all shards:

- Dask, 1 and 2 local workers (LocalCluster, one thread per worker process):
  run_distributed, which is what `nk-nlp annotate --engine dask --workers N` runs;
- the local engine, `--n-process 1` and `--n-process 2` over the same shards.

Reported: wall seconds and words/s; CPU seconds of every process involved (the
driver, which for Dask also hosts the scheduler, plus the workers), whose ratio does
not depend on what else runs on the machine; peak RSS of each Dask worker; the load
average; and how many cores' worth of CPU the machine gave busy-looping processes
just before (2.00 on an idle 2-core machine).

    python benchmarks/dask_throughput.py --markdown benchmarks/DASK_RESULTS.md
    python benchmarks/dask_throughput.py --cold --markdown benchmarks/DASK_RESULTS_COLD.md

Why the warm-up must be the same for both engines: annotate runs in spaCy memory
zones, which forget the words and tokenizer-cache entries a zone added. Words met
outside any zone (the warm-up) stay. The batch repeats the seed articles, so a
process warmed up on them finds every word of the batch known: 13 to 19% less CPU
(2026-12-06). When only the `--n-process` parent was warmed up (before 2026-12-06), Dask
looked 21% slower than it is.
"""

import argparse
import json
import os
import platform
import resource
import sys
import tempfile
import time
from pathlib import Path

from throughput import MIN_WORDS, Clock, batch, cores_delivered, measure_in_child, pick_model

SHARDS = 16
REPEATS = 3


def write_shards(workdir: Path, shards: int) -> tuple:
    """The batch as `shards` JSONL files of consecutive articles; (paths, words, articles)."""
    texts, words = batch(MIN_WORDS_USED)
    paths = []
    per = -(-len(texts) // shards)
    for k in range(shards):
        path = workdir / f"shard{k:03d}.jsonl"
        with open(path, "w", encoding="utf-8") as f:
            for n in range(k * per, min(len(texts), (k + 1) * per)):
                f.write(json.dumps({"id": f"doc{n}", "text": texts[n]}, ensure_ascii=False) + "\n")
        paths.append(path)
    return paths, words, len(texts)


def warm_up_texts() -> list:
    """What every annotating process runs once before the clock starts, whatever the
    engine: the seed articles, which hold every word of the batch, so that both
    engines are timed in the same steady state. None with --cold."""
    return [] if COLD else batch(1)[0][:5]


def measure_dask(model: str, workers: int, workdir: Path, shards: int) -> dict:
    import distributed

    from nk_nlp.annotate.distributed import local_cluster, process_stats, run_distributed, warm_up

    paths, words, articles = write_shards(workdir, shards)
    start = time.perf_counter()
    with local_cluster(workers) as cluster, distributed.Client(cluster, set_as_default=False) as client:
        client.wait_for_workers(workers)
        for address in client.scheduler_info()["workers"]:
            client.submit(warm_up, model, warm_up_texts(), workers=[address], pure=False).result()
        startup = time.perf_counter() - start
        before = client.run(process_stats)
        with Clock() as clock:
            summary = run_distributed(model, paths, workdir / "out", client=client)
        after = client.run(process_stats)
    assert summary["records"] == articles and summary["errors"] == 0 and not summary["failed"], summary
    worker_cpu = sum(after[w]["cpu_seconds"] - before[w]["cpu_seconds"] for w in after)
    return {
        "words": words, **clock.result, "cpu_seconds": clock.result["cpu_seconds"] + worker_cpu,
        "driver_cpu_seconds": clock.result["cpu_seconds"], "startup_seconds": startup,
        "worker_peak_rss_mib": sorted(s["peak_rss_mib"] for s in after.values()),
        "loads": sorted(sum(s["loads"].values()) for s in after.values()),
    }


def measure_local(model: str, n_process: int, workdir: Path, shards: int) -> dict:
    from nk_nlp.annotate import load_pipeline, run_annotate

    paths, words, articles = write_shards(workdir, shards)
    nlp = load_pipeline(model)
    list(nlp.pipe(warm_up_texts()))  # the forked workers inherit what this pass taught the pipeline
    with Clock() as clock:
        progress = run_annotate(nlp, paths, os.devnull, n_process=n_process, quiet=True)
    assert progress.records == articles and progress.errors == 0
    return {"words": words, **clock.result, "peak_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def run_measure(engine: str, model: str, n: int, shards: int) -> dict:
    with tempfile.TemporaryDirectory(prefix="nk_dask_bench_") as workdir:
        return measure_in_child(__file__, ["--measure", engine, "--model", model, "--n", str(n),
                                           "--shards", str(shards), "--workdir", workdir,
                                           "--min-words", str(MIN_WORDS_USED), *(["--cold"] if COLD else [])],
                                f"{engine} n={n}")


def report(model_note: str, shards: int, repeats: int) -> str:
    cores = {n: cores_delivered(n) for n in (1, 2)}
    runs = [("dask", 1), ("dask", 2), ("local", 1), ("local", 2)]
    results = {run: [] for run in runs}
    for _ in range(repeats):  # alternate, so that a busy minute does not hit one run only
        for engine, n in runs:
            results[(engine, n)].append(run_measure(engine, MODEL, n, shards))
    best = {run: min(ms, key=lambda m: m["seconds"]) for run, ms in results.items()}
    words = best[("dask", 1)]["words"]
    texts, _ = batch(MIN_WORDS_USED)

    def row(engine, n):
        m = best[(engine, n)]
        name = f"Dask, {n} local worker{'s' * (n > 1)}" if engine == "dask" else f"annotate --n-process {n}"
        return (f"| {name} | {m['seconds']:.1f} | {m['words'] / m['seconds']:,.0f} | {m['cpu_seconds']:.1f} | "
                f"{m['words'] / m['cpu_seconds']:,.0f} | {m['load_average']:.1f} |")

    d1, d2, l2 = best[("dask", 1)], best[("dask", 2)], best[("local", 2)]
    speedup = d1["seconds"] / d2["seconds"]
    overhead = d2["seconds"] / l2["seconds"] - 1
    cpu_overhead = d2["cpu_seconds"] / l2["cpu_seconds"] - 1
    lines = [
        "# Dask engine benchmark",
        "",
        f"`python benchmarks/dask_throughput.py {' '.join(sys.argv[1:])}` on {platform.machine()}, "
        f"{os.cpu_count()} CPU cores, Python {platform.python_version()}, {time.strftime('%Y-%m-%d %H:%M')} UTC.",
        "",
        f"Pipeline: {model_note}.",
        "",
        f"Batch: the 5 seed articles repeated to {len(texts)} articles, {words:,} words, in {shards} JSONL shards. "
        "Each row is the fastest of "
        f"{repeats} alternating runs, each in a fresh process. " + (
            "Before the clock starts, every annotating process loads the pipeline (`--cold`: no warm-up pass, "
            "so each process meets the batch's words for the first time on the clock)." if COLD else
            "Before the clock starts, every annotating process (each Dask worker; the parent that "
            "`--n-process` forks) loads the pipeline and annotates the 5 seed articles once.")
        + " CPU seconds are those of every process of the run (for Dask: the driver, which hosts the scheduler, "
        "and the workers).",
        "",
        ("**The machine was shared with other jobs while this ran:** " if cores[2] < 1.9 else
         "The machine was otherwise idle: ") +
        f"busy-looping processes got {cores[1]:.2f} cores' worth of CPU for 1 process and {cores[2]:.2f} for 2 "
        "just before (2.00 on an idle 2-core machine). Wall-clock ratios still vary by some percent from run "
        "to run on this virtual machine (every run's seconds are listed below the table).",
        "",
        "| run | wall s | words/s | CPU s | words/CPU-s | load avg |",
        "|---|---:|---:|---:|---:|---:|",
        *[row(engine, n) for engine, n in runs],
        "",
        "Wall seconds of every run: " + "; ".join(
            f"{engine} {n}: " + ", ".join(f"{m['seconds']:.1f}" for m in results[(engine, n)]) for engine, n in runs),
        "",
        "Targets:",
        "",
        f"- 2 Dask workers >= 1.7x of 1: {speedup:.2f}x wall-clock ({'met' if speedup >= 1.7 else 'not met'}); "
        f"the 2-worker run spent {d2['cpu_seconds'] / d1['cpu_seconds']:.2f}x the CPU of the 1-worker run "
        "(1.00 = no parallel overhead)",
        f"- Dask with 2 workers within 15% of `--n-process 2`: {overhead:+.1%} wall-clock "
        f"({'met' if overhead <= 0.15 else 'not met'}), {cpu_overhead:+.1%} in CPU seconds",
        f"- peak RSS per Dask worker (2 workers): {', '.join(f'{r:.0f} MiB' for r in d2['worker_peak_rss_mib'])}; "
        f"1 worker: {d1['worker_peak_rss_mib'][0]:.0f} MiB; the one `--n-process 1` process: "
        f"{best[('local', 1)]['peak_rss_mib']:.0f} MiB",
        f"- pipeline loads per worker: {d2['loads']} (2 workers, {shards} shards)",
        "",
        "Fixed cost, not in the table: starting the local cluster, loading the pipeline on every worker"
        + ("" if COLD else " and its warm-up") + " took "
        f"{d1['startup_seconds']:.1f} s (1 worker) and {d2['startup_seconds']:.1f} s (2 workers).",
        "",
    ]
    return "\n".join(lines)


def main():
    global MODEL, MIN_WORDS_USED, COLD
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", default=None, help="pipeline name or path [packaged model, else the rules]")
    parser.add_argument("--markdown", type=Path, help="also write the report here")
    parser.add_argument("--shards", type=int, default=SHARDS)
    parser.add_argument("--repeats", type=int, default=REPEATS)
    parser.add_argument("--min-words", type=int, default=MIN_WORDS, help="batch size in words [%(default)s]")
    parser.add_argument("--cold", action="store_true",
                        help="no warm-up pass before the clock starts (the pipeline is still loaded first)")
    parser.add_argument("--measure", choices=["dask", "local"], help=argparse.SUPPRESS)
    parser.add_argument("--n", type=int, default=1, help=argparse.SUPPRESS)
    parser.add_argument("--workdir", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    MIN_WORDS_USED = args.min_words
    COLD = args.cold
    if args.measure:
        measure = measure_dask if args.measure == "dask" else measure_local
        print(json.dumps(measure(args.model, args.n, args.workdir, args.shards)))
        return
    MODEL, note = pick_model(args.model)
    text = report(note, args.shards, args.repeats)
    print(text)
    if args.markdown:
        args.markdown.write_text(text, encoding="utf-8")


MODEL = ""
MIN_WORDS_USED = MIN_WORDS
COLD = False

if __name__ == "__main__":
    main()
