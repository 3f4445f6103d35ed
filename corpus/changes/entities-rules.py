"""Bring the gold files in line with the entity decisions of issue 12 (CHANGES.md 2026-12-06,
annotation.md). Idempotent: spans are found by their text and context, never by offsets;
running it twice changes nothing. Run from the repository root:

    python corpus/changes/entities-rules.py && nk-nlp corpus validate corpus/seeds.jsonl ...

Rules applied (corpus/README.md, "Entity rules of issue 12"):
1. `kelompok` / `faksi` + an armed group is one ACTOR span (force nouns include them).
2. institution + `di` + place: two spans, the institution's canonical takes the owner
   (`[Kementerian Kesehatan] di [Gaza]` -> `Kementerian Kesehatan Gaza`).
3. `kampung`, `kabupaten`, `kecamatan`, `distrik` stay outside place spans.
4. an equipment span takes `militer` after its noun and an owner after it loses it
   (`[artileri militer] [Rusia]`).
"""
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FILES = [ROOT / "corpus" / "seeds.jsonl", ROOT / "corpus" / "heldout" / "dev.jsonl",
         ROOT / "corpus" / "heldout" / "test.jsonl", *sorted((ROOT / "tests" / "data").glob("claims_*.jsonl"))]
FORCE_NOUNS = re.compile(r"\b([Kk]elompok|[Ff]aksi) $")
INSTITUTIONS = ("kementerian", "kantor", "badan", "dinas", "otoritas", "komisi", "biro")
CLASSIFIER = re.compile(r"^(Kampung|Kabupaten|Kecamatan|Distrik) ")
EQUIPMENT_NOUN_MILITER = re.compile(r"^ militer\b")


def change_record(rec):
    text, ents = rec["text"], rec.get("entities", [])
    old = {id(e): (e["start"], e["end"], e.get("canonical")) for e in ents}
    changed = change_entities(text, ents)
    moved = {old[id(e)]: e for e in ents if old[id(e)] != (e["start"], e["end"], e.get("canonical"))}
    for e in ents:
        e["text"] = text[e["start"]:e["end"]]
    for item in rec.get("claims", []) + rec.get("quotes", []):
        refs = [item.get("source")] + [d.get("source") for d in item.get("disputed_by") or []]
        for ref in refs:
            if not ref:
                continue
            for (s, en, canonical), e in moved.items():
                if ref["start"] == s and ref["end"] == en:
                    ref.update(start=e["start"], end=e["end"], text=e["text"])
                    if ref.get("canonical") == canonical:
                        ref["canonical"] = e.get("canonical")
    return changed


def change_entities(text, ents):
    changed = []
    by_start = {e["start"]: e for e in ents}
    for e in ents:
        s, en, span = e["start"], e["end"], text[e["start"]:e["end"]]
        m = FORCE_NOUNS.search(text[max(0, s - 9):s])
        if e["label"] == "ACTOR" and m and not any(o["end"] == s - 1 for o in ents):
            e["start"] = s - len(m.group(0))
            changed.append(f"force noun into the span: {text[e['start']:en]!r}")
        if e["label"] == "PLACE" and CLASSIFIER.match(span):
            e["start"] = s + len(CLASSIFIER.match(span).group(0))
            changed.append(f"classifier out of the place: {text[e['start']:en]!r}")
        if e["label"] == "ACTOR" and span.split()[0].lower() in INSTITUTIONS and text[en:en + 4] == " di ":
            place = by_start.get(en + 4)
            owner = text[place["start"]:place["end"]] if place and place["label"] == "PLACE" else None
            if owner and e.get("canonical") == span:
                e["canonical"] = f"{span} {owner}"
                changed.append(f"institution owner in the canonical: {e['canonical']!r}")
        if e["label"] == "EQUIPMENT" and EQUIPMENT_NOUN_MILITER.match(text[en:]):
            after = by_start.get(en + 1)
            if after is not None and after["label"] == "ACTOR" and text[after["start"]:after["end"]].startswith("militer "):
                after["start"] += len("militer ")
                e["end"] = en + len(" militer")
                changed.append(f"militer stays with the equipment: {text[e['start']:e['end']]!r}")
    return changed


def main():
    total = 0
    for path in FILES:
        if not path.exists():
            continue
        lines = path.read_text(encoding="utf-8").splitlines()
        out = []
        for line in lines:
            rec = json.loads(line)
            for note in change_record(rec):
                print(f"{path.relative_to(ROOT)} {rec['id']}: {note}")
                total += 1
            out.append(json.dumps(rec, ensure_ascii=False))
        path.write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"{total} change(s)", file=sys.stderr)


if __name__ == "__main__":
    main()
