"""The claim ledger and the contest view (nk_nlp.ledger, `nk-nlp ledger`, the render link):
one row per claim on any batch, typed in pandas, sides from the KB, figures per side."""

import json
import sys

import pytest
from typer.testing import CliRunner

from nk_nlp.cli import app
from nk_nlp.ledger import COLUMNS, contest_groups, ledger_rows, to_dataframe
from nk_nlp.ledger.contest import UNATTRIBUTED
from nk_nlp.ledger.contest_page import contest_page_path
from nk_nlp.ledger.load import read_ledger
from nk_nlp.ledger.sides import Sides
from nk_nlp.ledger.table import lead_start, sentence_around
from nk_nlp.records.convert import empty_record

from conftest import ROOT, SEEDS

NAMES = [name for name, _ in COLUMNS]


@pytest.fixture(scope="module")
def seed_records(rules_nlp):
    from nk_nlp.annotate import annotate_records, read_inputs

    return list(annotate_records(rules_nlp, read_inputs([str(p) for p in sorted(SEEDS.glob("*.txt"))])))


@pytest.fixture(scope="module")
def sides():
    return Sides()


# ---------------------------------------------------------------- synthetic records


def _span(text, phrase, nth=0, **extra):
    at = -1
    for _ in range(nth + 1):
        at = text.index(phrase, at + 1)
    return {"start": at, "end": at + len(phrase), "text": phrase, **extra}


def claim(text, phrase, value, source=None, canonical=None, outcome="killed", party="Indonesia",
          category="military", deniers=(), low=None, high=None, qualifier="exact"):
    low = value if low is None and qualifier == "exact" else low
    high = value if high is None and qualifier == "exact" else high
    src = _span(text, source, canonical=canonical or source) if source else None
    return {**_span(text, phrase), "value": value, "low": low, "high": high, "qualifier": qualifier,
            "category": category, "outcome": outcome, "party": party, "source": src,
            "source_via": "clause" if source else None, "cue": None, "media": [],
            "disputed_by": [{"source": {"start": 0, "end": 1, "text": d, "canonical": d}, "cue": None} for d in deniers]}


def papua_records():
    """Two outlets, two sides: TPNPB-OPM claims six soldiers shot dead, the army says one
    died and denies the rest; ten days later another toll is another event."""
    a = ("Klaim Tembak Mati Enam Prajurit\n\nTIMIKA - Juru bicara TPNPB-OPM Sebby Sambom mengklaim pasukannya "
         "menembak mati enam prajurit TNI di Intan Jaya, Senin (2/3/2026). Kapuspen TNI membantah klaim itu.")
    b = ("JAKARTA - Kapuspen TNI mengatakan hanya satu prajurit TNI gugur dalam kontak tembak di Intan Jaya, "
         "Selasa (3/3/2026). Dia menyebut kabar enam prajurit tewas sebagai hoaks.")
    c = ("JAYAPURA - Kapolda Papua mengatakan tiga prajurit TNI tewas dalam serangan baru, Jumat (13/3/2026), "
         "dan kepolisian masih memburu pelakunya di sekitar Kabupaten Puncak.")
    rec_a = empty_record("papua-a", a, {"outlet": "Contoh Papua", "url": "https://contoh.id/a"})
    rec_a["claims"] = [claim(a, "enam prajurit TNI", 6, source="TPNPB-OPM Sebby Sambom", canonical="Sebby Sambom",
                             deniers=["Kepala Pusat Penerangan Tentara Nasional Indonesia"])]
    rec_b = empty_record("papua-b", b, {"outlet": "Warta Contoh", "date": "2026-03-03T10:00:00+09:00"})
    rec_b["claims"] = [
        claim(b, "satu prajurit TNI", 1, source="Kapuspen TNI", canonical="Kepala Pusat Penerangan Tentara Nasional Indonesia"),
        claim(b, "enam prajurit", 6, outcome="killed"),  # the article restating the claim it calls a hoax
    ]
    rec_c = empty_record("papua-c", c, {})
    rec_c["claims"] = [claim(c, "tiga prajurit TNI", 3, source="Kapolda Papua", canonical="Kepala Kepolisian Daerah Papua")]
    return [rec_a, rec_b, rec_c]


def karabakh_records():
    """Azerbaijan and Armenia give different figures for Armenian losses, vague and bounded."""
    a = "Kementerian Pertahanan Azerbaijan mengklaim ratusan tentara Armenia tewas, Rabu (30/9/2020)."
    b = "Kementerian Pertahanan Armenia menyebut lebih dari 80 tentaranya gugur, Kamis (1/10/2020)."
    rec_a = empty_record("ka-a", a)
    rec_a["claims"] = [claim(a, "ratusan tentara Armenia", None, source="Kementerian Pertahanan Azerbaijan",
                             party="Armenia", qualifier="vague", low=100, high=999)]
    rec_b = empty_record("ka-b", b)
    rec_b["claims"] = [claim(b, "80 tentaranya", 80, source="Kementerian Pertahanan Armenia", party="Armenia",
                             qualifier="more_than", low=80, high=None)]
    return [rec_a, rec_b]


