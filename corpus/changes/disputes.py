"""Branch `disputes`: `disputed_by` on every claim of the seeds and the held-out sets
(annotation.md, "Disputes"; corpus/README.md, "Disputes"). Idempotent: every claim gets
`disputed_by` (`[]` when nobody denies it), and the denials below are written from scratch
each run. Spans are found by their text inside a quoted context, never by offsets.

Run from the repository root: python corpus/changes/disputes.py
"""

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FILES = ["corpus/seeds.jsonl", "corpus/heldout/dev.jsonl", "corpus/heldout/test.jsonl"]

# (record id, context, denier text in it, cue text in it, claims disputed: (text, context or None))
DENIALS = [
    ("h_F1_kashmir", "New Delhi membantah klaim itu", "New Delhi", "membantah",
     [("tiga jet tempur India", None), ("dua Rafale", None), ("12 pos militer India", None), ("40 tentara India", None)]),
    ("h_F1_kashmir", "Kolonel Vikram Rathore, mengatakan hanya satu pesawat", "Kolonel Vikram Rathore", "hanya",
     [("tiga jet tempur India", None), ("dua Rafale", None)]),
    ("h_E1_ukraina", "Staf Umum Angkatan Bersenjata Ukraina membantah klaim tersebut",
     "Staf Umum Angkatan Bersenjata Ukraina", "membantah",
     [("dua desa", None), ("1.340 personel", None), ("tiga tank Leopard", None), ("dua peluncur roket HIMARS", None)]),
    ("h_E2_gaza", "Klaim tersebut dibantah Hamas", "Hamas", "dibantah",
     [("30 Militan Hamas", None), ("30 militan", "sekitar 30 militan"), ("dua komandan Brigade Al-Qassam", None),
      ("12 terowongan bawah tanah", None)]),
    ("h_E3_sudan", "militer Sudan (SAF) membantahnya", "militer Sudan", "membantahnya",
     [("tiga pangkalan militer", None), ("14 kendaraan lapis baja milik tentara Sudan", None)]),
]


def find(text: str, needle: str, context: str = None) -> tuple:
    base = 0
    if context is not None:
        base = text.find(context)
        if base < 0 or text.find(context, base + 1) >= 0:
            raise ValueError(f"context {context!r} not found once")
    start = text.find(needle, base)
    if start < 0 or (context is not None and start + len(needle) > base + len(context)):
        raise ValueError(f"{needle!r} not found in {context!r}")
    if context is None and text.find(needle, start + 1) >= 0:
        raise ValueError(f"{needle!r} is not unique; give a context")
    return start, start + len(needle)


def apply(record: dict) -> None:
    for claim in record.get("claims", []):
        claim["disputed_by"] = []
    text = record["text"]
    for rid, context, denier, cue, targets in DENIALS:
        if rid != record["id"]:
            continue
        d_start, d_end = find(text, denier, context)
        ent = next(e for e in record["entities"] if (e["start"], e["end"]) == (d_start, d_end) and e["label"] == "ACTOR")
        c_start, c_end = find(text, cue, context)
        entry = {"source": {"start": d_start, "end": d_end, "text": denier, "canonical": ent["canonical"]},
                 "cue": {"start": c_start, "end": c_end, "text": cue}}
        for claim_text, claim_context in targets:
            start, end = find(text, claim_text, claim_context)
            claim = next(c for c in record["claims"] if (c["start"], c["end"]) == (start, end))
            if all(e["source"]["canonical"] != entry["source"]["canonical"] for e in claim["disputed_by"]):
                claim["disputed_by"].append(entry)
    for claim in record.get("claims", []):
        claim["disputed_by"].sort(key=lambda e: e["cue"]["start"])


def main() -> int:
    sys.path.insert(0, str(ROOT / "src"))
    from nk_nlp.records.validate import check_record

    for name in FILES:
        path = ROOT / name
        records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        for record in records:
            apply(record)
            problems = check_record(record)
            if problems:
                raise SystemExit(f"{name}: {record['id']}: {problems}")
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
        print(f"{name}: {len(records)} records, "
              f"{sum(len(c['disputed_by']) for r in records for c in r['claims'])} disputes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
