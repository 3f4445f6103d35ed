"""The generated training data and the unseen-name split (nk_nlp.training)."""

from pathlib import Path

import pytest

pytest.importorskip("faker")

from nk_nlp.records import check_record  # noqa: E402
from nk_nlp.records.jsonl import read_records  # noqa: E402
from nk_nlp.training.augment import knowledge_words, text_words, training_records  # noqa: E402
from nk_nlp.training.names import NameGenerator  # noqa: E402
from nk_nlp.training.replace import WORD, MentionReplacer  # noqa: E402
from nk_nlp.training.templates import SLOT, template_records  # noqa: E402
from nk_nlp.training.unseen import build_unseen, entity_name_words, unseen_overlaps  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
KB, PATTERNS = ROOT / "pipeline" / "kb", ROOT / "pipeline" / "patterns"
SEEDS = ROOT / "corpus" / "seeds.jsonl"
UNSEEN = ROOT / "corpus" / "unseen" / "test.jsonl"
TESTS = [ROOT / "corpus" / "fresh" / "test.jsonl", ROOT / "corpus" / "heldout" / "dev.jsonl", ROOT / "corpus" / "heldout" / "test.jsonl"]


@pytest.fixture(scope="module")
def gold():
    return read_records(SEEDS)


@pytest.fixture(scope="module")
def forbidden(gold):
    return knowledge_words(KB, PATTERNS) | text_words(gold)


@pytest.fixture(scope="module")
def generated(gold, forbidden, tmp_path_factory):
    records = training_records(gold, forbidden, seed=0, copies=2, n_templates=150)
    path = tmp_path_factory.mktemp("train") / "train.jsonl"
    from nk_nlp.records.jsonl import write_record

    with open(path, "w", encoding="utf-8") as out:
        for record in records:
            write_record(out, record)
    return records, path


def test_replaced_records_are_valid_and_keep_the_structure(gold, forbidden):
    replaced = MentionReplacer(NameGenerator(7, forbidden)).replace(gold[0])
    assert check_record(replaced) == []
    assert len(replaced["entities"]) == len(gold[0]["entities"])
    for before, after in zip(gold[0]["entities"], replaced["entities"]):
        assert after["text"] == replaced["text"][after["start"]:after["end"]]
        assert after["label"] == before["label"]
    texts = [e["text"] for e in replaced["entities"]]
    # the words that give an entity its kind stay, the name after them changes
    assert any(t.startswith("Kementerian Pertahanan ") for t in texts)
    assert "Kementerian Pertahanan Azerbaijan" not in texts
    assert not entity_name_words([replaced]) & forbidden
    # every claim and quote moved with the text
    for quote in replaced["quotes"]:
        assert quote["text"] == replaced["text"][quote["start"]:quote["end"]]


def test_one_name_one_replacement_within_an_article(gold, forbidden):
    replaced = MentionReplacer(NameGenerator(3, forbidden)).replace(gold[0])
    owners = {e["text"].split()[-1] for e in replaced["entities"] if e["text"].startswith("Kementerian Pertahanan ")}
    assert len(owners) == 1  # Azerbaijan's ministry is one replaced owner everywhere


def test_generation_is_deterministic(gold, forbidden):
    first = training_records(gold[:1], forbidden, seed=5, copies=1, n_templates=3)
    again = training_records(gold[:1], forbidden, seed=5, copies=1, n_templates=3)
    other = training_records(gold[:1], forbidden, seed=6, copies=1, n_templates=3)
    assert first == again
    assert first != other


def test_template_documents_have_entities_on_their_text(forbidden):
    records = template_records(NameGenerator(11, forbidden), 20)
    for record in records:
        assert not SLOT.search(record["text"])
        for entity in record["entities"]:
            assert entity["text"] == record["text"][entity["start"]:entity["end"]]
        assert check_record(record) == []
    assert {e["label"] for r in records for e in r["entities"]} == {"ACTOR", "PLACE", "EQUIPMENT", "MEDIA"}


def test_committed_unseen_split_is_current_and_unseen(generated, tmp_path):
    """The split is what `nk-nlp train unseen` builds today, and none of its entity names is
    in the knowledge base, the patterns or the training text; if the knowledge grows into
    it, rebuild it (`spacy project run unseen`)."""
    _, train_path = generated
    rebuilt = tmp_path / "unseen.jsonl"
    build_unseen(TESTS, KB, PATTERNS, [SEEDS, train_path], rebuilt)
    assert read_records(rebuilt) == read_records(UNSEEN)
    assert unseen_overlaps(UNSEEN, KB, PATTERNS, [SEEDS, train_path]) == []
    originals = entity_name_words(r for p in TESTS for r in read_records(p))
    assert entity_name_words(read_records(UNSEEN)) & originals == set()


def test_words_of_every_generated_text_are_words(generated):
    records, _ = generated
    assert len(records) == 5 + 5 * 2 + 150
    assert all(WORD.search(r["text"]) for r in records)
