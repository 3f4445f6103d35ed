"""nk_disputes alone: dispute P/R/F when everything before it is the gold.

The gold entities, claims (with their attributes and sources) and quotes of each record are
laid on the Doc (records.record_to_doc, with `disputed_by` removed), the sentencizer and
nk_article_body run, then nk_disputes; the result is scored against the gold `disputed_by`.
The end-to-end figure (`nk-nlp annotate` + `nk-nlp evaluate`) is this one times the errors
of the components before it.

    python benchmarks/disputes_gold_upstream.py corpus/fresh/test.jsonl corpus/heldout/test.jsonl
"""

import copy
import sys

from nk_nlp.build import load_untrained
from nk_nlp.evaluation.metrics import score_disputes
from nk_nlp.records.convert import doc_to_record, record_to_doc
from nk_nlp.records.jsonl import read_records


def predict(nlp, gold):
    record = copy.deepcopy(gold)
    for claim in record["claims"]:
        claim.pop("disputed_by", None)
    doc, _ = record_to_doc(nlp, record)
    for name in ("sentencizer", "nk_article_body", "nk_disputes"):
        doc = nlp.get_pipe(name)(doc)
    return doc_to_record(doc, gold["id"], text=gold["text"])


def main(paths) -> None:
    nlp = load_untrained()
    for path in paths:
        pairs = [(gold, predict(nlp, gold)) for gold in read_records(path)]
        groups = {"all": pairs}
        if any(g["id"].startswith("fr_P") for g, _ in pairs):
            groups["Papua (fr_P*)"] = [p for p in pairs if p[0]["id"].startswith("fr_P")]
            groups["other wars (fr_O*)"] = [p for p in pairs if p[0]["id"].startswith("fr_O")]
        for label, group in groups.items():
            s = score_disputes(group)
            n = sum(len(c.get("disputed_by") or []) for g, _ in group for c in g["claims"])
            print(f"{path} {label}: disputes P/R/F {s['disputes_p']:.3f} / {s['disputes_r']:.3f} / "
                  f"{s['disputes_f']:.3f} ({n} gold pairs)")


if __name__ == "__main__":
    main(sys.argv[1:])