# ---------------------------------------------------------------- the ledger on the seeds


def test_one_row_per_claim_on_the_seeds_in_record_order(seed_records, sides):
    rows = list(ledger_rows(seed_records, sides))
    assert len(rows) == sum(len(r["claims"]) for r in seed_records) > 0
    assert [(r["article_id"], r["claim_index"]) for r in rows] == [
        (rec["id"], i) for rec in seed_records for i in range(len(rec["claims"]))]
    assert all(set(r) == set(NAMES) for r in rows)
    dates = {r["article_id"]: r["date"] for r in rows}
    assert dates["003_ff36bd3fc7d329e5"] == "2020-09-30" and dates["004_5c997f7c300859a6"] == "2020-11-02"


def test_seed_rows_carry_the_claim_its_sentence_and_the_side_of_its_source(seed_records, sides):
    rows = [r for r in ledger_rows(seed_records, sides) if r["article_id"] == "003_ff36bd3fc7d329e5"]
    record = next(r for r in seed_records if r["id"] == "003_ff36bd3fc7d329e5")
    for row, item in zip(rows, record["claims"]):
        assert row["claim_text"] == item["text"] and row["claim_text"] in row["sentence"]
        assert (row["value"], row["low"], row["high"]) == (item["value"], item["low"], item["high"])
        assert row["media"] == [m["text"] for m in item["media"]]
    ministry = [r for r in rows if r["source_canonical"] == "Kementerian Pertahanan Azerbaijan"]
    assert ministry and {r["source_side"] for r in ministry} == {"Azerbaijan"}
    headline = [r for r in rows if r["in_headline"]]
    assert headline and all(r["start"] < record["text"].index("IMPIANNEWS") for r in headline)
    assert any(r["claim_text"] == "2.300 personel militer Armenia" and not r["in_headline"] for r in rows)
    assert all(r["deniers"] == [] and r["disputed"] is False for r in rows)  # the seeds deny nothing


def test_the_ledger_loads_in_pandas_with_typed_columns(seed_records):
    pd = pytest.importorskip("pandas")
    frame = to_dataframe(seed_records)
    assert list(frame.columns) == NAMES and len(frame) == sum(len(r["claims"]) for r in seed_records)
    assert str(frame["value"].dtype) == "Int64" and str(frame["claim_index"].dtype) == "Int64"
    assert pd.api.types.is_datetime64_any_dtype(frame["date"])
    assert str(frame["in_headline"].dtype) == "boolean" and str(frame["party"].dtype) == "string"
    assert frame["date"].min() == pd.Timestamp("2020-09-28")
    empty = to_dataframe([empty_record("x", "Tanpa angka.")])
    assert list(empty.columns) == NAMES and len(empty) == 0 and str(empty["high"].dtype) == "Int64"


def test_to_dataframe_without_pandas_says_how_to_get_it(monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match=r"nk_nlp\[ledger\]"):
        to_dataframe([])


# ---------------------------------------------------------------- any batch, from the command line


def _write_batch(tmp_path, seed_records):
    shards = tmp_path / "records"
    (shards / "part2").mkdir(parents=True)
    broken = empty_record("broken", "Teks.", errors=["component 'nk_claims' failed: ValueError"])
    odd = empty_record("odd", "Angka aneh 5 orang.")
    odd["claims"] = [{"start": 11, "end": 18, "text": "5 orang", "value": "lima", "low": True,
                      "disputed_by": "none", "source": {"text": 3}}, "not a claim"]
    (shards / "part1.jsonl").write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in seed_records[:3]) + "\n{not json\n", encoding="utf-8")
    (shards / "part2" / "latin1.jsonl").write_bytes(b'{"id": "caf\xe9", "text": "x", "claims": []}\n')
    (shards / "part2" / "part3.jsonl").write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in seed_records[3:] + [broken, odd]) + "\n", encoding="utf-8")
    return shards, sum(len(r["claims"]) for r in seed_records) + 2


