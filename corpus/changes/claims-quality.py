"""Corpus changes of branch claims-quality (issue 14), idempotent: run it twice, nothing changes.

Brings the gold claims in line with the claim rules of CHANGES.md 2026-12-06 (see corpus/README.md,
"Claims: counting forms and parties (claims-quality)"): `seorang` counting a loss is a claim;
civilians and persons with no side of service stated are the side whose territory it is, or whose
own authority counts them; the victims of one side's attack are the side attacked. Spans are found
by their text (the n-th occurrence), never by offsets. The claim sets' builders
(tests/data/build_*.py) say the same, so rebuilding them gives the same files.

    python corpus/changes/claims-quality.py
"""
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))
from nk_nlp.records.validate import check_record  # noqa: E402

# (file, record id, claim text, occurrence) -> fields to set
UPDATES = [
    ("tests/data/claims_blind3.jsonl", "c2_thailand", "12 orang", 0, {"party": "Thailand"}),
    ("tests/data/claims_blind3.jsonl", "c3_goma", "Ratusan", 0, {"party": "Kongo"}),
    ("tests/data/claims_blind3.jsonl", "c3_goma", "700 orang", 0, {"party": "Kongo"}),
    ("tests/data/claims_blind3.jsonl", "c3_goma", "2.800 lainnya", 0, {"party": "Kongo"}),
    ("tests/data/claims_blind2.jsonl", "b2_myanmar", "335.000 orang", 0, {"party": "Myanmar"}),
    ("tests/data/claims_blind2.jsonl", "b2_myanmar", "90 warga sipil", 0, {"party": "Myanmar"}),
    ("tests/data/claims_blind2.jsonl", "b2_myanmar", "13 anak-anak", 0, {"party": "Myanmar"}),
    ("tests/data/claims_heldout.jsonl", "h3_sudan", "40 warga sipil", 0, {"party": "Sudan"}),
    ("tests/data/claims_heldout.jsonl", "h3_sudan", "12 juta orang", 0, {"party": "Sudan"}),
    ("tests/data/claims_heldout.jsonl", "h3_sudan", "150.000 orang", 0, {"party": "Sudan"}),
    ("corpus/heldout/test.jsonl", "h_F3_laut_merah", "16 orang", 0, {"party": "Houthi"}),
    ("corpus/heldout/test.jsonl", "h_F3_laut_merah", "42 lainnya", 0, {"party": "Houthi"}),
]
# (file, record id, claim text, occurrence, value, category, outcome, party, copy attribution from) : new claims
ADDED = [
    ("tests/data/claims_blind3.jsonl", "c2_thailand", "seorang tentara", 0, 1, "military", "wounded", "Thailand",
     "14 warga sipil"),
    ("tests/data/claims_heldout.jsonl", "h5_lebanon", "seorang komandan senior", 0, 1, "military", "killed",
     "Hizbullah", None),
]


def _find(text, needle, nth):
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return start, start + len(needle)


def _claim_at(record, needle, nth):
    start, end = _find(record["text"], needle, nth)
    return next((c for c in record["claims"] if c["start"] == start and c["end"] == end), None), start, end


def apply(records_by_file):
    for name, rid, needle, nth, fields in UPDATES:
        record = records_by_file[name].get(rid)
        claim, _, _ = _claim_at(record, needle, nth)
        if claim is None:
            raise SystemExit(f"{name} {rid}: no claim {needle!r}")
        claim.update(fields)
    for name, rid, needle, nth, value, category, outcome, party, like in ADDED:
        record = records_by_file[name][rid]
        claim, start, end = _claim_at(record, needle, nth)
        if claim is not None:
            continue
        template = _claim_at(record, like, 0)[0] if like else None
        new = {"start": start, "end": end, "text": needle, "value": value, "low": value, "high": value,
               "qualifier": "exact", "category": category, "outcome": outcome, "party": party}
        for key in ("source", "cue", "media", "source_via", "disputed_by"):
            if template is not None and key in template:
                new[key] = template[key]
            elif any(key in c for c in record["claims"]) or key in ("source", "cue", "media"):
                new[key] = [] if key in ("media", "disputed_by") else None
        record["claims"].append(new)
        record["claims"].sort(key=lambda c: (c["start"], c["end"]))


def main():
    files = sorted({u[0] for u in UPDATES} | {a[0] for a in ADDED})
    lines = {f: (ROOT / f).read_text(encoding="utf-8").splitlines() for f in files}
    records = {f: {} for f in files}
    order = {f: [] for f in files}
    for f in files:
        for line in lines[f]:
            if line.strip():
                r = json.loads(line)
                records[f][r["id"]] = r
                order[f].append(r["id"])
    apply(records)
    for f in files:
        for r in records[f].values():
            problems = check_record(r)
            if problems:
                raise SystemExit(f"{f} {r['id']}: {problems}")
        text = "".join(json.dumps(records[f][i], ensure_ascii=False) + "\n" for i in order[f])
        (ROOT / f).write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
