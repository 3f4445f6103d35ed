"""The golden set: the rule pipeline's records on every annotated text the repository
holds (the seeds, the held-out articles, the claim sets), as `nk-nlp annotate` writes
them. `python tests/golden/golden.py` rewrites the committed files; do that only in a
commit whose message says which records change and why."""

import json
import sys
from pathlib import Path
from typing import Dict, List

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
INPUTS: Dict[str, List[Path]] = {
    "seeds": sorted((ROOT / "seeds").glob("*.txt")),
    "heldout": [ROOT / "corpus" / "heldout" / "dev.jsonl", ROOT / "corpus" / "heldout" / "test.jsonl"],
    "claim_sets": sorted((ROOT / "tests" / "data").glob("claims_*.jsonl")),
}


def golden_path(name: str) -> Path:
    return HERE / f"{name}.jsonl"


def annotate_lines(nlp, name: str) -> List[str]:
    """The JSON lines `nk-nlp annotate` writes for the inputs of `name`."""
    from nk_nlp.annotate import annotate_records, read_inputs

    return [
        json.dumps(record, ensure_ascii=False)
        for record in annotate_records(nlp, read_inputs([str(p) for p in INPUTS[name]]))
    ]


def main() -> None:
    from nk_nlp.build import load_untrained

    nlp = load_untrained()
    for name in INPUTS:
        lines = annotate_lines(nlp, name)
        golden_path(name).write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{golden_path(name).relative_to(ROOT)}: {len(lines)} records", file=sys.stderr)


if __name__ == "__main__":
    main()
