"""Property tests: whatever the input, `annotate` never raises, writes exactly one
record per input record in input order, and every offset lies inside the text."""

import io
import json

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from fake_pipeline import FAULT_TRIGGER
from fake_pipeline import fake_nlp as build_fake_nlp
from nk_nlp.annotate import InputRecord, annotate_records, read_inputs, run_annotate
from nk_nlp.annotate.engine import span_problems, split_points
from nk_nlp.records.corpus import RecordChecker
from nk_nlp.records.convert import doc_to_record, empty_record

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
    # a first line that is plain text is refused as a whole (not JSONL): start with a record
    data = b"\n".join([good_line("Pembuka.", "0", None)] + lines) + b"\n"
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


# ---------------------------------------------------------------- hostile use (issue 18)
# README, "What happens to bad input": a record that cannot be annotated gets a record
# with the reason; input that cannot be read (so its records cannot even be counted)
# or an output that cannot be written stops the run with a message and exit 1, after
# writing every record read before it.

import os  # noqa: E402
import signal  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

from typer.testing import CliRunner  # noqa: E402

from nk_nlp.annotate import InputError, OutputError  # noqa: E402
from nk_nlp.cli import app  # noqa: E402

HUGE_INT = b"1" * 4301
THREE_LINES = (b'{"id": "a", "text": "Gaza 1 roket."}\n'
               b'{"id": "b", "text": "Gaza 2 roket.", "meta": {"n": ' + HUGE_INT + b'}}\n'
               b'{"id": "c", "text": "Gaza 3 roket."}\n')


@pytest.fixture(scope="module")
def model_dir(nlp, tmp_path_factory):
    path = tmp_path_factory.mktemp("model") / "fake"
    nlp.to_disk(path)
    return path


class Result:
    """A CliRunner result whose `output` is the message without typer's box and line wraps."""

    def __init__(self, result):
        self.exit_code, self.stdout, self.exception = result.exit_code, result.stdout, result.exception
        self.output = " ".join("".join(c for c in result.output if c not in "│╭╮╰╯─").split())


def cli(*args, input=None):
    return Result(CliRunner().invoke(app, [str(a) for a in args], input=input))


@pytest.mark.parametrize("n_process", [1, 2])
def test_a_number_of_4301_digits_costs_one_record_not_the_rest_of_the_run(nlp, n_process):
    records = run_on_bytes(nlp, THREE_LINES, n_process=n_process)
    assert [r["id"] for r in records] == ["a", "b", "c"]
    assert records[1]["errors"] == ["line 2 cannot be read: a number of more than 4300 digits"]
    assert records[1]["text"] == "Gaza 2 roket."  # id and text kept, meta cannot be
    assert records[2]["errors"] == [] and records[2]["claims"][0]["value"] == 3


class FailingStream(io.BytesIO):
    """Standard input whose third line fails with an I/O error."""

    def __iter__(self):
        yield b'{"id": "a", "text": "Gaza 1."}\n'
        yield b'{"id": "b", "text": "Gaza 2."}\n'
        raise OSError(5, "Input/output error")


@pytest.mark.parametrize("n_process", [1, 2])
def test_a_read_error_stops_the_run_with_a_message_after_writing_what_was_read(nlp, n_process):
    raw = io.BytesIO()
    stdout = io.TextIOWrapper(raw, encoding="utf-8", write_through=True)
    with pytest.raises(InputError, match="standard input: read error after line 2: Input/output error"):
        run_annotate(nlp, ["-"], "-", stdin=FailingStream(), stdout=stdout, quiet=True, n_process=n_process)
    assert [json.loads(line)["id"] for line in raw.getvalue().splitlines()] == ["a", "b"]


@pytest.mark.skipif(not Path("/proc/self/mem").exists(), reason="needs Linux /proc")
def test_cli_an_unreadable_jsonl_is_an_error_and_exit_1_not_a_silent_end(model_dir, tmp_path):
    first = tmp_path / "first.jsonl"
    first.write_text('{"id": "a", "text": "Gaza 1."}\n', encoding="utf-8")
    broken = tmp_path / "broken.jsonl"
    broken.symlink_to("/proc/self/mem")  # opens, then every read fails with EIO
    out = tmp_path / "out.jsonl"
    result = cli("annotate", first, broken, first, "-o", out, "--model", model_dir, "-q")
    assert result.exit_code == 1 and f"error: {broken}: read error" in result.output
    assert [r["id"] for r in map(json.loads, out.read_text().splitlines())] == ["a"]


