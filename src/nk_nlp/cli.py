"""The `nk-nlp` command line: every tool of the project is one of its commands.
Commands import their modules lazily so that `nk-nlp --help` stays fast and one
command's dependencies never break another."""

import json
import os
from pathlib import Path
from typing import List, Optional

import typer

from nk_nlp import __version__
from nk_nlp.cli_errors import as_message
from nk_nlp.training.cli import train_app

app = typer.Typer(help="nk_nlp: attributed facts from Indonesian conflict news.", no_args_is_help=True)
corpus_app = typer.Typer(help="Gold corpus tools: validate, count and convert record files.", no_args_is_help=True)
package_app = typer.Typer(help="Package the trained pipeline as id_nk_pipeline and install it.", no_args_is_help=True)
app.add_typer(corpus_app, name="corpus")
app.add_typer(package_app, name="package")
app.add_typer(train_app, name="train")
VARIANT_HELP = "rules (no tok2vec/ner), ner (no entity ruler) or rules+ner (the config as it is)"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"nk_nlp {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print the version and exit"),
) -> None:
    """nk_nlp: attributed facts from Indonesian conflict news."""


def exit_on_problems(problems: List[str]) -> None:
    """One line per problem on stdout, their count on stderr, and exit status 1; nothing if none."""
    for problem in problems:
        typer.echo(problem)
    if problems:
        typer.echo(f"{len(problems)} problem(s)", err=True)
        raise typer.Exit(1)


@corpus_app.command("validate")
def corpus_validate(files: List[Path] = typer.Argument(..., exists=True, dir_okay=False, help="JSONL record files")):
    """Check every record against the record format (docs/record.md, docs/record.schema.json); one line per problem."""
    from nk_nlp.records.corpus import validate_file

    problems = [p for f in files for p in validate_file(f)]
    exit_on_problems(problems)
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
    exit_on_problems(problems)
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
    kb_extra: List[Path] = typer.Option(
        [], "--kb-extra", exists=True, file_okay=False,
        help="A directory of extra knowledge-base entries (actors.jsonl, places.jsonl, ...; docs/knowledge.md); repeatable",
    ),
):
    """Annotate articles: one JSON record per input record, in input order (the record format: docs/record.md)."""
    if engine == "dask":
        from nk_nlp.annotate.distributed import annotate_command

        if kb_extra:
            raise typer.BadParameter("not with --engine dask: save a pipeline whose nk_entity_resolver has the "
                                     "kb_extra setting and pass it as --model (docs/knowledge.md)",
                                     param_hint="--kb-extra")
        raise typer.Exit(annotate_command(
            model, inputs, output, scheduler=scheduler, workers=workers, n_process=n_process, resume=resume,
            quiet=quiet, batch_size=batch_size, max_chars=max_chars, split_long=split_long,
        ))
    if engine != "local" or scheduler or workers:
        raise typer.BadParameter("local or dask (--scheduler and --workers need dask)", param_hint="--engine")
    from nk_nlp.annotate import (
        AnnotateOptions, InputError, OutputError, check_inputs, check_output, load_pipeline, run_annotate,
    )

    problems = check_inputs(inputs) + check_output(inputs, output)
    if resume and output == "-":
        problems.append("--resume needs an output file, not standard output")
    if problems:
        raise typer.BadParameter("; ".join(problems), param_hint="INPUTS / --output")
    try:
        nlp = load_pipeline(model, kb_extra=kb_extra)
    except (OSError, ValueError, ImportError) as err:
        typer.echo(f"cannot load the pipeline {model!r}: {err}", err=True)
        typer.echo("install the packaged pipeline (`spacy project run all`) or pass --model PATH", err=True)
        raise typer.Exit(2)
    options = AnnotateOptions(n_process=n_process, batch_size=batch_size, max_chars=max_chars, split_long=split_long)
    with as_message(InputError, OutputError):  # README: "What happens to bad input"
        run_annotate(nlp, inputs, output, options, resume=resume, quiet=quiet)


@app.command("evaluate")
def evaluate(
    gold: Path = typer.Argument(..., exists=True, dir_okay=False, help="gold records (JSONL)"),
    pred: Path = typer.Argument(..., exists=True, dir_okay=False, help="predicted records (JSONL, as annotate writes)"),
    output: Path = typer.Option(None, "--output", "-o", dir_okay=False, help="also write the scores as JSON"),
):
    """Score predicted records against gold records (matched on id): entities, claims, quotes, attribution."""
    from nk_nlp.evaluation.metrics import score_files
    from nk_nlp.evaluation.report import scores_table

    with as_message(ValueError):
        scores, warnings = score_files(gold, pred)
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

    try:
        n_articles = render_file(input_path, output, limit=limit)
    except OSError as err:
        typer.echo(f"error: cannot write {output}: {err.strerror or err}", err=True)
        raise typer.Exit(1)
    typer.echo(f"Rendered {n_articles} article(s) to {output}", err=True)


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def _read_json(path: Optional[Path]):
    if not (path and path.exists()):
        return None
    with as_message(ValueError, prefix=f"error: {path}: not JSON: "):  # JSONDecodeError, UnicodeDecodeError
        return json.loads(path.read_text(encoding="utf-8"))


