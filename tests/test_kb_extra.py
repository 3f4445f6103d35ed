"""Users' extra knowledge at load time: the resolver's `kb_extra` setting and `nk-nlp annotate --kb-extra`."""

import json

import pytest
from typer.testing import CliRunner

from nk_nlp.annotate import load_pipeline
from nk_nlp.build import load_untrained
from nk_nlp.cli import app

TEXT = "Juru bicara Front Pembebasan Xyloria mengatakan FPX menyerang pos di Kampung Qwertyuiop."


@pytest.fixture(scope="module")
def saved_pipeline(tmp_path_factory):
    path = tmp_path_factory.mktemp("pipeline") / "rules"
    load_untrained().to_disk(path)
    return path


@pytest.fixture(scope="module")
def extra_dir(tmp_path_factory):
    extra = tmp_path_factory.mktemp("my_kb")
    (extra / "actors.jsonl").write_text(
        '{"canonical": "Front Pembebasan Xyloria", "type": "armed_group", "aliases": ["FPX"]}\n', encoding="utf-8")
    (extra / "places.jsonl").write_text(
        '{"canonical": "Qwertyuiop", "kind": "village", "country": "Indonesia", "aliases": ["Qwertyuiop Lama"]}\n',
        encoding="utf-8")
    return extra


def _ents(doc):
    return {(e.text, e.label_, e.kb_id_) for e in doc.ents}


def test_extra_names_are_found_and_named_only_with_the_setting(saved_pipeline, extra_dir):
    plain = _ents(load_pipeline(str(saved_pipeline))(TEXT))
    # Without the setting, `FPX menyerang` is an actor (organisations.py) but not the front it abbreviates.
    assert not any(text == "FPX" and canonical == "Front Pembebasan Xyloria" for text, _, canonical in plain)
    nlp = load_pipeline(str(saved_pipeline), kb_extra=[extra_dir])
    found = _ents(nlp(TEXT))
    assert ("FPX", "ACTOR", "Front Pembebasan Xyloria") in found
    assert ("Qwertyuiop", "PLACE", "Qwertyuiop") in found
    assert nlp.get_pipe("nk_entity_resolver").kb.actor("KKB")["canonical"] == "TPNPB-OPM"  # packaged KB kept


def test_a_saved_pipeline_keeps_the_setting_and_reads_the_directory_again(saved_pipeline, extra_dir, tmp_path):
    nlp = load_pipeline(str(saved_pipeline), kb_extra=[extra_dir])
    nlp.to_disk(tmp_path / "again")
    again = load_pipeline(str(tmp_path / "again"))
    assert again.config["components"]["nk_entity_resolver"]["kb_extra"] == [str(extra_dir)]
    assert ("FPX", "ACTOR", "Front Pembebasan Xyloria") in _ents(again(TEXT))
    fpx = [p for p in again.get_pipe("entity_ruler").patterns if p["pattern"] == "FPX"]
    assert len(fpx) == 1  # the ruler's saved patterns are not added twice


def test_cli_annotate_kb_extra(saved_pipeline, extra_dir, tmp_path):
    inputs = tmp_path / "in.jsonl"
    inputs.write_text(json.dumps({"id": "a", "text": TEXT}) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["annotate", str(inputs), "-o", str(out), "-m", str(saved_pipeline),
                                      "--kb-extra", str(extra_dir), "-q"])
    assert result.exit_code == 0, result.output
    record = json.loads(out.read_text(encoding="utf-8"))
    assert {"text": "FPX", "canonical": "Front Pembebasan Xyloria"}.items() <= \
        next(e for e in record["entities"] if e["text"] == "FPX").items()
    missing = CliRunner().invoke(app, ["annotate", str(inputs), "-o", str(out), "-m", str(saved_pipeline),
                                       "--kb-extra", str(tmp_path / "nope")])
    assert missing.exit_code != 0 and "nope" in missing.output
    dask = CliRunner().invoke(app, ["annotate", str(inputs), "-o", str(tmp_path / "shards"), "--engine", "dask",
                                    "--kb-extra", str(extra_dir)])
    assert dask.exit_code != 0 and "kb_extra setting" in dask.output
