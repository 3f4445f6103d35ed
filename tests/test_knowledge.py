"""The knowledge base and its lookups (no spaCy pipeline needed)."""

from pathlib import Path

import pytest
import srsly

from nk_nlp.knowledge.kb import Knowledge, case_ok, load, norm, title_case
from nk_nlp.knowledge.patterns import context_patterns, kb_patterns

ROOT = Path(__file__).resolve().parents[1]
KB_DIR = ROOT / "pipeline" / "kb"
PATTERNS_DIR = ROOT / "pipeline" / "patterns"


@pytest.fixture(scope="module")
def kb():
    return load(str(KB_DIR))


def test_norm_ignores_case_accents_hashtags_and_spaced_hyphens():
    assert norm("Türkiye") == "turkiye"
    assert norm("#Azerbaijan") == "azerbaijan"
    assert norm("Nagorno - Karabakh") == norm("Nagorno-Karabakh") == "nagorno-karabakh"
    assert norm("Çavuşoğlu") == "cavusoglu"


def test_case_rules_for_capitalised_names_and_acronyms():
    assert case_ok("AS", "AS") and not case_ok("as", "AS") and not case_ok("As", "AS")
    assert case_ok("Sisi", "el-Sisi") and not case_ok("sisi", "el-Sisi")
    assert case_ok("tank", "tank")


def test_title_case_keeps_inner_capitals():
    assert title_case("kementerian luar negeri Rusia") == "Kementerian Luar Negeri Rusia"
    assert title_case("YEREVAN") == "Yerevan"
    assert title_case("Dewan Keamanan PBB") == "Dewan Keamanan PBB"


@pytest.mark.parametrize("name, state", [
    ("Moskow", "Rusia"), ("Kremlin", "Rusia"), ("Negeri Beruang Merah", "Rusia"), ("Kyiv", "Ukraina"),
    ("Kiev", "Ukraina"), ("Washington", "Amerika Serikat"), ("AS", "Amerika Serikat"), ("Tel Aviv", "Israel"),
    ("Islamabad", "Pakistan"), ("New Delhi", "India"), ("Khartoum", "Sudan"), ("Yerevan", "Armenia"),
    ("Türkiye", "Turki"), ("Tiongkok", "China"), ("Korut", "Korea Utara"),
])
def test_state_behind_capitals_epithets_and_variants(kb, name, state):
    assert kb.state_of(name) == state


def test_places_that_are_not_states(kb):
    assert kb.state_of("Kherson") is None and kb.place("Kherson")["country"] == "Ukraina"
    assert kb.state_of("Darfur") is None and kb.place("Darfur")["kind"] == "region"
    assert kb.is_country("Sudan") and not kb.is_country("Khartoum")
    assert kb.is_city("Khartoum") and kb.is_city("Rafah") and not kb.is_city("Pakistan")
    assert kb.place("Karabakh Atas")["canonical"] == "Nagorno-Karabakh"
    assert kb.place("Khan Yunis")["canonical"] == "Khan Younis"


@pytest.mark.parametrize("mention, canonical, kind", [
    ("Zelenskyy", "Volodymyr Zelensky", "person"), ("Netanyahu", "Benjamin Netanyahu", "person"),
    ("Hemedti", "Mohamed Hamdan Dagalo", "person"), ("Shehbaz Sharif", "Shehbaz Sharif", "person"),
    ("IDF", "Angkatan Bersenjata Israel", "armed_force"), ("RSF", "Pasukan Dukungan Cepat", "armed_group"),
    ("Hezbollah", "Hizbullah", "armed_group"), ("Wagner", "Grup Wagner", "armed_group"),
    ("DK PBB", "Dewan Keamanan Perserikatan Bangsa-Bangsa", "organisation"),
    ("NATO", "Pakta Pertahanan Atlantik Utara", "organisation"),
])
def test_actor_aliases(kb, mention, canonical, kind):
    actor = kb.actor(mention)
    assert actor is not None and actor["canonical"] == canonical and actor["type"] == kind


def test_lower_case_common_words_are_not_names(kb):
    assert kb.actor("sisi") is None  # `di sisi Armenia`, not el-Sisi
    assert kb.state_of("as") is None
    assert kb.outlet("antara") is None and kb.outlet("ANTARA")["canonical"] == "Antara"


