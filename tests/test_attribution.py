"""nk_attribution on sentences written for these tests (other wars than the seeds).

Each Doc gets the entities and claim spans a test sets by hand (the entity ruler and
nk_claims are other components), then runs sentencizer + nk_quotes + nk_attribution.
"""

import json
import pickle
from pathlib import Path

import pytest
import srsly
from spacy.tokens import DocBin, Span
from spacy.training import Example

from nk_nlp.data import PIPELINE_DIR
from nk_nlp.text.language import blank_indonesian

REPO_ROOT = Path(__file__).resolve().parents[1]  # the checkout: a test's own business, not the library's
LEXICONS = PIPELINE_DIR / "lexicons"


@pytest.fixture(scope="module")
def nlp():
    nlp = blank_indonesian()
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("nk_quotes")
    nlp.add_pipe("nk_attribution")
    nlp.config["initialize"]["components"]["nk_attribution"] = {"lexicon_dir": str(LEXICONS)}
    nlp.initialize()
    return nlp


def annotate(nlp, text, ents=(), claims=()):
    """ents: (surface, label, canonical) in text order; claims: surfaces in text order."""
    doc = nlp.make_doc(text)
    spans, cursor = [], 0
    for surface, label, canonical in ents:
        start = text.index(surface, cursor)
        span = doc.char_span(start, start + len(surface), label=label, kb_id=canonical or "")
        assert span is not None, surface
        spans.append(span)
        cursor = start + len(surface)
    doc.ents = spans
    claim_spans, cursor = [], 0
    for surface in claims:
        start = text.index(surface, cursor)
        span = doc.char_span(start, start + len(surface), label="CLAIM")
        assert span is not None, surface
        first = span[0].text.replace(".", "")
        span._.value = int(first) if first.isdigit() else None
        claim_spans.append(span)
        cursor = start + len(surface)
    doc.spans["claims"] = claim_spans
    for name, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


def attribution(span):
    source = span._.source
    return (
        source and source["text"],
        span._.cue and span._.cue["text"],
        [m["text"] for m in span._.media or []],
    )


def claim(doc, text):
    return next(c for c in doc.spans["claims"] if c.text == text)


def quote(doc, prefix):
    return next(q for q in doc.spans["quotes"] if q.text.startswith(prefix))


A, M = "ACTOR", "MEDIA"


# -- same clause ------------------------------------------------------------
def test_subject_before_speech_verb(nlp):
    doc = annotate(
        nlp,
        "Kementerian Kesehatan Gaza mengatakan 27 warga sipil tewas dalam serangan udara di Rafah.",
        ents=[("Kementerian Kesehatan Gaza", A, "Kementerian Kesehatan Gaza")],
        claims=["27 warga sipil"],
    )
    assert attribution(claim(doc, "27 warga sipil")) == ("Kementerian Kesehatan Gaza", "mengatakan", [])
    assert claim(doc, "27 warga sipil")._.source["canonical"] == "Kementerian Kesehatan Gaza"


def test_adverbs_and_parenthesis_between_subject_and_verb(nlp):
    doc = annotate(
        nlp,
        "Panglima Angkatan Darat India, dikutip oleh kantor berita PTI, juga telah menegaskan 14 pos Pakistan hancur.",
        ents=[("Panglima Angkatan Darat India", A, None), ("PTI", M, "PTI"), ("Pakistan", A, "Pakistan")],
        claims=["14 pos Pakistan"],
    )
    assert attribution(claim(doc, "14 pos Pakistan")) == ("Panglima Angkatan Darat India", "menegaskan", ["PTI"])


def test_postposed_kata_after_the_claim(nlp):
    doc = annotate(
        nlp,
        "Sedikitnya 12 tentara Rusia tewas di dekat Avdiivka, kata juru bicara Angkatan Bersenjata Ukraina.",
        ents=[("tentara Rusia", A, "Angkatan Bersenjata Rusia"), ("Angkatan Bersenjata Ukraina", A, "Angkatan Bersenjata Ukraina")],
        claims=["12 tentara Rusia"],
    )
    assert attribution(claim(doc, "12 tentara Rusia")) == ("Angkatan Bersenjata Ukraina", "kata", [])


def test_menurut(nlp):
    doc = annotate(
        nlp,
        "Menurut Kementerian Pertahanan Inggris, Rusia kehilangan 300 tank dalam sebulan terakhir.",
        ents=[("Kementerian Pertahanan Inggris", A, "Kementerian Pertahanan Inggris"), ("Rusia", A, "Rusia")],
        claims=["300 tank"],
    )
    assert attribution(claim(doc, "300 tank")) == ("Kementerian Pertahanan Inggris", "Menurut", [])


def test_menurut_informasi_is_the_speakers_evidence(nlp):
    doc = annotate(
        nlp,
        "Presiden Prancis Emmanuel Macron mengatakan, menurut data intelijen Paris, 80 pejuang asing tewas.",
        ents=[("Presiden Prancis Emmanuel Macron", A, "Emmanuel Macron"), ("Paris", A, "Prancis")],
        claims=["80 pejuang asing"],
    )
    assert attribution(claim(doc, "80 pejuang asing")) == ("Presiden Prancis Emmanuel Macron", "mengatakan", [])


def test_passive_with_agent(nlp):
    doc = annotate(
        nlp,
        "Jumlah korban tewas mencapai 150 orang, seperti diumumkan oleh Kementerian Kesehatan Sudan pada Selasa.",
        ents=[("Kementerian Kesehatan Sudan", A, "Kementerian Kesehatan Sudan")],
        claims=["150 orang"],
    )
    assert attribution(claim(doc, "150 orang")) == ("Kementerian Kesehatan Sudan", "diumumkan", [])


