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


# ---------------------------------------------------------------- Indonesia's own conflict
@pytest.mark.parametrize("name, canonical", [
    ("TNI", "Tentara Nasional Indonesia"), ("pasukan TNI", "Tentara Nasional Indonesia"),
    ("tentara Indonesia", "Tentara Nasional Indonesia"), ("TNI AL", "Tentara Nasional Indonesia"),
    ("Polri", "Kepolisian Negara Republik Indonesia"), ("aparat keamanan", "Aparat Keamanan Indonesia"),
    ("aparat", "Aparat Keamanan Indonesia"), ("KKB", "TPNPB-OPM"), ("KST", "TPNPB-OPM"), ("OPM", "TPNPB-OPM"),
    ("TPNPB", "TPNPB-OPM"), ("Kelompok Kriminal Bersenjata", "TPNPB-OPM"), ("Brimob", "Korps Brigade Mobil Polri"),
    ("Densus 88", "Detasemen Khusus 88 Antiteror"), ("Kopassus", "Komando Pasukan Khusus"),
    ("Satgas Damai Cartenz", "Satuan Tugas Operasi Damai Cartenz"),
    ("Kodam XVII/Cenderawasih", "Komando Daerah Militer XVII/Cenderawasih"),
    ("Polda Papua", "Kepolisian Daerah Papua"), ("Polres Puncak Jaya", "Kepolisian Resor Puncak Jaya"),
    ("RSF", "Pasukan Dukungan Cepat"), ("Hezbollah", "Hizbullah"),
])
def test_indonesias_forces_and_papuas_armed_groups_have_record_md_canonicals(kb, name, canonical):
    assert kb.actor(name)["canonical"] == canonical


def test_lower_case_acronym_is_not_the_armed_group(kb):
    assert kb.actor("kkb") is None and kb.actor("opm") is None


@pytest.mark.parametrize("name, kind", [
    ("Papua Tengah", "region"), ("Papua Pegunungan", "region"), ("Papua Barat Daya", "region"),
    ("Nduga", "region"), ("Intan Jaya", "region"), ("Pegunungan Bintang", "region"), ("Teluk Bintuni", "region"),
    ("Sugapa", "district"), ("Ilaga", "district"), ("Kenyam", "district"), ("Timika", "city"), ("Wamena", "city"),
])
def test_papuas_provinces_regencies_and_towns_are_places_of_indonesia(kb, name, kind):
    place = kb.place(name)
    assert place["kind"] == kind and place["country"] == "Indonesia"


def test_ranks_and_offices_are_titles_with_spelled_out_offices(kb):
    titles = set(kb.words("titles"))
    assert {"pratu", "letkol inf", "kombes pol", "brigjen tni", "akbp", "bripda", "laksda", "kapolres",
            "kapendam", "kapuspen tni", "danrem", "kabid humas"} <= titles
    assert kb.context["title_abbreviations"]["kapolda"] == "Kepala Kepolisian Daerah"


# ---------------------------------------------------------------- spelling forgiven
from nk_nlp.knowledge.fuzzy import FuzzyNames, skeleton, within_one_edit  # noqa: E402


@pytest.mark.parametrize("typo, canonical", [
    ("Azerbaijn", "Azerbaijan"), ("Azerbaijaan", "Azerbaijan"), ("Armeniia", "Armenia"),
    ("Azebraijan", "Azerbaijan"),  # two letters swapped
    ("Khankhendi", "Stepanakert"), ("Nagorno-Karabagh", "Nagorno-Karabakh"), ("Syusyi", None),
    ("Yahukimmo", "Yahukimo"), ("Lani Jaya", "Lanny Jaya"), ("Prabowo Subianti", "Prabowo Subianto"),
])
def test_a_one_letter_typo_or_transliteration_of_a_long_name_finds_it(kb, typo, canonical):
    if canonical is None:  # `Syusyi` is `Shushi` transliterated, but too short to be trusted
        assert kb.lookup_fuzzy(typo) == []
        return
    assert kb.lookup(typo) == []  # lookup stays exact
    assert {rec["canonical"] for _, rec in kb.lookup_fuzzy(typo)} == {canonical}
    assert (kb.place(typo) or kb.actor(typo) or kb.person(typo))["canonical"] == canonical


@pytest.mark.parametrize("demonym, state", [("Azeri", "Azerbaijan"), ("Russia", "Rusia"), ("Israeli", "Israel"),
                                            ("Ukrainian", "Ukraina")])
def test_demonyms_and_foreign_spellings_name_the_state(kb, demonym, state):
    assert kb.state_of(demonym) == state


def test_short_words_never_match_fuzzily(kb):
    for word in ("Irak", "Iran", "Mali", "Bali", "Rusi", "Gaza", "Gazza", "Kyiv", "Kiev", "Nduga", "Ndugaa", "Papus"):
        assert kb.lookup_fuzzy(word) == []
    assert FuzzyNames(["irak", "mali"]).find("iran") == []
    assert kb.lookup_fuzzy("Armenia-") == []  # a name cut at a hyphen (`Armenia-Artsakh`) is no typo


def test_names_with_digits_equipment_outlets_and_common_words_are_not_forgiven(kb):
    assert kb.lookup_fuzzy("Leopard 2A5") == [] and kb.lookup_fuzzy("Bayraktar TB3") == []
    assert kb.lookup_fuzzy("Densus 89") == []
    # Outlet brands are often words (`Republika` / `Republik`), lower-case aliases are phrases.
    assert kb.lookup_fuzzy("Republik") == [] and kb.lookup_fuzzy("Aparat keamanann") == []


