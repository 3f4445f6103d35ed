"""The parts of nk_claims on their own: the phrase table, the sides of each war, the
per-sentence view and the typed owners and predicates the rules record, the data the
component saves, and the schema at the bottom of the package."""

import ast
import json
from pathlib import Path

import pytest

from nk_nlp.components.claims.component import CLAIMS_FILE, Claims
from nk_nlp.components.claims.finder import sentence_claims
from nk_nlp.components.claims.model import DefiniteOwner, EnemyOwner, EntityOwner, PronounOwner
from nk_nlp.components.claims.sentence import DocText
from nk_nlp.knowledge.sides import Sides
from nk_nlp.text.phrases import PhraseTable

ROOT = Path(__file__).resolve().parents[1]
CONFLICTS = ROOT / "pipeline" / "kb" / "conflicts.json"


# -- PhraseTable ---------------------------------------------------------------------------

def test_phrase_table_finds_the_longest_phrase_from_either_end():
    table = PhraseTable({"tembak jatuh": "destroyed", "tembak": "attacked", "tewas": "killed"}, str.split)
    words = ["drone", "itu", "ditembak", "tembak", "jatuh", "kemarin"]
    assert table.at(words, 3) == (2, "destroyed")
    assert table.ending_at(words, 5) == (2, "destroyed")
    assert table.ending_at(words, 4) == (1, "attacked")
    assert table.at(words, 0) == (0, None)
    assert table.at(words, len(words)) == (0, None)  # past the end: no phrase, no error
    assert "tewas" in table and "tembak jatuh" not in table


def test_phrase_table_splits_phrases_as_it_is_told_and_lowercases_them():
    table = PhraseTable(["Sampai Dengan", "s/d"], lambda p: p.replace("/", " / ").split())
    assert table.at(["500", "sampai", "dengan", "600"], 1) == (2, True)
    assert table.at(["500", "s", "/", "d", "600"], 1) == (3, True)


# -- Sides ---------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def sides():
    claims = json.loads((ROOT / "pipeline" / "lexicons" / "claims.json").read_text(encoding="utf-8"))
    return Sides(json.loads(CONFLICTS.read_text(encoding="utf-8")), claims["party_prefixes"])


def test_side_name_strips_party_prefixes(sides):
    assert sides.side_name("Angkatan Bersenjata Armenia") == "Armenia"
    assert sides.side_name("kementerian pertahanan Rusia") == "Rusia"
    assert sides.side_name("Kepala Staf Pasukan Israel") == "Israel"
    assert sides.side_name("Bupati Sleman") is None
    # not strict: what the prefixes leave of a name that is no known side
    assert sides.side_name("milisi Jaysh al-Tahrir", strict=False) == "Jaysh al-Tahrir"
    assert sides.side_name("milisi Jaysh al-Tahrir") is None


def test_enemy_of_prefers_the_adversary_the_article_names(sides):
    assert sides.enemy_of("Israel", {}) == "Hamas"  # the first listed war
    assert sides.enemy_of("Israel", {"Hizbullah": 3, "Israel": 5}) == "Hizbullah"
    assert sides.enemy_of("Hamas", {}) == "Israel"
    assert sides.enemy_of("Malaysia", {}) is None  # a side with no listed war
    assert sides.enemy_of(None, {}) is None


