"""The news tokenizer: long runs of punctuation are tokenized in bounded pieces (spaCy
strips affixes one at a time, quadratic on a page of '-----'; the speed itself is
measured in benchmarks/pathological.py), and a saved tokenizer loads back the same."""

import pickle

import pytest

from nk_nlp.text.language import blank_indonesian
from spacy.tokenizer import Tokenizer

from nk_nlp.text.tokenizer import PUNCT_PIECE, NewsTokenizer, _pieces


@pytest.fixture(scope="module")
def nlp():
    return blank_indonesian()


@pytest.mark.parametrize("run", ["-" * 5000, "=-" * 2000, "!?" * 1000, "*" * 999])
def test_long_punctuation_run_is_split_into_bounded_pieces(nlp, run):
    text = f"Serangan itu\n{run}\nmenewaskan 12 orang."
    doc = nlp(text)
    assert doc.text == text
    marks = [t for t in doc if not t.is_space and not t.is_alpha and not t.like_num and t.text != "."]
    assert sum(len(t) for t in marks) == len(run)
    assert max(len(t) for t in marks) <= PUNCT_PIECE
    assert [t.text for t in doc if t.is_alpha or t.like_num] == ["Serangan", "itu", "menewaskan", "12", "orang"]


def test_short_runs_are_tokenized_as_before(nlp):
    text = "Dia berkata -- dengan tegas... \"Tidak!!\" (lihat: www.contoh.com) #Papua"
    assert [t.text for t in nlp(text)] == [t.text for t in Tokenizer.__call__(nlp.tokenizer, text)]


def test_pieces_cut_only_long_runs():
    text = "a " + "-" * 70 + "b.. c"
    pieces = list(_pieces(text))
    assert "".join(pieces) == text
    assert pieces == ["a ", "-" * PUNCT_PIECE, "-" * PUNCT_PIECE, "-" * (70 - 2 * PUNCT_PIECE), "b.. c"]


def test_saved_tokenizer_loads_back_and_pickles(nlp, tmp_path):
    nlp.tokenizer.add_special_case("Kodam", [{"ORTH": "Kodam"}])
    nlp.tokenizer.to_disk(tmp_path / "tokenizer")
    fresh = blank_indonesian()
    assert "Kodam" not in fresh.tokenizer.rules
    fresh.tokenizer.from_disk(tmp_path / "tokenizer")  # changed exceptions: loaded in full
    assert "Kodam" in fresh.tokenizer.rules
    same = fresh.tokenizer.from_bytes(blank_indonesian().tokenizer.to_bytes())  # unchanged: vocab only
    assert "Kodam" not in same.rules
    text = "TNI-AD menembak 3 orang -------- di Nduga."
    assert [t.text for t in same(text)] == [t.text for t in nlp(text)]
    assert isinstance(pickle.loads(pickle.dumps(nlp.tokenizer)), NewsTokenizer)


def test_annotate_refuses_a_run_longer_than_any_word_with_a_reason():
    """The length guard of `nk-nlp annotate`: one record, with the reason, and the batch goes on."""
    from nk_nlp.annotate import annotate_records
    from nk_nlp.annotate.engine import MAX_RUN
    from nk_nlp.annotate.inputs import InputRecord

    import spacy

    pages = [InputRecord("dashes", "Judul\n" + "-" * (MAX_RUN + 1)), InputRecord("ok", "Tiga orang tewas.")]
    records = list(annotate_records(spacy.blank("id"), pages))
    assert [r["id"] for r in records] == ["dashes", "ok"]
    assert records[0]["errors"] == [f"not prose: {MAX_RUN + 1} characters without white space (at most {MAX_RUN})"]
    assert records[1]["errors"] == []


def test_token_columns_are_read_once_per_doc_and_follow_a_retokenized_doc():
    import spacy

    from nk_nlp.text.doc_view import TokenColumns

    nlp = spacy.blank("id")
    doc = nlp("Juru bicara Tentara Arakan, Kyaw Min, membantah klaim itu.")
    first, second = TokenColumns(doc), TokenColumns(doc)
    assert first.lower is second.lower  # one list for every component's view
    assert first.text == [t.text for t in doc] and first.span_text(2, 4) == "Tentara Arakan"
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[2:4])
    again = TokenColumns(doc)
    assert again.text == [t.text for t in doc] and again.text[2] == "Tentara Arakan"
    assert TokenColumns(nlp("Satu dua.")).text == ["Satu", "dua", "."]


def test_positions_lists_every_place_of_a_word_in_order():
    import spacy

    from nk_nlp.text.doc_view import TokenColumns

    doc = spacy.blank("id")("Pasukan itu mundur. Pasukan lain maju, kata pasukan kedua.")
    positions = TokenColumns(doc).positions("lower")
    assert positions["pasukan"] == [i for i, t in enumerate(doc) if t.lower_ == "pasukan"] == [0, 4, 9]
    assert "tank" not in positions
