"""The `nk-nlp` command line. Commands import their modules lazily so that
`nk-nlp --help` stays fast and one command's dependencies never break another."""

from pathlib import Path
from typing import List, Optional

import typer

app = typer.Typer(help="nk_nlp: attributed facts from Indonesian conflict news.", no_args_is_help=True)
corpus_app = typer.Typer(help="Gold corpus tools.", no_args_is_help=True)
app.add_typer(corpus_app, name="corpus")


@corpus_app.command("validate")
def corpus_validate(files: List[Path] = typer.Argument(..., exists=True, dir_okay=False, help="JSONL record files")):
    """Check every record against shared/spec/record.md; one line per problem."""
    from nk_nlp.records.corpus import validate_file

    problems = [p for f in files for p in validate_file(f)]
    for problem in problems:
        typer.echo(problem)
    if problems:
        typer.echo(f"{len(problems)} problem(s)", err=True)
        raise typer.Exit(1)
    typer.echo(f"OK: {', '.join(map(str, files))}", err=True)


@corpus_app.command("stats")
def corpus_stats(files: List[Path] = typer.Argument(..., exists=True, dir_okay=False, help="JSONL record files")):
    """Counts per entity label, claim category and qualifier, quotes and attributed items (Markdown)."""
    from nk_nlp.records.corpus import corpus_stats as count

    for group, counts in count(files).items():
        total = "" if group == "attribution" else f" total: {sum(counts.values())} |"
        typer.echo(f"| {group} | " + " | ".join(f"{k}: {v}" for k, v in counts.items()) + f" |{total}")


@corpus_app.command("convert")
def corpus_convert(
    files: List[Path] = typer.Argument(..., exists=True, dir_okay=False, help="JSONL record files"),
    out: Path = typer.Argument(..., dir_okay=False, help="the DocBin to write (.spacy)"),
):
    """Convert records to a DocBin (entities, claims and quotes span groups, attributes)."""
    from nk_nlp.records.corpus import convert_files

    n_docs, problems = convert_files(files, out)
    for problem in problems:
        typer.echo(problem)
    if problems:
        typer.echo(f"{len(problems)} span(s) not on token boundaries", err=True)
        raise typer.Exit(1)
    typer.echo(f"Wrote {n_docs} docs to {out}", err=True)


@app.command("annotate")
def annotate(
    inputs: List[str] = typer.Argument(
        ..., help="Article .txt files, directories of .txt files, .jsonl files, or - for standard input (JSONL)"
    ),
    output: str = typer.Option(..., "--output", "-o", help="OUT.jsonl (one record per input), or - for standard output"),
    model: str = typer.Option("id_nk_pipeline", "--model", "-m", help="Installed pipeline name or pipeline directory"),
    n_process: int = typer.Option(1, "--n-process", min=1, help="Worker processes"),
    batch_size: Optional[int] = typer.Option(None, "--batch-size", min=1, help="Texts per batch [default: the pipeline's]"),
    resume: bool = typer.Option(False, "--resume", help="Skip ids already in OUT; repair a line cut short by a crash"),
    max_chars: int = typer.Option(100_000, "--max-chars", min=1, help="Longest text annotated in one piece"),
    split_long: bool = typer.Option(
        True, "--split-long/--refuse-long", help="Annotate longer texts in pieces, or refuse them with a reason"
    ),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress line and no summary"),
    engine: str = typer.Option("local", "--engine", help="local (this machine) or dask (OUT is a directory of shards)"),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="--engine dask: address of a running scheduler"),
    workers: Optional[int] = typer.Option(None, "--workers", min=1, help="--engine dask: local worker processes [2]"),
):
    """Annotate articles: one JSON record per input record, in input order (shared/spec/record.md)."""
    if engine == "dask":
        from nk_nlp.annotate.distributed import annotate_command

        raise typer.Exit(annotate_command(
            model, inputs, output, scheduler=scheduler, workers=workers, n_process=n_process, resume=resume,
            quiet=quiet, batch_size=batch_size, max_chars=max_chars, split_long=split_long,
        ))
    if engine != "local" or scheduler or workers:
        raise typer.BadParameter("local or dask (--scheduler and --workers need dask)", param_hint="--engine")
    from nk_nlp.annotate.engine import check_inputs, load_pipeline, run_annotate

    problems = check_inputs(inputs)
    if resume and output == "-":
        problems.append("--resume needs an output file, not standard output")
    if problems:
        raise typer.BadParameter("; ".join(problems), param_hint="INPUTS")
    try:
        nlp = load_pipeline(model)
    except (OSError, ValueError, ImportError) as err:
        typer.echo(f"cannot load the pipeline {model!r}: {err}", err=True)
        typer.echo("install the packaged pipeline (`spacy project run all`) or pass --model PATH", err=True)
        raise typer.Exit(2)
    run_annotate(
        nlp, inputs, output, n_process=n_process, batch_size=batch_size, max_chars=max_chars,
        split_long=split_long, resume=resume, quiet=quiet,
    )


@app.command("evaluate")
def evaluate(
    gold: Path = typer.Argument(..., exists=True, dir_okay=False, help="gold records (JSONL)"),
    pred: Path = typer.Argument(..., exists=True, dir_okay=False, help="predicted records (JSONL, as annotate writes)"),
    output: Path = typer.Option(None, "--output", "-o", dir_okay=False, help="also write the scores as JSON"),
):
    """Score predicted records against gold records (matched on id): entities, claims, quotes, attribution."""
    import json

    from nk_nlp.evaluation.report import score_files, scores_table

    try:
        scores, warnings = score_files(gold, pred)
    except ValueError as err:
        typer.echo(f"error: {err}", err=True)
        raise typer.Exit(1)
    for warning in warnings:
        typer.echo(f"warning: {warning}", err=True)
    typer.echo(scores_table({"score (%)": scores}))
    if output:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(json.dumps(scores, indent=2) + "\n", encoding="utf-8")


@app.command("render")
def render(
    input_path: str = typer.Argument(..., metavar="INPUT", help="Records from `nk-nlp annotate` (JSONL), or - for standard input"),
    output: Path = typer.Option(..., "--output", "-o", dir_okay=False, help="OUT.html"),
    limit: Optional[int] = typer.Option(None, "--limit", min=1, help="Render only the first N records"),
):
    """One HTML page for a batch: entities, claims and quotes highlighted with displaCy."""
    if input_path != "-" and not Path(input_path).is_file():
        raise typer.BadParameter(f"{input_path}: no such file", param_hint="INPUT")
    from nk_nlp.render import render_file

    n_articles = render_file(input_path, output, limit=limit)
    typer.echo(f"Rendered {n_articles} article(s) to {output}", err=True)
