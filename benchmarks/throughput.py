"""Throughput and memory of `nk-nlp annotate`, in one run.

The batch is the seed articles repeated to at least 200,000 words. Every
measurement runs in a fresh subprocess (so peak memory is that run's own), loads
the pipeline first (not timed), warms it up on one article, then times one pass:

- tokenizer only: spacy.blank("id") (the ceiling: no pipeline can be faster);
- full pipeline, nlp.pipe, 1 process (the components alone);
- annotate, 1 and 2 processes: what `nk-nlp annotate` does (read JSONL, pipeline,
  records, JSON out), so the numbers are the ones users get;
- peak memory of annotate over 1x and 10x the batch (peak RSS of the process, and
  the growth of peak RSS over the RSS after loading the pipeline).

Plus the time each component takes over the batch (the profile to read first), and the
tokenizer and annotate on a second batch made the same way from the held-out articles
(`corpus/heldout`), whose text is unlike the seeds'.

    python benchmarks/throughput.py                 # packaged model if installed, else the rule pipeline
    python benchmarks/throughput.py --model PATH --markdown benchmarks/RESULTS.md
"""

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
HELDOUT = [ROOT / "corpus" / "heldout" / "dev.jsonl", ROOT / "corpus" / "heldout" / "test.jsonl"]
MIN_WORDS = 200_000
REPEATS = 3
PACKAGED = "id_nk_pipeline"


# ---------------------------------------------------------------- the batch


def seed_texts():
    return [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]


def heldout_texts():
    return [json.loads(line)["text"] for path in HELDOUT for line in path.read_text(encoding="utf-8").splitlines()]


ARTICLES = {"seeds": seed_texts, "heldout": heldout_texts}


def batch(min_words: int = MIN_WORDS, articles: str = "seeds"):
    """The articles, repeated in order until the batch holds `min_words` words."""
    originals = ARTICLES[articles]()
    texts, words = [], 0
    while words < min_words:
        for text in originals:
            texts.append(text)
            words += len(text.split())
    return texts, words


def write_batch_jsonl(path: Path, copies: int, articles: str = "seeds") -> int:
    texts, words = batch(articles=articles)
    with open(path, "w", encoding="utf-8") as f:
        n = 0
        for _ in range(copies):
            for text in texts:
                f.write(json.dumps({"id": f"doc{n}", "text": text}, ensure_ascii=False) + "\n")
                n += 1
    return words * copies


# ---------------------------------------------------------------- measurements (run in subprocesses)


def rss_now_kb() -> int:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def peak_rss_kb() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


class Clock:
    """Wall seconds, CPU seconds of this process and its finished children, load average."""

    def __enter__(self):
        self.wall, self.cpu = time.perf_counter(), self._cpu()
        return self

    @staticmethod
    def _cpu():
        t = os.times()
        return t.user + t.system + t.children_user + t.children_system

    def __exit__(self, *exc):
        self.result = {
            "seconds": time.perf_counter() - self.wall,
            "cpu_seconds": self._cpu() - self.cpu,
            "load_average": os.getloadavg()[0],
        }


def load(model: str):
    import spacy

    from nk_nlp.extensions import register_extensions

    register_extensions()
    return spacy.load(model)


def measure(kind: str, model: str, n_process: int, copies: int, workdir: str, articles: str = "seeds") -> dict:
    texts, words = batch(articles=articles)
    if kind == "tokenizer":
        import spacy

        nlp = spacy.blank("id")
        list(nlp.pipe(texts[:5]))
        with Clock() as clock:
            for _ in nlp.pipe(texts, batch_size=64):
                pass
        return {"words": words, **clock.result}
    nlp = load(model)
    list(nlp.pipe(texts[:5]))
    if kind == "pipe":
        with Clock() as clock:
            for _ in nlp.pipe(texts, n_process=n_process):
                pass
        return {"words": words, **clock.result}
    if kind == "components":
        # CPU seconds, so that other processes on the machine do not distort the shares
        timings = {}
        start = time.process_time()
        docs = [nlp.make_doc(t) for t in texts]
        timings["tokenizer"] = time.process_time() - start
        for name, proc in nlp.pipeline:
            start = time.process_time()
            docs = list(proc.pipe(docs) if hasattr(proc, "pipe") else (proc(d) for d in docs))
            timings[name] = time.process_time() - start
        from nk_nlp.records.convert import doc_to_record

        start = time.process_time()
        for i, doc in enumerate(docs):
            json.dumps(doc_to_record(doc, str(i)), ensure_ascii=False)
        timings["doc_to_record + JSON"] = time.process_time() - start
        return {"words": words, "timings": timings}
    if kind == "annotate":
        from nk_nlp.annotate import run_annotate

        source = Path(workdir) / f"{articles}_x{copies}.jsonl"
        total_words = write_batch_jsonl(source, copies, articles)
        rss_loaded = rss_now_kb()
        with Clock() as clock:
            progress = run_annotate(nlp, [source], os.devnull, n_process=n_process, quiet=True)
        assert progress.records == len(texts) * copies and progress.errors == 0, (progress.records, progress.errors)
        return {
            "words": total_words,
            **clock.result,
            "rss_loaded_kb": rss_loaded,
            "peak_rss_kb": peak_rss_kb(),
        }
    raise ValueError(kind)


