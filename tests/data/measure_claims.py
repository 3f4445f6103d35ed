"""Claims F and the value / outcome / party / category accuracy of matched claims, on every
gold set (run from the repository root): the fresh articles (Papua apart), the held-out
test set, the claim sets and the seeds. The rule pipeline annotates each set's id, text
and meta, as `nk-nlp annotate` would; `nk_nlp.evaluation.metrics` scores.

    python tests/data/measure_claims.py [--json out.json]
"""
import json
import sys
from pathlib import Path

from nk_nlp.annotate import annotate_records, read_inputs
from nk_nlp.build import load_untrained
from nk_nlp.evaluation.metrics import pair_records, score_claims

ROOT = Path(__file__).resolve().parents[2]
SETS = {
    "fresh": [ROOT / "corpus/fresh/test.jsonl"],
    "heldout test": [ROOT / "corpus/heldout/test.jsonl"],
    "claim sets": sorted((ROOT / "tests/data").glob("claims_*.jsonl")),
    "seeds": [ROOT / "corpus/seeds.jsonl"],
}
PARTS = {"fresh Papua": ("fresh", lambda r: r["id"].startswith("fr_P")),
         "fresh others": ("fresh", lambda r: not r["id"].startswith("fr_P"))}
KEYS = ("f", "p", "r", "value_acc", "outcome_acc", "party_acc", "category_acc")


def read(paths):
    return [json.loads(line) for p in paths for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]


def main() -> None:
    nlp = load_untrained()
    results = {}
    gold_sets = {name: read(paths) for name, paths in SETS.items()}
    preds = {}
    for name, gold in gold_sets.items():
        inputs = [json.dumps({k: r[k] for k in ("id", "text", "meta") if k in r}, ensure_ascii=False) for r in gold]
        tmp = Path("/tmp") / f"measure_{name.replace(' ', '_')}.jsonl"
        tmp.write_text("\n".join(inputs) + "\n", encoding="utf-8")
        preds[name] = list(annotate_records(nlp, read_inputs([str(tmp)])))
        tmp.with_suffix(".pred.jsonl").write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in preds[name]), encoding="utf-8")
    for name in list(SETS) + list(PARTS):
        base, keep = PARTS.get(name, (name, lambda r: True))
        pairs, _ = pair_records([r for r in gold_sets[base] if keep(r)], preds[base])
        s = score_claims(pairs)
        results[name] = {k: s.get(f"spans_claims_{k}", s.get(f"claims_{k}")) for k in KEYS}
        results[name]["gold"] = sum(len(g.get("claims", [])) for g, _ in pairs)
    print("| set | gold claims | P | R | F | value | outcome | party | category |")
    print("|---|---|---|---|---|---|---|---|---|")
    for name, r in results.items():
        f = lambda x: "-" if x is None else f"{x:.3f}"  # noqa: E731
        print(f"| {name} | {r['gold']} | {f(r['p'])} | {f(r['r'])} | {f(r['f'])} | {f(r['value_acc'])} | "
              f"{f(r['outcome_acc'])} | {f(r['party_acc'])} | {f(r['category_acc'])} |")
    if "--json" in sys.argv:
        Path(sys.argv[sys.argv.index("--json") + 1]).write_text(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