@app.command("metrics")
def metrics(
    out: Path = typer.Argument(..., dir_okay=False, help="the Markdown file to write (outputs/metrics.md)"),
    trained: Optional[Path] = typer.Option(None, help="`spacy evaluate` JSON of the trained pipeline"),
    package: Optional[Path] = typer.Option(None, help="`spacy evaluate` JSON of the installed package"),
    annotated: Optional[Path] = typer.Option(None, help="`nk-nlp evaluate --output` JSON of the annotate output"),
    cv: Optional[Path] = typer.Option(None, help="cross-validation Markdown (`nk-nlp crossval`), included when it exists"),
    variant: Optional[str] = typer.Option(None, help="the packaged pipeline variant: " + VARIANT_HELP),
    heldout_dev: Optional[Path] = typer.Option(
        None, help="`nk-nlp evaluate` JSON of the held-out dev articles [default: eval_heldout_dev.json beside --annotated]"),
    heldout_test: Optional[Path] = typer.Option(
        None, help="`nk-nlp evaluate` JSON of the held-out test articles [default: eval_heldout_test.json beside --annotated]"),
):
    """Write the metrics report (outputs/metrics.md) from the evaluation outputs; missing files are skipped."""
    from nk_nlp.evaluation.report import flat_component_scores, metrics_markdown

    trained_scores, package_scores = _read_json(trained), _read_json(package)
    _write(out, metrics_markdown(
        trained=flat_component_scores(trained_scores) if trained_scores else None,
        package=flat_component_scores(package_scores) if package_scores else None,
        annotated=_read_json(annotated),
        cv_markdown=cv.read_text(encoding="utf-8") if cv and cv.exists() else None,
        variant=variant,
        heldout={f"held-out {split}": scores for split, scores in (
            ("dev", _read_json(heldout_dev or (annotated and annotated.parent / "eval_heldout_dev.json"))),
            ("test", _read_json(heldout_test or (annotated and annotated.parent / "eval_heldout_test.json"))),
        ) if scores is not None},
    ))
    typer.echo(f"Wrote {out}", err=True)


@app.command("crossval")
def crossval(
    gold: Path = typer.Argument(..., exists=True, dir_okay=False, help="gold records (JSONL)"),
    config: Path = typer.Option(Path("configs/config.cfg"), exists=True, dir_okay=False, help="the pipeline config"),
    work_dir: Path = typer.Option(Path("training/cv"), help="where the fold corpora, configs and models go"),
    max_steps: int = typer.Option(300, min=1, help="training steps per fold"),
    variants: str = typer.Option("rules,ner,rules+ner", help="comma-separated variants: " + VARIANT_HELP),
    jobs: int = typer.Option(os.cpu_count() or 1, min=1, help="trainings run at once"),
    test: Optional[Path] = typer.Option(None, exists=True, dir_okay=False, help="records of articles never seen: each "
                                        "variant is also trained on all gold articles and scored on them"),
    no_folds: bool = typer.Option(False, "--no-folds", help="skip the folds (with --test: the test set only)"),
    packaged: Optional[str] = typer.Option(None, help="the variant the project packages, noted in the report"),
    markdown: Path = typer.Option(Path("outputs/cv.md"), dir_okay=False, help="the Markdown report to write"),
    json_out: Path = typer.Option(Path("outputs/cv.json"), "--json", dir_okay=False, help="the raw scores to write"),
):
    """Leave-one-article-out cross-validation of the rules / ner / rules+ner variants.

    For each gold article: train on the others, score the held-out one. With --test, each variant is
    also trained on all gold articles and scored on the test records."""
    from nk_nlp.evaluation.crossval import VARIANTS, run_crossval
    from nk_nlp.evaluation.report import crossval_markdown

    chosen = [v for v in variants.split(",") if v]
    unknown = sorted(set(chosen + ([packaged] if packaged else [])) - set(VARIANTS))
    if unknown:
        raise typer.BadParameter(f"unknown variants {unknown}; choose from {', '.join(VARIANTS)}")
    if no_folds and not test:
        raise typer.BadParameter("--no-folds needs --test")
    result = run_crossval(gold, config, work_dir, max_steps, chosen, jobs, test_path=test, folds=not no_folds)
    result["packaged"] = packaged
    report = crossval_markdown(result)
    _write(markdown, report)
    _write(json_out, json.dumps(result, indent=2) + "\n")
    typer.echo(report)


@app.command("variant-config")
def variant_config(
    config: Path = typer.Argument(..., exists=True, dir_okay=False, help="the pipeline config"),
    variant: str = typer.Argument(..., help=VARIANT_HELP),
    out: Path = typer.Argument(..., dir_okay=False, help="the config to write"),
):
    """Write the config of one ablation variant of a pipeline config, derived as in `nk-nlp crossval`."""
    import spacy

    from nk_nlp.evaluation.crossval import VARIANTS, variant_config as derive

    if variant not in VARIANTS:
        raise typer.BadParameter(f"choose from {', '.join(VARIANTS)}", param_hint="VARIANT")
    derived = derive(spacy.util.load_config(config, interpolate=False), variant)
    out.parent.mkdir(parents=True, exist_ok=True)
    derived.to_disk(out)
    typer.echo(f"{out}: {variant} pipeline {derived['nlp']['pipeline']}")


