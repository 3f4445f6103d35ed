"""`nk-nlp train ...`: the training data, the unseen-name split and the ablation."""

import json
from pathlib import Path
from typing import List

import typer

from nk_nlp.cli_errors import as_message

train_app = typer.Typer(help="Training data, the unseen-name split and the rules / ner / rules+ner ablation.",
                        no_args_is_help=True)
KB = typer.Option(Path("pipeline/kb"), "--kb", help="knowledge base directory (no generated name is in it)")
PATTERNS = typer.Option(Path("pipeline/patterns"), "--patterns", help="pattern directory (no generated name is in it)")


@train_app.command("data")
def data(
    gold: List[Path] = typer.Argument(..., exists=True, dir_okay=False, help="gold training records (JSONL)"),
    out_jsonl: Path = typer.Option(..., "--jsonl", help="the training records to write"),
    out_docbin: Path = typer.Option(..., "--docbin", help="the same as a DocBin for spacy train"),
    seed: int = typer.Option(0, "--seed", help="the seed of every random choice (the same seed, the same data)"),
    copies: int = typer.Option(2, "--copies", help="name-replaced copies of each gold article"),
    templates: int = typer.Option(150, "--templates", help="documents of the project's own sentences"),
    kb: Path = KB,
    patterns: Path = PATTERNS,
):
    """Write the training data: the gold articles, name-replaced copies, and template documents (needs Faker: the `train` extra)."""
    from nk_nlp.training.augment import build_training_data

    with as_message(ValueError, ImportError):  # records that are not records; Faker missing
        n = build_training_data(gold, kb, patterns, out_jsonl, out_docbin, seed=seed, copies=copies, n_templates=templates)
    typer.echo(f"Wrote {n} training documents to {out_jsonl} and {out_docbin}", err=True)


@train_app.command("unseen")
def unseen(
    tests: List[Path] = typer.Argument(..., exists=True, dir_okay=False, help="annotated test records (JSONL)"),
    out: Path = typer.Option(..., "--output", "-o", help="the unseen-name split to write"),
    training: List[Path] = typer.Option(..., "--training", help="training records (gold and generated): their words are forbidden"),
    kb: Path = KB,
    patterns: Path = PATTERNS,
):
    """Write the unseen-name split: the test articles with every entity name replaced by one absent from KB, patterns and training text."""
    from nk_nlp.training.unseen import build_unseen

    with as_message(ValueError, ImportError):
        n = build_unseen(tests, kb, patterns, training, out)
    typer.echo(f"Wrote {n} articles to {out}", err=True)


@train_app.command("ablation")
def ablation(
    train: Path = typer.Option(..., "--train", exists=True, help="training DocBin"),
    unseen_split: Path = typer.Option(..., "--unseen", exists=True, help="the unseen-name split (JSONL); the verdict is on it"),
    tests: List[Path] = typer.Option([], "--test", exists=True, help="more annotated test sets (JSONL)"),
    training: List[Path] = typer.Option(..., "--training", help="the training records (JSONL), to check the split is still unseen"),
    config: Path = typer.Option(Path("configs/config.cfg"), "--config", exists=True, help="the pipeline config the variants derive from"),
    work_dir: Path = typer.Option(Path("training/ablation"), "--work-dir", help="where the variants' configs and models go"),
    max_steps: int = typer.Option(300, "--max-steps", help="training steps per variant"),
    spancat_threshold: float = typer.Option(0.0, "--spancat-threshold", help="also train spancat and rules+spancat, adding spans scoring at least this (0: no spancat)"),
    reuse: bool = typer.Option(False, "--reuse", help="keep a variant's model trained before from the same config"),
    markdown: Path = typer.Option(Path("outputs/ablation.md"), "--markdown", help="the Markdown report to write"),
    output: Path = typer.Option(Path("outputs/ablation.json"), "--json", help="the raw scores to write"),
    kb: Path = KB,
    patterns: Path = PATTERNS,
):
    """Train ner and rules+ner on the training data, score rules / ner / rules+ner on the unseen-name split and the test sets."""
    from nk_nlp.training.ablation import ablation_markdown, run_ablation
    from nk_nlp.training.unseen import unseen_overlaps

    with as_message(ValueError):
        overlaps = unseen_overlaps(unseen_split, kb, patterns, training)
    if overlaps:
        typer.echo(f"{unseen_split} is stale: {len(overlaps)} name(s) now in KB, patterns or training text "
                   f"({', '.join(overlaps[:10])}); rebuild it with `nk-nlp train unseen`", err=True)
        raise typer.Exit(1)
    sets = {"unseen": unseen_split, **{p.stem if p.parent.name in ("", ".") else f"{p.parent.name}/{p.stem}": p for p in tests}}
    result = run_ablation(config, train, sets, work_dir, max_steps, spancat_threshold, reuse)
    for path in (markdown, output):
        path.parent.mkdir(parents=True, exist_ok=True)
    markdown.write_text(ablation_markdown(result), encoding="utf-8")
    output.write_text(json.dumps(result, indent=2), encoding="utf-8")
    typer.echo(ablation_markdown(result))


@train_app.command("sweep")
def sweep(
    model: Path = typer.Argument(..., exists=True, help="a trained rules+spancat pipeline (training/ablation/rules_spancat/model-best)"),
    tests: List[Path] = typer.Argument(..., exists=True, dir_okay=False, help="annotated test sets (JSONL)"),
    thresholds: List[float] = typer.Option([0.8, 0.9, 0.95], "--threshold", help="a threshold to score at; repeatable"),
):
    """Entity scores of rules+spancat at several nk_span_entities thresholds (sensitivity, not selection)."""
    from nk_nlp.training.ablation import threshold_sweep

    typer.echo(threshold_sweep(model, {p.parent.name + "/" + p.stem: p for p in tests}, thresholds))