def test_conflict_sides_are_kb_names_unless_listed_as_missing():
    conflicts = json.loads(CONFLICTS.read_text(encoding="utf-8"))
    kb_names = set()
    for name in ("actors", "places"):
        for line in (ROOT / "pipeline" / "kb" / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                entry = json.loads(line)
                kb_names.add(entry["canonical"])
                kb_names.update(entry.get("aliases", ()))
    names = set(conflicts["sides"]) | {side for pair in conflicts["adversaries"] for side in pair}
    assert names - kb_names == set(conflicts["_not_in_kb"])


# -- the sentence view and what the rules record ------------------------------------------

@pytest.fixture(scope="module")
def read(rules_nlp):
    lexicon = rules_nlp.get_pipe("nk_claims").lexicon

    def _read(text):
        doc = rules_nlp(text)
        doc_text = DocText(doc, lexicon)
        found = []
        for sent in doc.sents:
            view = doc_text.sentence(sent)
            found += [(view.span_text(c.start, c.end), c) for c in sentence_claims(view)]
        return found
    return _read


def test_possessive_pronoun_owner(read):
    [(text, claim)] = read("Sedikitnya 30 tentaranya tewas dalam serangan itu.")
    assert text == "30 tentaranya"
    assert isinstance(claim.owner, PronounOwner) and claim.outcome == "killed"
    assert claim.predicate_after is not None and claim.predicate_before is None


def test_subset_reads_the_verb_before_first(read):
    found = read("Militer Ukraina mengatakan telah menembak jatuh 42 dari 56 drone yang diluncurkan Rusia.")
    text, part = found[0]
    assert text == "42" and part.subset and part.category == "equipment"
    assert part.outcome == "destroyed" and part.predicate_before is not None
    assert part.party == "Rusia"


def test_definite_and_enemy_owners(read):
    [(text, claim)] = read("Sebanyak 15 kendaraan tempur milik milisi itu hancur.")
    assert text == "15 kendaraan tempur milik milisi itu" and isinstance(claim.owner, DefiniteOwner)
    [(text, claim)] = read("Pasukan Rusia menghancurkan 10 tank musuh di dekat Bakhmut.")
    assert text == "10 tank musuh" and isinstance(claim.owner, EnemyOwner)
    assert claim.party == "Ukraina"


def test_entity_owner_gives_its_side(read):
    [(text, claim)] = read("Sebanyak 12 tank Rusia hancur di Zaporizhzhia.")
    assert text == "12 tank Rusia" and isinstance(claim.owner, EntityOwner)
    assert claim.owner.ent.text == "Rusia" and claim.party == "Rusia"


def test_the_component_keeps_no_state_of_the_doc(rules_nlp):
    component = rules_nlp.get_pipe("nk_claims")
    before = dict(vars(component))
    rules_nlp("Sedikitnya 30 tentara Rusia tewas di Bakhmut, kata Ukraina.")
    assert vars(component).keys() == before.keys()
    assert all(vars(component)[k] is before[k] for k in before if k != "_lexicon")
    assert not any(k.startswith("_doc") or k in ("tokens", "low", "ents") for k in vars(component.lexicon))


# -- what the component saves --------------------------------------------------------------

ARTICLE = "Militer Ukraina mengatakan 30 tentara Rusia tewas dan 12 tank musuh dihancurkan di dekat Bakhmut."


def _claims_of(nlp, component, text):
    doc = nlp.make_doc(text)
    for name in nlp.pipe_names:
        doc = (component if name == "nk_claims" else nlp.get_pipe(name))(doc)
    return [(s.text, s._.outcome, s._.party) for s in doc.spans["claims"]]


def test_saved_claims_json_carries_the_sides(rules_nlp, tmp_path):
    rules_nlp.get_pipe("nk_claims").to_disk(tmp_path)
    saved = json.loads((tmp_path / CLAIMS_FILE).read_text(encoding="utf-8"))
    conflicts = json.loads(CONFLICTS.read_text(encoding="utf-8"))
    assert saved["adversaries"] == conflicts["adversaries"] and saved["sides"] == conflicts["sides"]
    lexicon = json.loads((ROOT / "pipeline" / "lexicons" / CLAIMS_FILE).read_text(encoding="utf-8"))
    assert "adversaries" not in lexicon and "sides" not in lexicon  # one source of truth: kb/conflicts.json


def test_a_claims_json_saved_before_the_moves_still_loads(rules_nlp, tmp_path):
    """Pipelines saved earlier have every side in "sides" and no keys added since."""
    rules_nlp.get_pipe("nk_claims").to_disk(tmp_path)
    saved = json.loads((tmp_path / CLAIMS_FILE).read_text(encoding="utf-8"))
    saved["sides"] = sorted(set(saved["sides"]) | {s for pair in saved["adversaries"] for s in pair})
    for key in ("referents_after_owner", "passive_agent_markers", "relative_markers", "claim_list_links",
                "outcome_groups", "categories_without_outcome"):
        del saved[key]
    (tmp_path / CLAIMS_FILE).write_text(json.dumps(saved, ensure_ascii=False), encoding="utf-8")
    numbers = json.loads((tmp_path / "numbers.json").read_text(encoding="utf-8"))
    del numbers["comparatives"]
    (tmp_path / "numbers.json").write_text(json.dumps(numbers, ensure_ascii=False), encoding="utf-8")
    old = Claims(rules_nlp).from_disk(tmp_path)
    expected = _claims_of(rules_nlp, rules_nlp.get_pipe("nk_claims"), ARTICLE)
    assert expected and _claims_of(rules_nlp, old, ARTICLE) == expected


# -- the schema ------------------------------------------------------------------------------

def test_schema_is_the_bottom_layer_and_records_re_export_it():
    import nk_nlp.records.convert as convert
    import nk_nlp.schema as schema

    tree = ast.parse(Path(schema.__file__).read_text(encoding="utf-8"))
    imported = [n for node in ast.walk(tree) if isinstance(node, (ast.Import, ast.ImportFrom))
                for n in ([node.module] if isinstance(node, ast.ImportFrom) else [a.name for a in node.names])]
    assert not [m for m in imported if m and m.startswith("nk_nlp")]
    assert convert.QUALIFIERS is schema.QUALIFIERS and convert.OUTCOMES is schema.OUTCOMES
    assert set(schema.BOUNDS) == set(schema.QUALIFIERS) - {"vague"}
