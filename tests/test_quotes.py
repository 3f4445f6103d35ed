"""nk_quotes on sentences written for these tests (other wars than the seeds)."""

import pytest
from spacy.tokens import Span

from nk_nlp.text.language import blank_indonesian


@pytest.fixture(scope="module")
def nlp():
    nlp = blank_indonesian()
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("nk_quotes")
    nlp.initialize()
    return nlp


def quotes(nlp, text, body=None):
    doc = nlp.make_doc(text)
    if body is not None:
        start = text.index(body)
        doc.spans["body"] = [doc.char_span(start, start + len(body), alignment_mode="expand")]
    doc = nlp(doc)
    return [q.text for q in doc.spans["quotes"]]


def test_straight_and_curly_marks(nlp):
    text = (
        'Zelensky menegaskan, "Ukraina tidak akan menyerahkan wilayahnya," dalam pidato malam. '
        "Juru bicara Kremlin menjawab: “Operasi militer khusus akan berlanjut sampai tujuannya tercapai.”"
    )
    assert quotes(nlp, text) == [
        "Ukraina tidak akan menyerahkan wilayahnya,",
        "Operasi militer khusus akan berlanjut sampai tujuannya tercapai.",
    ]


def test_mixed_marks_pair(nlp):
    text = '“Kami akan bertahan di Bakhmut sampai akhir," kata komandan brigade itu.'
    assert quotes(nlp, text) == ["Kami akan bertahan di Bakhmut sampai akhir,"]


def test_quote_of_several_sentences(nlp):
    text = '"Rumah sakit itu penuh. Obat habis. Kami butuh bantuan," ujar seorang dokter di Khan Younis.'
    assert quotes(nlp, text) == ["Rumah sakit itu penuh. Obat habis. Kami butuh bantuan,"]


def test_quote_over_paragraphs_reopened_at_each_paragraph(nlp):
    text = (
        'Dalam pidatonya, Perdana Menteri Pakistan berkata:\n\n'
        '"Kami tidak menginginkan perang dengan siapa pun.\n\n'
        '"Namun kami akan membela setiap jengkal tanah air kami."\n\nPidato itu disiarkan langsung.'
    )
    assert quotes(nlp, text) == [
        "Kami tidak menginginkan perang dengan siapa pun.\n\n"
        '"Namun kami akan membela setiap jengkal tanah air kami.'
    ]


def test_unbalanced_mark_does_not_swallow_the_article(nlp):
    text = (
        'Komandan RSF mengatakan "pasukannya menguasai bandara El Fasher.\n\n'
        "Tentara Sudan membantah klaim itu dan menyebut bandara masih dikuasai pemerintah.\n\n"
        '"Bandara tetap di tangan kami," kata juru bicara tentara Sudan.'
    )
    assert quotes(nlp, text) == ["Bandara tetap di tangan kami,"]


def test_stray_closing_mark_is_ignored(nlp):
    text = 'Serangan drone" menghantam Odesa. "Tiga gedung apartemen rusak berat," kata gubernur.'
    assert quotes(nlp, text) == ["Tiga gedung apartemen rusak berat,"]


def test_scare_quotes_under_three_words_are_not_quotes(nlp):
    text = (
        'Militer menyebut operasi itu "pembersihan" dan "serangan presisi", '
        'sedangkan warga menyebutnya "pembantaian terhadap rakyat".'
    )
    assert quotes(nlp, text) == ["pembantaian terhadap rakyat"]


def test_single_marks_are_not_quotes(nlp):
    text = "Kelompok itu menamai operasinya ‘Badai Pasir di Gurun Timur’ sejak pekan lalu."
    assert quotes(nlp, text) == []


def test_white_space_inside_marks_is_trimmed(nlp):
    text = "Ia berkata “  gencatan senjata harus dihormati  ” kepada wartawan."
    doc = nlp(text)
    (quote,) = doc.spans["quotes"]
    assert quote.text == "gencatan senjata harus dihormati"
    assert not doc.text[quote.start_char].isspace() and not doc.text[quote.end_char - 1].isspace()


def test_only_quotes_in_the_body(nlp):
    text = (
        'Baca juga: "Rusia Klaim Rebut Desa di Donetsk" dan berita lainnya\n\n'
        '"Kami menembak jatuh sebelas drone semalam," kata Angkatan Udara Ukraina.'
    )
    body = text[text.index('"Kami'):]
    assert quotes(nlp, text, body=body) == ["Kami menembak jatuh sebelas drone semalam,"]
    # no body group yet: the whole text is the body
    assert len(quotes(nlp, text)) == 2


def test_quote_spans_are_on_token_boundaries_and_labelled(nlp):
    doc = nlp('Menurut PBB, "lebih dari satu juta orang mengungsi dari Darfur".')
    (quote,) = doc.spans["quotes"]
    assert isinstance(quote, Span) and quote.label_ == "QUOTE"
    assert quote.text == "lebih dari satu juta orang mengungsi dari Darfur"


def test_closing_glyph_used_on_both_sides(nlp):
    text = "”Kami akan membalas setiap serangan,” kata juru bicara Houthi. ”Laut Merah bukan tempat aman bagi kapal musuh.”"
    assert quotes(nlp, text) == [
        "Kami akan membalas setiap serangan,",
        "Laut Merah bukan tempat aman bagi kapal musuh.",
    ]


def test_mark_glued_to_a_word_falls_back_on_its_glyph(nlp):
    text = "Video itu menyorot“serangan balik di seluruh garis depan”kata komandan."
    assert quotes(nlp, text) == ["serangan balik di seluruh garis depan"]