def test_passive_without_agent_is_the_articles_voice(nlp):
    doc = annotate(
        nlp,
        "Pasukan Dukungan Cepat menyerbu kamp Zamzam. Sebanyak 40 pengungsi dinyatakan tewas.",
        ents=[("Pasukan Dukungan Cepat", A, "Pasukan Dukungan Cepat")],
        claims=["40 pengungsi"],
    )
    assert attribution(claim(doc, "40 pengungsi")) == (None, None, [])


def test_own_voice_is_null(nlp):
    doc = annotate(
        nlp,
        "Israel melancarkan serangan ke Jabalia. Sebanyak 30 rumah hancur di kawasan itu.",
        ents=[("Israel", A, "Israel")],
        claims=["30 rumah"],
    )
    assert attribution(claim(doc, "30 rumah")) == (None, None, [])


def test_subject_that_is_no_actor_gives_no_source(nlp):
    doc = annotate(
        nlp,
        "Tentara Myanmar mengatakan situasi terkendali. Laporan lain menyebut 600 orang tewas di Sagaing.",
        ents=[("Tentara Myanmar", A, "Angkatan Bersenjata Myanmar")],
        claims=["600 orang"],
    )
    assert attribution(claim(doc, "600 orang")) == (None, None, [])


def test_hal_itu_diungkap_names_the_source(nlp):
    doc = annotate(
        nlp,
        "Serangan di pasar Omdurman menewaskan 40 orang. Hal itu diungkap oleh Badan Pengungsi PBB, dilansir Al Jazeera.",
        ents=[("Badan Pengungsi PBB", A, "Badan Pengungsi PBB"), ("Al Jazeera", M, "Al Jazeera")],
        claims=["40 orang"],
    )
    assert attribution(claim(doc, "40 orang")) == ("Badan Pengungsi PBB", "diungkap", ["Al Jazeera"])


def test_klaim_disampaikan_overrides_a_less_specific_agent(nlp):
    doc = annotate(
        nlp,
        "India mengklaim telah menghancurkan 9 kamp militan. "
        "Klaim disampaikan langsung Kementerian Pertahanan India, dikutip Reuters.",
        ents=[("India", A, "India"), ("Kementerian Pertahanan India", A, "Kementerian Pertahanan India"), ("Reuters", M, "Reuters")],
        claims=["9 kamp militan"],
    )
    assert attribution(claim(doc, "9 kamp militan")) == ("Kementerian Pertahanan India", "mengklaim", ["Reuters"])


def test_klaim_x_in_next_sentence_names_a_more_specific_source(nlp):
    doc = annotate(
        nlp,
        "Kyiv juga mengklaim menembak jatuh 20 drone Shahed. Moskow belum menanggapi klaim Angkatan Udara Ukraina.",
        ents=[("Kyiv", A, "Ukraina"), ("Moskow", A, "Rusia"), ("Angkatan Udara Ukraina", A, "Angkatan Bersenjata Ukraina")],
        claims=["20 drone Shahed"],
    )
    assert attribution(claim(doc, "20 drone Shahed")) == ("Angkatan Udara Ukraina", "mengklaim", [])


def test_claim_of_the_other_side_does_not_rename_the_source(nlp):
    doc = annotate(
        nlp,
        "Rusia mengklaim merebut 3 desa di Zaporizhzhia. Ukraina membantah klaim Rusia itu.",
        ents=[("Rusia", A, "Rusia"), ("Zaporizhzhia", "PLACE", "Zaporizhzhia"), ("Ukraina", A, "Ukraina"), ("Rusia", A, "Rusia")],
        claims=["3 desa"],
    )
    assert attribution(claim(doc, "3 desa")) == ("Rusia", "mengklaim", [])


# -- two speakers, pronouns, carried attribution ------------------------------
def test_sentence_with_two_speakers(nlp):
    doc = annotate(
        nlp,
        "Rusia mengklaim menembak jatuh 20 drone, sementara Ukraina mengatakan 3 rudal menghantam Kharkiv.",
        ents=[("Rusia", A, "Rusia"), ("Ukraina", A, "Ukraina"), ("Kharkiv", "PLACE", "Kharkiv")],
        claims=["20 drone", "3 rudal"],
    )
    assert attribution(claim(doc, "20 drone")) == ("Rusia", "mengklaim", [])
    assert attribution(claim(doc, "3 rudal")) == ("Ukraina", "mengatakan", [])


def test_two_speakers_quoted_in_one_sentence(nlp):
    doc = annotate(
        nlp,
        '"Kami siap berunding kapan saja," kata Shehbaz Sharif, sementara Narendra Modi mengatakan '
        '"tidak ada perundingan dengan teroris".',
        ents=[("Shehbaz Sharif", A, "Shehbaz Sharif"), ("Narendra Modi", A, "Narendra Modi")],
    )
    assert attribution(quote(doc, "Kami siap")) == ("Shehbaz Sharif", "kata", [])
    assert attribution(quote(doc, "tidak ada")) == ("Narendra Modi", "mengatakan", [])


def test_pronoun_resolved_across_paragraphs_to_the_last_speaker(nlp):
    text = (
        "Juru bicara militer Israel Daniel Hagari mengatakan pasukannya menyerang 50 target di Gaza.\n\n"
        "Wilayah utara Gaza dibombardir pesawat tempur Israel sejak Oktober, dan Hamas menembakkan roket ke Ashkelon.\n\n"
        '"Kami menghancurkan jaringan terowongan di bawah rumah sakit," ujarnya.\n\n'
        "Dia menambahkan 200 militan tewas dalam operasi itu."
    )
    doc = annotate(
        nlp,
        text,
        ents=[
            ("Daniel Hagari", A, "Daniel Hagari"), ("Gaza", "PLACE", "Gaza"), ("Gaza", "PLACE", "Gaza"),
            ("Israel", A, "Israel"), ("Hamas", A, "Hamas"), ("Ashkelon", "PLACE", "Ashkelon"),
        ],
        claims=["50 target", "200 militan"],
    )
    hagari = text.index("Daniel Hagari")
    q = quote(doc, "Kami menghancurkan")
    assert attribution(q) == ("Daniel Hagari", "ujarnya", [])
    assert q._.source["start"] == hagari
    assert attribution(claim(doc, "200 militan")) == ("Daniel Hagari", "menambahkan", [])
    assert claim(doc, "200 militan")._.source["start"] == hagari