@pytest.mark.parametrize("text, brand", [
    ("Reuters", "Reuters"), ("REUTERS", "Reuters"), ("AFP", "AFP"), ("Agence France-Presse", "AFP"), ("detik.com", "Detik"),
    ("CNNIndonesia.com", "CNN Indonesia"), ("Anadolu News Agency", "Anadolu Agency"),
    ("kabarperang.com", "Kabarperang"), ("BERITAPERANG-ONLINE.COM", "Beritaperang-Online"),
    ("MedanTerkini.id", "MedanTerkini"),
])
def test_media_brand_from_kb_or_domain(kb, text, brand):
    assert kb.media_brand(text) == brand


@pytest.mark.parametrize("text, cls", [
    ("HIMARS", "artileri roket"), ("peluncur roket BM-27 Uragan", "artileri roket"), ("howitzer M777", "artileri"),
    ("Leopard 2", "tank"), ("pesawat nirawak", "drone"), ("Shahed-136", "drone"), ("jet tempur JF-17", "pesawat tempur"),
    ("pesawat militer Rafale", "pesawat tempur"), ("S-400", "sistem pertahanan udara"), ("Javelin", "senjata anti-tank"),
    ("kapal selam nuklir", "kapal selam"), ("bom curah", "amunisi"), ("mortir", "mortir"), ("Mi-24", "helikopter"),
    ("alutsista", "peralatan militer"), ("sistem misil", "sistem rudal"), ("Kinzhal", "rudal"),
])
def test_equipment_classes(kb, text, cls):
    assert kb.equipment_class(text) == cls


def test_every_equipment_class_is_a_convention_class(kb):
    classes = {"tank", "kendaraan lapis baja", "kendaraan militer", "artileri", "artileri roket", "mortir", "rudal",
               "sistem rudal", "sistem pertahanan udara", "senjata anti-tank", "senjata", "amunisi", "drone",
               "pesawat tempur", "pesawat militer", "helikopter", "kapal perang", "kapal selam", "peralatan militer"}
    assert {item["canonical"] for item in kb.equipment} == classes


def test_kb_records_are_well_formed(kb):
    for record in kb.actors:
        assert record["type"] in ("person", "organisation", "state", "armed_force", "armed_group"), record
    states = {p["canonical"] for p in kb.places if p["kind"] == "country"}
    for record in kb.places:
        assert record.get("country") in states | {None}, record
        assert record.get("capital_of", record["canonical"]) in states | {record["canonical"]}
    for record in kb.actors:
        if record["type"] == "state":
            assert record["canonical"] in states, record


def test_round_trip_through_a_directory(kb, tmp_path):
    kb.to_dir(tmp_path)
    again = Knowledge.from_dir(tmp_path)
    assert again.state_of("Kremlin") == "Rusia" and len(again.actors) == len(kb.actors)
    assert Knowledge.from_bytes_dict(kb.to_bytes_dict()).equipment_class("Grad") == "artileri roket"


def test_committed_patterns_are_generated_from_the_kb(kb):
    """pipeline/patterns/entities_*.jsonl must be regenerated (python -m nk_nlp.knowledge.patterns) after a KB edit."""
    assert list(srsly.read_jsonl(PATTERNS_DIR / "entities_kb.jsonl")) == kb_patterns(kb)
    assert list(srsly.read_jsonl(PATTERNS_DIR / "entities_context.jsonl")) == context_patterns(kb)


def test_cached_lookup_hands_out_its_own_list(kb):
    first = kb.lookup("Rusia")
    first.clear()
    assert kb.lookup("Rusia")
    # case is part of the cache key: `as` (a word) is not `AS` (the United States)
    assert kb.lookup("as") == []
    assert [cat for cat, _ in kb.lookup("as", respect_case=False)] == ["state"]
    assert kb.lookup("as") == []


def test_pickle_and_files_round_trip(kb):
    import pickle

    for again in (pickle.loads(pickle.dumps(kb)), Knowledge.from_files(kb.to_files())):
        assert again.state_of("Kremlin") == "Rusia"
        assert again.equipment_class("jet tempur Su-27") == "pesawat tempur"
        assert again.context == kb.context
