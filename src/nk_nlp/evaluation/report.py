"""Scores as Markdown: the table of `nk-nlp evaluate`, outputs/metrics.md (`nk-nlp
metrics`) and outputs/cv.md (`nk-nlp crossval`).

Every number comes from nk_nlp.evaluation.metrics.score_records (or from `spacy evaluate`,
whose component scorers call the same function), so the tables of the CLI, the
project workflow and the cross-validation agree.
"""

from typing import Any, Dict, Iterable, Optional, Tuple

from nk_nlp.records.convert import LABELS

# (row name, score key) for the record-level metrics, in the order the tables show them.
SPAN_ROWS = (
    ("entities", "ents"),
    ("claims", "spans_claims"),
    ("quotes", "spans_quotes"),
    ("disputes", "disputes"),
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
        "Written by `spacy project run all` (`nk-nlp metrics`). Scores in percent.",
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


FOLD_COLUMNS = (
    ("ents P", lambda s: s.get("ents_p")),
    ("ents R", lambda s: s.get("ents_r")),
    ("ents F", lambda s: s.get("ents_f")),
    *((f"{label} F", (lambda label: lambda s: (s.get("ents_per_type") or {}).get(label, {}).get("f"))(label))
      for label in LABELS),
    ("claims P", lambda s: s.get("spans_claims_p")),
    ("claims R", lambda s: s.get("spans_claims_r")),
    ("claims F", lambda s: s.get("spans_claims_f")),
    ("claim value", lambda s: s.get("claims_value_acc")),
    ("claim source", lambda s: s.get("claims_source_acc")),
    ("quotes P", lambda s: s.get("spans_quotes_p")),
    ("quotes R", lambda s: s.get("spans_quotes_r")),
    ("quotes F", lambda s: s.get("spans_quotes_f")),
    ("quote source", lambda s: s.get("quotes_source_acc")),
)


def fold_table(variant_result: Dict[str, Any]) -> str:
    names = [name for name, _ in FOLD_COLUMNS]
    lines = ["| held-out article | " + " | ".join(names) + " |", "|---|" + "---:|" * len(names)]
    for fold in variant_result["folds"]:
        lines.append(f"| {fold['held_out']} | " + " | ".join(_pct(get(fold)) for _, get in FOLD_COLUMNS) + " |")
    mean = variant_result["mean"]
    lines.append("| **mean** | " + " | ".join(_pct(get(mean)) for _, get in FOLD_COLUMNS) + " |")
    return "\n".join(lines)


def _packaged_note(result: Dict[str, Any]) -> str:
    packaged = result.get("packaged")
    if not packaged:
        return ""
    if packaged == result["winner"]:
        return f" The packaged pipeline (project.yml `variant`) is {packaged}, the winner."
    return f" WARNING: the packaged pipeline (project.yml `variant`) is {packaged}, not the winner."


def folds_markdown(result: Dict[str, Any]) -> str:
    variants = result["variants"]
    n = len(result["articles"])
    parts = [
        f"Leave-one-article-out over the {n} gold articles: each fold trains on {n - 1} articles "
        f"({result['max_steps']} steps, dev = its own training articles) and is scored on the held-out one. "
        "Scores in percent; `–` where undefined (no gold and no predicted item, or no matched item for an accuracy).",
        "",
        "The rule knowledge in `pipeline/` was written with the seed articles in view, so the `rules` "
        "column is not a held-out measure for the rules themselves; only the trained NER never saw "
        "the held-out article.",
        "",
        "### Pooled over the held-out articles",
        "",
        scores_table({variant: v["pooled"] for variant, v in variants.items()}),
        "",
        "Selection score (mean of pooled entity, claim and quote F): "
        + ", ".join(f"{variant} {_pct(v['selection_score'])}" for variant, v in variants.items())
        + f". **Winner: {result['winner']}.**"
        + _packaged_note(result),
        "",
        "### Mean over folds",
        "",
        scores_table({variant: v["mean"] for variant, v in variants.items()}),
    ]
    for variant, v in variants.items():
        parts += ["", f"### Per fold: {variant}", "", fold_table(v)]
    return "\n".join(parts) + "\n"


def test_markdown(result: Dict[str, Any]) -> str:
    test = result["test"]
    return "\n".join([
        f"### Articles never seen: every variant trained on all {len(result['articles'])} gold articles",
        "",
        f"Scored on `{test['path']}` ({len(test['articles'])} articles: {', '.join(test['articles'])}), "
        "written and annotated apart from the seeds, about other wars.",
        "",
        scores_table(test["variants"]),
    ])


def crossval_markdown(result: Dict[str, Any]) -> str:
    parts = [folds_markdown(result)] if result["variants"] else []
    if result.get("test"):
        parts.append(test_markdown(result))
    return "\n".join(parts) + "\n"


def entity_scores_text(scores: Dict[str, Any]) -> str:
    """Entity P/R/F per label and overall, and the canonical accuracy (`nk-nlp entity-scores`)."""
    lines = [f"{'label':<10} {'P':>6} {'R':>6} {'F':>6}"]
    for label, s in sorted(scores["ents_per_type"].items()):
        lines.append(f"{label:<10} {s['p']:6.3f} {s['r']:6.3f} {s['f']:6.3f}")
    lines.append(f"{'ALL':<10} {scores['ents_p']:6.3f} {scores['ents_r']:6.3f} {scores['ents_f']:6.3f}")
    lines.append(f"canonical accuracy on matched entities: {scores['ents_canonical_acc']:.3f}")
    return "\n".join(lines)


def entity_errors(pairs: Iterable[Tuple[Dict[str, Any], Dict[str, Any]]]) -> Iterable[str]:
    """One line per missed, spurious or wrongly named entity, with its context."""
    for g, p in pairs:
        gold_keys = {(e["start"], e["end"], e["label"]): e for e in g["entities"]}
        pred_keys = {(e["start"], e["end"], e["label"]): e for e in p["entities"]}
        for key in sorted(set(gold_keys) | set(pred_keys)):
            if key in gold_keys and key in pred_keys:
                if gold_keys[key]["canonical"] != pred_keys[key]["canonical"]:
                    yield (f"{g['id'][:3]} CANON {key[2]:<9} {gold_keys[key]['text']!r}: "
                           f"gold {gold_keys[key]['canonical']!r} pred {pred_keys[key]['canonical']!r}")
                continue
            e = gold_keys.get(key) or pred_keys[key]
            kind = "MISS " if key in gold_keys else "SPUR "
            context = g["text"][max(0, e["start"] - 25):e["end"] + 25].replace("\n", " ")
            yield f"{g['id'][:3]} {kind} {key[2]:<9} {e['text']!r} ({e['canonical']}) | …{context}…"