def test_cli_output_onto_an_input_is_refused_and_the_input_kept(model_dir, tmp_path):
    inputs = tmp_path / "in.jsonl"
    inputs.write_bytes(THREE_LINES)
    for extra in ([], ["--resume"]):
        result = cli("annotate", inputs, "-o", inputs, "--model", model_dir, "-q", *extra)
        assert result.exit_code == 2 and "is also an input" in result.output
        assert inputs.read_bytes() == THREE_LINES
    link = tmp_path / "link.jsonl"
    link.symlink_to(inputs)
    with pytest.raises(OutputError, match="is also an input"):
        run_annotate(build_fake_nlp(), [inputs], link, quiet=True)
    assert inputs.read_bytes() == THREE_LINES


def test_cli_output_to_a_directory_a_missing_folder_or_a_full_disk_is_a_message(model_dir, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Gaza 1 roket.", encoding="utf-8")
    result = cli("annotate", article, "-o", tmp_path, "--model", model_dir, "-q")
    assert result.exit_code == 2 and "is a directory" in result.output
    result = cli("annotate", article, "-o", tmp_path / "nope" / "o.jsonl", "--model", model_dir, "-q")
    assert result.exit_code == 2 and "does not exist" in result.output
    if Path("/dev/full").exists():
        result = cli("annotate", article, "-o", "/dev/full", "--model", model_dir, "-q")
        assert result.exit_code == 1 and "cannot write /dev/full: No space left on device" in result.output
        assert "--resume" in result.output and not isinstance(result.exception, OSError)


def test_directories_give_every_article_with_a_reason_for_those_that_cannot_be_read(tmp_path):
    folder = tmp_path / "arsip"
    (folder / "2024" / "jan").mkdir(parents=True)
    (folder / "a.txt").write_text("Satu.", encoding="utf-8")
    (folder / "B.TXT").write_text("Dua.", encoding="utf-8")
    (folder / "2024" / "jan" / "c.txt").write_text("Tiga.", encoding="utf-8")
    (folder / "catatan.md").write_text("bukan artikel", encoding="utf-8")
    (folder / "hilang.txt").symlink_to(folder / "tidak-ada.txt")
    (folder / "putar.txt").symlink_to(folder / "putar.txt")
    (folder / "2024" / "ke-atas").symlink_to(folder)  # a loop of folders
    items = list(read_inputs([folder]))
    assert [i.id for i in items] == ["2024/jan/c", "B", "a", "hilang", "putar"]
    assert [i.text for i in items[:3]] == ["Tiga.", "Dua.", "Satu."]
    assert items[3].error == f"unreadable file {folder / 'hilang.txt'}: a dangling symbolic link"
    assert items[4].error.startswith(f"unreadable file {folder / 'putar.txt'}: ")


def test_an_unreadable_folder_stops_the_run_naming_it(tmp_path, monkeypatch):
    folder = tmp_path / "arsip"
    (folder / "rahasia").mkdir(parents=True)
    (folder / "a.txt").write_text("Satu.", encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path="."):
        if str(path).endswith("rahasia"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    with pytest.raises(InputError, match="cannot read the folder .*rahasia: Permission denied"):
        list(read_inputs([folder]))


def test_files_of_the_same_name_in_different_folders_get_different_ids(tmp_path):
    for folder in ("kompas", "tempo"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "berita.txt").write_text(f"Dari {folder}.", encoding="utf-8")
    items = list(read_inputs([tmp_path / "kompas" / "berita.txt", tmp_path / "tempo" / "berita.txt"]))
    assert [i.id for i in items] == ["berita", (tmp_path / "tempo" / "berita").as_posix()]
    assert [i.id for i in read_inputs([tmp_path])] == ["kompas/berita", "tempo/berita"]


def test_cli_plain_text_on_standard_input_is_refused_with_a_message(model_dir):
    text = "Pasukan Rusia menembakkan 12 rudal ke Kyiv.\nJuru bicara membantah.\n"
    result = cli("annotate", "-", "-o", "-", "--model", model_dir, "-q", input=text)
    assert result.exit_code == 1 and result.stdout == ""
    assert "standard input is not JSONL: line 1 is not a JSON object" in result.output


def test_output_is_strict_json_and_nan_or_infinity_in_meta_is_a_reason(nlp):
    data = (b'{"id": "nan", "text": "Gaza 1.", "meta": {"x": NaN}}\n'
            b'{"id": "inf", "text": "Gaza 2.", "meta": {"x": 1e999}}\n'
            b'{"id": "ok", "text": "Gaza 3.", "meta": {"x": 1e308}}\n')
    raw = io.BytesIO()
    stdout = io.TextIOWrapper(raw, encoding="utf-8", write_through=True)
    run_annotate(nlp, ["-"], "-", stdin=io.BytesIO(data), stdout=stdout, quiet=True)
    out = raw.getvalue().decode("utf-8")
    records = [json.loads(line, parse_constant=pytest.fail) for line in out.splitlines()]  # strict JSON
    assert [r["id"] for r in records] == ["nan", "inf", "ok"]
    assert records[0]["errors"] == ["line 1 cannot be read: NaN is not JSON (strict JSON has no NaN or Infinity)"]
    assert records[1]["errors"] == ["line 2 cannot be read: number 1e999 is out of range of a double"]
    assert records[2]["errors"] == [] and records[2]["meta"] == {"x": 1e308}


def test_a_component_giving_nan_gives_a_reason_not_bare_nan(nlp):
    from nk_nlp.annotate.engine import finish_record

    record = empty_record("x", "Teks.")
    record["claims"] = [{"start": 0, "end": 4, "text": "Teks", "value": float("nan"), "source": None, "cue": None,
                         "media": []}]
    assert finish_record(record)["errors"][0].startswith("pipeline produced invalid output: annotation is not JSON")


@pytest.mark.parametrize("depth", [120, 964])
def test_deeply_nested_valid_json_keeps_its_id_and_says_why(nlp, depth):
    line = b'{"id": "dalam", "meta": {"x": ' + b"[" * depth + b"]" * depth + b'}, "text": "Gaza 1."}\n'
    [record] = run_on_bytes(nlp, line)
    assert record["id"] == "dalam" and record["text"] == "Gaza 1."
    assert record["errors"] == ["line 1 cannot be read: nested more than 100 levels deep"]


def test_a_long_run_of_digits_in_the_text_loses_no_annotation(rules_nlp):
    def annotate_with(digits):
        text = f"Militer Ukraina mengatakan {'1' * digits} tentara Rusia tewas di Bakhmut."
        [record] = list(annotate_records(rules_nlp, [InputRecord("x", text)]))
        return record

    short = annotate_with(10)
    assert [c["value"] for c in short["claims"]] == [1111111111]
    for digits in (310, 5000):  # once: OverflowError / ValueError in nk_claims, the article's annotation lost
        record = annotate_with(digits)
        assert record["errors"] == [] and record["claims"] == []  # such a run is no count
        assert [e["text"] for e in record["entities"]] == [e["text"] for e in short["entities"]]


WORKER_SCRIPT = """
import sys, time
sys.path.insert(0, {tests!r})
from fake_pipeline import fake_nlp
from nk_nlp.annotate import InputRecord, annotate_records
from spacy.language import Language

@Language.component("nk_test_slow")
def slow(doc):
    time.sleep(0.2)
    return doc

nlp = fake_nlp()
nlp.add_pipe("nk_test_slow")
items = (InputRecord(str(i), "Gaza %d roket." % i) for i in range(10000))
for record in annotate_records(nlp, items, n_process=2, batch_size=1):
    print(record["id"], flush=True)
"""


def _children(pid: int):
    try:
        return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def _alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(") ")[1][0] != "Z"
    except OSError:
        return False


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM])
def test_workers_die_with_the_main_process(tmp_path, sig):
    script = WORKER_SCRIPT.format(tests=str(Path(__file__).parent))
    main = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    try:
        main.stdout.readline()  # workers are up and annotating
        workers = _children(main.pid)
        assert len(workers) >= 2
        main.send_signal(sig)
        main.wait(timeout=30)
        deadline = time.monotonic() + 10
        while any(map(_alive, workers)) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not any(map(_alive, workers)), "orphaned worker processes"
    finally:
        for pid in [main.pid] + _children(main.pid):
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass


