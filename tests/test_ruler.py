"""The entity ruler's fast token matcher finds exactly what spaCy's Matcher finds.

Checked three ways: the shipped patterns on real articles, random patterns on random
token sequences (hypothesis), and the ruler as a pipeline component (fallback to
spaCy's Matcher, serialisation, the EntityRuler's choice among overlapping matches).
"""

import pytest
import spacy
import srsly
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.matcher import Matcher
from spacy.tokens import Doc

from conftest import ROOT
from nk_nlp.text.token_matcher import TokenPatternMatcher, supports

PATTERN_FILES = sorted((ROOT / "pipeline" / "patterns").glob("*.jsonl"))
TEXT_FILES = [ROOT / "corpus" / "seeds.jsonl", ROOT / "corpus" / "heldout" / "dev.jsonl",
              ROOT / "corpus" / "heldout" / "test.jsonl"]


def spacy_matches(vocab, patterns, doc):
    matcher = Matcher(vocab)
    for key, pattern in patterns:
        matcher.add(key, [pattern])
    return {m for m in matcher(doc) if m[1] != m[2]}


def fast_matches(vocab, patterns, doc):
    matcher = TokenPatternMatcher(vocab)
    for key, pattern in patterns:
        matcher.add(key, pattern)
    return set(matcher(doc))


@pytest.fixture(scope="module")
def shipped_token_patterns():
    entries = [e for path in PATTERN_FILES for e in srsly.read_jsonl(path) if isinstance(e["pattern"], list)]
    return [(f"{e['label']}||{e['id']}", e["pattern"]) for e in entries]


def test_every_shipped_token_pattern_is_supported(shipped_token_patterns):
    assert len(shipped_token_patterns) > 50
    unsupported = [p for _, p in shipped_token_patterns if not supports(p)]
    assert not unsupported


@pytest.mark.parametrize("path", TEXT_FILES, ids=lambda p: p.stem)
def test_shipped_patterns_match_like_spacy_on_articles(rules_nlp, shipped_token_patterns, path):
    for record in srsly.read_jsonl(path):
        doc = rules_nlp.make_doc(record["text"])
        expected = spacy_matches(rules_nlp.vocab, shipped_token_patterns, doc)
        assert expected, "the articles should give the patterns something to match"
        assert fast_matches(rules_nlp.vocab, shipped_token_patterns, doc) == expected


# ------------------------------------------------------------------ random patterns, random docs
WORDS = ["di", "Kota", "kota", "Gaza", "GAZA", "tiga", "12", "-", ",", "al", "Pasukan", "rudal"]
SPEC = st.one_of(
    st.builds(lambda w: {"ORTH": w}, st.sampled_from(WORDS)),
    st.builds(lambda w: {"LOWER": w.lower()}, st.sampled_from(WORDS)),
    st.builds(lambda ws: {"LOWER": {"IN": sorted({w.lower() for w in ws})}}, st.lists(st.sampled_from(WORDS), min_size=1, max_size=4)),
    st.builds(lambda ws: {"ORTH": {"NOT_IN": ws}}, st.lists(st.sampled_from(WORDS), max_size=4)),
    st.just({"TEXT": {"REGEX": "^[A-Z]"}}),
    st.just({"TEXT": {"REGEX": "^[A-Z]"}, "LOWER": {"NOT_IN": ["gaza"]}}),
    st.builds(lambda flag, wanted: {flag: wanted},
              st.sampled_from(["LIKE_NUM", "IS_LOWER", "IS_UPPER", "IS_TITLE", "IS_DIGIT", "IS_PUNCT", "IS_ALPHA"]),
              st.booleans()),
    st.just({}),
)
OP = st.sampled_from([None, "?", "*", "+", "{2}", "{0,2}", "{1,3}", "{2,}", "{,2}"])
TOKEN = st.builds(lambda spec, op: dict(spec, OP=op) if op else spec, SPEC, OP)
PATTERN = st.lists(TOKEN, min_size=1, max_size=4)


@pytest.fixture(scope="module")
def blank_vocab():
    return spacy.blank("id").vocab


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(patterns=st.lists(PATTERN, min_size=1, max_size=3), words=st.lists(st.sampled_from(WORDS), max_size=14))
def test_random_patterns_match_like_spacy(blank_vocab, patterns, words):
    vocab = blank_vocab
    doc = Doc(vocab, words=words)
    keyed = [(f"P{i}", p) for i, p in enumerate(patterns)]
    assert fast_matches(vocab, keyed, doc) == spacy_matches(vocab, keyed, doc)


def test_operators_outside_the_subset_are_refused():
    assert not supports([{"POS": "PROPN"}])
    assert not supports([{"LOWER": "di", "OP": "!"}])
    assert not supports([{"_": {"flag": True}}])
    assert not supports([{"LOWER": {"FUZZY": "gaza"}}])
    assert not supports([{"ORTH": {"IN": [12345]}}])  # a hash, not a string
    assert not supports([{"IS_LOWER": 1}])
    assert not supports([{"LENGTH": 6}])
    with pytest.raises(ValueError, match="supports"):
        TokenPatternMatcher(spacy.blank("id").vocab).add("X", [{"POS": "PROPN"}])


