"""The ablation that decides whether a trained component earns its place: rules only,
NER only and rules + NER, the NER trained on the augmented data (nk_nlp.training.augment),
scored on the unseen-name split and on the held-out test articles.

Trainings run one after the other (`spacy train` in a subprocess, the config's seed):
the machine is small and shared. The verdict is the issue's bar: rules+ner wins when its
entity F on the unseen-name split beats the rules' by at least 2 points with a precision
no more than 1 point lower.
"""

import time
from pathlib import Path
from typing import Any, Dict, List, Sequence

import spacy
from thinc.api import Config

from nk_nlp.components.span_entities import SPANS_KEY
from nk_nlp.evaluation.crossval import BOTH, NER, RULES, VARIANTS, predict, train_fold, variant_config
from nk_nlp.evaluation.metrics import score_records
from nk_nlp.records.jsonl import read_records

MIN_F_GAIN, MAX_P_LOSS = 0.02, 0.01
SPANCAT, RULES_SPANCAT = "spancat", "rules+spancat"


def spancat_config(config: Config, threshold: float) -> Config:
    """The config with the NER replaced by a span categorizer (spans of 1 to 5 tokens, in
    doc.spans["nk_candidates"]) and nk_span_entities, which adds its spans scoring at least
    `threshold` to doc.ents where no entity is yet."""
    config = Config(config).copy()
    pipeline = config["nlp"]["pipeline"]
    at = pipeline.index("ner")
    config["nlp"]["pipeline"] = pipeline[:at] + ["spancat", "nk_span_entities"] + pipeline[at + 1:]
    components = config["components"]
    listener = components["ner"]["model"]["tok2vec"]
    del components["ner"]
    components["spancat"] = {
        "factory": "spancat", "spans_key": SPANS_KEY, "threshold": 0.5, "max_positive": 1,
        "scorer": {"@scorers": "spacy.spancat_scorer.v1"},
        "suggester": {"@misc": "spacy.ngram_suggester.v1", "sizes": [1, 2, 3, 4, 5]},
        "model": {"@architectures": "spacy.SpanCategorizer.v1",
                  "reducer": {"@layers": "spacy.mean_max_reducer.v1", "hidden_size": 128},
                  "scorer": {"@layers": "spacy.LinearLogistic.v1", "nO": None, "nI": None},
                  "tok2vec": listener},
    }
    components["nk_span_entities"] = {"factory": "nk_span_entities", "spans_key": SPANS_KEY, "threshold": threshold}
    weights = config["training"]["score_weights"]
    weights.update({"ents_f": 0.5, f"spans_{SPANS_KEY}_f": 0.5})
    return config


def train_variants(
    config_path: Path, train_path: Path, work_dir: Path, max_steps: int, spancat_threshold: float = 0.0,
    reuse: bool = False,
) -> Dict[str, Path]:
    """The ner and rules+ner variants (with a threshold: spancat and rules+spancat)
    trained on `train_path` (model-best chosen on it too, as in nk_nlp.evaluation.crossval)."""
    base = spacy.util.load_config(config_path, interpolate=False)
    models = {}
    variants = [(NER, base, NER), (BOTH, base, BOTH)]
    if spancat_threshold:
        spancat = spancat_config(base, spancat_threshold)
        variants += [(SPANCAT, spancat, NER), (RULES_SPANCAT, spancat, BOTH)]
    for variant, source, ablated in variants:
        name = variant.replace("+", "_")
        config_file = work_dir / f"{name}.cfg"
        config = variant_config(source, ablated)
        work_dir.mkdir(parents=True, exist_ok=True)
        config.to_disk(config_file)
        best = work_dir / name / "model-best"
        if reuse and best.exists() and (work_dir / f"{name}.cfg.trained").read_text() == config.to_str():
            models[variant] = best  # trained before from the same config
            continue
        models[variant] = train_fold(config_file, train_path, work_dir / name, max_steps)
        (work_dir / f"{name}.cfg.trained").write_text(config.to_str())
    return models


def entity_scores(nlp, records: Sequence[Dict[str, Any]]) -> Dict[str, Any]:
    nlp(records[0]["text"])  # warm-up, not timed
    started = time.process_time()
    scores = score_records([(gold, predict(nlp, gold)) for gold in records])
    seconds = time.process_time() - started
    words = sum(len(r["text"].split()) for r in records)
    keep = ("ents_p", "ents_r", "ents_f", "ents_per_type")
    return {**{k: scores.get(k) for k in keep}, "words_per_cpu_second": words / seconds if seconds else None}


