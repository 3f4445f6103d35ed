"""Branch `speaker` (issue 13): the gold sources against the attribution rules of
CHANGES.md, idempotent. Run from the repository root: `python corpus/changes/speaker.py`.

Rules checked on every claim and quote of corpus/seeds.jsonl and corpus/heldout/*.jsonl
(the claim sets tests/data/claims_*.jsonl carry no sources):

1. a source with cue null is a continuation of the previous sentence's tally (same
   source) or a `X: ...` line (headline, colon); a cue-less sentence narrating further
   actions is the article's own voice (source null);
2. a personal pronoun or speech-verb suffix (`ia`, `dia`, `katanya`, `ujarnya`) is not
   resolved to a state;
3. every source has its complete canonical name (a surname resolves to the full name).

A fix is applied only where the rule decides it alone: rule 3 by the full canonical name
of the same person given earlier in the record (a name ending in the surname). Anything
else is reported for a human to decide. The files are rewritten (one JSON line per
record, as the corpus holds them) only when something changed, then re-validated.
"""

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FILES = [ROOT / "corpus" / "seeds.jsonl", ROOT / "corpus" / "heldout" / "dev.jsonl", ROOT / "corpus" / "heldout" / "test.jsonl"]
PERSONAL = re.compile(r"^(ia|dia|beliau|\w+nya)$", re.IGNORECASE)


def states() -> set:
    actors = ROOT / "pipeline" / "kb" / "actors.jsonl"
    return {json.loads(line)["canonical"] for line in actors.open(encoding="utf-8")
            if line.strip() and json.loads(line).get("type") == "state"}


def sentence_start(text: str, i: int) -> int:
    return max(text.rfind(". ", 0, i) + 2, text.rfind("\n", 0, i) + 1, 0)


def check_record(record: dict, state_names: set, report: list) -> bool:
    text, changed = record["text"], False
    persons = [e for e in record["entities"] if e["label"] == "ACTOR" and e.get("canonical")
               and len(e["canonical"].split()) > 1]
    items = [(field, item) for field in ("claims", "quotes") for item in record[field]]
    for field, item in items:
        source, cue, where = item.get("source"), item.get("cue"), f"{record['id']} {field[:-1]} {item['text'][:30]!r}"
        if source is None:
            continue
        if not source.get("canonical"):  # rule 3
            full = [e for e in persons if e["start"] < source["start"] and e["canonical"].endswith(" " + source["text"])]
            if full:
                source["canonical"] = full[-1]["canonical"]
                changed = True
            else:
                report.append(f"{where}: source {source['text']!r} has no canonical name")
        if cue is None:  # rule 1
            start = sentence_start(text, item["start"])
            colon = ":" in text[start:item["start"]]
            previous = [other.get("source") for _, other in items if sentence_start(text, start - 2) <= other["start"] < start]
            if not colon and not any(p and p.get("canonical") == source.get("canonical") for p in previous):
                report.append(f"{where}: source {source['text']!r} without a cue, neither a tally continuation nor `X:`")
        elif PERSONAL.match(cue["text"]) and source.get("canonical") in state_names:  # rule 2
            report.append(f"{where}: pronoun cue {cue['text']!r} resolved to the state {source['canonical']!r}")
    return changed


def main() -> int:
    state_names, report = states(), []
    for path in FILES:
        lines = path.read_text(encoding="utf-8").splitlines()
        records = [json.loads(line) for line in lines if line.strip()]
        changed = [check_record(record, state_names, report) for record in records]
        if any(changed):
            path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
            print(f"{path.relative_to(ROOT)}: {sum(changed)} records changed")
    from nk_nlp.records.corpus import validate_file

    problems = [p for path in FILES for p in validate_file(path)]
    for line in report + problems:
        print(line)
    print(f"{len(report)} cases for a human, {len(problems)} validation problems", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