# ------------------------------------------------------------------ the ruler component
def make_ruler(patterns, **config):
    nlp = spacy.blank("id")
    ruler = nlp.add_pipe("nk_entity_ruler", config={"phrase_matcher_attr": "LOWER", **config})
    ruler.add_patterns(patterns)
    return nlp


RULER_PATTERNS = [
    {"label": "PLACE", "id": "classifier", "pattern": [{"LOWER": "kota"}, {"TEXT": {"REGEX": "^[A-Z]"}, "OP": "+"}]},
    {"label": "ACTOR", "id": "kb", "pattern": "Hamas"},
    # outside the fast subset: spaCy's Matcher runs it
    {"label": "EQUIPMENT", "id": "shape", "pattern": [{"LOWER": "rudal"}, {"LENGTH": 6}]},
]


def test_ruler_uses_fast_and_fallback_matchers_and_keeps_the_longest_match():
    nlp = make_ruler(RULER_PATTERNS)
    doc = nlp("Hamas menembakkan rudal Qassam ke kota Tel Aviv.")
    assert [(e.text, e.label_, e.ent_id_) for e in doc.ents] == [
        ("Hamas", "ACTOR", "kb"), ("rudal Qassam", "EQUIPMENT", "shape"), ("kota Tel Aviv", "PLACE", "classifier")]


def test_ruler_gives_the_same_entities_as_spacys_entity_ruler(rules_nlp):
    patterns = [e for path in PATTERN_FILES for e in srsly.read_jsonl(path)]
    theirs = spacy.blank("id", vocab=rules_nlp.vocab)
    theirs.tokenizer = rules_nlp.tokenizer
    theirs.add_pipe("entity_ruler", config={"phrase_matcher_attr": "LOWER"}).add_patterns(patterns)
    ours = rules_nlp.get_pipe("entity_ruler")
    for record in srsly.read_jsonl(TEXT_FILES[0]):
        expected = [(e.start, e.end, e.label_, e.ent_id_) for e in theirs(record["text"]).ents]
        doc = ours(rules_nlp.make_doc(record["text"]))
        assert [(e.start, e.end, e.label_, e.ent_id_) for e in doc.ents] == expected


@pytest.mark.parametrize("overwrite, expected", [(False, [("Tel Aviv", "ACTOR")]),
                                                 (True, [("kota Tel Aviv", "PLACE")])])
def test_ruler_keeps_existing_entities_unless_told_to_overwrite(overwrite, expected):
    nlp = make_ruler(RULER_PATTERNS, overwrite_ents=overwrite)
    doc = nlp.make_doc("Serangan di kota Tel Aviv.")
    doc.ents = [doc.char_span(17, 25, label="ACTOR")]
    assert [(e.text, e.label_) for e in nlp.get_pipe("nk_entity_ruler")(doc).ents] == expected


def test_ruler_round_trips_through_disk(tmp_path):
    nlp = make_ruler(RULER_PATTERNS)
    nlp.to_disk(tmp_path / "model")
    loaded = spacy.load(tmp_path / "model")
    text = "Hamas menembakkan rudal Qassam ke kota Tel Aviv."
    assert [(e.text, e.label_, e.ent_id_) for e in loaded(text).ents] == \
        [(e.text, e.label_, e.ent_id_) for e in nlp(text).ents]
    assert loaded.get_pipe("nk_entity_ruler").patterns == nlp.get_pipe("nk_entity_ruler").patterns


def test_ruler_round_trips_through_bytes_with_its_phrase_patterns():
    """spaCy's EntityRuler.from_bytes empties its PhraseMatcher after adding the patterns."""
    nlp = make_ruler(RULER_PATTERNS)
    fresh = spacy.blank("id")
    fresh.add_pipe("nk_entity_ruler", config={"phrase_matcher_attr": "LOWER"})
    fresh.from_bytes(nlp.to_bytes())
    text = "Hamas menembakkan rudal Qassam ke kota Tel Aviv."
    assert [(e.text, e.label_) for e in fresh(text).ents] == [(e.text, e.label_) for e in nlp(text).ents]
    assert len(fresh.get_pipe("nk_entity_ruler").phrase_matcher) == 1


def test_matcher_pickles_after_use():
    """The compiled tests are closures: a matcher pickles as its vocab and its patterns."""
    import pickle

    nlp = spacy.blank("id")
    patterns = [("PLACE", RULER_PATTERNS[0]["pattern"]), ("ACTOR", [{"LOWER": {"IN": ["hamas"]}}])]
    matcher = TokenPatternMatcher(nlp.vocab)
    for key, pattern in patterns:
        matcher.add(key, pattern)
    doc = nlp("Hamas menembakkan roket ke kota Tel Aviv.")
    found = matcher(doc)
    restored = pickle.loads(pickle.dumps(matcher))
    assert len(restored) == len(matcher) and restored(doc) == found
