"""nk_article_body: the body keeps the title, lead and paragraphs and leaves out
navigation, related links, captions, credits, ads, comment widgets and syndication
notes; sentences start at line breaks. Articles written for these tests."""

import pytest

from nk_nlp.components.body import ArticleBody, in_body


@pytest.fixture(scope="module")
def body_nlp(rules_nlp):
    """The sentencizer and the body marker of the shared rule pipeline, run alone."""
    def run(text):
        doc = rules_nlp.make_doc(text)
        for name in ("sentencizer", "nk_article_body"):
            doc = rules_nlp.get_pipe(name)(doc)
        return doc
    run.nlp = rules_nlp
    return run


ARTICLE = """Berita Perang Hari Ini
Rusia Gempur Kharkiv, Belasan Warga Terluka

Kamis, 14 Maret 2024 - 10:15 WIB
loading...
Petugas penyelamat di Kharkiv. Foto/REUTERS
A A A
KHARKIV - Serangan rudal Rusia menghantam pusat kota Kharkiv pada Rabu malam dan melukai belasan warga, kata gubernur setempat kepada wartawan.
Menurut dia, dua gedung apartemen rusak parah. (Baca juga: Ukraina Tembak Jatuh 40 Drone dalam Semalam)
Baca juga: Zelensky Minta Tambahan Sistem Pertahanan Udara
Iklan
Tim penyelamat masih mencari korban di bawah reruntuhan hingga Kamis pagi.
(abc/xyz)
Artikel ini telah tayang di Contoh.com dengan judul Serangan di Kharkiv
Berita Terkait
Drone Ukraina Serang Kilang Minyak di Rusia
Sepuluh Tentara Tewas di Perbatasan
"""


def body_texts(doc):
    return [span.text for span in doc.spans["body"]]


def test_title_lead_and_paragraphs_are_body(body_nlp):
    doc = body_nlp(ARTICLE)
    texts = body_texts(doc)
    assert texts[0] == "Rusia Gempur Kharkiv, Belasan Warga Terluka"
    assert any(t.startswith("KHARKIV - Serangan rudal Rusia") for t in texts)
    assert "Tim penyelamat masih mencari korban di bawah reruntuhan hingga Kamis pagi." in texts
    assert "Menurut dia, dua gedung apartemen rusak parah." in texts


@pytest.mark.parametrize("boilerplate", [
    "Berita Perang Hari Ini",                       # site tagline before the title
    "Kamis, 14 Maret 2024 - 10:15 WIB",             # dateline
    "loading...",
    "Petugas penyelamat di Kharkiv. Foto/REUTERS",  # caption and credit
    "Ukraina Tembak Jatuh 40 Drone dalam Semalam",  # inline (Baca juga: ...)
    "Zelensky Minta Tambahan Sistem Pertahanan Udara",
    "Iklan",
    "(abc/xyz)",
    "Artikel ini telah tayang di Contoh.com",
    "Drone Ukraina Serang Kilang Minyak di Rusia",  # related headlines
    "Sepuluh Tentara Tewas di Perbatasan",
])
def test_boilerplate_is_not_body(body_nlp, boilerplate):
    doc = body_nlp(ARTICLE)
    start = ARTICLE.index(boilerplate)
    assert not in_body(doc, start, start + len(boilerplate))


def test_sentences_start_at_line_breaks(body_nlp):
    doc = body_nlp("Judul Tanpa Titik di Akhir Baris\nIsi berita dimulai di sini dan terus berlanjut.")
    starts = [sent.text.strip() for sent in doc.sents]
    assert starts[0] == "Judul Tanpa Titik di Akhir Baris"
    assert starts[1].startswith("Isi berita")


def test_title_repeated_under_the_header_stays_body(body_nlp):
    text = ("Israel Serang Rafah, 30 Orang Tewas\n\n Israel Serang Rafah, 30 Orang Tewas\n\nCONTOH.COM (Gaza).\n\n"
            "Serangan udara Israel di Rafah menewaskan sedikitnya 30 orang pada Selasa, menurut pejabat kesehatan Gaza.")
    doc = body_nlp(text)
    first = text.index("Israel Serang")
    second = text.index("Israel Serang", first + 1)
    assert in_body(doc, first, first + 10) and in_body(doc, second, second + 10)
    assert not in_body(doc, text.index("CONTOH.COM"), text.index("CONTOH.COM") + 10)


