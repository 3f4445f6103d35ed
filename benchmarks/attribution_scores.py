"""Who-says-so figures on the annotated sets: claim source accuracy, quote source
accuracy (over matched spans) and claims end to end F (span, number and source right).

    python benchmarks/attribution_scores.py            # the rule pipeline, every set
    python benchmarks/attribution_scores.py --why      # also the source_via counts

Sets: corpus/fresh/test.jsonl (Papua articles fr_P* apart from the others),
corpus/heldout/test.jsonl, corpus/seeds.jsonl. Inputs are the gold texts (id, text, meta).
"""

import json
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Dict, List, Tuple

from nk_nlp.annotate import annotate_records, read_inputs
from nk_nlp.evaluation.metrics import _bounds, prf, same_source

ROOT = Path(__file__).resolve().parents[1]
SETS = {"fresh": ROOT / "corpus/fresh/test.jsonl", "heldout-test": ROOT / "corpus/heldout/test.jsonl",
        "seeds": ROOT / "corpus/seeds.jsonl"}


def predict(nlp, gold: List[Dict]) -> Dict[str, Dict]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "in.jsonl"
        path.write_text("".join(json.dumps({"id": g["id"], "text": g["text"], "meta": g.get("meta", {})},
                                           ensure_ascii=False) + "\n" for g in gold), encoding="utf-8")
        return {r["id"]: r for r in annotate_records(nlp, read_inputs([str(path)]))}


def scores(pairs: List[Tuple[Dict, Dict]]) -> Dict[str, float]:
    out: Dict[str, float] = {}
    for field in ("claims", "quotes"):
        ok = matched = e2e = n_pred = n_gold = 0
        for gold, pred in pairs:
            by_key = {(g["start"], g["end"]): g for g in gold.get(field, [])}
            n_gold += len(by_key)
            n_pred += len(pred.get(field, []))
            for p in pred.get(field, []):
                g = by_key.get((p["start"], p["end"]))
                if g is None:
                    continue
                matched += 1
                right = same_source(g.get("source"), p.get("source"))
                ok += right
                e2e += right and g.get("value") == p.get("value") and _bounds(g) == _bounds(p)
        out[f"{field} source acc"] = round(ok / matched, 3) if matched else None
        out[f"{field} matched"] = matched
        if field == "claims":
            out["claims end-to-end F"] = round(prf(e2e, n_pred, n_gold)["f"], 3)
    return out


def main() -> None:
    from nk_nlp.build import load_untrained

    nlp = load_untrained()
    via: Counter = Counter()
    for name, path in SETS.items():
        gold = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
        pred = predict(nlp, gold)
        groups = {name: gold}
        if name == "fresh":
            groups = {"fresh Papua (fr_P*)": [g for g in gold if g["id"].startswith("fr_P")],
                      "fresh other (fr_O*)": [g for g in gold if not g["id"].startswith("fr_P")], "fresh all": gold}
        for label, records in groups.items():
            print(f"{label:22s} {json.dumps(scores([(g, pred[g['id']]) for g in records]))}")
        for record in pred.values():
            via.update(str(item.get("source_via")) for key in ("claims", "quotes") for item in record.get(key, []))
    if "--why" in sys.argv:
        print("source_via:", dict(via))


if __name__ == "__main__":
    main()
