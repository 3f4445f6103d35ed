"""Every way a spaCy pipeline travels gives the same records: to and from disk, to and
from bytes, pickle, a DocBin with user data, and two worker processes."""

import json
import pickle

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import DocBin

import nk_nlp.components.claims.component  # noqa: F401  (registers nk_claims, read below)
from nk_nlp.records.convert import doc_to_record
from nk_nlp.build import load_untrained
from conftest import SEEDS

TEXTS = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
NK_FACTORIES = {"nk_article_body", "nk_entity_ruler", "nk_entity_resolver", "nk_claims", "nk_quotes", "nk_attribution", "nk_disputes"}
# every nk factory of the rule pipeline, the training filter included (analyze_pipes)
ANALYZED = sorted(NK_FACTORIES | {"nk_ruler_training_filter"})


def records(nlp, docs=None):
    docs = docs if docs is not None else nlp.pipe(TEXTS)
    return [json.dumps(doc_to_record(doc, str(i)), ensure_ascii=False) for i, doc in enumerate(docs)]


@pytest.fixture(scope="module")
def expected(rules_nlp):
    return records(rules_nlp)


def test_pipeline_holds_every_nk_factory(rules_nlp):
    factories = {rules_nlp.get_pipe_meta(name).factory for name in rules_nlp.pipe_names}
    assert NK_FACTORIES <= factories


def test_disk_round_trip(rules_nlp, expected, tmp_path):
    rules_nlp.to_disk(tmp_path / "model")
    assert records(spacy.load(tmp_path / "model")) == expected


def test_bytes_round_trip(rules_nlp, expected):
    config = rules_nlp.config
    fresh = spacy.util.load_model_from_config(config, auto_fill=True)
    fresh.from_bytes(rules_nlp.to_bytes())
    assert records(fresh) == expected


def test_pickle_round_trip(rules_nlp, expected):
    assert records(pickle.loads(pickle.dumps(rules_nlp))) == expected


def test_docbin_keeps_user_data(rules_nlp, expected):
    docbin = DocBin(store_user_data=True, docs=rules_nlp.pipe(TEXTS))
    docs = DocBin().from_bytes(docbin.to_bytes()).get_docs(rules_nlp.vocab)
    assert records(rules_nlp, docs) == expected


def test_two_processes(rules_nlp, expected):
    assert records(rules_nlp, rules_nlp.pipe(TEXTS, n_process=2)) == expected


@pytest.mark.parametrize("factory", [f for f in ANALYZED])
def test_analyze_pipes_sees_every_dependency(rules_nlp, factory):
    """Each nk component declares what it assigns, analyze_pipes lists it, and every
    requirement is assigned by an earlier component."""
    analysis = rules_nlp.analyze_pipes()
    names = [name for name in rules_nlp.pipe_names if rules_nlp.get_pipe_meta(name).factory == factory]
    assert names, f"no {factory} in the pipeline"
    for name in names:
        meta = rules_nlp.get_pipe_meta(name)
        assert meta.assigns, f"{name} declares no assigns"
        assert analysis["summary"][name]["assigns"] == meta.assigns
        assert analysis["summary"][name]["requires"] == meta.requires
        assert not analysis["problems"][name], f"{name} requires what no earlier component assigns"