def test_text_without_lines_is_all_body(body_nlp):
    text = "Pasukan Sudan merebut kembali sebuah kota di Darfur, kata juru bicara militer kepada kantor berita."
    doc = body_nlp(text)
    assert body_texts(doc) == [text]


def test_in_body_without_the_component_is_true(body_nlp):
    doc = body_nlp.nlp.make_doc("Tanpa komponen body.")
    assert in_body(doc, 0, 5)


def test_body_marker_round_trips_through_disk(body_nlp, tmp_path):
    saved = body_nlp.nlp.get_pipe("nk_article_body")
    saved.to_disk(tmp_path / "body")
    loaded = ArticleBody(body_nlp.nlp).from_disk(tmp_path / "body")
    doc = body_nlp.nlp.make_doc(ARTICLE)
    body_nlp.nlp.get_pipe("sentencizer")(doc)
    assert body_texts(loaded(doc)) == body_texts(body_nlp(ARTICLE))


def test_uninitialized_component_says_so(body_nlp):
    with pytest.raises(ValueError, match="initialize"):
        ArticleBody(body_nlp.nlp)(body_nlp.nlp.make_doc("Teks."))


OTHER_LAYOUT = """Ukraina Rebut Kembali Desa di Dekat Kupiansk
Tim Redaksi
Dengarkan berita ini
ADVERTISEMENT
Jakarta, CNN Indonesia -- Militer Ukraina mengklaim merebut kembali sebuah desa di dekat Kupiansk setelah pertempuran selama dua pekan, kata juru bicara brigade setempat.
[Gambas:Video CNN]
SCROLL TO RESUME CONTENT
Pertempuran di kawasan itu masih berlangsung hingga Senin malam, menurut laporan lapangan.
(dna/dna)
Saksikan Video di Bawah Ini:
Simak breaking news dan berita pilihan kami langsung di ponselmu.
Follow Berita Contoh di Google News
"""


@pytest.mark.parametrize("boilerplate", [
    "Dengarkan berita ini", "ADVERTISEMENT", "[Gambas:Video CNN]", "SCROLL TO RESUME CONTENT", "(dna/dna)",
    "Saksikan Video di Bawah Ini:", "Simak breaking news", "Follow Berita Contoh di Google News",
])
def test_boilerplate_of_other_layouts(body_nlp, boilerplate):
    doc = body_nlp(OTHER_LAYOUT)
    start = OTHER_LAYOUT.index(boilerplate)
    assert not in_body(doc, start, start + len(boilerplate))


def test_paragraphs_of_other_layouts_stay(body_nlp):
    doc = body_nlp(OTHER_LAYOUT)
    texts = body_texts(doc)
    assert texts[0] == "Ukraina Rebut Kembali Desa di Dekat Kupiansk"
    assert any(t.startswith("Jakarta, CNN Indonesia -- Militer Ukraina") for t in texts)
    assert "Pertempuran di kawasan itu masih berlangsung hingga Senin malam, menurut laporan lapangan." in texts


def test_one_body_check_for_every_component(body_nlp):
    """TokenColumns.in_body / body_ranges / body_mask: the check body, quotes and attribution share."""
    from nk_nlp.text.doc_view import TokenColumns

    doc = body_nlp(ARTICLE)
    view = TokenColumns(doc)
    assert view.body_ranges == [(s.start_char, s.end_char) for s in doc.spans["body"]]
    first = doc.spans["body"][0]
    assert view.in_body(first.start_char, first.end_char) and in_body(doc, first.start_char, first.end_char)
    assert view.in_body(first.start_char)  # one character
    outside = next(t for t in doc if not t.is_space and not any(s.start <= t.i < s.end for s in doc.spans["body"]))
    assert not view.in_body(outside.idx, outside.idx + len(outside))
    assert view.body_mask == [any(s.start <= t.i < s.end for s in doc.spans["body"]) for t in doc]
    bare = TokenColumns(body_nlp.nlp.make_doc("Tanpa komponen body."))
    assert bare.body_ranges is None and bare.in_body(0, 5) and all(bare.body_mask)
