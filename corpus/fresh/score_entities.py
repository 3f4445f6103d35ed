"""Entity exact P / R / F per label of the rule pipeline on corpus/fresh/test.jsonl (all, Papua,
others), corpus/heldout/test.jsonl and corpus/seeds.jsonl. Run from the repository root:

    python corpus/fresh/score_entities.py [OUT_DIR]   # OUT_DIR keeps the predictions (default: none)
"""
import json
import sys
import tempfile
from pathlib import Path

from nk_nlp.annotate import annotate_records, read_inputs
from nk_nlp.build import load_untrained
from nk_nlp.evaluation.metrics import score_records

SETS = {"fresh": "corpus/fresh/test.jsonl", "heldout": "corpus/heldout/test.jsonl", "seeds": "corpus/seeds.jsonl"}


def prf(v):
    return " / ".join("-" if v[k] is None else f"{v[k]:.3f}" for k in ("p", "r", "f"))


def main():
    out_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp())
    out_dir.mkdir(parents=True, exist_ok=True)
    nlp = load_untrained()
    print("| set | all | " + " | ".join(("ACTOR", "EQUIPMENT", "MEDIA", "PLACE")) + " |\n|---|---|---|---|---|---|")
    for name, path in SETS.items():
        gold = [json.loads(line) for line in open(path, encoding="utf-8")]
        inputs = out_dir / f"{name}.input.jsonl"
        inputs.write_text("".join(json.dumps({"id": g["id"], "text": g["text"], "meta": g.get("meta", {})},
                                             ensure_ascii=False) + "\n" for g in gold), encoding="utf-8")
        pred = {r["id"]: r for r in annotate_records(nlp, read_inputs([str(inputs)]))}
        (out_dir / f"{name}.pred.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n"
                                                            for r in pred.values()), encoding="utf-8")
        groups = {name: gold}
        if name == "fresh":
            groups["fresh Papua"] = [g for g in gold if g["id"].startswith("fr_P")]
            groups["fresh other"] = [g for g in gold if g["id"].startswith("fr_O")]
        for group, records in groups.items():
            s = score_records([(g, pred[g["id"]]) for g in records])
            labels = s["ents_per_type"]
            cells = [prf({"p": s["ents_p"], "r": s["ents_r"], "f": s["ents_f"]})]
            cells += [prf(labels[label]) if label in labels else "-" for label in ("ACTOR", "EQUIPMENT", "MEDIA", "PLACE")]
            print(f"| {group} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
