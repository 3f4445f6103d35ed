"""End to end: `spacy project run all` on a copy of the repository, with two
training steps, then the installed `id_nk_pipeline` loaded from elsewhere."""

import json
import os
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import spacy

from nk_nlp.records import check_record
from nk_nlp.evaluation.metrics import pair_records

ROOT = Path(__file__).resolve().parents[1]
GENERATED = ("training", "packages", "outputs", "*.spacy", "project.lock", ".git", "__pycache__",
             ".pytest_cache", ".hypothesis", "*.egg-info", "build", "dist")


def project_env(target: Path) -> dict:
    """Two training steps; the interpreter's scripts folder (nk-nlp) first on PATH; the
    package installed into `target` only, found there first (PYTHONPATH): the test never
    replaces the id_nk_pipeline installed in the running environment."""
    bin_dir = str(Path(sys.executable).parent)
    return {**os.environ, "SPACY_CONFIG_OVERRIDES": "--training.max_steps=2",
            "PATH": bin_dir + os.pathsep + os.environ.get("PATH", ""),
            "NK_INSTALL_TARGET": str(target),
            "PYTHONPATH": os.pathsep.join(filter(None, [str(target), os.environ.get("PYTHONPATH")]))}


def installed_package():
    """(version, location) of the id_nk_pipeline the running environment has, if any."""
    from importlib import metadata

    try:
        dist = metadata.distribution("id_nk_pipeline")
    except metadata.PackageNotFoundError:
        return None
    return dist.version, str(dist.locate_file(""))


def project_version() -> str:
    return re.search(r'^version = "([^"]+)"', (ROOT / "pyproject.toml").read_text(), re.MULTILINE).group(1)


@pytest.fixture(scope="module")
def project_run(tmp_path_factory):
    project = tmp_path_factory.mktemp("nk_project") / "repo"
    shutil.copytree(ROOT, project, ignore=shutil.ignore_patterns(*GENERATED))
    env = project_env(project.parent / "site")
    before = installed_package()
    result = subprocess.run(
        [sys.executable, "-m", "spacy", "project", "run", "all", str(project)],
        env=env, capture_output=True, text=True, timeout=1500,
    )
    assert result.returncode == 0, f"{result.stdout[-4000:]}\n{result.stderr[-4000:]}"
    assert installed_package() == before, "the workflow changed the id_nk_pipeline of the running environment"
    return project, result.stdout


def test_workflow_packages_with_nk_nlp_requirement(project_run):
    project, _ = project_run
    version = project_version()
    meta = json.loads((project / "packages" / f"id_nk_pipeline-{version}" / "meta.json").read_text())
    assert (meta["lang"], meta["name"], meta["version"]) == ("id", "nk_pipeline", version)
    assert meta["performance"] == {} and meta["training_set_fit"], "training-set fit reported as performance"
    assert any(re.match(r"nk_nlp>=", req) for req in meta["requirements"]), meta["requirements"]
    packaged_config = spacy.util.load_config(project / "training" / "packaged.cfg", interpolate=False)
    assert meta["pipeline"] == packaged_config["nlp"]["pipeline"]
    assert "entity_ruler" in meta["pipeline"] or "ner" in meta["pipeline"]
    # no --code copies: the components come from the nk_nlp requirement
    package_dir = project / "packages" / f"id_nk_pipeline-{version}" / "id_nk_pipeline"
    assert sorted(p.name for p in package_dir.glob("*.py")) == ["__init__.py"]


def test_installed_package_annotates_a_seed(project_run, tmp_path):
    project, _ = project_run
    seed = sorted((ROOT / "seeds").glob("*.txt"))[0]
    script = textwrap.dedent(
        """
        import json, sys
        import spacy
        from nk_nlp.records.convert import doc_to_record
        nlp = spacy.load("id_nk_pipeline")
        text = open(sys.argv[1], encoding="utf-8").read()
        print(json.dumps({"pipeline": nlp.pipe_names, "record": doc_to_record(nlp(text), "seed")}))
        """
    )
    # run from an unrelated folder: the package must need nothing from the repository
    out = subprocess.run([sys.executable, "-c", script, str(seed)], cwd=tmp_path, capture_output=True, text=True,
                         env=project_env(project.parent / "site"))
    assert out.returncode == 0, out.stderr[-3000:]
    result = json.loads(out.stdout.strip().splitlines()[-1])
    record = result["record"]
    assert result["pipeline"][:2] == ["sentencizer", "nk_article_body"]
    assert check_record(record) == []
    assert record["text"] == seed.read_text(encoding="utf-8")
    assert record["entities"], "the packaged pipeline found no entity in a seed article"


def test_annotate_output_and_metrics(project_run):
    project, _ = project_run
    records = [json.loads(line) for line in (project / "outputs" / "seeds.jsonl").read_text().splitlines()]
    assert [r["id"] for r in records] == sorted(p.stem for p in (ROOT / "seeds").glob("*.txt"))
    for record in records:
        assert record["errors"] == []
        assert check_record(record) == []
    # the workflow's record-level scores are those of the annotate output against the gold
    gold = [json.loads(line) for line in (ROOT / "corpus" / "seeds.jsonl").read_text().splitlines()]
    from nk_nlp.evaluation.metrics import score_records

    expected = score_records(pair_records(gold, records)[0])
    reported = json.loads((project / "outputs" / "eval_annotated.json").read_text())
    assert reported["ents_f"] == pytest.approx(expected["ents_f"])
    metrics = (project / "outputs" / "metrics.md").read_text()
    ents_f_row = next(line for line in metrics.splitlines() if line.startswith("| entities F |"))
    assert ents_f_row.rstrip(" |").endswith(f"{100 * expected['ents_f']:.1f}")
    assert "| metric | held-out dev | held-out test |" in metrics, "metrics.md leaves out the held-out scores"


def test_unchanged_steps_are_skipped(project_run):
    project, _ = project_run
    env = project_env(project.parent / "site")
    result = subprocess.run(
        [sys.executable, "-m", "spacy", "project", "run", "train", str(project)],
        env=env, capture_output=True, text=True, timeout=600,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Skipping 'train': nothing changed" in result.stdout