# ---------------------------------------------------------------- corpus validate and evaluate on hostile files

GOOD_RECORD = {"id": "g", "text": "Gaza diserang.", "meta": {}, "entities": [], "claims": [], "quotes": [], "errors": []}
CLAIM = {"start": 0, "end": 4, "text": "Gaza", "value": 1, "low": 1, "high": 1, "qualifier": "exact",
         "category": "other", "outcome": None, "party": None, "source": None, "cue": None, "media": []}
HOSTILE_LINES = {
    "invalid UTF-8": b'{"id": "u", "text": "caf\xe9"}',
    "huge integer": b'{"id": "h", "text": "x", "meta": {"n": ' + HUGE_INT + b"}}",
    "deep nesting": b'{"id": "d", "text": "x", "meta": ' + b"[" * 2000 + b"]" * 2000 + b"}",
    "NaN": b'{"id": "n", "text": "x", "meta": {"v": NaN}}',
    "1e999": b'{"id": "i", "text": "x", "meta": {"v": 1e999}}',
    "unhashable qualifier": json.dumps({**GOOD_RECORD, "claims": [{**CLAIM, "qualifier": ["exact"]}]}).encode(),
    "entity not an object": json.dumps({**GOOD_RECORD, "entities": [1]}).encode(),
}


@pytest.mark.parametrize("kind", sorted(HOSTILE_LINES))
def test_corpus_validate_rejects_hostile_lines_with_a_message(tmp_path, kind):
    path = tmp_path / "records.jsonl"
    path.write_bytes(json.dumps(GOOD_RECORD).encode() + b"\n" + HOSTILE_LINES[kind] + b"\n")
    result = cli("corpus", "validate", path)
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit), result.output
    assert "1 problem(s)" in result.output  # the line is named by the checks or as not JSON