def test_pronoun_without_earlier_attribution_takes_nearest_speaker_capable_actor(nlp):
    doc = annotate(
        nlp,
        "Gubernur Kherson Oleksandr Prokudin mengunjungi warga di tepi sungai Dnipro.\n\n"
        "Ia mengatakan 7 warga sipil terluka akibat tembakan artileri.",
        ents=[("Gubernur Kherson Oleksandr Prokudin", A, "Oleksandr Prokudin"), ("Dnipro", "PLACE", "Dnipro")],
        claims=["7 warga sipil"],
    )
    assert attribution(claim(doc, "7 warga sipil")) == ("Gubernur Kherson Oleksandr Prokudin", "mengatakan", [])


def test_elided_subject_shares_the_sentences_speaker(nlp):
    doc = annotate(
        nlp,
        "Otoritas Armenia belum mengungkapkan kerugian militernya, tetapi mengatakan 12 warga sipil tewas.",
        ents=[("Otoritas Armenia", A, "Armenia")],
        claims=["12 warga sipil"],
    )
    assert attribution(claim(doc, "12 warga sipil")) == ("Otoritas Armenia", "mengatakan", [])


def test_repeated_claim_carries_the_earlier_attribution(nlp):
    doc = annotate(
        nlp,
        "Tentara Sudan mengklaim telah merebut 4 kota dari RSF, dilansir Al Jazeera. "
        "Dengan direbutnya 4 kota itu, jalur pasokan ke Khartoum terbuka.",
        ents=[
            ("Tentara Sudan", A, "Angkatan Bersenjata Sudan"), ("RSF", A, "Pasukan Dukungan Cepat"),
            ("Al Jazeera", M, "Al Jazeera"), ("Khartoum", "PLACE", "Khartoum"),
        ],
        claims=["4 kota", "4 kota"],
    )
    first, second = doc.spans["claims"]
    assert attribution(first) == ("Tentara Sudan", "mengklaim", ["Al Jazeera"])
    assert attribution(second) == ("Tentara Sudan", "mengklaim", ["Al Jazeera"])
    assert second._.source["start"] == first._.source["start"]


def test_selain_mengklaim_takes_the_main_clause_subject(nlp):
    doc = annotate(
        nlp,
        "Selain mengklaim telah menembak jatuh 5 jet tempur, Pakistan juga mengaku menghancurkan 2 pangkalan udara India.",
        ents=[("Pakistan", A, "Pakistan"), ("India", A, "India")],
        claims=["5 jet tempur", "2 pangkalan udara India"],
    )
    assert attribution(claim(doc, "5 jet tempur")) == ("Pakistan", "mengklaim", [])
    assert attribution(claim(doc, "2 pangkalan udara India")) == ("Pakistan", "mengaku", [])


# -- quotes -------------------------------------------------------------------
def test_quote_with_bunyi_pernyataan_and_claim_inside(nlp):
    doc = annotate(
        nlp,
        "“Kami menembak jatuh 15 drone musuh di atas Kyiv!” bunyi pernyataan Angkatan Udara Ukraina, seperti dilansir Ukrinform.",
        ents=[("Kyiv", "PLACE", "Kyiv"), ("Angkatan Udara Ukraina", A, "Angkatan Bersenjata Ukraina"), ("Ukrinform", M, "Ukrinform")],
        claims=["15 drone musuh"],
    )
    expected = ("Angkatan Udara Ukraina", "bunyi", ["Ukrinform"])
    assert attribution(quote(doc, "Kami menembak")) == expected
    assert attribution(claim(doc, "15 drone musuh")) == expected


def test_speaker_and_colon_before_quote(nlp):
    doc = annotate(
        nlp,
        'Juru bicara Brigade Al-Qassam Abu Obaida: "Kami akan terus melawan sampai penjajahan berakhir."',
        ents=[("Brigade Al-Qassam", A, "Brigade Al-Qassam"), ("Abu Obaida", A, "Abu Obaida")],
    )
    assert attribution(quote(doc, "Kami akan")) == ("Abu Obaida", None, [])


def test_speaker_introduced_on_the_line_before_the_quote(nlp):
    doc = annotate(
        nlp,
        "Presiden Volodymyr Zelensky menulis di akun Telegram miliknya:\n\n"
        '"Pertahanan udara kita bekerja sepanjang malam melawan rudal balistik."',
        ents=[("Presiden Volodymyr Zelensky", A, "Volodymyr Zelensky"), ("Telegram", M, "Telegram")],
    )
    assert attribution(quote(doc, "Pertahanan udara")) == ("Presiden Volodymyr Zelensky", "menulis", ["Telegram"])


def test_unattributed_quote_after_a_quote_continues_its_speaker(nlp):
    doc = annotate(
        nlp,
        '"Kota ini tidak akan jatuh," kata Wali Kota Kharkiv Ihor Terekhov.\n\n'
        '"Kami sudah melewati musim dingin terberat dan kami akan bertahan."\n\n'
        "Sementara itu, sirene serangan udara berbunyi di Kyiv.",
        ents=[("Wali Kota Kharkiv Ihor Terekhov", A, "Ihor Terekhov"), ("Kyiv", "PLACE", "Kyiv")],
    )
    assert attribution(quote(doc, "Kota ini")) == ("Wali Kota Kharkiv Ihor Terekhov", "kata", [])
    assert attribution(quote(doc, "Kami sudah")) == ("Wali Kota Kharkiv Ihor Terekhov", None, [])


