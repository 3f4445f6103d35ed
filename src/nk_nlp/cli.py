"""The `nk-nlp` command line. Commands import their modules lazily so that
`nk-nlp --help` stays fast and one command's dependencies never break another."""

from pathlib import Path
from typing import List

import typer

app = typer.Typer(help="nk_nlp: attributed facts from Indonesian conflict news.", no_args_is_help=True)
corpus_app = typer.Typer(help="Gold corpus tools.", no_args_is_help=True)
app.add_typer(corpus_app, name="corpus")


@corpus_app.command("validate")
def corpus_validate(files: List[Path] = typer.Argument(..., exists=True, dir_okay=False, help="JSONL record files")):
    """Check every record against shared/spec/record.md; one line per problem."""
    from .corpus import validate_file

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
    from .corpus import corpus_stats as count

    for group, counts in count(files).items():
        total = "" if group == "attribution" else f" total: {sum(counts.values())} |"
        typer.echo(f"| {group} | " + " | ".join(f"{k}: {v}" for k, v in counts.items()) + f" |{total}")


@corpus_app.command("convert")
def corpus_convert(
    files: List[Path] = typer.Argument(..., exists=True, dir_okay=False, help="JSONL record files"),
    out: Path = typer.Argument(..., dir_okay=False, help="the DocBin to write (.spacy)"),
):
    """Convert records to a DocBin (entities, claims and quotes span groups, attributes)."""
    from .corpus import convert_files

    n_docs, problems = convert_files(files, out)
    for problem in problems:
        typer.echo(problem)
    if problems:
        typer.echo(f"{len(problems)} span(s) not on token boundaries", err=True)
        raise typer.Exit(1)
    typer.echo(f"Wrote {n_docs} docs to {out}", err=True)