@pytest.mark.parametrize("kind", sorted(set(HOSTILE_LINES) - {"unhashable qualifier"}) + ["array", "no text"])
def test_evaluate_names_the_malformed_file(tmp_path, kind):
    line = {"array": b"[1, 2]", "no text": b'{"id": "g"}'}.get(kind) or HOSTILE_LINES[kind]
    gold, pred = tmp_path / "gold.jsonl", tmp_path / "pred.jsonl"
    gold.write_text(json.dumps(GOOD_RECORD) + "\n", encoding="utf-8")
    pred.write_bytes(line + b"\n")
    result = cli("evaluate", gold, pred)
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit), result.output
    assert "error:" in result.output and str(pred) in result.output


def test_evaluate_refuses_files_with_no_id_in_common_and_repeated_gold_ids(tmp_path):
    gold, pred = tmp_path / "gold.jsonl", tmp_path / "pred.jsonl"
    gold.write_text(json.dumps(GOOD_RECORD) + "\n", encoding="utf-8")
    pred.write_text(json.dumps({**GOOD_RECORD, "id": "other"}) + "\n", encoding="utf-8")
    result = cli("evaluate", gold, pred)
    assert result.exit_code == 1 and "no id in common" in result.output
    gold.write_text((json.dumps(GOOD_RECORD) + "\n") * 2, encoding="utf-8")
    pred.write_text(json.dumps(GOOD_RECORD) + "\n", encoding="utf-8")
    result = cli("evaluate", gold, pred)
    assert result.exit_code == 1 and "gold ids must be unique; repeated: g" in result.output


def test_metrics_md_shows_the_held_out_scores_the_workflow_computed(tmp_path):
    outputs = tmp_path / "outputs"
    outputs.mkdir()
    for name, f in (("eval_annotated", 1.0), ("eval_heldout_dev", 0.5), ("eval_heldout_test", 0.25)):
        (outputs / f"{name}.json").write_text(json.dumps({"ents_f": f, "spans_claims_f": f}), encoding="utf-8")
    result = cli("metrics", outputs / "metrics.md", "--annotated", outputs / "eval_annotated.json")
    assert result.exit_code == 0, result.output
    metrics = (outputs / "metrics.md").read_text(encoding="utf-8")
    assert "| metric | held-out dev | held-out test |" in metrics
    assert "| entities F | 50.0 | 25.0 |" in metrics and "| claims F | 50.0 | 25.0 |" in metrics
