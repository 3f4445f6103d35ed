"""Scores as tables: `nk-nlp evaluate` (two JSONL record files) and outputs/metrics.md.

Every number comes from nk_nlp.evaluation.metrics.score_records (or from `spacy evaluate`,
whose component scorers call the same function), so the tables of the CLI, the
project workflow and the cross-validation agree.

    python -m nk_nlp.evaluation.report OUT.md [--trained JSON] [--package JSON] [--annotated JSON] [--cv JSON]
"""

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any, Dict, Iterable, List, Optional, Sequence, Tuple

from nk_nlp.evaluation.metrics import RecordPair, score_records
from nk_nlp.records import strict_json
from nk_nlp.records.convert import LABELS

# (row name, score key) for the record-level metrics, in the order the tables show them.
SPAN_ROWS = (
    ("entities", "ents"),
    ("claims", "spans_claims"),
    ("quotes", "spans_quotes"),
)
ACCURACY_ROWS = (
    ("entity canonical", "ents_canonical_acc"),
    ("claim value", "claims_value_acc"),
    ("claim bounds", "claims_bounds_acc"),
    ("claim qualifier", "claims_qualifier_acc"),
    ("claim category", "claims_category_acc"),
    ("claim outcome", "claims_outcome_acc"),
    ("claim party", "claims_party_acc"),
    ("claim source", "claims_source_acc"),
    ("claim cue", "claims_cue_acc"),
    ("claim media", "claims_media_acc"),
    ("quote source", "quotes_source_acc"),
    ("quote cue", "quotes_cue_acc"),
    ("quote media", "quotes_media_acc"),
)


def read_records(path: Path) -> List[Dict[str, Any]]:
    """The records of a JSONL file; ValueError naming the file and line of the first
    line that is not a JSON object with a string text."""
    records = []
    with open(path, "rb") as f:
        for n, record in strict_json.read_lines(f):
            if isinstance(record, ValueError):
                raise ValueError(f"{path}:{n}: not JSON ({record})")
            if not isinstance(record, dict) or not isinstance(record.get("text"), str):
                raise ValueError(f"{path}:{n}: not a record (a JSON object with a string 'text')")
            records.append(record)
    return records


def pair_records(
    gold: Sequence[Dict[str, Any]], pred: Sequence[Dict[str, Any]]
) -> Tuple[List[RecordPair], List[str]]:
    """(gold, predicted) pairs matched on `id`, and warnings.

    A gold record without a prediction is scored against an empty prediction
    (its items count as missed); a prediction without gold is left out; a pair
    whose texts differ is an error, since their offsets cannot be compared.
    """
    for name, records in (("gold", gold), ("predicted", pred)):
        repeated = sorted(rid for rid, n in Counter(str(r.get("id")) for r in records).items() if n > 1)
        if repeated:
            raise ValueError(f"{name} ids must be unique; repeated: {', '.join(repeated[:5])}")
    pred_by_id = {str(r.get("id")): r for r in pred}
    if gold and not set(pred_by_id) & {str(g.get("id")) for g in gold}:
        raise ValueError("no id in common between the gold and the predicted records: nothing to score")
    pairs: List[RecordPair] = []
    warnings: List[str] = []
    for g in gold:
        rid = str(g.get("id"))
        p = pred_by_id.pop(rid, None)
        if p is None:
            warnings.append(f"{rid}: no prediction, scored as an empty record")
            p = {"id": rid, "text": g["text"], "entities": [], "claims": [], "quotes": []}
        elif p.get("text") != g.get("text"):
            raise ValueError(f"{rid}: predicted and gold texts differ; offsets cannot be compared")
        if p.get("errors"):
            warnings.append(f"{rid}: prediction has errors: {'; '.join(map(str, p['errors']))}")
        pairs.append((g, p))
    warnings.extend(f"{rid}: prediction has no gold record, ignored" for rid in pred_by_id)
    return pairs, warnings


def score_files(gold_path: Path, pred_path: Path) -> Tuple[Dict[str, Any], List[str]]:
    pairs, warnings = pair_records(read_records(gold_path), read_records(pred_path))
    try:
        return score_records(pairs), warnings
    except (TypeError, KeyError, AttributeError, ValueError) as err:
        raise ValueError(f"cannot score {pred_path} against {gold_path}: a record has an unexpected shape "
                         f"({type(err).__name__}: {err}); `nk-nlp corpus validate` names it") from err


def _pct(value: Optional[float]) -> str:
    return "–" if value is None else f"{100 * value:.1f}"


def scores_table(columns: Dict[str, Dict[str, Any]]) -> str:
    """One Markdown table: a row per metric, a column per named score dict."""
    names = list(columns)
    lines = ["| metric | " + " | ".join(names) + " |", "|---|" + "---:|" * len(names)]

    def row(label: str, values: Iterable[Optional[float]]) -> None:
        lines.append(f"| {label} | " + " | ".join(_pct(v) for v in values) + " |")

    for label, prefix in SPAN_ROWS:
        for part in ("p", "r", "f"):
            row(f"{label} {part.upper()}", (columns[n].get(f"{prefix}_{part}") for n in names))
        if prefix == "ents":
            for ent_label in LABELS:
                for part in ("p", "r", "f"):
                    row(f"{ent_label} {part.upper()}", ((columns[n].get("ents_per_type") or {}).get(ent_label, {})
                                                        .get(part) for n in names))
    for label, key in ACCURACY_ROWS:
        row(f"{label} acc.", (columns[n].get(key) for n in names))
    return "\n".join(lines)