def test_quote_without_any_speaker_is_null(nlp):
    doc = annotate(
        nlp,
        'Spanduk bertuliskan "Hentikan perang di Sudan sekarang juga" dibentangkan di depan kedutaan.',
        ents=[],
    )
    assert attribution(quote(doc, "Hentikan")) == (None, None, [])


# -- media --------------------------------------------------------------------
def test_media_chain_in_text_order_without_the_publisher(nlp):
    doc = annotate(
        nlp,
        "KYIV (Kompas.com) – Staf Umum Angkatan Bersenjata Ukraina mengklaim 1.200 tentara Rusia tewas dalam sehari, "
        "dikutip Kompas.com dari Kyiv Independent yang mengutip Ukrainska Pravda.",
        ents=[
            ("KYIV", "PLACE", "Kyiv"), ("Kompas.com", M, "Kompas"),
            ("Staf Umum Angkatan Bersenjata Ukraina", A, "Angkatan Bersenjata Ukraina"), ("tentara Rusia", A, "Angkatan Bersenjata Rusia"),
            ("Kompas.com", M, "Kompas"), ("Kyiv Independent", M, "Kyiv Independent"), ("Ukrainska Pravda", M, "Ukrainska Pravda"),
        ],
        claims=["1.200 tentara Rusia"],
    )
    assert attribution(claim(doc, "1.200 tentara Rusia")) == (
        "Staf Umum Angkatan Bersenjata Ukraina", "mengklaim", ["Kyiv Independent", "Ukrainska Pravda"],
    )


def test_lewat_akun_twitter_and_halaman_facebook(nlp):
    doc = annotate(
        nlp,
        "Lewat akun Twitter resminya, Kementerian Pertahanan Ukraina mengklaim 400 tentara Rusia tewas. "
        "Dalam unggahan di halaman Facebook-nya, Staf Umum mengatakan 25 serangan berhasil dihalau.",
        ents=[
            ("Twitter", M, "Twitter"), ("Kementerian Pertahanan Ukraina", A, "Kementerian Pertahanan Ukraina"),
            ("tentara Rusia", A, "Angkatan Bersenjata Rusia"), ("Facebook", M, "Facebook"),
            ("Staf Umum", A, "Angkatan Bersenjata Ukraina"),
        ],
        claims=["400 tentara Rusia", "25 serangan"],
    )
    assert attribution(claim(doc, "400 tentara Rusia")) == ("Kementerian Pertahanan Ukraina", "mengklaim", ["Twitter"])
    assert attribution(claim(doc, "25 serangan")) == ("Staf Umum", "mengatakan", ["Facebook"])


def test_media_named_as_an_actor_of_the_news_is_not_relaying(nlp):
    doc = annotate(
        nlp,
        "Hamas mengatakan 35 warga tewas. Facebook menghapus video serangan itu.",
        ents=[("Hamas", A, "Hamas"), ("Facebook", M, "Facebook")],
        claims=["35 warga"],
    )
    assert attribution(claim(doc, "35 warga")) == ("Hamas", "mengatakan", [])


# -- plumbing -----------------------------------------------------------------
def test_values_are_plain_json_and_survive_docbin_and_pickle(nlp):
    doc = annotate(
        nlp,
        '"Kami kehilangan 3 helikopter," kata Jenderal Abdel Fattah al-Burhan, dilansir BBC.',
        ents=[("Jenderal Abdel Fattah al-Burhan", A, "Abdel Fattah al-Burhan"), ("BBC", M, "BBC")],
        claims=["3 helikopter"],
    )
    for span in list(doc.spans["quotes"]) + list(doc.spans["claims"]):
        json.dumps([span._.source, span._.cue, span._.media])
        assert not any(isinstance(v, Span) for v in (span._.source, span._.cue))
    docbin = DocBin(store_user_data=True, docs=[doc])
    (restored,) = DocBin(store_user_data=True).from_bytes(docbin.to_bytes()).get_docs(nlp.vocab)
    assert attribution(restored.spans["quotes"][0]) == ("Jenderal Abdel Fattah al-Burhan", "kata", ["BBC"])
    pickle.loads(pickle.dumps(doc))


def test_lexicon_saved_with_the_pipeline(nlp, tmp_path):
    nlp.to_disk(tmp_path / "model")
    saved = srsly.read_json(tmp_path / "model" / "nk_attribution" / "attribution.json")
    assert "mengatakan" in saved["speech_verbs"]
    import spacy

    loaded = spacy.load(tmp_path / "model")
    text = "Menurut Kementerian Kesehatan Lebanon, 12 orang tewas di Nabatieh."
    doc = loaded.make_doc(text)
    actor, counted = text.index("Kementerian"), text.index("12 orang")
    doc.ents = [doc.char_span(actor, actor + len("Kementerian Kesehatan Lebanon"), label="ACTOR")]
    doc.spans["claims"] = [doc.char_span(counted, counted + len("12 orang"), label="CLAIM")]
    for name, proc in loaded.pipeline:
        doc = proc(doc)
    assert attribution(doc.spans["claims"][0]) == ("Kementerian Kesehatan Lebanon", "Menurut", [])


def test_scorer_reports_source_accuracy(nlp):
    text = "Menurut Kementerian Kesehatan Lebanon, 12 orang tewas di Nabatieh."
    predicted = annotate(nlp, text, ents=[("Kementerian Kesehatan Lebanon", A, None)], claims=["12 orang"])
    reference = annotate(nlp, text, ents=[("Kementerian Kesehatan Lebanon", A, None)], claims=["12 orang"])
    reference.spans["claims"][0]._.source = None  # a gold that disagrees
    scores = nlp.get_pipe("nk_attribution").scorer([Example(predicted, reference)])
    assert scores["claims_source_acc"] == 0.0
    quote_scores = nlp.get_pipe("nk_quotes").scorer([Example(predicted, predicted)])
    assert "spans_quotes_f" in quote_scores


