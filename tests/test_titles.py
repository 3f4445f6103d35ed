"""People introduced with a long office title, and offices written as abbreviation + unit
(people.titled_person), on sentences written for these tests: the whole title run is the
span, the canonical the name; an office with a unit code and no name is spelled out; a
surname alone later takes the full name."""


def ents(nlp, text):
    return [(e.text, e.label_, e.kb_id_) for e in nlp(text).ents]


def has(nlp, text, *expected):
    found = ents(nlp, text)
    for item in expected:
        assert item in found, f"{item} not in {found}"
    return found


def test_office_field_region_and_name(rules_nlp):
    # The region is unknown to the KB; the article names it on its own elsewhere.
    has(rules_nlp, "Banjir melanda Polres Yamoli Barat pekan lalu. Kepala Dinas Kesehatan Yamoli Barat "
                   "Markus Tabuni menyebut 40 warga sakit.",
        ("Kepala Dinas Kesehatan Yamoli Barat Markus Tabuni", "ACTOR", "Markus Tabuni"))


def test_office_region_known_to_the_kb_then_name(rules_nlp):
    has(rules_nlp, "Kepala Dinas Pendidikan Mimika Yohana Kogoya menyebut sekolah ditutup.",
        ("Kepala Dinas Pendidikan Mimika Yohana Kogoya", "ACTOR", "Yohana Kogoya"))


def test_role_acronym_and_religious_title_before_name(rules_nlp):
    has(rules_nlp, "Ketua Sinode GKX Pdt Andreas Wenda Kogoya mengatakan gereja berduka.",
        ("Ketua Sinode GKX Pdt Andreas Wenda Kogoya", "ACTOR", "Andreas Wenda Kogoya"))
    has(rules_nlp, "Moderator PGX Pendeta Markus Hilapok mengatakan jemaat mengungsi.",
        ("Moderator PGX Pendeta Markus Hilapok", "ACTOR", "Markus Hilapok"))


def test_office_unit_code_rank_and_three_word_name(rules_nlp):
    has(rules_nlp, "Danrem 172/Wirabuana Kolonel Inf Rudi Hartono Siregar memastikan situasi aman.",
        ("Danrem 172/Wirabuana Kolonel Inf Rudi Hartono Siregar", "ACTOR", "Rudi Hartono Siregar"))


def test_office_with_unit_code_and_no_name_is_spelled_out(rules_nlp):
    has(rules_nlp, "Kapendam IX/Udayana membantah laporan itu.",
        ("Kapendam IX/Udayana", "ACTOR", "Kepala Penerangan Komando Daerah Militer IX/Udayana"))


def test_a_single_capital_before_a_name_is_not_a_unit_numeral(rules_nlp):
    has(rules_nlp, "Kapolres Yamoli AKBP I Made Suarsana mengatakan itu.",
        ("Kapolres Yamoli AKBP I Made Suarsana", "ACTOR", "I Made Suarsana"))


def test_unknown_state_named_on_its_own_ends_before_the_name(rules_nlp):
    has(rules_nlp, "Rudal menghantam pinggiran kota di utara Lojaya. Presiden Lojaya Margit Kocsis "
                   "mendesak sekutu. \"Kami butuh rudal,\" kata Kocsis.",
        ("Presiden Lojaya Margit Kocsis", "ACTOR", "Margit Kocsis"),
        ("Kocsis", "ACTOR", "Margit Kocsis"))


def test_surname_after_a_speech_cue_takes_the_full_name(rules_nlp):
    has(rules_nlp, "Kapolres Yamoli AKBP Johan Latupapua mengatakan dua orang tewas.\n\n"
                   "\"Kami sudah kirim 50 personel,\" kata Latupapua kepada wartawan.",
        ("Latupapua", "ACTOR", "Johan Latupapua"))


def test_titled_person_is_the_source_of_a_quote(rules_nlp):
    doc = rules_nlp("Kepala Operasi Satgas Rajawali Brigjen Pol Hendra Sitompul mengatakan kontak tembak "
                    "terjadi. \"Dua anggota kami terluka,\" ujar Sitompul.")
    spans = [(e.text, e.kb_id_) for e in doc.ents]
    assert ("Kepala Operasi Satgas Rajawali Brigjen Pol Hendra Sitompul", "Hendra Sitompul") in spans, spans
    assert ("Sitompul", "Hendra Sitompul") in spans, spans
