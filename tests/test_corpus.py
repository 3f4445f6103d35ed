"""The corpus validator catches each kind of error; the shipped corpus validates;
convert round-trips records -> DocBin -> records."""

import copy
import json
from pathlib import Path

import pytest

from nk_nlp.records import check_record
from nk_nlp.records.corpus import convert_files, docbin_records, validate_file

GOLD = Path(__file__).resolve().parents[1] / "corpus" / "seeds.jsonl"

TEXT = 'Menurut Kementerian Pertahanan Ukraina, 12 tank Rusia dihancurkan. "Kami terus bertahan di Kharkiv," kata Oleksandr.'


def _span(text, needle, **extra):
    start = TEXT.index(needle)
    return {"start": start, "end": start + len(needle), "text": needle, **extra}


def good_record():
    ministry = _span(TEXT, "Kementerian Pertahanan Ukraina", label="ACTOR", canonical="Kementerian Pertahanan Ukraina")
    speaker = _span(TEXT, "Oleksandr", label="ACTOR", canonical=None)
    source = {k: ministry[k] for k in ("start", "end", "text", "canonical")}
    claim = _span(
        TEXT, "12 tank Rusia", value=12, low=12, high=12, qualifier="exact", category="equipment",
        outcome="destroyed", party="Rusia", source=source, cue=_span(TEXT, "Menurut"), media=[],
    )
    quote = _span(TEXT, "Kami terus bertahan di Kharkiv,", cue=_span(TEXT, "kata"), media=[],
                  source={k: speaker[k] for k in ("start", "end", "text", "canonical")})
    entities = [
        ministry,
        _span(TEXT, "tank", label="EQUIPMENT", canonical="tank"),
        _span(TEXT, "Rusia", label="ACTOR", canonical="Rusia"),
        _span(TEXT, "Kharkiv", label="PLACE", canonical="Kharkiv"),
        speaker,
    ]
    return {"id": "t1", "text": TEXT, "meta": {}, "entities": entities, "claims": [claim], "quotes": [quote], "errors": []}


def test_hand_made_record_is_valid():
    assert check_record(good_record()) == []


def _break(mutate):
    record = good_record()
    mutate(record)
    return check_record(record)


@pytest.mark.parametrize(
    "mutate, expected",
    [
        (lambda r: r.pop("errors"), "lacks field 'errors'"),
        (lambda r: r["entities"][0].update(end=r["entities"][0]["end"] + 1), "does not match the article"),
        (lambda r: r["entities"][0].update(start=r["entities"][0]["start"] - 1,
                                           text=TEXT[r["entities"][0]["start"] - 1:r["entities"][0]["end"]]),
         "white space"),
        (lambda r: r["entities"][1].update(label="WEAPON"), "entities[1].label: 'WEAPON' not one of"),
        (lambda r: r["entities"].reverse(), "not sorted"),
        (lambda r: r["entities"].insert(1, dict(r["entities"][0], label="MEDIA")), "overlap"),
        (lambda r: r["entities"][0].update(end=10_000), "outside the text"),
        (lambda r: r["claims"][0].update(value="12"), "claims[0].value: must be a number or null, not '12'"),
        (lambda r: r["claims"][0].update(qualifier="roughly"), "claims[0].qualifier: 'roughly' not one of"),
        (lambda r: r["claims"][0].update(category="tanks"), "claims[0].category: 'tanks' not one of"),
        (lambda r: r["claims"][0].update(outcome="exploded"), "claims[0].outcome: 'exploded' not one of"),
        (lambda r: r["claims"][0].update(low=20), "low <= value <= high"),
        (lambda r: r["claims"][0].update(qualifier="at_least"), "at_least claim needs (low, high)"),
        (lambda r: r["claims"][0].update(qualifier="vague"), "vague claim needs value null"),
        (lambda r: r["claims"][0]["source"].update(start=TEXT.index("Rusia"), end=TEXT.index("Rusia") + 5,
                                                   text="Rusia") or r["entities"].pop(2), "not an ACTOR entity"),
        (lambda r: r["claims"][0].update(media=[_span(TEXT, "Kharkiv")]), "not a MEDIA entity"),
        (lambda r: r["claims"][0].update(source=None), "cue set but source null"),
        (lambda r: r["claims"][0].pop("media"), "claims[0]: lacks field 'media'"),
        (lambda r: r["quotes"][0].update(start=r["quotes"][0]["start"] + 5, text=TEXT[r["quotes"][0]["start"] + 5:r["quotes"][0]["end"]]),
         "not inside quotation marks"),
    ],
)
def test_validator_catches(mutate, expected):
    problems = _break(mutate)
    assert any(expected in p for p in problems), problems
    assert all(p.startswith("t1: ") for p in problems)


