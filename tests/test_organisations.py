"""Organisations and armed groups the knowledge base lacks (components/entities/organisations.py
and the words it reads), on sentences invented for these tests: a made-up front in a made-up
war, an invented church, a branch of a known body."""


def ents(nlp, text):
    return [(e.text, e.label_, e.kb_id_) for e in nlp(text).ents]


def test_acronym_defined_in_brackets_is_the_body_everywhere(rules_nlp):
    text = ("Front Pembebasan Lembah Tarsa (FPLT) mengklaim menguasai dua desa di Sulawesi Tengah. "
            "Juru bicara FPLT, Ramon Velasco, mengatakan 12 anggota FPLT terluka. "
            "Pihak FPLT belum menanggapi laporan tersebut.")
    found = ents(rules_nlp, text)
    fplt = [e for e in found if e[0] == "FPLT"]
    assert len(fplt) == 4, found
    assert {e[1:] for e in fplt} == {("ACTOR", "Front Pembebasan Lembah Tarsa")}


def test_acronym_after_a_known_group_shaped_like_a_name(rules_nlp):
    # `Arakan Army`-shaped: a KB armed group is no person, so its bracketed acronym is its alias.
    text = "Uni Afrika (UA) menyerukan dialog. Juru bicara UA mengatakan pasukan akan ditarik."
    found = ents(rules_nlp, text)
    assert found.count(("UA", "ACTOR", "Uni Afrika")) == 2, found


def test_code_name_in_a_force_slot_recurs_bare(rules_nlp):
    text = ("Kelompok pemberontak K45 mengklaim merebut kota Lanvar. Militer Kaldonia menyebut "
            "K45 menembaki permukiman, dan 20 anggota K45 tewas.")
    found = ents(rules_nlp, text)
    assert ("Kelompok pemberontak K45", "ACTOR", "K45") in found, found
    assert found.count(("K45", "ACTOR", "K45")) == 2, found


def test_acronym_in_member_slot_or_before_a_claim_verb(rules_nlp):
    found = ents(rules_nlp, "Sebanyak 14 anggota ZRKB tewas. ZRKB membantah angka itu.")
    assert found.count(("ZRKB", "ACTOR", "ZRKB")) == 2, found
    # the first word of a longer name is not taken alone
    found = ents(rules_nlp, "Juru bicara ZRKB Komando Selatan, Ramon Velasco, mengatakan itu.")
    assert ("ZRKB", "ACTOR", "ZRKB") not in found, found


def test_outlet_cue_does_not_make_a_defined_acronym_media(rules_nlp):
    text = ("Dewan Adat Lembah Tarsa (DALT) melaporkan lima warga hilang. "
            "Militer membantah laporan DALT soal korban itu.")
    found = ents(rules_nlp, text)
    assert found.count(("DALT", "ACTOR", "Dewan Adat Lembah Tarsa")) == 2, found
    assert not [e for e in found if e[0] == "DALT" and e[1] == "MEDIA"], found


def test_known_organisation_with_its_branch_and_place(rules_nlp):
    found = ents(rules_nlp, "Laporan itu diteruskan ke UNICEF Perwakilan Maluku Utara kemarin.")
    assert ("UNICEF Perwakilan Maluku Utara", "ACTOR", "UNICEF Perwakilan Maluku Utara") in found, found
    assert not [e for e in found if e[0] == "Maluku Utara"], found


def test_church_is_an_organisation_and_the_person_before_dari_speaks(rules_nlp):
    doc = rules_nlp("Pendeta Markus Tebay dari Gereja Injili Tarsa mengatakan 300 warga mengungsi.")
    found = [(e.text, e.label_) for e in doc.ents]
    assert ("Gereja Injili Tarsa", "ACTOR") in found, found
    claims = list(doc.spans["claims"])
    assert claims and claims[0]._.source is not None and claims[0]._.source["text"] == "Pendeta Markus Tebay"


def test_known_force_at_the_head_of_a_headline(rules_nlp):
    found = ents(rules_nlp, "Baca Juga: Satgas Nemangkawi Evakuasi Warga dari Distrik Lanvar\n\nTeks berita.")
    assert ("Satgas Nemangkawi", "ACTOR", "Satuan Tugas Nemangkawi") in found, found


def test_country_after_konflik_is_a_place(rules_nlp):
    from nk_nlp.components.entities.known import place_or_actor
    from test_entities import doc_entities

    de = doc_entities(rules_nlp, "Pemerintah Yaman mengecam serangan itu, yang memperburuk krisis Yaman.")
    i = [k for k, t in enumerate(de.tok.text) if t == "Yaman"][-1]
    assert place_or_actor(de, i, i + 1, [])[2] == "PLACE"


def test_name_proved_a_place_is_no_person_before_an_office(rules_nlp):
    text = ("Pertempuran pecah di provinsi Lanvar Hulu pekan lalu. Juru bicara militer untuk Lanvar Hulu, "
            "Letnan Kolonel Ramon Velasco, membantah klaim itu.")
    found = ents(rules_nlp, text)
    assert ("Lanvar Hulu", "ACTOR", "Lanvar Hulu") not in found, found
    assert [e for e in found if e[0] == "Lanvar Hulu" and e[1] == "PLACE"], found


def test_office_of_a_body_is_one_organisation_with_its_acronym(rules_nlp):
    found = ents(rules_nlp, "Kantor PBB untuk Urusan Pengungsi Lanvar (KPUL) mencatat 900 warga mengungsi.")
    assert ("Kantor PBB untuk Urusan Pengungsi Lanvar", "ACTOR",
            "Kantor Perserikatan Bangsa-Bangsa untuk Urusan Pengungsi Lanvar") in found, found
    assert ("KPUL", "ACTOR", "Kantor Perserikatan Bangsa-Bangsa untuk Urusan Pengungsi Lanvar") in found, found


def test_acronyms_for_kinds_of_people_are_no_actors(rules_nlp):
    # the slots that make an unknown acronym an armed group do not apply to ASN, PNS, WNA, ...
    text = ("Dua anggota ASN tewas dalam serangan di Distrik Lanvar. Rumah milik PNS dibakar, "
            "dan seorang WNA menolak dievakuasi. Sebanyak 14 anggota ZRKB tewas.")
    found = ents(rules_nlp, text)
    assert not [e for e in found if e[0] in ("ASN", "PNS", "WNA")], found
    assert ("ZRKB", "ACTOR", "ZRKB") in found, found