@pytest.mark.parametrize("suffix", [".csv", ".jsonl", ".parquet"])
def test_the_command_writes_exactly_one_row_per_claim_of_any_batch(tmp_path, seed_records, suffix):
    pd = pytest.importorskip("pandas")
    if suffix == ".parquet":
        pytest.importorskip("pyarrow")
    shards, n_claims = _write_batch(tmp_path, seed_records)
    out = tmp_path / f"ledger{suffix}"
    result = CliRunner().invoke(app, ["ledger", str(shards), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "not a JSON record" in result.output and "not valid UTF-8" in result.output
    plain = pd.read_csv(out) if suffix == ".csv" else pd.read_json(out, lines=True) if suffix == ".jsonl" else pd.read_parquet(out)
    assert len(plain) == n_claims and list(plain.columns) == NAMES
    frame = read_ledger(out)  # the same table, typed as to_dataframe types it
    records = [json.loads(line) for f in sorted(shards.rglob("*.jsonl"))
               for line in f.read_bytes().decode("utf-8", "replace").splitlines() if line.startswith("{\"")]
    expected = to_dataframe(records)
    assert len(frame) == n_claims and list(frame.columns) == NAMES
    pd.testing.assert_frame_equal(frame.drop(columns=["media", "deniers"]), expected.drop(columns=["media", "deniers"]))
    assert frame["media"].tolist() == expected["media"].tolist()
    odd = frame[frame["article_id"] == "odd"]
    assert len(odd) == 2 and odd["value"].isna().all()  # a malformed claim is still one row, never a crash
    assert "broken" not in set(frame["article_id"])


def test_parquet_keeps_the_types(tmp_path, seed_records):
    pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    out = tmp_path / "ledger.parquet"
    assert CliRunner().invoke(app, ["ledger", str(tmp_path / "none.jsonl"), "-o", str(out)]).exit_code == 2
    records = tmp_path / "seeds.jsonl"
    records.write_text("\n".join(json.dumps(r) for r in seed_records) + "\n", encoding="utf-8")
    assert CliRunner().invoke(app, ["ledger", str(records), "-o", str(out)]).exit_code == 0
    schema = pq.read_schema(out)
    assert str(schema.field("date").type) == "date32[day]" and str(schema.field("value").type) == "int64"
    assert str(schema.field("media").type.value_type) == "string" and str(schema.field("in_headline").type) == "bool"


def test_the_command_refuses_to_overwrite_its_input_and_unknown_formats(tmp_path, seed_records):
    records = tmp_path / "seeds.jsonl"
    records.write_text(json.dumps(seed_records[0]) + "\n", encoding="utf-8")
    before = records.read_text(encoding="utf-8")
    result = CliRunner().invoke(app, ["ledger", str(records), "-o", str(records)])
    assert result.exit_code == 2 and "never overwrites" in result.output
    assert records.read_text(encoding="utf-8") == before
    assert CliRunner().invoke(app, ["ledger", str(records), "-o", str(tmp_path / "x.xlsx")]).exit_code == 2


# ---------------------------------------------------------------- sides, sentences, headline


@pytest.mark.parametrize(
    "name, side",
    [
        ("Kementerian Pertahanan Azerbaijan", "Azerbaijan"),  # not in the KB: its owner
        ("Angkatan Bersenjata Armenia", "Armenia"),
        ("Baku", "Azerbaijan"),
        ("Ilham Aliyev", "Azerbaijan"),  # a person: the KB's affiliation
        ("Brigade Izzuddin al-Qassam", "Hamas"),  # up the chain to the armed group
        ("Kementerian Kesehatan Gaza", "Hamas"),
        ("Hamas", "Hamas"),  # a non-state armed group is its own side
        ("Pasukan Quds", "Iran"),
        ("Otoritas Nagorno-Karabakh", "Otoritas Nagorno-Karabakh"),
        ("Kepala Pusat Penerangan Tentara Nasional Indonesia", "Indonesia"),
        ("Aparat Keamanan Indonesia", "Indonesia"),
        ("Kepala Kepolisian Daerah Papua", "Indonesia"),  # an owner the KB knows as a place of a country
        ("James Appathurai", None),
        ("Fulan bin Fulan", None),
    ],
)
def test_the_side_a_source_speaks_for(sides, name, side):
    assert sides.side_of(name) == side


def test_sentence_and_headline_helpers():
    text = "Judul Berita 5 Tewas\n\nKOTA - Pasukan menembak 5 orang. Dia berkata 2.300 tank hancur! Lalu pergi."
    at = text.index("2.300")
    assert sentence_around(text, at, at + 9) == "Dia berkata 2.300 tank hancur!"
    assert sentence_around(text, 13, 20) == "Judul Berita 5 Tewas"
    assert lead_start(text) == text.index("KOTA") and lead_start("pendek") == len("pendek")
    assert lead_start("\nJudul 5 Tewas\nBaris kedua 3 orang") == len("\nJudul 5 Tewas")  # no lead: the first line


# ---------------------------------------------------------------- the contest view


def test_the_seeds_contest_view_groups_every_comparable_claim_once(seed_records, sides):
    rows = list(ledger_rows(seed_records, sides))
    groups = contest_groups(rows)
    comparable = [r for r in rows if r["party"] and r["outcome"]]
    assert sum(g["claims"] for g in groups) == len(comparable)
    # the seeds report one side's claims and no denial: nothing is contested
    assert not any(g["contested"] for g in groups)
    killed = next(g for g in groups if (g["party"], g["outcome"], g["category"]) == ("Armenia", "killed", "military")
                  and g["first_date"] == "2020-09-30")
    assert "Azerbaijan: 2300" in killed["figures"] and killed["conservative"] == 2300
    # tanks and artillery destroyed the same day are two things, not a contest
    things = {g["thing"]: g["figures"] for g in groups if g["category"] == "equipment" and g["first_date"] == "2020-09-30"}
    assert things["tank"] == ["Azerbaijan: 130"] and things["artileri"] == ["Azerbaijan: 200"]


def test_a_held_out_article_where_two_sides_disagree(rules_nlp, sides):
    from nk_nlp.annotate import annotate_records, read_inputs

    records = [r for r in annotate_records(rules_nlp, read_inputs([str(ROOT / "corpus" / "heldout" / "test.jsonl")]))
               if r["id"] == "h_F2_armenia"]
    [group] = [g for g in contest_groups(ledger_rows(records, sides)) if g["contested"]]
    assert (group["party"], group["outcome"], group["first_date"]) == ("Armenia", "killed", "2025-03-09")
    assert {"Armenia: 4", "Azerbaijan: 10"} <= set(group["figures"])  # Armenia counts 4 dead, Azerbaijan claims up to 10
    assert (group["low"], group["best"], group["high"], group["conservative"]) == (4, 4, 10, 4)


def test_two_sides_giving_different_figures_make_one_contested_group(sides):
    groups = contest_groups(ledger_rows(papua_records(), sides))
    first = groups[0]
    assert first["contested"] and (first["party"], first["outcome"], first["category"]) == ("Indonesia", "killed", "military")
    assert first["articles"] == ["papua-a", "papua-b"] and first["claims"] == 3
    assert first["figures"] == [f"{UNATTRIBUTED}: 6", "Indonesia: 1", "TPNPB-OPM: 6"]  # Sebby Sambom speaks for it (KB)
    assert (first["low"], first["best"], first["high"], first["conservative"]) == (1, 1, 6, 1)
    assert first["deniers"] == ["Kepala Pusat Penerangan Tentara Nasional Indonesia"]
    assert (first["first_date"], first["last_date"]) == ("2026-03-02", "2026-03-03")
    # ten days later: another event, one side, no denial
    later = next(g for g in groups if g["articles"] == ["papua-c"])
    assert not later["contested"] and later["figures"] == ["Indonesia: 3"] and later["first_date"] == "2026-03-13"


def test_the_window_decides_what_counts_as_the_same_event(sides):
    rows = list(ledger_rows(papua_records(), sides))
    assert len(contest_groups(rows, window_days=30)) == 1
    assert len(contest_groups(rows, window_days=0)) == 3


def test_vague_and_bounded_figures_follow_the_ucdp_and_acled_conventions(sides):
    [group] = contest_groups(ledger_rows(karabakh_records(), sides))
    assert group["contested"] and group["sides"] == ["Armenia", "Azerbaijan"]
    assert group["figures"] == ["Armenia: 80", "Azerbaijan: 100"]  # `ratusan` counts its lower bound
    assert (group["low"], group["best"], group["high"], group["conservative"]) == (80, 80, 999, 80)


def test_a_denial_alone_makes_a_group_contested(sides):
    rec = papua_records()[0]
    [group] = contest_groups(ledger_rows([rec], sides))
    assert group["contested"] and group["figures"] == ["TPNPB-OPM: 6"]
    rec["claims"][0]["disputed_by"] = []
    assert not contest_groups(ledger_rows([rec], sides))[0]["contested"]


def test_the_contest_command_and_the_render_link(tmp_path):
    records = tmp_path / "batch.jsonl"
    records.write_text("\n".join(json.dumps(r) for r in papua_records() + karabakh_records()) + "\n", encoding="utf-8")
    runner = CliRunner()
    out = tmp_path / "contest.csv"
    assert runner.invoke(app, ["ledger", str(records), "-o", str(out), "--contested"]).exit_code == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("group,party,outcome,category") and len(lines) == 1 + 3
    html = tmp_path / "contest.html"
    assert runner.invoke(app, ["ledger", str(records), "-o", str(html), "--contested"]).exit_code == 0
    assert "<table id=\"contest\">" in html.read_text(encoding="utf-8")
    page = tmp_path / "batch.html"
    assert runner.invoke(app, ["render", str(records), "-o", str(page)]).exit_code == 0
    table = contest_page_path(page)
    assert table.name == "batch.contest.html" and f'href="{table.name}"' in page.read_text(encoding="utf-8")
    shown = table.read_text(encoding="utf-8")
    assert "TPNPB-OPM: 6" in shown and "Indonesia: 1" in shown and "addEventListener" in shown