def test_validate_file_reports_bad_json_lines(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps(good_record()) + "\n{not json\n[1, 2]\n", encoding="utf-8")
    problems = validate_file(path)
    assert len(problems) == 2
    assert "line 2: not JSON" in problems[0] and "line 3: not a JSON object" in problems[1]


def test_shipped_gold_corpus_validates_and_matches_seed_files():
    assert validate_file(GOLD) == []
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        seed = GOLD.parents[1] / "seeds" / f"{record['id']}.txt"
        assert seed.read_text(encoding="utf-8") == record["text"]


@pytest.fixture(scope="module")
def blank_nlp():
    from nk_nlp.text.language import blank_indonesian

    return blank_indonesian()


def test_convert_round_trips_the_gold_corpus(tmp_path, blank_nlp):
    out = tmp_path / "gold.spacy"
    n_docs, problems = convert_files([GOLD], out, blank_nlp)
    assert problems == [] and n_docs == 5
    originals = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines()]
    assert docbin_records(out, blank_nlp) == originals


def test_convert_reports_spans_off_token_boundaries(tmp_path, blank_nlp):
    record = good_record()
    ent = record["entities"][0]
    record["entities"][0] = dict(ent, end=ent["end"] - 2, text=TEXT[ent["start"]:ent["end"] - 2])
    path = tmp_path / "r.jsonl"
    path.write_text(json.dumps(copy.deepcopy(record)) + "\n", encoding="utf-8")
    _, problems = convert_files([path], tmp_path / "r.spacy", blank_nlp)
    assert len(problems) == 1 and "does not fall on token boundaries" in problems[0]


SCHEMA = GOLD.parents[1] / "docs" / "record.schema.json"
# Gold records and golden pipeline records; corpus/fresh keeps its inputs and the first
# run's predictions as they were (a historical output, invalid where the pipeline was wrong).
RECORD_FILES = sorted(
    p for p in GOLD.parent.glob("**/*.jsonl") if p.name != "input.jsonl" and not p.name.endswith(".pred.jsonl")
) + sorted((GOLD.parents[1] / "tests" / "golden").glob("*.jsonl"))


def test_published_schema_is_the_one_the_validator_reads():
    from nk_nlp.records import record_schema

    assert record_schema() == json.loads(SCHEMA.read_text(encoding="utf-8"))


def test_schema_vocabularies_are_the_pipeline_ones():
    from nk_nlp.records import record_schema
    from nk_nlp.records.convert import CATEGORIES, LABELS, OUTCOMES, QUALIFIERS

    defs = record_schema()["$defs"]
    assert tuple(defs["entity"]["properties"]["label"]["enum"]) == LABELS
    assert tuple(defs["claim"]["properties"]["qualifier"]["enum"]) == QUALIFIERS
    assert tuple(defs["claim"]["properties"]["category"]["enum"]) == CATEGORIES
    assert tuple(defs["claim"]["properties"]["outcome"]["enum"]) == OUTCOMES + (None,)


def _mutations():
    """Records that break the schema in one place each, and records that keep to it."""
    yield good_record(), True
    for key, value in (("date", "2020-09-30"), ("date", None)):
        yield dict(good_record(), **{key: value}), True
    yield dict(good_record(), date="30/9/2020"), False
    record = good_record()
    record["claims"][0].update(source_via="naming", disputed_by=[{"source": record["claims"][0]["source"], "cue": None}])
    yield record, True
    for mutate in (
        lambda r: r.pop("meta"),
        lambda r: r.update(extra=1),
        lambda r: r["entities"][0].update(label="WEAPON"),
        lambda r: r["entities"][0].update(start=True),
        lambda r: r["claims"][0].update(value="12"),
        lambda r: r["claims"][0].update(source_via="guess"),
        lambda r: r["claims"][0].update(disputed_by=[{"cue": None}]),
        lambda r: r["quotes"][0].update(media=None),
        lambda r: r["quotes"][0]["source"].pop("canonical"),
        lambda r: r["errors"].append(3),
    ):
        record = good_record()
        mutate(record)
        yield record, False


def test_validator_agrees_with_jsonschema():
    """The validator reads docs/record.schema.json itself (no runtime dependency);
    the reference implementation must accept and reject the same records."""
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    reference = jsonschema.Draft202012Validator(schema)
    for record, valid in _mutations():
        assert reference.is_valid(record) == valid, record
        assert (check_record(record) == []) == valid, check_record(record)
    for path in RECORD_FILES:
        for line in path.read_text(encoding="utf-8").splitlines():
            assert reference.is_valid(json.loads(line)), path


def test_every_shipped_record_file_validates():
    for path in RECORD_FILES:
        assert validate_file(path) == [], path