def flat_component_scores(spacy_scores: Dict[str, Any]) -> Dict[str, Any]:
    """`spacy evaluate --per-component` output (component -> scores) as one dict."""
    if "ents_f" in spacy_scores:
        return spacy_scores  # already flat (evaluated without --per-component)
    flat: Dict[str, Any] = {}
    for component_scores in spacy_scores.values():
        if isinstance(component_scores, dict):
            flat.update({k: v for k, v in component_scores.items() if v is not None or k not in flat})
    return flat


def metrics_markdown(
    trained: Optional[Dict[str, Any]] = None,
    package: Optional[Dict[str, Any]] = None,
    annotated: Optional[Dict[str, Any]] = None,
    cv_markdown: Optional[str] = None,
    variant: Optional[str] = None,
    heldout: Optional[Dict[str, Dict[str, Any]]] = None,
) -> str:
    parts = [
        "# nk_nlp metrics",
        "",
        "Written by `spacy project run all` (`python -m nk_nlp.evaluation.report`). Scores in percent.",
        "",
    ]
    if variant:
        parts += [f"Packaged pipeline variant: **{variant}** (project.yml `variant`, chosen by cross-validation).", ""]
    parts += [
        "## The packaged pipeline on the gold corpus (training data: not a held-out measure)",
        "",
        "The gold corpus holds five articles. The packaged pipeline is trained on all five and",
        "its dev set is the same five articles, so the columns below measure how well it fits",
        "its own training data and that packaging and batch annotation change nothing. For",
        "honest numbers on unseen articles see the cross-validation below (`spacy project run cv`).",
        "",
    ]
    columns = {}
    if trained is not None:
        columns["trained (`spacy evaluate`)"] = trained
    if package is not None:
        columns["installed package (`spacy evaluate`)"] = package
    if annotated is not None:
        columns["`nk-nlp annotate` output (`nk-nlp evaluate`)"] = annotated
    parts.append(scores_table(columns) if columns else "(no evaluation outputs found)")
    if heldout:
        parts += ["", "## The installed package on held-out articles (never used to change the rules)", "",
                  "`nk-nlp evaluate` of `nk-nlp annotate` on corpus/heldout (the `heldout` step).", ""]
        parts.append(scores_table(heldout))
    parts += ["", "## Leave-one-article-out cross-validation", ""]
    parts.append(cv_markdown.strip() if cv_markdown else "Not run yet: `spacy project run cv`.")
    return "\n".join(parts) + "\n"


def _read_json(path: Optional[str]) -> Optional[Dict[str, Any]]:
    if path is None or not Path(path).exists():
        return None
    return json.loads(Path(path).read_text(encoding="utf-8"))


def main(argv: Sequence[str]) -> None:
    import argparse

    parser = argparse.ArgumentParser(description="Write outputs/metrics.md from the evaluation outputs.")
    parser.add_argument("out", type=Path)
    parser.add_argument("--trained", help="`spacy evaluate` JSON of the trained pipeline")
    parser.add_argument("--package", help="`spacy evaluate` JSON of the installed package")
    parser.add_argument("--annotated", help="`nk-nlp evaluate --output` JSON of the annotate output")
    parser.add_argument("--cv", help="cross-validation Markdown (nk_nlp.evaluation.crossval), included when it exists")
    parser.add_argument("--variant", help="the packaged pipeline variant (rules, ner, rules+ner)")
    for split in ("dev", "test"):
        parser.add_argument(f"--heldout-{split}", help=f"`nk-nlp evaluate` JSON of the held-out {split} articles "
                            f"[default: eval_heldout_{split}.json beside --annotated, when it exists]")
    args = parser.parse_args(argv)
    beside = Path(args.annotated).parent if args.annotated else None
    heldout = {}
    for split in ("dev", "test"):
        path = getattr(args, f"heldout_{split}") or (beside and str(beside / f"eval_heldout_{split}.json"))
        scores = _read_json(path)
        if scores is not None:
            heldout[f"held-out {split}"] = scores
    trained, package = _read_json(args.trained), _read_json(args.package)
    cv_path = Path(args.cv) if args.cv else None
    markdown = metrics_markdown(
        trained=flat_component_scores(trained) if trained else None,
        package=flat_component_scores(package) if package else None,
        annotated=_read_json(args.annotated),
        cv_markdown=cv_path.read_text(encoding="utf-8") if cv_path and cv_path.exists() else None,
        variant=args.variant,
        heldout=heldout,
    )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(markdown, encoding="utf-8")
    print(f"Wrote {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
