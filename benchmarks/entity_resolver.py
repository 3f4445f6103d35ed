"""Time nk_entity_resolver alone on the seeds and the held-out articles.

The rule pipeline runs up to the resolver once; then the resolver runs 15 times over fresh
copies of those docs. The figure is the sum over docs of each doc's fastest run, in CPU
time of this process, so other processes on the machine disturb it less.

    python benchmarks/entity_resolver.py
"""

import json
import time
from pathlib import Path

from spacy.tokens import Doc

from nk_nlp.build import load_untrained

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ("corpus/seeds.jsonl", "corpus/heldout/dev.jsonl", "corpus/heldout/test.jsonl")
REPEATS = 15


def main() -> None:
    nlp = load_untrained()
    texts = [json.loads(line)["text"] for name in ARTICLES
             for line in open(ROOT / name, encoding="utf-8") if line.strip()]
    before = nlp.pipe_names[:nlp.pipe_names.index("nk_entity_resolver")]
    with nlp.select_pipes(enable=before):
        stored = [doc.to_bytes() for doc in nlp.pipe(texts)]
    resolver = nlp.get_pipe("nk_entity_resolver")
    fastest = [float("inf")] * len(stored)
    for _ in range(REPEATS):
        for n, data in enumerate(stored):
            doc = Doc(nlp.vocab).from_bytes(data)
            start = time.process_time()
            resolver(doc)
            fastest[n] = min(fastest[n], time.process_time() - start)
    tokens = sum(len(Doc(nlp.vocab).from_bytes(data)) for data in stored)
    total = sum(fastest)
    print(f"{len(stored)} docs, {tokens} tokens: {total * 1000:.1f} ms "
          f"(each doc's fastest of {REPEATS}), {tokens / total:.0f} tokens/s")


if __name__ == "__main__":
    main()