# -- headlines, definite descriptions, closing formulas -----------------------
def test_headline_verb_without_prefix(nlp):
    doc = annotate(
        nlp,
        "Ukraina Klaim Hancurkan 12 Tank Rusia di Dekat Vuhledar\n\nPertempuran berlanjut di Donetsk.",
        ents=[("Ukraina", A, "Ukraina"), ("Rusia", A, "Rusia")],
        claims=["12 Tank Rusia"],
    )
    assert attribution(claim(doc, "12 Tank Rusia")) == ("Ukraina", "Klaim", [])


def test_headline_colon_names_the_speaker(nlp):
    doc = annotate(
        nlp,
        "Netanyahu: 17.000 Militan Hamas Tewas Sejak Oktober\n\nPernyataan itu belum dapat diverifikasi.",
        ents=[("Netanyahu", A, "Benjamin Netanyahu"), ("Hamas", A, "Hamas")],
        claims=["17.000 Militan Hamas"],
    )
    assert attribution(claim(doc, "17.000 Militan Hamas")) == ("Netanyahu", None, [])


def test_definite_description_resolves_to_the_matching_actor(nlp):
    doc = annotate(
        nlp,
        "Kementerian Luar Negeri Pakistan memanggil duta besar India. India menembakkan rudal ke Bahawalpur.\n\n"
        "Kementerian itu juga mengatakan 26 warga sipil tewas dalam serangan tersebut.",
        ents=[("Kementerian Luar Negeri Pakistan", A, "Kementerian Luar Negeri Pakistan"), ("India", A, "India"),
              ("India", A, "India"), ("Bahawalpur", "PLACE", "Bahawalpur")],
        claims=["26 warga sipil"],
    )
    assert attribution(claim(doc, "26 warga sipil")) == ("Kementerian Luar Negeri Pakistan", "mengatakan", [])


def test_demikian_disampaikan_after_a_quote(nlp):
    doc = annotate(
        nlp,
        '"Kami tidak akan mundur satu langkah pun dari Pokrovsk." Demikian disampaikan Panglima Oleksandr Syrskyi, Senin.',
        ents=[("Pokrovsk", "PLACE", "Pokrovsk"), ("Panglima Oleksandr Syrskyi", A, "Oleksandr Syrskyi")],
    )
    assert attribution(quote(doc, "Kami tidak")) == ("Panglima Oleksandr Syrskyi", "disampaikan", [])


def test_ditambahkan_continues_the_last_speaker(nlp):
    doc = annotate(
        nlp,
        "Juru bicara PBB Stephane Dujarric mengatakan bantuan tertahan di perbatasan Rafah. "
        "Ditambahkan, 60 truk bantuan tidak bisa masuk sejak Minggu.",
        ents=[("PBB", A, "Perserikatan Bangsa-Bangsa"), ("Stephane Dujarric", A, "Stephane Dujarric"), ("Rafah", "PLACE", "Rafah")],
        claims=["60 truk bantuan"],
    )
    assert attribution(claim(doc, "60 truk bantuan")) == ("Stephane Dujarric", "Ditambahkan", [])


def test_outlet_reporting_in_its_own_name_is_media_without_source(nlp):
    doc = annotate(
        nlp,
        "GAZA, Republika.co.id -- Lebih dari 100 orang terluka dalam serangan itu, lapor WAFA.",
        ents=[("GAZA", "PLACE", "Gaza"), ("Republika.co.id", M, "Republika"), ("WAFA", M, "WAFA")],
        claims=["100 orang"],
    )
    assert attribution(claim(doc, "100 orang")) == (None, None, ["WAFA"])


def test_speech_verb_closing_the_sentence(nlp):
    doc = annotate(
        nlp,
        "Sebanyak 50 orang tewas dalam serangan di Deir al-Balah, Kementerian Kesehatan Gaza mengatakan.",
        ents=[("Kementerian Kesehatan Gaza", A, "Kementerian Kesehatan Gaza")],
        claims=["50 orang"],
    )
    assert attribution(claim(doc, "50 orang")) == ("Kementerian Kesehatan Gaza", "mengatakan", [])


def test_jelas_bahwa_is_no_cue(nlp):
    doc = annotate(
        nlp,
        "Setelah 3 kapal tenggelam, jelas bahwa Houthi mampu menyerang jauh ke Laut Merah.",
        ents=[("Houthi", A, "Houthi")],
        claims=["3 kapal"],
    )
    assert attribution(claim(doc, "3 kapal")) == (None, None, [])


def test_quote_opening_a_sentence_after_an_attributed_one(nlp):
    doc = annotate(
        nlp,
        "Direktur rumah sakit Al-Shifa Mohammed Abu Salmiya menjelaskan, generator terakhir sudah padam.\n\n"
        '"Kami tidak punya bahan bakar untuk inkubator bayi."',
        ents=[("Mohammed Abu Salmiya", A, "Mohammed Abu Salmiya")],
    )
    assert attribution(quote(doc, "Kami tidak")) == ("Mohammed Abu Salmiya", None, [])


def test_bare_speaker_noun_refers_back_to_the_matching_actor(nlp):
    doc = annotate(
        nlp,
        "Militer Israel menyatakan sebagian besar roket Hizbullah dicegat. Menurut militer, 2 tentara terluka ringan.\n\n"
        "Hizbullah mengklaim menghantam pangkalan di Meron. Namun, tentara menyatakan 4 roket jatuh di area terbuka.",
        ents=[("Militer Israel", A, "Angkatan Bersenjata Israel"), ("Hizbullah", A, "Hizbullah"), ("Hizbullah", A, "Hizbullah")],
        claims=["2 tentara", "4 roket"],
    )
    assert attribution(claim(doc, "2 tentara")) == ("Militer Israel", "Menurut", [])
    # `tentara` agrees with `Militer Israel` (same kind of speaker), not with the last speaker Hizbullah
    assert attribution(claim(doc, "4 roket")) == ("Militer Israel", "menyatakan", [])


