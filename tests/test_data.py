"""The package finds its data without a checkout: the default config, the knowledge
base, lexicons and patterns come through importlib.resources (nk_nlp.data), and the
config's data paths fall back to the shipped copies outside the repository."""

import json
import subprocess
import sys
from pathlib import Path

from nk_nlp.data import DEFAULT_CONFIG, data_path, packaged
from nk_nlp.records.convert import doc_to_record

ROOT = Path(__file__).resolve().parents[1]
TEXT = "Menurut Kementerian Pertahanan Ukraina, 12 tank Rusia dihancurkan di Kharkiv, kata Oleksandr."


def test_shipped_data_is_the_repository_data():
    assert DEFAULT_CONFIG.read_bytes() == (ROOT / "configs" / "config.cfg").read_bytes()
    for name in ("kb/actors.jsonl", "lexicons/numbers.json", "patterns/entities_kb.jsonl"):
        assert packaged("pipeline", *name.split("/")).read_bytes() == (ROOT / "pipeline" / name).read_bytes()


def test_data_path_prefers_the_working_directory(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert data_path("pipeline/kb") == packaged("pipeline", "kb")
    (tmp_path / "pipeline" / "kb").mkdir(parents=True)
    assert data_path("pipeline/kb") == Path("pipeline/kb")
    assert data_path("nowhere/at/all") == Path("nowhere/at/all")


def test_load_untrained_from_another_directory(tmp_path, rules_nlp):
    """The README's `load_untrained()` run where there is no pipeline/ and no configs/."""
    code = (
        "import json, sys\n"
        "from nk_nlp.build import load_untrained\n"
        "from nk_nlp.records.convert import doc_to_record\n"
        f"print(json.dumps(doc_to_record(load_untrained()({TEXT!r}), 'x')))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["entities"], "no entities: the knowledge base was not found"
    assert record == doc_to_record(rules_nlp(TEXT), "x")


def test_readme_api(rules_nlp):
    """The names the README's Python example uses."""
    from nk_nlp.knowledge import Knowledge, load
    from nk_nlp.records import check_record, doc_to_record as exported

    record = exported(rules_nlp(TEXT), "003")
    assert check_record(record) == [] and record["entities"]
    assert isinstance(load(), Knowledge)
