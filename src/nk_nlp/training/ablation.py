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

from nk_nlp.evaluation.crossval import BOTH, NER, RULES, VARIANTS, predict, train_fold, variant_config
from nk_nlp.evaluation.metrics import score_records
from nk_nlp.records.jsonl import read_records

MIN_F_GAIN, MAX_P_LOSS = 0.02, 0.01


def train_variants(config_path: Path, train_path: Path, dev_path: Path, work_dir: Path, max_steps: int) -> Dict[str, Path]:
    """The ner and rules+ner variants trained on `train_path` (model-best chosen on `dev_path`)."""
    base = spacy.util.load_config(config_path, interpolate=False)
    models = {}
    for variant in (NER, BOTH):
        name = variant.replace("+", "_")
        config_file = work_dir / f"{name}.cfg"
        config = variant_config(base, variant)
        config["paths"]["dev"] = str(dev_path)
        work_dir.mkdir(parents=True, exist_ok=True)
        config.to_disk(config_file)
        models[variant] = train_fold(config_file, train_path, work_dir / name, max_steps)
    return models


def entity_scores(nlp, records: Sequence[Dict[str, Any]]) -> Dict[str, Any]:
    started = time.process_time()
    scores = score_records([(gold, predict(nlp, gold)) for gold in records])
    seconds = time.process_time() - started
    words = sum(len(r["text"].split()) for r in records)
    keep = ("ents_p", "ents_r", "ents_f", "ents_per_type")
    return {**{k: scores.get(k) for k in keep}, "words_per_cpu_second": words / seconds if seconds else None}


def run_ablation(
    config_path: Path, train_path: Path, dev_path: Path, test_sets: Dict[str, Path], work_dir: Path, max_steps: int
) -> Dict[str, Any]:
    from nk_nlp.build import load_untrained

    models = train_variants(config_path, train_path, dev_path, work_dir, max_steps)
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
    rules, both = variants[RULES], variants[BOTH]
    gain, loss = both["ents_f"] - rules["ents_f"], rules["ents_p"] - both["ents_p"]
    return {"f_gain": gain, "p_loss": loss, "wins": gain >= MIN_F_GAIN and loss <= MAX_P_LOSS,
            "winner": BOTH if gain >= MIN_F_GAIN and loss <= MAX_P_LOSS else RULES}


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
    v = result["verdict"]
    first = next(iter(result["sets"]))
    lines += ["", f"Verdict on {first}: rules+ner - rules = {100 * v['f_gain']:+.1f} F, precision "
              f"{-100 * v['p_loss']:+.1f}; the bar is >= +{100 * MIN_F_GAIN:.0f} F and >= -{100 * MAX_P_LOSS:.0f} P: "
              f"**{v['winner']}** wins (set vars.variant in project.yml to it)."]
    return "\n".join(lines) + "\n"