def test_naming_sentence_with_a_role_before_the_agent(nlp):
    doc = annotate(
        nlp,
        "Sedikitnya 100 orang tewas dalam pertempuran di Goma. Hal itu disampaikan juru bicara OCHA Jens Laerke di Jenewa.",
        ents=[("Goma", "PLACE", "Goma"), ("OCHA", A, "OCHA"), ("Jens Laerke", A, "Jens Laerke"), ("Jenewa", "PLACE", "Jenewa")],
        claims=["100 orang"],
    )
    assert attribution(claim(doc, "100 orang")) == ("Jens Laerke", "disampaikan", [])


def test_name_missed_by_the_recognizer_before_a_parenthesis(nlp):
    doc = annotate(
        nlp,
        "Juru bicara Houthi Yahya Saree, dalam pidato televisi, mengatakan 2 kapal tanker dihantam rudal.",
        ents=[("Houthi", A, "Houthi")],
        claims=["2 kapal tanker"],
    )
    # the speaker is the person after the role and its owner, not the owner
    assert attribution(claim(doc, "2 kapal tanker")) == ("Yahya Saree", "mengatakan", [])
    assert claim(doc, "2 kapal tanker")._.source["canonical"] == "Yahya Saree"


# -- the speaker model: people, pronouns, paths ----------------------------------------
def source_of(span):
    source = span._.source
    return source and (source["text"], source["canonical"]), span._.source_via


def test_ranked_speaker_and_katanya_after_a_state_named_in_between(nlp):
    doc = annotate(
        nlp,
        "Juru bicara Kementerian Pertahanan Lituania, Kolonel Darius Petrauskas, mengatakan 12 drone ditembak jatuh. "
        "Belarus membantah tuduhan itu dan menyebut 3 pesawatnya hanya berlatih.\n\n"
        "\"Kami tidak akan membiarkan wilayah udara kami dilanggar,\" katanya.",
        ents=[("Kementerian Pertahanan Lituania", A, "Kementerian Pertahanan Lituania"), ("Belarus", A, "Belarus")],
        claims=["12 drone", "3 pesawatnya"],
    )
    assert source_of(claim(doc, "12 drone")) == (("Kolonel Darius Petrauskas", "Darius Petrauskas"), "clause")
    assert source_of(claim(doc, "3 pesawatnya")) == (("Belarus", "Belarus"), "clause")
    # `katanya` is the person who spoke last, not the state named in between
    assert source_of(quote(doc, "Kami tidak")) == (("Kolonel Darius Petrauskas", "Darius Petrauskas"), "pronoun")
    # the person is an ACTOR entity of the Doc, so the record's source is one of its entities
    assert ("Kolonel Darius Petrauskas", "ACTOR", "Darius Petrauskas") in [(e.text, e.label_, e.kb_id_) for e in doc.ents]


def test_title_chain_before_a_rank_is_in_the_span_and_a_surname_resolves(nlp):
    doc = annotate(
        nlp,
        "Kepala Kepolisian Resor Mimika Ajun Komisaris Besar Yohanes Wainggai mengatakan 4 pekerja tewas. "
        "Menurut Wainggai, 2 lainnya masih dicari.",
        ents=[("Mimika", "PLACE", "Mimika")],
        claims=["4 pekerja", "2 lainnya"],
    )
    full = "Kepala Kepolisian Resor Mimika Ajun Komisaris Besar Yohanes Wainggai"
    assert source_of(claim(doc, "4 pekerja")) == ((full, "Yohanes Wainggai"), "clause")
    assert source_of(claim(doc, "2 lainnya")) == (("Wainggai", "Yohanes Wainggai"), "according_to")


def test_name_in_apposition_to_a_role_is_the_speaker(nlp):
    doc = annotate(
        nlp,
        "Warga setempat, Markus Tebai, mengatakan sedikitnya 40 rumah terbakar. \"Kami lari ke hutan,\" ujarnya.",
        claims=["40 rumah"],
    )
    assert source_of(claim(doc, "40 rumah")) == (("Markus Tebai", "Markus Tebai"), "clause")
    assert source_of(quote(doc, "Kami lari")) == (("Markus Tebai", "Markus Tebai"), "pronoun")


def test_a_rank_word_inside_an_organisation_name_makes_no_person(nlp):
    doc = annotate(
        nlp,
        "Jaringan Dokter Sudan melaporkan 50 warga sipil tewas. Kelompok itu juga menuduh RSF menculik 20 pemuda.",
        ents=[("Jaringan Dokter Sudan", A, "Jaringan Dokter Sudan"), ("RSF", A, "Pasukan Dukungan Cepat")],
        claims=["50 warga sipil", "20 pemuda"],
    )
    assert source_of(claim(doc, "50 warga sipil")) == (("Jaringan Dokter Sudan", "Jaringan Dokter Sudan"), "clause")
    # `Kelompok itu`: the last actor of that kind, not the RSF named after it
    assert source_of(claim(doc, "20 pemuda")) == (("Jaringan Dokter Sudan", "Jaringan Dokter Sudan"), "pronoun")


def test_bracketed_acronym_and_relative_clause_before_the_verb(nlp):
    doc = annotate(
        nlp,
        "Angkatan Bersenjata Sudan (SAF) mengklaim menewaskan 80 anggota RSF. "
        "Kelompok Ansar Dine yang berafiliasi dengan Al-Qaeda mengklaim 15 tentara tewas.",
        ents=[("Angkatan Bersenjata Sudan", A, "Angkatan Bersenjata Sudan"), ("SAF", A, "Angkatan Bersenjata Sudan"),
              ("RSF", A, "Pasukan Dukungan Cepat"), ("Kelompok Ansar Dine", A, "Ansar Dine"), ("Al-Qaeda", A, "Al-Qaeda")],
        claims=["80 anggota RSF", "15 tentara"],
    )
    assert source_of(claim(doc, "80 anggota RSF")) == (("Angkatan Bersenjata Sudan", "Angkatan Bersenjata Sudan"), "clause")
    assert source_of(claim(doc, "15 tentara")) == (("Kelompok Ansar Dine", "Ansar Dine"), "clause")


