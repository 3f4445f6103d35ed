"""Generalisation, first run beside today: the rule pipeline scored on the articles the rules
never saw, with the figures of SET/first-run.scores.json (the one scoring of a fresh set before
anyone tuned anything for it, kept as it was) beside today's.

    python benchmarks/generalisation.py [--model DIR] [--markdown FILE]

Sets: corpus/fresh/test.jsonl (all, Papua fr_P*, other wars fr_O*), corpus/fresh2/test.jsonl
(the second fresh set, written and scored once after the first was fixed), corpus/unseen/test.jsonl
(the fresh and held-out articles with every name replaced by one no rule, KB entry or training
text has), corpus/heldout/test.jsonl and the seeds. Without --model, the untrained rule
pipeline of configs/config.cfg (what the package holds while `rules` wins the ablation)."""

import argparse
import json
from pathlib import Path
from typing import Callable, Dict, List, Optional

from nk_nlp.annotate import annotate_records, read_inputs
from nk_nlp.evaluation.metrics import score_disputes, score_records

ROOT = Path(__file__).resolve().parents[1]
# (row, gold file, which ids, first-run scores file and the name of the set in it)
SETS: List[tuple] = [
    ("fresh 2, all 8", "corpus/fresh2/test.jsonl", lambda i: True, ("corpus/fresh2", "all 8 articles")),
    ("fresh 2, Papua", "corpus/fresh2/test.jsonl", lambda i: i.startswith("f2_P"),
     ("corpus/fresh2", "4 Papua articles (f2_P*)")),
    ("fresh 2, other wars", "corpus/fresh2/test.jsonl", lambda i: i.startswith("f2_O"),
     ("corpus/fresh2", "4 articles on other wars (f2_O*)")),
    ("fresh, all 12", "corpus/fresh/test.jsonl", lambda i: True, ("corpus/fresh", "all 12 articles")),
    ("fresh, Papua", "corpus/fresh/test.jsonl", lambda i: i.startswith("fr_P"),
     ("corpus/fresh", "6 Papua articles (fr_P*)")),
    ("fresh, other wars", "corpus/fresh/test.jsonl", lambda i: i.startswith("fr_O"),
     ("corpus/fresh", "6 articles on other wars (fr_O*)")),
    ("unseen names", "corpus/unseen/test.jsonl", lambda i: True, None),
    ("held-out test", "corpus/heldout/test.jsonl", lambda i: True, None),
    ("seeds", "corpus/seeds.jsonl", lambda i: True, None),
]
METRICS = [("entities F", "ents_f"), ("ACTOR F", ("ents_per_type", "ACTOR")),
           ("EQUIPMENT F", ("ents_per_type", "EQUIPMENT")), ("claims F", "spans_claims_f"),
           ("claim outcome", "claims_outcome_acc"), ("claim party", "claims_party_acc"),
           ("claim source", "claims_source_acc"), ("quote source", "quotes_source_acc"),
           ("disputes F", "disputes_f")]


def pick(scores: Dict, key) -> Optional[float]:
    if isinstance(key, tuple):
        return (scores.get(key[0]) or {}).get(key[1], {}).get("f")
    return scores.get(key)


def first_run(first: Optional[tuple]) -> Dict:
    """The kept first-run scores of a set ({} if it has none, or has not been scored yet)."""
    if first is None or not (ROOT / first[0] / "first-run.scores.json").exists():
        return {}
    raw = json.loads((ROOT / first[0] / "first-run.scores.json").read_text(encoding="utf-8"))[first[1]]
    return {**raw["scores"], "disputes_f": raw["disputes"]["f"]}


def score_set(nlp, path: str, keep: Callable[[str], bool]) -> Dict:
    gold = [g for g in map(json.loads, (ROOT / path).read_text(encoding="utf-8").splitlines()) if keep(g["id"])]
    items = (item for item in read_inputs([str(ROOT / path)]) if keep(item.id))
    pairs = list(zip(gold, annotate_records(nlp, items)))
    scores = {**score_records(pairs), **score_disputes(pairs)}
    if not any(c.get("disputed_by") for g, p in pairs for c in g["claims"] + p["claims"]):
        scores["disputes_f"] = None  # nothing to find and nothing found: no figure
    return scores


def cell(value: Optional[float]) -> str:
    return "–" if value is None else f"{100 * value:.1f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", help="a pipeline directory or package (default: the rule pipeline)")
    parser.add_argument("--markdown", type=Path, help="also write the table to this file")
    args = parser.parse_args()
    if args.model:
        from nk_nlp.annotate import load_pipeline

        nlp = load_pipeline(args.model)
    else:
        from nk_nlp.build import load_untrained

        nlp = load_untrained()
    header = "| set | " + " | ".join(name for name, _ in METRICS) + " |"
    lines = [header, "|---|" + "---:|" * len(METRICS)]
    for name, path, keep, first in SETS:
        now, before = score_set(nlp, path, keep), first_run(first)
        cells = [f"{cell(pick(before, key))} → {cell(pick(now, key))}" if before else cell(pick(now, key))
                 for _, key in METRICS]
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    table = "\n".join(lines) + "\n"
    print(table)
    if args.markdown:
        args.markdown.write_text(table, encoding="utf-8")


if __name__ == "__main__":
    main()