@app.command("entity-scores")
def entity_scores(
    gold: Path = typer.Argument(Path("corpus/seeds.jsonl"), exists=True, dir_okay=False, help="gold records (JSONL)"),
    errors: bool = typer.Option(False, "--errors", help="also list every missed, spurious and misnamed entity"),
):
    """Entity precision, recall and F1 per label of the rule pipeline on gold records.

    The pipeline is the config without tok2vec and ner, as `load_untrained()` builds it; the scores
    are those of `nk-nlp evaluate`."""
    from nk_nlp.build import load_untrained
    from nk_nlp.evaluation.metrics import score_entities
    from nk_nlp.evaluation.report import entity_errors, entity_scores_text
    from nk_nlp.records import doc_to_record, read_records

    with as_message(ValueError):
        gold_records = read_records(gold)
    nlp = load_untrained()
    pairs = [(g, doc_to_record(nlp(g["text"]), g["id"])) for g in gold_records]
    typer.echo(entity_scores_text(score_entities(pairs)))
    if errors:
        for line in entity_errors(pairs):
            typer.echo(line)


@app.command("patterns")
def patterns(
    kb_dir: Path = typer.Option(Path("pipeline/kb"), exists=True, file_okay=False, help="the knowledge base"),
    out_dir: Path = typer.Option(Path("pipeline/patterns"), file_okay=False, help="where the pattern files go"),
):
    """Regenerate the entity-ruler patterns from the knowledge base (after every edit of pipeline/kb)."""
    from nk_nlp.knowledge.patterns import write_patterns

    write_patterns(kb_dir, out_dir)
    typer.echo(f"Wrote the patterns of {kb_dir} to {out_dir}", err=True)


@app.command("fingerprint")
def fingerprint(
    src: Path = typer.Argument(..., exists=True, file_okay=False, help="the source folder (src/nk_nlp)"),
    out: Path = typer.Argument(..., dir_okay=False, help="the file to write the hash to"),
):
    """Hash the Python sources, so that the spaCy project retrains when a component changes.

    The file is rewritten only when the hash changes."""
    from nk_nlp.project_tools import write_fingerprint

    typer.echo(f"{out}: {write_fingerprint(src, out)}")


@package_app.command("build")
def package_build(
    model_dir: Path = typer.Argument(..., exists=True, file_okay=False, help="the trained pipeline (training/model-best)"),
    meta: Path = typer.Argument(..., exists=True, dir_okay=False, help="meta.json of the package"),
    out_dir: Path = typer.Argument(..., file_okay=False, help="where the package and its wheel (dist/) go"),
):
    """Package a trained pipeline as id_nk_pipeline and build its wheel.

    The package takes nk_nlp's version and requires nk_nlp (no copied code)."""
    from nk_nlp.project_tools import build_package

    with as_message(RuntimeError):
        typer.echo(f"built {build_package(model_dir, meta, out_dir)}")


@package_app.command("install")
def package_install(
    out_dir: Path = typer.Argument(..., file_okay=False, help="the folder `nk-nlp package build` wrote"),
    receipt: Path = typer.Argument(..., dir_okay=False, help="the receipt to write (for the project lock)"),
):
    """pip-install the built id_nk_pipeline wheel (its requirements are installed already) and write a receipt."""
    from nk_nlp.project_tools import install_package

    with as_message(FileNotFoundError):
        typer.echo(f"installed {install_package(out_dir, receipt)}")


@app.command("ledger")
def ledger(
    records: List[str] = typer.Argument(..., help="Record files (JSONL, as annotate writes) or directories of .jsonl shards"),
    output: Path = typer.Option(..., "--output", "-o", help="OUT.csv, OUT.jsonl or OUT.parquet (--contested: also OUT.html); with --engine dask a directory"),
    contested: bool = typer.Option(False, "--contested", help="Write the contest view: claims about the same thing, grouped"),
    window_days: int = typer.Option(3, "--window-days", min=0, help="Days a contest group spans from its first report"),
    engine: str = typer.Option("local", "--engine", help="local, or dask: a directory of shards in, a Parquet dataset out"),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="--engine dask: address of a running scheduler"),
    workers: Optional[int] = typer.Option(None, "--workers", min=1, help="--engine dask: local worker processes [2]"),
):
    """Write the claim ledger: one row per claim (article, outlet, date, numbers, source and its side, deniers); see docs/ledger.md."""
    if engine == "dask" and not contested:
        from nk_nlp.ledger.distributed import run_ledger_dask

        raise typer.Exit(run_ledger_dask(records, output, scheduler, workers))
    if engine != "local" or scheduler or workers:
        raise typer.BadParameter("local, or dask without --contested (--scheduler and --workers need dask)",
                                 param_hint="--engine")
    from nk_nlp.ledger.command import run_ledger

    raise typer.Exit(run_ledger(records, output, contested, window_days))