def run_ablation(
    config_path: Path, train_path: Path, test_sets: Dict[str, Path], work_dir: Path, max_steps: int,
    spancat_threshold: float = 0.0, reuse: bool = False,
) -> Dict[str, Any]:
    from nk_nlp.build import load_untrained

    models = train_variants(config_path, train_path, work_dir, max_steps, spancat_threshold, reuse)
    pipelines = {RULES: load_untrained(config_path, exclude=VARIANTS[RULES], root=Path.cwd())}
    pipelines.update({variant: spacy.load(path) for variant, path in models.items()})
    result: Dict[str, Any] = {"max_steps": max_steps, "train": str(train_path), "models": {k: str(v) for k, v in models.items()}, "sets": {}}
    for set_name, path in test_sets.items():
        records = read_records(path)
        result["sets"][set_name] = {"path": str(path), "articles": len(records),
                                    "variants": {v: entity_scores(nlp, records) for v, nlp in pipelines.items()}}
    result["verdict"] = verdict(result["sets"][next(iter(test_sets))]["variants"])
    return result


def verdict(variants: Dict[str, Dict[str, Any]]) -> Dict[str, Any]:
    """rules+ner (or rules+spancat) wins when it beats rules by MIN_F_GAIN entity F losing at
    most MAX_P_LOSS precision; of two winners the one with the higher F."""
    rules = variants[RULES]
    gains = {v: (variants[v]["ents_f"] - rules["ents_f"], rules["ents_p"] - variants[v]["ents_p"])
             for v in (BOTH, RULES_SPANCAT) if v in variants}
    passing = [v for v, (gain, loss) in gains.items() if gain >= MIN_F_GAIN and loss <= MAX_P_LOSS]
    winner = max(passing, key=lambda v: gains[v][0]) if passing else RULES
    return {"gains": {v: {"f_gain": g, "p_loss": p} for v, (g, p) in gains.items()}, "winner": winner}


def ablation_markdown(result: Dict[str, Any]) -> str:
    lines: List[str] = [
        f"NER trained {result['max_steps']} steps on {result['train']}. Entity P / R / F (exact spans), "
        "and the CPU speed of predicting the set (words per CPU second, this process).",
        "",
        "| set | variant | P | R | F | words/CPU s |",
        "|---|---|---|---|---|---|",
    ]
    for set_name, data in result["sets"].items():
        for variant, s in data["variants"].items():
            speed = s["words_per_cpu_second"]
            lines.append(f"| {set_name} ({data['articles']}) | {variant} | {100 * s['ents_p']:.1f} | "
                         f"{100 * s['ents_r']:.1f} | {100 * s['ents_f']:.1f} | {speed:.0f} |")
    first = next(iter(result["sets"]))
    lines += [""]
    for variant, g in result["verdict"]["gains"].items():
        lines.append(f"On {first}: {variant} - rules = {100 * g['f_gain']:+.1f} F, precision {-100 * g['p_loss']:+.1f}.")
    lines += ["", f"The bar: >= +{100 * MIN_F_GAIN:.0f} F and >= -{100 * MAX_P_LOSS:.0f} P. "
              f"**{result['verdict']['winner']}** wins (vars.variant in project.yml)."]
    return "\n".join(lines) + "\n"



def threshold_sweep(model: Path, test_sets: Dict[str, Path], thresholds: Sequence[float]) -> str:
    """Entity P / R / F of a trained rules+spancat pipeline at other nk_span_entities
    thresholds (a sensitivity table: a threshold chosen on a test set is tuned on it)."""
    nlp = spacy.load(model)
    lines = ["| set | threshold | P | R | F |", "|---|---|---|---|---|"]
    for set_name, path in test_sets.items():
        records = read_records(path)
        for threshold in thresholds:
            nlp.get_pipe("nk_span_entities").threshold = threshold
            s = entity_scores(nlp, records)
            lines.append(f"| {set_name} | {threshold} | {100 * s['ents_p']:.1f} | {100 * s['ents_r']:.1f} | {100 * s['ents_f']:.1f} |")
    return "\n".join(lines) + "\n"
