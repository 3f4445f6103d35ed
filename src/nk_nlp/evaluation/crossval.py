"""Leave-one-article-out cross-validation with an ablation, in one run.

For each gold article: train on the others, predict the held-out text, score it
with nk_nlp.evaluation.metrics.score_records. Three variants of the pipeline config:

    rules      the config without tok2vec and ner (nothing trained: the same pipeline for every fold)
    ner        the config without the entity_ruler (the trained NER alone finds entities)
    rules+ner  the config as it is (the ruler in front, the NER adds what it misses)

Writes a Markdown report (pooled and per-fold tables) and the raw scores as JSON.

    python -m nk_nlp.evaluation.crossval GOLD.jsonl --config configs/config.cfg --work-dir training/cv \
        --max-steps 300 --markdown outputs/cv.md --json outputs/cv.json
"""

import argparse
import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, Dict, List, Optional, Sequence, Tuple

import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin
from thinc.api import Config

from nk_nlp.evaluation.metrics import RecordPair, score_records
from nk_nlp.evaluation.report import read_records, scores_table
from nk_nlp.records.convert import LABELS, doc_to_record

RULES, NER, BOTH = "rules", "ner", "rules+ner"
TRAINED_COMPONENTS = ("tok2vec", "ner")
RULER = "entity_ruler"
RULER_FILTER = "nk_ruler_training_filter"
# The variant components each configuration leaves out.
VARIANTS: Dict[str, Tuple[str, ...]] = {RULES: TRAINED_COMPONENTS + (RULER_FILTER,), NER: (RULER, RULER_FILTER), BOTH: ()}
# The F scores whose mean picks the configuration to package.
SELECTION_KEYS = ("ents_f", "spans_claims_f", "spans_quotes_f")
SPAN_FIELDS = {"ents": "entities", "spans_claims": "claims", "spans_quotes": "quotes"}


def without_components(config: Config, names: Sequence[str]) -> Config:
    """A copy of an uninterpolated pipeline config with `names` removed everywhere they appear."""
    config = Config(config).copy()
    config["nlp"]["pipeline"] = [p for p in config["nlp"]["pipeline"] if p not in names]
    for name in names:
        config["components"].pop(name, None)
        config["initialize"]["components"].pop(name, None)
    training = config["training"]
    for key in ("annotating_components", "frozen_components"):
        training[key] = [p for p in training.get(key, []) if p not in names]
    return config


def variant_config(config: Config, variant: str) -> Config:
    """The pipeline config of one ablation variant. Without a trained component there
    is nothing to learn: one `spacy train` step then just initializes and saves it."""
    config = without_components(config, VARIANTS[variant])
    if not any(name in config["nlp"]["pipeline"] for name in TRAINED_COMPONENTS):
        config["training"]["max_steps"] = 1
    return config


def record_docs(records: Sequence[Dict[str, Any]]) -> List[Doc]:
    from nk_nlp.text.language import blank_indonesian
    from nk_nlp.records.convert import record_to_doc

    nlp = blank_indonesian()
    docs = []
    for record in records:
        doc, problems = record_to_doc(nlp, record)
        if problems:
            raise ValueError("; ".join(problems))
        docs.append(doc)
    return docs


