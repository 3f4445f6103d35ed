"""The evaluation plumbing of the project: pairing record files, the ablation
configs and the per-fold scores of the cross-validation (no training here)."""

import json
from pathlib import Path

import pytest
import spacy
from typer.testing import CliRunner

from nk_nlp.cli import app
from nk_nlp.evaluation.crossval import VARIANTS, fold_scores, mean_scores, variant_config
from nk_nlp.evaluation.metrics import pair_records
from nk_nlp.evaluation.report import scores_table

ROOT = Path(__file__).resolve().parents[1]

TEXT = "Menteri Pertahanan Ukraina Oleksii Reznikov mengatakan 12 tank Rusia hancur di Kharkiv."


def record(rid, entities=(), claims=(), text=TEXT):
    ents = [{"start": s, "end": e, "label": label, "text": text[s:e], "canonical": None} for s, e, label in entities]
    return {"id": rid, "text": text, "meta": {}, "entities": ents, "claims": list(claims), "quotes": [], "errors": []}


def span(text, part, label):
    start = text.index(part)
    return (start, start + len(part), label)


GOLD_ENTS = [span(TEXT, "Oleksii Reznikov", "ACTOR"), span(TEXT, "tank", "EQUIPMENT"),
             span(TEXT, "Rusia", "ACTOR"), span(TEXT, "Kharkiv", "PLACE")]


def test_pairs_match_on_id_and_missing_predictions_count_as_misses():
    gold = [record("a", GOLD_ENTS), record("b", GOLD_ENTS[:1])]
    pred = [record("b", GOLD_ENTS[:1]), record("zzz")]
    pairs, warnings = pair_records(gold, pred)
    assert [(g["id"], p["id"]) for g, p in pairs] == [("a", "a"), ("b", "b")]
    assert pairs[0][1]["entities"] == []
    assert any("a: no prediction" in w for w in warnings)
    assert any("zzz" in w and "no gold" in w for w in warnings)


def test_pairs_refuse_different_texts():
    with pytest.raises(ValueError, match="texts differ"):
        pair_records([record("a")], [record("a", text=TEXT + " ")])


def test_evaluate_command_scores_two_files(tmp_path):
    gold, pred = tmp_path / "gold.jsonl", tmp_path / "pred.jsonl"
    gold.write_text(json.dumps(record("a", GOLD_ENTS)) + "\n")
    # one right, one wrong label, one missed
    pred_ents = [GOLD_ENTS[0], (*GOLD_ENTS[3][:2], "ACTOR"), GOLD_ENTS[1]]
    pred.write_text(json.dumps(record("a", sorted(pred_ents))) + "\n")
    out = tmp_path / "scores.json"
    result = CliRunner().invoke(app, ["evaluate", str(gold), str(pred), "--output", str(out)])
    assert result.exit_code == 0, result.output
    scores = json.loads(out.read_text())
    assert scores["ents_p"] == pytest.approx(2 / 3)
    assert scores["ents_r"] == pytest.approx(2 / 4)
    assert scores["ents_per_type"]["PLACE"]["r"] == 0.0
    assert "| entities P | 66.7 |" in result.output


def test_variant_configs_drop_the_right_components():
    config = spacy.util.load_config(ROOT / "configs" / "config.cfg", interpolate=False)
    full = config["nlp"]["pipeline"]
    for variant, dropped in VARIANTS.items():
        derived = variant_config(config, variant)
        assert derived["nlp"]["pipeline"] == [p for p in full if p not in dropped]
        assert not set(dropped) & set(derived["training"]["annotating_components"])
        assert not set(dropped) & set(derived["components"])
    assert "ner" not in variant_config(config, "rules")["nlp"]["pipeline"]
    assert variant_config(config, "rules")["training"]["max_steps"] == 1
    assert "entity_ruler" not in variant_config(config, "ner")["nlp"]["pipeline"]
    assert variant_config(config, "rules+ner")["training"]["max_steps"] == config["training"]["max_steps"]
    assert config["nlp"]["pipeline"] == full  # the base config is left alone


def test_fold_scores_leave_undefined_what_an_article_lacks():
    gold, pred = record("a", GOLD_ENTS), record("a", GOLD_ENTS[:2])
    scores = fold_scores(gold, pred)
    assert scores["spans_claims_f"] is None  # no claim in gold nor prediction: undefined, not 0
    assert scores["ents_per_type"]["MEDIA"]["f"] is None
    assert scores["ents_per_type"]["PLACE"]["f"] == 0.0
    assert scores["ents_r"] == pytest.approx(0.5)
    other = fold_scores(gold, gold)
    means = mean_scores([scores, other])
    assert means["ents_r"] == pytest.approx(0.75)
    assert means["spans_claims_f"] is None
    assert means["ents_per_type"]["PLACE"]["f"] == pytest.approx(0.5)


def test_scores_table_has_a_row_per_metric_and_label():
    table = scores_table({"x": fold_scores(record("a", GOLD_ENTS), record("a", GOLD_ENTS))})
    rows = [line.split("|")[1].strip() for line in table.splitlines()[2:]]
    for label in ("ACTOR", "PLACE", "EQUIPMENT", "MEDIA"):
        assert {f"{label} P", f"{label} R", f"{label} F"} <= set(rows)
    assert "| entities F | 100.0 |" in table


def test_report_shows_folds_winner_and_unseen_articles():
    from nk_nlp.evaluation.report import crossval_markdown

    good = fold_scores(record("a", GOLD_ENTS), record("a", GOLD_ENTS))
    half = fold_scores(record("a", GOLD_ENTS), record("a", GOLD_ENTS[:2]))
    variant = lambda s: {"folds": [{"held_out": "a", **s}], "mean": s, "pooled": s, "selection_score": s["ents_f"]}  # noqa: E731
    result = {"articles": ["a", "b"], "max_steps": 3, "variants": {"rules": variant(half), "rules+ner": variant(good)},
              "winner": "rules+ner", "packaged": "rules",
              "test": {"path": "t.jsonl", "articles": ["t1"], "variants": {"rules": half, "rules+ner": good}}}
    report = crossval_markdown(result)
    assert "**Winner: rules+ner.**" in report
    assert "WARNING: the packaged pipeline (project.yml `variant`) is rules, not the winner." in report
    assert "### Per fold: rules" in report and "### Articles never seen" in report
    assert "| entities R | 50.0 | 100.0 |" in report
    del result["variants"], result["winner"]
    result["variants"] = {}
    assert crossval_markdown(result).startswith("### Articles never seen")
