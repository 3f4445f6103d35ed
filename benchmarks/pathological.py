"""Time on pathological inputs: how the cost grows with the input, not the speed on news
(that is benchmarks/throughput.py). Each measurement is the best of --repeats runs.

- punctuation runs: 1k/2k/4k/8k dashes (and '=-' pairs) through the tokenizer and the
  full rule pipeline; linear when the 8k/1k time ratio is near 8 (quadratic: near 64);
- loading: spacy.load of a saved rule pipeline (the tokenizer's exceptions were built
  twice: once from the config, once more from disk);
- one long article: the seeds repeated to N characters through the full pipeline, with
  the time of each component, at two sizes (the ratio shows quadratic steps).

    python benchmarks/pathological.py                  # everything
    python benchmarks/pathological.py --only runs load
    python benchmarks/pathological.py --spacy-tokenizer   # the figures before the fix:
        # spaCy's Tokenizer.__call__ / from_bytes instead of NewsTokenizer's
"""

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "corpus" / "seeds.jsonl"


def best(fn, repeats):
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def use_spacy_tokenizer():
    from spacy.tokenizer import Tokenizer

    from nk_nlp.text.tokenizer import NewsTokenizer

    NewsTokenizer.__call__ = Tokenizer.__call__
    NewsTokenizer.from_bytes = Tokenizer.from_bytes


def punctuation_runs(nlp, repeats):
    rows = []
    for unit in ("-", "=-"):
        for n in (1000, 2000, 4000, 8000):
            text = "Judul berita\n" + unit * (n // len(unit)) + "\nTiga orang tewas, kata polisi."
            tok = best(lambda: nlp.make_doc(text), repeats)
            full = best(lambda: nlp(text), repeats)
            rows.append((unit, n, tok, full))
    print("\n## Punctuation runs (seconds)\n\n| run | chars | tokenizer | pipeline |\n|---|---:|---:|---:|")
    for unit, n, tok, full in rows:
        print(f"| `{unit}` | {n} | {tok:.4f} | {full:.4f} |")
    for unit in ("-", "=-"):
        first, last = [r for r in rows if r[0] == unit and r[1] == 1000][0], [r for r in rows if r[0] == unit and r[1] == 8000][0]
        print(f"\n8k/1k ratio `{unit}`: tokenizer {last[2] / first[2]:.1f}, pipeline {last[3] / first[3]:.1f} (linear: 8)")


def loading(nlp, repeats):
    import spacy

    with tempfile.TemporaryDirectory() as tmp:
        nlp.to_disk(tmp)
        seconds = best(lambda: spacy.load(tmp), repeats)
    print(f"\n## Loading\n\nspacy.load of the saved rule pipeline: {seconds:.2f} s")


def long_article(nlp, sizes, repeats):
    texts = [json.loads(line)["text"] for line in SEEDS.open(encoding="utf-8")]
    print("\n## One long article (the seeds repeated)\n")
    print("| chars | total s | slowest components (s) |\n|---:|---:|---|")
    for size in sizes:
        text = "\n\n".join(texts)
        text = (text + "\n\n") * (size // len(text) + 1)
        text = text[:size]
        per_pipe = {}

        def run():
            doc = nlp.make_doc(text)
            for name, proc in nlp.pipeline:
                start = time.perf_counter()
                doc = proc(doc)
                per_pipe[name] = time.perf_counter() - start

        total = best(run, repeats)
        slow = sorted(per_pipe.items(), key=lambda kv: -kv[1])[:4]
        print(f"| {size:,} | {total:.2f} | " + ", ".join(f"{k} {v:.2f}" for k, v in slow) + " |")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", nargs="*", choices=["runs", "load", "long"], default=["runs", "load", "long"])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--sizes", type=int, nargs="*", default=[100_000, 400_000], help="long-article sizes in characters")
    parser.add_argument("--spacy-tokenizer", action="store_true", help="measure with spaCy's own tokenizer code (before the fix)")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT / "src"))
    if args.spacy_tokenizer:
        use_spacy_tokenizer()
    from nk_nlp.build import load_untrained

    start = time.perf_counter()
    nlp = load_untrained()
    nlp.max_length = max(nlp.max_length, *args.sizes) + 1
    print(f"rule pipeline built in {time.perf_counter() - start:.2f} s")
    if "runs" in args.only:
        punctuation_runs(nlp, args.repeats)
    if "load" in args.only:
        loading(nlp, args.repeats)
    if "long" in args.only:
        long_article(nlp, args.sizes, args.repeats)


if __name__ == "__main__":
    main()