def write_docbin(docs: Sequence[Doc], path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    DocBin(docs=list(docs), store_user_data=True).to_disk(path)
    return path


def write_fold_corpora(records: Sequence[Dict[str, Any]], work_dir: Path) -> List[Path]:
    """One DocBin per fold with every article but the held-out one."""
    docs = record_docs(records)
    return [
        write_docbin([d for j, d in enumerate(docs) if j != i], work_dir / f"fold{i}" / "train.spacy")
        for i in range(len(docs))
    ]


def train_fold(config_path: Path, train_path: Path, output_dir: Path, max_steps: int) -> Path:
    """`spacy train` in a subprocess (SPACY_CONFIG_OVERRIDES still applies); dev = train:
    the held-out article is never seen, not even for choosing model-best."""
    cmd = [
        sys.executable, "-m", "spacy", "train", str(config_path), "--output", str(output_dir),
        "--paths.train", str(train_path), "--paths.dev", str(train_path), "--training.max_steps", str(max_steps),
    ]
    log_path = output_dir.parent / f"{output_dir.name}.log"
    output_dir.parent.mkdir(parents=True, exist_ok=True)
    with open(log_path, "w", encoding="utf-8") as log:
        result = subprocess.run(cmd, stdout=log, stderr=subprocess.STDOUT, env=os.environ.copy())
    if result.returncode != 0:
        raise RuntimeError(f"training failed ({' '.join(cmd)}); see {log_path}")
    return output_dir / "model-best"


def predict(nlp: Language, gold: Dict[str, Any]) -> Dict[str, Any]:
    """The pipeline's record for the gold article's text (nothing else of the gold is used)."""
    return doc_to_record(nlp(gold["text"]), gold["id"], gold.get("meta"))


def fold_scores(gold: Dict[str, Any], pred: Dict[str, Any]) -> Dict[str, Any]:
    """score_records for one article; P/R/F of a span type the article neither has nor
    gets predicted are undefined (None), not 0, so they do not drag the fold means down."""
    scores = score_records([(gold, pred)])
    for prefix, field in SPAN_FIELDS.items():
        n_gold, n_pred = len(gold.get(field, [])), len(pred.get(field, []))
        scores[f"{field}_counts"] = {"gold": n_gold, "pred": n_pred}
        if n_gold == 0 and n_pred == 0:
            scores.update({f"{prefix}_{k}": None for k in "prf"})
    per_type = scores.get("ents_per_type") or {}
    for label in LABELS:
        has_gold = any(e["label"] == label for e in gold.get("entities", []))
        has_pred = any(e["label"] == label for e in pred.get("entities", []))
        if not has_gold and not has_pred:
            per_type[label] = {"p": None, "r": None, "f": None}
    return scores


def mean_scores(folds: Sequence[Dict[str, Any]]) -> Dict[str, Any]:
    """Macro average over folds of every number, ignoring the folds where it is undefined."""

    def mean(values: List[Optional[float]]) -> Optional[float]:
        defined = [v for v in values if v is not None]
        return sum(defined) / len(defined) if defined else None

    means: Dict[str, Any] = {}
    for key, value in folds[0].items():
        if key == "ents_per_type":
            labels = sorted({label for f in folds for label in (f.get(key) or {})})
            means[key] = {
                label: {k: mean([(f.get(key) or {}).get(label, {}).get(k) for f in folds]) for k in "prf"}
                for label in labels
            }
        elif isinstance(value, (int, float)) or value is None:
            means[key] = mean([f.get(key) for f in folds])
    return means


def selection_score(scores: Dict[str, Any]) -> float:
    return sum(scores.get(k) or 0.0 for k in SELECTION_KEYS) / len(SELECTION_KEYS)


def _train_all(jobs_to_run: List[Tuple[Any, Tuple]], jobs: int) -> Dict[Any, Path]:
    models = {}
    with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        futures = {key: pool.submit(train_fold, *args) for key, args in jobs_to_run}
        for key, future in futures.items():
            models[key] = future.result()
            print(f"trained {key[0]} on {key[1]}", file=sys.stderr, flush=True)
    return models


def run_crossval(
    gold_path: Path,
    config_path: Path,
    work_dir: Path,
    max_steps: int,
    variants: Sequence[str] = tuple(VARIANTS),
    jobs: int = 2,
    test_path: Optional[Path] = None,
    folds: bool = True,
) -> Dict[str, Any]:
    """The folds (unless `folds` is False) and, with `test_path`, every variant trained
    on all gold articles and scored on the test records."""
    from nk_nlp.build import load_untrained

    records = read_records(gold_path)
    if folds and len(records) < 2:
        raise ValueError("cross-validation needs at least two gold articles")
    work_dir.mkdir(parents=True, exist_ok=True)
    train_paths = write_fold_corpora(records, work_dir) if folds else []
    all_path = work_dir / "all" / "train.spacy"
    if test_path:
        write_docbin(record_docs(records), all_path)
    base = spacy.util.load_config(config_path, interpolate=False)

    jobs_to_run = []
    for variant in variants:
        if variant == RULES:
            continue
        config_file = work_dir / f"{variant.replace('+', '_')}.cfg"
        variant_config(base, variant).to_disk(config_file)
        for i, train_path in enumerate(train_paths):
            out = work_dir / f"fold{i}" / variant.replace("+", "_")
            jobs_to_run.append(((variant, f"fold {i}"), (config_file, train_path, out, max_steps)))
        if test_path:
            out = work_dir / "all" / variant.replace("+", "_")
            jobs_to_run.append(((variant, "all"), (config_file, all_path, out, max_steps)))
    models = _train_all(jobs_to_run, jobs)

    result: Dict[str, Any] = {
        "articles": [r["id"] for r in records],
        "max_steps": max_steps,
        "config": str(config_path),
        "variants": {},
    }
    rules_nlp = load_untrained(config_path, exclude=VARIANTS[RULES], root=Path.cwd()) if RULES in variants else None

    def pipeline(variant: str, key: str) -> Language:
        return rules_nlp if variant == RULES else spacy.load(models[(variant, key)])

    for variant in variants if folds else ():
        fold_results, pairs = [], []
        for i, gold in enumerate(records):
            pred = predict(pipeline(variant, f"fold {i}"), gold)
            pairs.append((gold, pred))
            fold_results.append({"held_out": gold["id"], **fold_scores(gold, pred)})
        pooled = score_records(pairs)
        result["variants"][variant] = {
            "folds": fold_results,
            "mean": mean_scores([{k: v for k, v in f.items() if k != "held_out"} for f in fold_results]),
            "pooled": pooled,
            "selection_score": selection_score(pooled),
        }
    if result["variants"]:
        result["winner"] = max(result["variants"], key=lambda v: result["variants"][v]["selection_score"])
    if test_path:
        tests = read_records(test_path)
        result["test"] = {"path": str(test_path), "articles": [r["id"] for r in tests], "variants": {}}
        for variant in variants:
            nlp = pipeline(variant, "all")
            result["test"]["variants"][variant] = score_records([(gold, predict(nlp, gold)) for gold in tests])
    return result


def _pct(value: Optional[float]) -> str:
    return "–" if value is None else f"{100 * value:.1f}"


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
        f"Selection score (mean of pooled entity, claim and quote F): "
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


def main(argv: Sequence[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("gold", type=Path)
    parser.add_argument("--config", type=Path, default=Path("configs/config.cfg"))
    parser.add_argument("--work-dir", type=Path, default=Path("training/cv"))
    parser.add_argument("--max-steps", type=int, default=300)
    parser.add_argument("--variants", default=",".join(VARIANTS), help="comma-separated subset of " + ", ".join(VARIANTS))
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="trainings run at once")
    parser.add_argument("--test", type=Path, help="records of articles never seen: each variant is also trained on "
                        "all gold articles and scored on them")
    parser.add_argument("--no-folds", action="store_true", help="skip the folds (with --test: the test set only)")
    parser.add_argument("--packaged", choices=list(VARIANTS), help="the variant the project packages, noted in the report")
    parser.add_argument("--markdown", type=Path, default=Path("outputs/cv.md"))
    parser.add_argument("--json", type=Path, default=Path("outputs/cv.json"))
    args = parser.parse_args(argv)
    variants = [v for v in args.variants.split(",") if v]
    unknown = set(variants) - set(VARIANTS)
    if unknown:
        parser.error(f"unknown variants {sorted(unknown)}")
    if args.no_folds and not args.test:
        parser.error("--no-folds needs --test")
    result = run_crossval(args.gold, args.config, args.work_dir, args.max_steps, variants, args.jobs,
                          test_path=args.test, folds=not args.no_folds)
    result["packaged"] = args.packaged
    for path, text in ((args.markdown, crossval_markdown(result)), (args.json, json.dumps(result, indent=2) + "\n")):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    print(crossval_markdown(result))


if __name__ == "__main__":
    main(sys.argv[1:])
