"""Leave-one-article-out cross-validation with an ablation, in one run.

For each gold article: train on the others, predict the held-out text, score it
with nk_nlp.evaluation.metrics.score_records. Three variants of the pipeline config:

    rules      the config without tok2vec and ner (nothing trained: the same pipeline for every fold)
    ner        the config without the entity_ruler (the trained NER alone finds entities)
    rules+ner  the config as it is (the ruler in front, the NER adds what it misses)

This module runs the folds and the trainings and aggregates the scores; the
Markdown report is nk_nlp.evaluation.report.crossval_markdown and the command
`nk-nlp crossval`.
"""

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

from nk_nlp.build import without_components
from nk_nlp.evaluation.metrics import score_records
from nk_nlp.records.convert import LABELS, doc_to_record
from nk_nlp.records.jsonl import read_records

RULES, NER, BOTH = "rules", "ner", "rules+ner"
TRAINED_COMPONENTS = ("tok2vec", "ner")
RULER = "entity_ruler"
RULER_FILTER = "nk_ruler_training_filter"
# The variant components each configuration leaves out.
VARIANTS: Dict[str, Tuple[str, ...]] = {RULES: TRAINED_COMPONENTS + (RULER_FILTER,), NER: (RULER, RULER_FILTER), BOTH: ()}
# The F scores whose mean picks the configuration to package.
SELECTION_KEYS = ("ents_f", "spans_claims_f", "spans_quotes_f")
SPAN_FIELDS = {"ents": "entities", "spans_claims": "claims", "spans_quotes": "quotes"}


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