def test_a_spelling_between_two_names_finds_neither():
    names = FuzzyNames(["abcdefgh", "abcdefgk"])
    assert names.find("abcdefgx") == ["abcdefgh", "abcdefgk"]  # the KB then refuses both canonicals


def test_edit_distance_and_skeleton():
    assert within_one_edit("karabakh", "karabak") and within_one_edit("karabakh", "karabakhh")
    assert within_one_edit("karabakh", "kraabakh") and not within_one_edit("karabakh", "krabaakh")
    assert skeleton("syusya") == skeleton("shusha") == "susa"
    assert skeleton("aliyev") == skeleton("aliev")


def test_fuzzy_lookup_finds_nothing_on_the_seeds_that_is_not_gold(kb):
    """Precision: every capitalised word or word pair of the seed articles the KB does not know
    exactly, but finds fuzzily, is inside a gold entity with that canonical."""
    import json
    import re
    for line in (ROOT / "corpus" / "seeds.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        text = record["text"]
        gold = [(e["start"], e["end"], e["canonical"]) for e in record["entities"]]
        words = [(m.start(), m.end()) for m in re.finditer(r"[A-Z][\w-]*[\w]", text)]
        spans = words + [(a[0], b[1]) for a, b in zip(words, words[1:]) if text[a[1]:b[0]] == " "]
        for start, end in spans:
            name = text[start:end]
            if kb.lookup(name, respect_case=False):
                continue
            found = {rec["canonical"] for _, rec in kb.lookup_fuzzy(name)}
            if found:
                assert any(s <= start and end <= e and c in found for s, e, c in gold), (name, found)


# ---------------------------------------------------------------- users' own knowledge
from nk_nlp.knowledge.extend import with_extra  # noqa: E402


def test_extra_directory_adds_records_aliases_and_context_words(kb, tmp_path):
    extra = tmp_path / "my_kb"
    extra.mkdir()
    (extra / "actors.jsonl").write_text(
        '{"canonical": "Front Pembebasan Xyloria", "type": "armed_group", "aliases": ["FPX"]}\n'
        '{"canonical": "TPNPB-OPM", "type": "armed_group", "aliases": ["Kelompok Bersenjata Xyloria"]}\n',
        encoding="utf-8")
    (extra / "places.jsonl").write_text('{"canonical": "Xyloria", "kind": "district", "aliases": []}\n',
                                        encoding="utf-8")
    (extra / "context.json").write_text('{"titles": ["kapolsubsektor"], "title_abbreviations": '
                                        '{"kapolsubsektor": "Kepala Kepolisian Subsektor"}}', encoding="utf-8")
    extended = with_extra(kb, [extra])
    assert extended.actor("FPX")["canonical"] == "Front Pembebasan Xyloria"
    assert extended.actor("Kelompok Bersenjata Xyloria")["canonical"] == "TPNPB-OPM"
    assert extended.actor("KKB")["canonical"] == "TPNPB-OPM"  # the packaged aliases stay
    assert extended.place("Xyloria")["kind"] == "district"
    assert "kapolsubsektor" in extended.words("titles") and "kapolres" in extended.words("titles")
    assert extended.context["title_abbreviations"]["kapolda"] == "Kepala Kepolisian Daerah"
    # the packaged KB is left as it was
    assert kb.actor("FPX") is None and kb.actor("Kelompok Bersenjata Xyloria") is None
    assert [label for label, alias in extended.surface_forms() if alias == "FPX"] == ["ACTOR"]


def test_extra_directory_errors_are_clear(kb, tmp_path):
    with pytest.raises(FileNotFoundError, match="no such directory"):
        with_extra(kb, [tmp_path / "missing"])
    (tmp_path / "empty").mkdir()
    with pytest.raises(FileNotFoundError, match="holds none of"):
        with_extra(kb, [tmp_path / "empty"])
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "actors.jsonl").write_text('{"canonical": "X"}\n', encoding="utf-8")
    with pytest.raises(ValueError, match="actors.jsonl:1: the record lacks type"):
        with_extra(kb, [bad])


# ---------------------------------------------------------------- the Papua conflict's sides
from nk_nlp.knowledge.sides import Sides, fold_conflicts  # noqa: E402


@pytest.fixture(scope="module")
def conflicts():
    import json
    return json.loads((KB_DIR / "conflicts.json").read_text(encoding="utf-8"))


def test_indonesias_forces_stand_for_indonesia_and_papuas_armed_group_for_itself(conflicts):
    sides = Sides(conflicts, ["pasukan", "anggota", "angkatan bersenjata"])
    for name in ("Tentara Nasional Indonesia", "Kepolisian Negara Republik Indonesia", "Aparat Keamanan Indonesia",
                 "Korps Brigade Mobil Polri", "Kepolisian Resor Yahukimo", "TNI", "Brimob", "pasukan TNI"):
        assert sides.side_name(name) == "Indonesia", name
    for name in ("TPNPB-OPM", "KKB", "KST", "OPM", "pasukan TPNPB"):
        assert sides.side_name(name) == "TPNPB-OPM", name
    assert sides.enemy_of("Indonesia", {}) == "TPNPB-OPM" and sides.enemy_of("TPNPB-OPM", {}) == "Indonesia"
    # a saved nk_claims carries the members
    assert Sides(fold_conflicts({}, conflicts), []).side_name("Densus 88") == "Indonesia"


def test_members_list_every_name_of_the_kb_actors_affiliated_with_indonesia(kb, conflicts):
    members = conflicts["members"]
    for actor in kb.actors:
        if actor["type"] != "person" and actor.get("affiliation") == "Indonesia":
            assert set(kb.names(actor)) <= set(members["Indonesia"]), actor["canonical"]
    assert set(kb.names(kb.actor("KKB"))) <= set(members["TPNPB-OPM"])