def test_tally_continuation_keeps_the_source_and_narration_is_the_articles_voice(nlp):
    doc = annotate(
        nlp,
        "Kepolisian Sudan Selatan mengatakan 9 orang tewas dalam serangan itu. Sedangkan 14 lainnya luka-luka.\n\n"
        "Selain itu, pasukan pemerintah juga menghancurkan 3 truk milik milisi.",
        ents=[("Kepolisian Sudan Selatan", A, "Kepolisian Sudan Selatan")],
        claims=["9 orang", "14 lainnya", "3 truk"],
    )
    assert source_of(claim(doc, "14 lainnya")) == (("Kepolisian Sudan Selatan", "Kepolisian Sudan Selatan"), "continuation")
    assert claim(doc, "14 lainnya")._.cue is None
    assert source_of(claim(doc, "3 truk")) == (None, None)


def test_membuat_klaim_is_one_cue(nlp):
    doc = annotate(
        nlp,
        "Militer Rusia membuat klaim 40 tank Ukraina hancur di Kursk.",
        ents=[("Militer Rusia", A, "Angkatan Bersenjata Rusia"), ("Kursk", "PLACE", "Kursk")],
        claims=["40 tank Ukraina"],
    )
    assert attribution(claim(doc, "40 tank Ukraina")) == ("Militer Rusia", "membuat klaim", [])


def test_source_via_in_the_record_and_the_render(nlp):
    from nk_nlp.records import doc_to_record
    from nk_nlp.records.validate import record_schema, schema_problems
    from nk_nlp.render import render_record

    doc = annotate(
        nlp,
        "Menurut Kementerian Kesehatan Gaza, 31 orang tewas. Data itu belum diverifikasi, kata 5 saksi.",
        ents=[("Kementerian Kesehatan Gaza", A, "Kementerian Kesehatan Gaza")],
        claims=["31 orang"],
    )
    record = doc_to_record(doc, "t1")
    assert [c["source_via"] for c in record["claims"]] == ["according_to"]
    assert schema_problems(record, record_schema()["$defs"]["pipeline_output"]) == []
    del record["claims"][0]["source_via"]
    assert schema_problems(record, record_schema()["$defs"]["pipeline_output"])  # required on output
    record["claims"][0]["source_via"] = "according_to"
    assert "<th>via</th>" in render_record(record, 1) and "<td>according_to</td>" in render_record(record, 1)


