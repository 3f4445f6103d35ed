"""Property tests: whatever the input, `annotate` never raises, writes exactly one
record per input record in input order, and every offset lies inside the text."""

import io
import json

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from fake_pipeline import FAULT_TRIGGER
from fake_pipeline import fake_nlp as build_fake_nlp
from nk_nlp.annotate.engine import InputRecord, annotate_records, read_inputs, run_annotate, span_problems, split_points
from nk_nlp.records.corpus import RecordChecker
from nk_nlp.records.convert import doc_to_record

FIELDS = {"id", "text", "meta", "date", "entities", "claims", "quotes", "errors"}
SETTINGS = dict(deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])

HTML = st.sampled_from([
    "<p>", "</p>", "<script>alert('x')</script>", "&amp;", "&nbsp;", "<br/>", "<!-- komentar -->",
    '<a href="https://contoh.id/?a=1&b=2">', "</a>", "<div class=\"berita\">", "&#8220;", "\u201c", "\u201d",
])
WORDS = st.sampled_from([
    "Pasukan", "Ukraina", "menembak", "12", "drone", "Rusia", "kata", "juru", "bicara", "Hamas", "Gaza",
    "\"", ".", ",", "\n", "\n\n", " ", "ribuan", "2.300", "BOOM", "Khartoum", "RSF",
])
TEXTS = st.one_of(
    st.text(max_size=300),  # any unicode, including control characters and combining marks
    st.lists(st.one_of(WORDS, HTML, st.text(max_size=5)), max_size=80).map(" ".join),
    st.just(""),
    st.sampled_from([" ", "\n\n\t", "\u200b", "\ufeff", "\u2028", "\x00"]),
    # very long, with and without white space to cut at
    st.builds(lambda piece, n: piece * n, st.text(min_size=1, max_size=40), st.integers(50, 400)),
)
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=8,
)


def good_line(text, id_, meta):
    obj = {"text": text}
    if id_ is not None:
        obj["id"] = id_
    if meta is not None:
        obj["meta"] = meta
    return json.dumps(obj, ensure_ascii=False).encode("utf-8")


LINES = st.one_of(
    st.builds(good_line, TEXTS, st.one_of(st.none(), st.text(max_size=10), st.integers()),
              st.one_of(st.none(), st.dictionaries(st.text(max_size=5), JSON_VALUES, max_size=3))),
    st.builds(lambda v: json.dumps(v).encode(), JSON_VALUES),  # valid JSON, rarely a record
    st.binary(max_size=60),  # malformed: truncated, binary, undecodable
    st.builds(lambda t: json.dumps({"id": "x", "text": t})[: len(t) // 2 + 5].encode(), st.text(max_size=30)),
    st.just(b'{"id": "s", "text": "pecahan \\ud800 surogat"}'),
)


def expected_input_lines(data: bytes):
    """The records the spec promises: one per non-blank line of the JSONL."""
    lines = data.split(b"\n")
    if lines and lines[0].startswith(b"\xef\xbb\xbf"):
        lines[0] = lines[0][3:]
    return [line for line in lines if line.strip()]


@pytest.fixture(scope="module")
def nlp():
    return build_fake_nlp()


def run_on_bytes(nlp, data: bytes, **kwargs):
    """Through the real reader and writer (UTF-8 encoding included) to a byte buffer."""
    raw = io.BytesIO()
    stdout = io.TextIOWrapper(raw, encoding="utf-8", newline="\n", write_through=True)
    run_annotate(nlp, ["-"], "-", stdin=io.BytesIO(data), stdout=stdout, quiet=True, **kwargs)
    return [json.loads(line) for line in raw.getvalue().decode("utf-8").split("\n") if line]


@settings(max_examples=60, **SETTINGS)
@given(lines=st.lists(LINES, min_size=1, max_size=8), max_chars=st.sampled_from([50, 1000, 100_000]))
def test_any_jsonl_gives_one_valid_record_per_line_in_order(nlp, lines, max_chars):
    data = b"\n".join(lines) + b"\n"
    expected = expected_input_lines(data)
    records = run_on_bytes(nlp, data, max_chars=max_chars, batch_size=3)
    assert len(records) == len(expected)
    inputs = list(read_inputs(["-"], stdin=io.BytesIO(data)))
    assert [r["id"] for r in records] == [i.id for i in inputs]
    for record, item in zip(records, inputs):
        assert set(record) == FIELDS
        assert record["text"] == item.text and record["meta"] == item.meta
        assert RecordChecker(record).check() == []
        if item.error:
            assert record["errors"] == [item.error]
        elif not item.text.strip():
            assert record["errors"] == ["empty text"]
        elif FAULT_TRIGGER in item.text and len(item.text) <= max_chars:
            assert record["errors"][0].startswith("component 'nk_test_fault' failed")
        elif FAULT_TRIGGER not in item.text:
            assert record["errors"] == []


@settings(max_examples=25, **SETTINGS)
@given(pieces=st.lists(st.one_of(WORDS, HTML, st.text(max_size=8)), min_size=1, max_size=400),
       max_chars=st.integers(20, 400))
@example(pieces=['"', "\n", '"'], max_chars=20)  # once gave a quote of white space
def test_split_long_texts_keep_every_offset_inside_the_text(nlp, pieces, max_chars):
    text = " ".join(pieces).replace(FAULT_TRIGGER, "")
    [record] = list(annotate_records(nlp, [InputRecord("t", text)], max_chars=max_chars))
    assert record["text"] == text
    assert span_problems(record) == [] and RecordChecker(record).check() == []
    assert record["errors"] == ([] if text.strip() else ["empty text"])
    cuts = split_points(text, max_chars)[1:]
    if text.strip() and all(text[cut - 1].isspace() for cut in cuts):
        # cut at white space, the pieces hold the very entities of the whole text
        [whole] = list(annotate_records(nlp, [InputRecord("t", text)], max_chars=len(text) + 1))
        assert record["entities"] == whole["entities"]


@settings(max_examples=20, **SETTINGS)
@given(texts=st.lists(TEXTS, min_size=1, max_size=4))
def test_the_rule_pipeline_never_breaks_annotate_and_stays_inside_the_text(rules_nlp, texts):
    items = [InputRecord(str(i), t) for i, t in enumerate(texts)]
    records = list(annotate_records(rules_nlp, items, max_chars=2000))
    assert [r["id"] for r in records] == [str(i) for i in range(len(texts))]
    for record, text in zip(records, texts):
        assert record["text"] == text
        assert span_problems(record) == []


SOUP_WORDS = st.sampled_from([
    "12", "1.200", "sedikitnya", "lebih", "dari", "tewas", "terluka", "tentara", "Rusia", "Ukraina", "kata", "juru",
    "bicara", "\"", "“", "”", ".", ",", "\n", "\n\n", "-", "–", "hingga", "sekitar", "ribuan", "orang", "tank", "milik",
    "Menteri", "Pertahanan", "di", "Kota", "Gaza", "dua", "puluh", "ribu", "warga", "sipil", "menurut", "Reuters", "(",
    ")", ":", "Presiden", "Hamas", "merebut", "desa", "yakni", "dan", "musuh", "helikopter", "tentaranya",
])


@settings(max_examples=300, **SETTINGS)
@given(words=st.lists(SOUP_WORDS, min_size=1, max_size=40))
def test_the_rule_pipeline_never_raises_on_word_soups(rules_nlp, words):
    """The real components (not the fake), on any order of the words they react to."""
    doc = rules_nlp(" ".join(words))
    assert RecordChecker(doc_to_record(doc, "soup")).check() == []
