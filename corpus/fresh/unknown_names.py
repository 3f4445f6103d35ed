"""Recall on names nobody listed: the gold entities of corpus/fresh/test.jsonl whose text the
knowledge base does not know (no KB lookup of the text, its canonical or any word of it as a
whole name) and that appear in no training text (corpus/seeds.jsonl), and how many of them
the rule pipeline finds with the exact span and label. Run from the repository root:

    python corpus/fresh/unknown_names.py                                  # the pipeline now
    python corpus/fresh/unknown_names.py corpus/fresh/first-run.pred.jsonl  # the first run
"""
import sys
import json
from pathlib import Path

from nk_nlp.annotate import annotate_records, read_inputs
from nk_nlp.build import load_untrained
from nk_nlp.data import data_path
from nk_nlp.knowledge.kb import Knowledge

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "corpus" / "fresh" / "test.jsonl"
INPUT = ROOT / "corpus" / "fresh" / "input.jsonl"


def main():
    kb = Knowledge.from_dir(data_path("pipeline/kb"))
    training = " ".join(json.loads(line)["text"] for line in open(ROOT / "corpus" / "seeds.jsonl", encoding="utf-8"))
    gold = {r["id"]: r for r in map(json.loads, open(GOLD, encoding="utf-8"))}
    if len(sys.argv) > 1:
        pred = {r["id"]: r for r in map(json.loads, open(sys.argv[1], encoding="utf-8"))}
    else:
        pred = {r["id"]: r for r in annotate_records(load_untrained(), read_inputs([str(INPUT)]))}
    rows = {}
    for rid, rec in gold.items():
        found = {(e["start"], e["end"], e["label"]) for e in pred[rid]["entities"]}
        for e in rec["entities"]:
            if e["label"] == "EQUIPMENT" or kb.lookup(e["text"]) or kb.lookup(e.get("canonical") or "") or \
                    e["text"] in training or (e.get("canonical") or "") in training:
                continue
            group = "papua" if rid.startswith("fr_P") else "other"
            hit = (e["start"], e["end"], e["label"]) in found
            rows.setdefault(group, []).append(hit)
            rows.setdefault("all", []).append(hit)
            if not hit:
                print(f"missed {rid} {e['label']} {e['text']!r}")
    for group in ("all", "papua", "other"):
        hits = rows.get(group, [])
        print(f"{group}: {sum(hits)} of {len(hits)} unknown names found = {sum(hits) / max(1, len(hits)):.3f}")


if __name__ == "__main__":
    main()
