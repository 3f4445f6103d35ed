"""`nk-nlp annotate`: readers, ordering, error capture, splitting, resume, streaming, CLI."""

import io
import json
import os
from pathlib import Path

import pytest
from spacy.language import Language
from typer.testing import CliRunner

from fake_pipeline import fake_nlp as build_fake_nlp
from nk_nlp.annotate import AnnotateOptions, InputRecord, annotate_records, read_inputs, resume_state, run_annotate
from nk_nlp.annotate.engine import finish_record, split_points
from nk_nlp.cli import app
from nk_nlp.records.corpus import RecordChecker
from nk_nlp.records.convert import empty_record

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


@pytest.fixture(scope="module")
def nlp():
    return build_fake_nlp()


def annotate(nlp, items, options=None, **kwargs):
    return list(annotate_records(nlp, items, options, **kwargs))


def write_jsonl(path: Path, objects) -> Path:
    path.write_text("".join(json.dumps(o, ensure_ascii=False) + "\n" for o in objects), encoding="utf-8")
    return path


def read_records(path: Path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").split("\n") if line]


class TTY(io.StringIO):
    def isatty(self):
        return True


# ---------------------------------------------------------------- readers


def test_txt_file_text_is_kept_exactly_and_id_is_the_stem(tmp_path):
    raw = "\ufeffJudul\r\n\r\nParagraf pertama.\n"
    (tmp_path / "artikel_01.txt").write_bytes(raw.encode("utf-8"))
    [item] = read_inputs([tmp_path / "artikel_01.txt"])
    assert (item.id, item.text, item.meta, item.error) == ("artikel_01", raw, {}, None)


def test_directory_gives_its_txt_files_sorted(tmp_path):
    for name in ("b.txt", "a.txt", "c.md", "10.txt"):
        (tmp_path / name).write_text(f"isi {name}", encoding="utf-8")
    assert [i.id for i in read_inputs([tmp_path])] == ["10", "a", "b"]


def test_jsonl_reader_turns_every_bad_line_into_a_reasoned_record(tmp_path):
    path = tmp_path / "in.jsonl"
    lines = [
        b'\xef\xbb\xbf{"id": "ok", "text": "Teks.", "meta": {"outlet": "X"}}',
        b"",
        b'{"id": "ok2", "text": "Teks',
        b'["not", "an", "object"]',
        b'{"id": "n", "text": null}',
        b'{"id": 42, "meta": {}}',
        b'{"text": "tanpa id"}',
        b'{"id": "m", "text": "x", "meta": [1]}',
        b'{"id": "bytes", "text": "caf\xe9"}',
    ]
    path.write_bytes(b"\n".join(lines) + b"\n")
    items = list(read_inputs([path]))
    assert [(i.id, i.error) for i in items] == [
        ("ok", None),
        ("3", "bad JSON on line 3: Unterminated string starting at (column 23)"),
        ("4", "line 4 is an array, not an object"),
        ("n", "'text' is null, not a string"),
        ("42", "missing 'text'"),
        ("7", None),
        ("m", "'meta' is an array, not an object"),
        ("9", "undecodable bytes: line 9 is not valid UTF-8 (invalid continuation byte at byte offset 28)"),
    ]
    assert items[0].meta == {"outlet": "X"} and items[5].text == "tanpa id"


def test_undecodable_txt_file_is_a_reasoned_record(tmp_path):
    (tmp_path / "latin1.txt").write_bytes("Serangan di Kyiv, kata pejabat \xbb".encode("latin-1"))
    [item] = read_inputs([tmp_path / "latin1.txt"])
    assert item.error.startswith("undecodable bytes:") and item.text == ""


def test_standard_input_is_read_as_jsonl():
    stdin = io.BytesIO(b'{"id": "s1", "text": "Satu."}\n{"id": "s2", "text": "Dua."}\n')
    assert [i.id for i in read_inputs(["-"], stdin=stdin)] == ["s1", "s2"]


# ---------------------------------------------------------------- annotation


MIXED = [
    InputRecord("r1", 'Juru bicara Hamas mengatakan 12 roket ditembakkan.'),
    InputRecord("r2", "", error="missing 'text'"),
    InputRecord("r3", "Laporan BOOM dari Khartoum menyebut 40 korban."),
    InputRecord("r4", "   \n"),
    InputRecord("r5", '"Kami tidak akan mundur," kata Zelensky kepada wartawan 3 kali.', {"outlet": "Contoh"}),
]


def test_one_record_per_input_in_order_and_one_bad_record_never_stops_the_batch(nlp):
    records = annotate(nlp, MIXED, batch_size=8)
    assert [r["id"] for r in records] == ["r1", "r2", "r3", "r4", "r5"]
    assert records[1]["errors"] == ["missing 'text'"]
    assert records[2]["errors"] == [
        "component 'nk_test_fault' failed: RuntimeError: the fault component met its trigger"
    ]
    assert records[2]["text"] == MIXED[2].text and records[2]["entities"] == []
    assert records[3]["errors"] == ["empty text"] and records[3]["text"] == "   \n"
    # the records batched with the failing one are annotated all the same
    assert records[0]["errors"] == [] and [c["value"] for c in records[0]["claims"]] == [12]
    assert records[0]["claims"][0]["source"]["text"] == "Hamas"
    assert records[4]["meta"] == {"outlet": "Contoh"}
    assert [q["text"] for q in records[4]["quotes"]] == ["Kami tidak akan mundur,"]
    for record in records:
        assert RecordChecker(record).check() == []


def test_custom_attributes_survive_two_processes(nlp):
    items = [InputRecord(f"d{i}", f"Militer Sudan menyebut {i} korban di Darfur.") for i in range(40)]
    items[17] = InputRecord("d17", "BOOM di Darfur, 17 korban.")
    single = annotate(nlp, items, batch_size=4)
    double = annotate(nlp, items, batch_size=4, n_process=2)
    assert double == single
    assert [r["id"] for r in double] == [f"d{i}" for i in range(40)]
    assert double[17]["errors"][0].startswith("component 'nk_test_fault' failed")
    assert double[5]["claims"][0]["value"] == 5
    assert double[5]["claims"][0]["source"] == {"start": 8, "end": 13, "text": "Sudan", "canonical": "SUDAN"}


MAIN_PID = os.getpid()


@Language.factory("nk_test_worker_killer")
def make_worker_killer(nlp, name: str):
    """Kills the worker process (not the test's own) on a text holding 'MATI'."""

    def kill(doc):
        if "MATI" in doc.text and os.getpid() != MAIN_PID:
            os._exit(1)
        return doc

    return kill


def test_a_dying_worker_process_loses_no_record():
    nlp = build_fake_nlp()
    nlp.add_pipe("nk_test_worker_killer")
    items = [InputRecord(f"k{i}", f"Tentara Israel melaporkan {i} roket.") for i in range(30)]
    items[9] = InputRecord("k9", "Pesan MATI dari Gaza, 9 roket.")
    records = annotate(nlp, items, batch_size=4, n_process=2)
    assert [r["id"] for r in records] == [f"k{i}" for i in range(30)]
    assert all(r["errors"] == [] for r in records)
    assert [r["claims"][0]["value"] for r in records] == list(range(30))


def test_split_points_cut_at_paragraphs_then_words_and_never_exceed_the_limit():
    text = "Satu dua tiga.\n\nEmpat lima enam tujuh.\n\nDelapan."
    starts = split_points(text, 25)
    assert starts == [0, 16, 40]
    pieces = [text[a:b] for a, b in zip(starts, starts[1:] + [len(text)])]
    assert "".join(pieces) == text and all(len(p) <= 25 for p in pieces)
    assert split_points("x" * 10, 4) == [0, 4, 8]
    assert split_points("pendek", 100) == [0]


def test_long_text_is_annotated_in_pieces_with_offsets_into_the_whole_text(nlp):
    paragraph = "Pasukan India menembak 3 drone Pakistan dekat Kashmir. Juru bicara Islamabad membantah 2 klaim."
    text = "\n\n".join([paragraph] * 30)
    whole = annotate(nlp, [InputRecord("long", text)], max_chars=len(text) + 1)[0]
    pieces = annotate(nlp, [InputRecord("long", text)], max_chars=300)[0]
    assert pieces["errors"] == [] and pieces["text"] == text
    assert pieces["entities"] == whole["entities"] and len(whole["entities"]) == 6 * 30
    assert [c["start"] for c in pieces["claims"]] == [c["start"] for c in whole["claims"]]
    assert RecordChecker(pieces).check() == []


def test_long_text_can_be_refused_with_a_reason(nlp):
    [record] = annotate(nlp, [InputRecord("long", "kata " * 100)], max_chars=50, split_long=False)
    assert record["errors"] == ["text too long: 500 characters, more than --max-chars 50"]
    assert record["text"] == "kata " * 100 and record["claims"] == []


def test_spans_outside_the_text_become_an_error_not_bad_output():
    record = empty_record("x", "Teks pendek.")
    record["claims"] = [{"start": 0, "end": 4, "text": "Teks", "source": {"start": 5, "end": 99, "text": "?"},
                         "cue": None, "media": []}]
    checked = finish_record(record)
    assert checked["claims"] == []
    assert checked["errors"] == ["pipeline produced invalid output: claim: span [5:99] outside the text"]


def test_memory_zone_frees_the_strings_each_segment_adds(nlp):
    nlp("Kata awal untuk memanaskan.")
    before = len(nlp.vocab.strings)
    items = [InputRecord(str(i), f"Kata{i}unik lain{i}unik {i}") for i in range(30)]
    records = annotate(nlp, items, segment_records=7)
    assert len(records) == 30 and all(r["errors"] == [] for r in records)
    assert len(nlp.vocab.strings) == before


# ---------------------------------------------------------------- files, resume, streaming


def test_resume_repairs_a_truncated_last_line_and_finishes_the_job(nlp, tmp_path):
    inputs = write_jsonl(tmp_path / "in.jsonl", [{"id": f"a{i}", "text": f"Gaza {i} roket."} for i in range(6)])
    full = tmp_path / "full.jsonl"
    run_annotate(nlp, [inputs], full, quiet=True)
    lines = full.read_bytes().splitlines(keepends=True)
    crashed = tmp_path / "crashed.jsonl"
    crashed.write_bytes(b"".join(lines[:3]) + lines[3][:25])
    assert sum(resume_state(crashed).values()) == 3
    assert crashed.read_bytes() == b"".join(lines[:3])
    run_annotate(nlp, [inputs], crashed, resume=True, quiet=True)
    assert crashed.read_bytes() == full.read_bytes()


def test_resume_skips_as_many_of_a_repeated_id_as_are_done(nlp, tmp_path):
    inputs = write_jsonl(tmp_path / "in.jsonl", [{"id": "same", "text": f"Teks {i}."} for i in range(3)])
    out = tmp_path / "out.jsonl"
    run_annotate(nlp, [inputs], out, quiet=True)
    full = out.read_bytes()
    out.write_bytes(full.splitlines(keepends=True)[0])
    run_annotate(nlp, [inputs], out, resume=True, quiet=True)
    assert out.read_bytes() == full


SPY_CALLS = []


@Language.factory("nk_test_output_spy")
def make_output_spy(nlp, name: str, path: str):
    """Counts the lines already in `path` each time a doc reaches it."""

    def spy(doc):
        out = Path(path)
        SPY_CALLS.append(len(out.read_text(encoding="utf-8").splitlines()) if out.exists() else 0)
        return doc

    return spy


def test_each_record_is_written_and_flushed_before_the_next_is_annotated(tmp_path):
    out = tmp_path / "out.jsonl"
    nlp = build_fake_nlp()
    nlp.add_pipe("nk_test_output_spy", config={"path": str(out)})
    inputs = write_jsonl(tmp_path / "in.jsonl", [{"id": str(i), "text": f"Teks nomor {i}."} for i in range(5)])
    SPY_CALLS.clear()
    run_annotate(nlp, [inputs], out, batch_size=1, quiet=True)
    assert SPY_CALLS == [0, 1, 2, 3, 4]


def test_summary_on_stderr_and_progress_only_on_a_terminal(nlp, tmp_path):
    inputs = write_jsonl(tmp_path / "in.jsonl", [{"id": "1", "text": "Satu dua tiga."}, {"id": "2"}])
    plain = io.StringIO()
    run_annotate(nlp, [inputs], tmp_path / "o1.jsonl", stderr=plain)
    assert "\r" not in plain.getvalue()
    assert plain.getvalue().startswith("annotated 2 records (1 with errors), 3 words in ")
    tty = TTY()
    run_annotate(nlp, [inputs], tmp_path / "o2.jsonl", stderr=tty)
    assert tty.getvalue().startswith("\r1 records") and "annotated 2 records" in tty.getvalue()
    quiet = TTY()
    run_annotate(nlp, [inputs], tmp_path / "o3.jsonl", stderr=quiet, quiet=True)
    assert quiet.getvalue() == ""


# ---------------------------------------------------------------- command line


def test_cli_stdin_to_stdout_with_a_pipeline_directory(nlp, tmp_path):
    model = tmp_path / "model"
    nlp.to_disk(model)
    stdin = '{"id": "x", "text": "Tentara Rusia kehilangan 7 tank."}\n{oops\n'
    result = CliRunner().invoke(app, ["annotate", "-", "-o", "-", "--model", str(model), "-q"], input=stdin)
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.split("\n") if line]
    assert [r["id"] for r in records] == ["x", "2"]
    assert records[0]["claims"][0]["value"] == 7 and records[1]["errors"][0].startswith("bad JSON on line 2")


