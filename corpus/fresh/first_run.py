"""Score the untrained rule pipeline ONCE on SET/test.jsonl (run from the repo root).

    python corpus/fresh/first_run.py [SET] [--score-only]    # SET: corpus/fresh by default

Writes SET/input.jsonl (id, text, meta only: what a user feeds `nk-nlp annotate`),
SET/first-run.pred.jsonl (the pipeline's records), SET/first-run.scores.json, and prints a
Markdown report: nk_nlp.evaluation.metrics on all articles, on the Papua ones (ids
`<prefix>_P*`) and on the others (`<prefix>_O*`), plus disputes (a dispute is right when
its claim span and its denier's canonical name are).
"""
import json
import sys
from pathlib import Path

from nk_nlp.annotate import annotate_records, read_inputs
from nk_nlp.build import load_untrained
from nk_nlp.evaluation.metrics import prf, score_records

HERE = Path(__file__).resolve().parent


def disputes(rec):
    return {(c["start"], c["end"], d["source"].get("canonical") or d["source"]["text"].lower())
            for c in rec.get("claims", []) for d in c.get("disputed_by") or []}


def dispute_scores(pairs):
    tp = n_pred = n_gold = 0
    for g, p in pairs:
        gd, pd = disputes(g), disputes(p)
        tp += len(gd & pd)
        n_pred += len(pd)
        n_gold += len(gd)
    return {**prf(tp, n_pred, n_gold), "gold": n_gold, "pred": n_pred}


def fmt(x):
    return "-" if x is None else f"{x:.3f}"


def report(name, pairs):
    s = score_records(pairs)
    d = dispute_scores(pairs)
    n_claims = sum(len(g["claims"]) for g, _ in pairs)
    n_quotes = sum(len(g["quotes"]) for g, _ in pairs)
    n_ents = sum(len(g["entities"]) for g, _ in pairs)
    rows = [
        ("articles / gold entities / claims / quotes / disputes", f"{len(pairs)} / {n_ents} / {n_claims} / {n_quotes} / {d['gold']}"),
        ("entities exact P / R / F", f"{fmt(s['ents_p'])} / {fmt(s['ents_r'])} / {fmt(s['ents_f'])}"),
    ]
    for label, v in sorted(s["ents_per_type"].items()):
        rows.append((f"  {label} P / R / F", f"{fmt(v['p'])} / {fmt(v['r'])} / {fmt(v['f'])}"))
    rows += [
        ("entity canonical accuracy (matched)", fmt(s["ents_canonical_acc"])),
        ("claims P / R / F", f"{fmt(s['spans_claims_p'])} / {fmt(s['spans_claims_r'])} / {fmt(s['spans_claims_f'])}"),
        ("matched claims: value / bounds / qualifier acc", f"{fmt(s['claims_value_acc'])} / {fmt(s['claims_bounds_acc'])} / {fmt(s['claims_qualifier_acc'])}"),
        ("matched claims: category / outcome / party acc", f"{fmt(s['claims_category_acc'])} / {fmt(s['claims_outcome_acc'])} / {fmt(s['claims_party_acc'])}"),
        ("matched claims: source / cue / media acc", f"{fmt(s['claims_source_acc'])} / {fmt(s['claims_cue_acc'])} / {fmt(s['claims_media_acc'])}"),
        ("quotes P / R / F", f"{fmt(s['spans_quotes_p'])} / {fmt(s['spans_quotes_r'])} / {fmt(s['spans_quotes_f'])}"),
        ("matched quotes: source / cue / media acc", f"{fmt(s['quotes_source_acc'])} / {fmt(s['quotes_cue_acc'])} / {fmt(s['quotes_media_acc'])}"),
        ("disputes P / R / F (predicted)", f"{fmt(d['p'])} / {fmt(d['r'])} / {fmt(d['f'])} ({d['pred']})"),
        ("records with the right `date`", f"{sum(g.get('date') == p.get('date') for g, p in pairs)} of {len(pairs)}"),
    ]
    out = [f"### {name}", "", "| metric | value |", "|---|---|"] + [f"| {a} | {b} |" for a, b in rows]
    return "\n".join(out) + "\n", s, d


def subsets(ids):
    """(name, keep) for all articles, the Papua ones and the others; the prefix is the
    ids' own (fr_ in corpus/fresh)."""
    prefix = ids[0].split("_", 1)[0] + "_"
    papua = [i for i in ids if i.startswith(prefix + "P")]
    return ((f"all {len(ids)} articles", lambda i: True),
            (f"{len(papua)} Papua articles ({prefix}P*)", lambda i: i.startswith(prefix + "P")),
            (f"{len(ids) - len(papua)} articles on other wars ({prefix}O*)", lambda i: i.startswith(prefix + "O")))


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    here = Path(args[0]).resolve() if args else HERE
    GOLD, INPUT, PRED = here / "test.jsonl", here / "input.jsonl", here / "first-run.pred.jsonl"
    gold = [json.loads(l) for l in GOLD.open(encoding="utf-8")]
    with INPUT.open("w", encoding="utf-8") as f:
        for g in gold:
            f.write(json.dumps({"id": g["id"], "text": g["text"], "meta": g["meta"]}, ensure_ascii=False) + "\n")
    if "--score-only" not in sys.argv:
        nlp = load_untrained()
        with PRED.open("w", encoding="utf-8") as f:
            for rec in annotate_records(nlp, read_inputs([str(INPUT)])):
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    pred = {r["id"]: r for r in (json.loads(l) for l in PRED.open(encoding="utf-8"))}
    pairs = [(g, pred[g["id"]]) for g in gold]
    raw = {}
    for name, sel in subsets([g["id"] for g in gold]):
        md, s, d = report(name, [(g, p) for g, p in pairs if sel(g["id"])])
        raw[name] = {"scores": s, "disputes": d}
        print(md)
    (here / "first-run.scores.json").write_text(json.dumps(raw, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