def _spin(seconds: float, results) -> None:
    start, cpu = time.perf_counter(), time.process_time()
    while time.perf_counter() - start < seconds:
        pass
    results.put(time.process_time() - cpu)


def cores_delivered(n: int, seconds: float = 4.0) -> float:
    """Cores' worth of CPU the machine gives `n` busy-looping processes at once (n on
    an idle machine with n cores; less when other jobs share it)."""
    import multiprocessing

    results = multiprocessing.Queue()
    procs = [multiprocessing.Process(target=_spin, args=(seconds, results)) for _ in range(n)]
    for proc in procs:
        proc.start()
    for proc in procs:
        proc.join()
    return sum(results.get() for _ in procs) / seconds


def measure_in_child(script: str, args: list, label: str) -> dict:
    """Run `python SCRIPT ARGS` (one measurement in a fresh process) and return the JSON
    of its last line of output."""
    done = subprocess.run([sys.executable, script, *args], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{label} failed:\n{done.stderr[-3000:]}")
    result = json.loads(done.stdout.strip().splitlines()[-1])
    print(f"{label}: {json.dumps(result)}", file=sys.stderr, flush=True)
    return result


def run_measure(kind: str, model: str, n_process: int = 1, copies: int = 1, workdir: str = "",
                articles: str = "seeds") -> dict:
    return measure_in_child(__file__, ["--measure", kind, "--model", model, "--n-process", str(n_process),
                                       "--copies", str(copies), "--workdir", workdir, "--articles", articles],
                            f"{kind} {articles} n_process={n_process} copies={copies}")


# ---------------------------------------------------------------- report


def pick_model(requested):
    """(model path or name, description)."""
    if requested:
        return requested, f"`{requested}`"
    import spacy

    if spacy.util.is_package(PACKAGED):
        return PACKAGED, f"the packaged model `{PACKAGED}`"
    from nk_nlp.build import load_untrained

    path = Path(tempfile.mkdtemp(prefix="nk_bench_model_"))
    load_untrained().to_disk(path)
    return str(path), (
        f"the packaged model `{PACKAGED}` is not installed: the rule pipeline of configs/config.cfg without "
        "tok2vec/ner (nk_nlp.build.load_untrained(), saved to disk and loaded with spacy.load)"
    )


def report(model: str, model_note: str) -> str:
    _, words = batch()
    n_docs = len(batch()[0])
    with tempfile.TemporaryDirectory(prefix="nk_bench_") as workdir:
        tok = run_measure("tokenizer", model)
        pipe1 = run_measure("pipe", model)
        # 1 and 2 processes alternately, REPEATS times each; the fastest run of each counts
        # (on a shared machine the slower runs measure the other jobs)
        runs = {1: [], 2: []}
        delivered = (cores_delivered(1), cores_delivered(2))
        for _ in range(REPEATS):
            for procs in (1, 2):
                runs[procs].append(run_measure("annotate", model, procs, 1, workdir))
        ann1, ann2 = (min(runs[p], key=lambda m: m["seconds"]) for p in (1, 2))
        ann10 = run_measure("annotate", model, 1, 10, workdir)
        comp = run_measure("components", model)
        unseen_tok = run_measure("tokenizer", model, articles="heldout")
        unseen_ann = run_measure("annotate", model, 1, 1, workdir, articles="heldout")

    def wps(m):
        return m["words"] / m["seconds"]

    def cps(m):
        return m["words"] / m["cpu_seconds"]

    rows = [
        ("tokenizer only, spacy.blank(\"id\")", tok, 1),
        ("full pipeline, nlp.pipe", pipe1, 1),
        ("nk-nlp annotate (JSONL in, records out)", ann1, 1),
        ("nk-nlp annotate (JSONL in, records out)", ann2, 2),
    ]
    ceiling, cpu_ceiling = wps(tok), cps(tok)
    unseen_docs = len(batch(articles="heldout")[0])
    lines = [
        "# Throughput benchmark",
        "",
        f"`python benchmarks/throughput.py` on {platform.processor() or platform.machine()}, "
        f"{os.cpu_count()} CPU cores, Python {platform.python_version()}, {time.strftime('%Y-%m-%d %H:%M')}.",
        "",
        f"Pipeline: {model_note}.",
        "",
        f"Batch: the {len(seed_texts())} seed articles repeated to {n_docs} articles, {words:,} words "
        "(whitespace-separated). Each row is a fresh process; loading is not timed. Wall-clock words/s is "
        "what a user sees; words per CPU-second (this process and its worker processes) does not depend on "
        "what else runs on the machine: the load average column says how busy it was.",
        "",
        "| run | processes | wall s | words/s | % of tokenizer | CPU s | words/CPU-s | % of tokenizer (CPU) | load avg |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    def row(name, m, procs, tokenizer):
        return (f"| {name} | {procs} | {m['seconds']:.1f} | {wps(m):,.0f} | {100 * wps(m) / wps(tokenizer):.0f}% | "
                f"{m['cpu_seconds']:.1f} | {cps(m):,.0f} | {100 * cps(m) / cps(tokenizer):.0f}% | "
                f"{m['load_average']:.1f} |")

    lines += [row(name, m, procs, tok) for name, m, procs in rows]
    lines += [
        "",
        f"annotate wall-clock seconds of the {REPEATS} alternating runs (the fastest of each is in the table): "
        + "; ".join(f"{p} process{'es' if p > 1 else ''}: " + ", ".join(f"{m['seconds']:.1f}" for m in runs[p])
                    for p in (1, 2)),
    ]
    lines += [
        "",
        f"Cores' worth of CPU the machine gave busy-looping processes just before these runs: "
        f"1 process {delivered[0]:.2f}, 2 processes {delivered[1]:.2f} (2.00 on an idle 2-core machine; "
        "2 processes cannot run faster than that ratio allows).",
    ]
    speedup = wps(ann2) / wps(ann1)
    mem1, mem10 = ann1["peak_rss_kb"], ann10["peak_rss_kb"]
    grow1 = mem1 - ann1["rss_loaded_kb"]
    grow10 = mem10 - ann10["rss_loaded_kb"]
    lines += [
        "",
        "| memory (nk-nlp annotate, 1 process) | articles | peak RSS | peak RSS - RSS after loading |",
        "|---|---:|---:|---:|",
        f"| 1x batch | {n_docs:,} | {mem1 / 1024:,.1f} MiB | {grow1 / 1024:,.1f} MiB |",
        f"| 10x batch | {10 * n_docs:,} | {mem10 / 1024:,.1f} MiB | {grow10 / 1024:,.1f} MiB |",
        "",
        "(A difference at or below zero means the peak was reached while loading the pipeline, and "
        "annotating never went above it.)",
        "",
        "Targets:",
        "",
        f"- annotate, 1 process, at >= 35% of tokenizer speed: {100 * wps(ann1) / ceiling:.0f}% wall-clock, "
        f"{100 * cps(ann1) / cpu_ceiling:.0f}% in CPU time "
        f"({'met' if cps(ann1) >= 0.35 * cpu_ceiling else 'NOT met'}); nlp.pipe alone: "
        f"{100 * cps(pipe1) / cpu_ceiling:.0f}% in CPU time",
        f"- 2 processes >= 1.7x of 1: {speedup:.2f}x wall-clock ({'met' if speedup >= 1.7 else 'NOT met'}); "
        f"the 2-process run spent {ann2['cpu_seconds'] / ann1['cpu_seconds']:.2f}x the CPU of the 1-process run "
        f"(1.00 = no parallel overhead: on {os.cpu_count()} idle cores the speedup can reach "
        f"{min(2.0, min(2, os.cpu_count() or 1) * ann1['cpu_seconds'] / ann2['cpu_seconds']):.2f}x)",
        f"- peak memory for 10x within 10% of 1x: {100 * (mem10 / mem1 - 1):+.1f}% "
        f"({'met' if mem10 <= 1.1 * mem1 else 'NOT met'})",
    ]
    lines += [
        "",
        f"Unseen text: the {len(heldout_texts())} held-out articles of `corpus/heldout` (other wars and outlets "
        f"than the seeds) repeated to {unseen_docs} articles, {unseen_tok['words']:,} words. Not the target's "
        "batch, but nearer what users annotate: per 100 words they hold 18.3 gold entities and 4.0 claims, the seeds "
        "17.2 and 1.1 (gold counts in `corpus/`).",
        "",
        "| run | processes | wall s | words/s | % of tokenizer | CPU s | words/CPU-s | % of tokenizer (CPU) | load avg |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
        row("tokenizer only, spacy.blank(\"id\")", unseen_tok, 1, unseen_tok),
        row("nk-nlp annotate (JSONL in, records out)", unseen_ann, 1, unseen_tok),
        "",
        "CPU time per step over the whole seed batch (1 process, docs passed component by component):",
        "",
        "| step | seconds | share |",
        "|---|---:|---:|",
    ]
    total = sum(comp["timings"].values())
    for name, seconds in comp["timings"].items():
        lines.append(f"| {name} | {seconds:.2f} | {100 * seconds / total:.0f}% |")
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", default=None, help="pipeline name or directory")
    parser.add_argument("--markdown", type=Path, default=None, help="also write the report to this file")
    parser.add_argument("--model-note", default=None, help="what --model is, for the report")
    parser.add_argument("--measure", default=None, help=argparse.SUPPRESS)
    parser.add_argument("--n-process", type=int, default=1, help=argparse.SUPPRESS)
    parser.add_argument("--copies", type=int, default=1, help=argparse.SUPPRESS)
    parser.add_argument("--workdir", default="", help=argparse.SUPPRESS)
    parser.add_argument("--articles", default="seeds", choices=sorted(ARTICLES), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure, args.model, args.n_process, args.copies, args.workdir, args.articles)))
        return
    model, note = pick_model(args.model)
    note = args.model_note or note
    text = report(model, note)
    print(text)
    if args.markdown:
        args.markdown.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