def test_cli_refuses_missing_inputs_and_unknown_models(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["annotate", "nope.jsonl", "-o", "o.jsonl"])
    assert result.exit_code == 2 and "nope.jsonl: no such file or directory" in result.output
    (tmp_path / "a.txt").write_text("Teks.", encoding="utf-8")
    result = CliRunner().invoke(app, ["annotate", "a.txt", "-o", "o.jsonl", "--model", "none"])
    assert result.exit_code == 2 and "cannot load the pipeline 'none'" in result.output
    assert not (tmp_path / "o.jsonl").exists()


def test_cli_annotates_the_seeds_with_the_saved_rule_pipeline_in_two_processes(rules_nlp, tmp_path):
    model = tmp_path / "rules_model"
    rules_nlp.to_disk(model)
    extra = write_jsonl(tmp_path / "more.jsonl", [{"id": "ua", "text": "Kyiv melaporkan 14 drone Rusia ditembak jatuh."}])
    out = tmp_path / "seeds.jsonl"
    args = ["annotate", str(SEEDS), str(extra), "-o", str(out), "--model", str(model), "--n-process", "2"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    records = read_records(out)
    seeds = sorted(SEEDS.glob("*.txt"))
    assert [r["id"] for r in records] == [p.stem for p in seeds] + ["ua"]
    for record, path in zip(records, seeds):
        assert record["text"] == path.read_text(encoding="utf-8")
    for record in records:
        assert record["errors"] == [] and RecordChecker(record).check() == []
    assert "annotated 6 records (0 with errors)" in result.output


def test_annotate_runs_pipelines_with_a_trained_style_ner():
    """spaCy 3.8's NER refuses an error handler; annotate must still run such pipelines."""
    import spacy

    from nk_nlp.text.language import NEWS_TOKENIZER

    nlp = spacy.blank("id", config={"nlp": {"tokenizer": NEWS_TOKENIZER}})
    nlp.add_pipe("ner").add_label("ACTOR")
    nlp.initialize()
    items = [InputRecord("a", "Pasukan Sudan merebut kota itu.", {}),
             InputRecord("b", "Hamas menolak usulan itu.", {})]
    records = list(annotate_records(nlp, iter(items)))
    assert [r["id"] for r in records] == ["a", "b"]
    assert all(r["errors"] == [] for r in records)


def test_options_travel_as_one_object_and_keywords_still_work(nlp):
    items = [InputRecord("long", "kata " * 100), InputRecord("ok", "Gaza 3 roket.")]
    options = AnnotateOptions(max_chars=50, split_long=False, batch_size=1)
    by_object = annotate(nlp, items, options)
    assert by_object == annotate(nlp, items, max_chars=50, split_long=False, batch_size=1)
    assert by_object[0]["errors"] == ["text too long: 500 characters, more than --max-chars 50"]
    assert annotate(nlp, items, options, split_long=True)[0]["errors"] == []  # a keyword overrides the object
    with pytest.raises(TypeError, match="max_char"):
        annotate(nlp, items, max_char=50)
    with pytest.raises(ValueError):
        AnnotateOptions(max_chars=0)