def test_every_golden_record_carries_source_via():
    from nk_nlp.records.validate import record_schema, schema_problems

    output = record_schema()["$defs"]["pipeline_output"]
    records = [json.loads(line) for path in sorted((REPO_ROOT / "tests" / "golden").glob("*.jsonl"))
               for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert records
    for record in records:
        assert schema_problems(record, output) == [], record["id"]
        for item in record["claims"] + record["quotes"]:
            assert (item["source_via"] is None) == (item["source"] is None)


def test_an_unrecognised_acronym_speaking_is_an_organisation(nlp):
    doc = annotate(
        nlp,
        "Kelompok Front Pembebasan Oromo (OLF) menyerang pos militer. "
        "OLF juga mengklaim menewaskan 25 tentara. FANO, melalui saluran Telegram, menyebut 7 warga tewas.",
        ents=[("Kelompok Front Pembebasan Oromo", A, "Front Pembebasan Oromo")],
        claims=["25 tentara", "7 warga"],
    )
    # canonical from the name it stands in brackets after; none when the article gives none
    assert source_of(claim(doc, "25 tentara")) == (("OLF", "Front Pembebasan Oromo"), "clause")
    assert source_of(claim(doc, "7 warga")) == (("FANO", None), "clause")


def test_an_indonesian_unit_speaking_under_its_own_name(nlp):
    doc = annotate(
        nlp,
        "Satgas Nemangkawi mengklaim menangkap 3 anggota KKB di Timika. "
        "Sebanyak 11 warga tewas sepanjang tahun ini, menurut catatan Polres Mimika.",
        ents=[("KKB", A, "TPNPB-OPM"), ("Timika", "PLACE", "Timika"), ("Mimika", "PLACE", "Mimika")],
        claims=["3 anggota KKB", "11 warga"],
    )
    assert source_of(claim(doc, "3 anggota KKB")) == (("Satgas Nemangkawi", None), "clause")
    assert source_of(claim(doc, "11 warga")) == (("Polres Mimika", None), "according_to")


# -- anaphors of a kind, anonymous sources with an owner, `aparat` (issue 13) ----------


def test_negara_itu_is_the_last_state_that_spoke_not_the_one_named_in_between(nlp):
    doc = annotate(
        nlp,
        "Pakistan mengatakan 5 drone ditembak jatuh di Lahore. India membantahnya, sementara pasukan Israel disebut terlibat. "
        "Negara itu juga mengumumkan 12 warga sipil tewas.",
        ents=[("Pakistan", A, "Pakistan"), ("Lahore", "PLACE", "Lahore"), ("India", A, "India"),
              ("pasukan Israel", A, "Angkatan Bersenjata Israel")],
        claims=["5 drone", "12 warga sipil"],
    )
    assert source_of(claim(doc, "12 warga sipil")) == (("Pakistan", "Pakistan"), "pronoun")


def test_negara_itu_with_no_state_that_spoke_is_the_last_state_named(nlp):
    doc = annotate(
        nlp,
        "Militer Sudan menembak jatuh 3 drone. Pertemuan digelar di Kairo bersama Mesir. "
        "Negara itu mengatakan 2 diplomat ditahan.",
        ents=[("Militer Sudan", A, "Angkatan Bersenjata Sudan"), ("Kairo", "PLACE", "Kairo"), ("Mesir", A, "Mesir")],
        claims=["3 drone", "2 diplomat"],
    )
    # a state, not the armed force that spoke last
    assert source_of(claim(doc, "2 diplomat")) == (("Mesir", "Mesir"), "pronoun")


def test_kementerian_tersebut_after_a_state_named_in_between(nlp):
    doc = annotate(
        nlp,
        "Kementerian Kesehatan Gaza mengatakan 30 orang tewas di Rafah. Israel membantah angka itu. "
        "Menurut kementerian tersebut, 12 anak termasuk di antara korban.",
        ents=[("Kementerian Kesehatan Gaza", A, "Kementerian Kesehatan Gaza"), ("Rafah", "PLACE", "Rafah"), ("Israel", A, "Israel")],
        claims=["30 orang", "12 anak"],
    )
    assert source_of(claim(doc, "12 anak")) == (("Kementerian Kesehatan Gaza", "Kementerian Kesehatan Gaza"), "pronoun")


def test_pihaknya_is_an_organisation_not_the_person_who_spoke(nlp):
    doc = annotate(
        nlp,
        "Polda Papua mengatakan 2 anggota KKB ditangkap. Kapolda Papua Irjen Pol Mathius Fakhiri menambahkan 4 senjata disita. "
        "Pihaknya menyebut 3 warga mengungsi.",
        ents=[("Polda Papua", A, "Kepolisian Daerah Papua"), ("KKB", A, "TPNPB-OPM")],
        claims=["2 anggota KKB", "4 senjata", "3 warga"],
    )
    assert source_of(claim(doc, "4 senjata"))[0][1] == "Mathius Fakhiri"
    source, via = source_of(claim(doc, "3 warga"))
    assert (source[0], via) == ("Polda Papua", "pronoun")


def test_anonymous_source_with_an_owner_and_sang_sumber(nlp):
    doc = annotate(
        nlp,
        "Sumber militer Israel mengatakan 20 militan tewas di Khan Younis. Hamas membantahnya. "
        "Menurut sang sumber, 4 tentara terluka. 9 roket ditembakkan, kata sumber keamanan Mesir.",
        ents=[("militer Israel", A, "Angkatan Bersenjata Israel"), ("Khan Younis", "PLACE", "Khan Younis"),
              ("Hamas", A, "Hamas"), ("Mesir", A, "Mesir")],
        claims=["20 militan", "4 tentara", "9 roket"],
    )
    assert source_of(claim(doc, "20 militan")) == (("Sumber militer Israel", "sumber militer Israel"), "clause")
    assert source_of(claim(doc, "4 tentara")) == (("Sumber militer Israel", "sumber militer Israel"), "pronoun")
    assert source_of(claim(doc, "9 roket")) == (("sumber keamanan Mesir", "sumber keamanan Mesir"), "postposed")
    assert "Sumber militer Israel" in [e.text for e in doc.ents if e.label_ == A]


def test_menurut_an_anonymous_source_is_the_source_not_evidence(nlp):
    doc = annotate(
        nlp,
        "Menurut sumber keamanan Pakistan, 40 militan tewas di Waziristan, dan militer Pakistan menyebut 2 tentara gugur.",
        ents=[("Pakistan", A, "Pakistan"), ("Waziristan", "PLACE", "Waziristan"), ("militer Pakistan", A, "Angkatan Bersenjata Pakistan")],
        claims=["40 militan", "2 tentara"],
    )
    assert source_of(claim(doc, "40 militan")) == (("sumber keamanan Pakistan", "sumber keamanan Pakistan"), "according_to")


def test_aparat_in_domestic_reporting_speaks(nlp):
    doc = annotate(
        nlp,
        "Kontak tembak terjadi di Nduga. Aparat keamanan menyebut 4 anggota TPNPB tewas. "
        "Menurut aparat, 3 pucuk senjata disita. 2 warga terluka, kata aparat gabungan.",
        ents=[("Nduga", "PLACE", "Nduga"), ("Aparat keamanan", A, "Aparat Keamanan Indonesia"), ("TPNPB", A, "TPNPB-OPM"),
              ("aparat", A, "Aparat Keamanan Indonesia"), ("aparat gabungan", A, "Aparat Keamanan Indonesia")],
        claims=["4 anggota TPNPB", "3 pucuk senjata", "2 warga"],
    )
    assert source_of(claim(doc, "4 anggota TPNPB")) == (("Aparat keamanan", "Aparat Keamanan Indonesia"), "clause")
    assert source_of(claim(doc, "3 pucuk senjata")) == (("aparat", "Aparat Keamanan Indonesia"), "according_to")
    assert source_of(claim(doc, "2 warga")) == (("aparat gabungan", "Aparat Keamanan Indonesia"), "postposed")


def test_pihaknya_in_the_speakers_own_sentence_is_the_speaker(nlp):
    doc = annotate(
        nlp,
        "TPNPB mengklaim 3 prajurit tewas. Kapolres Mimika AKBP Nama Orang mengatakan pihaknya mencatat 5 kasus penembakan.",
        ents=[("TPNPB", A, "TPNPB-OPM")],
        claims=["3 prajurit", "5 kasus"],
    )
    assert source_of(claim(doc, "5 kasus"))[0][1] == "Nama Orang"


def test_a_speaking_unit_the_kb_knows_keeps_its_canonical(rules_nlp):
    """The speaker finder adds units no entity covers; one the KB already resolved stays as
    resolved (`Polda Papua` -> `Kepolisian Daerah Papua`, not a canonical-less copy)."""
    doc = rules_nlp("Judul\n\nJAYAPURA - Polda Papua mengatakan tiga anggota tewas dalam serangan itu, Senin.")
    assert [(e.text, e.kb_id_) for e in doc.ents if e.text == "Polda Papua"] == [("Polda Papua", "Kepolisian Daerah Papua")]
    assert source_of(claim(doc, "tiga anggota"))[0] == ("Polda Papua", "Kepolisian Daerah Papua")
