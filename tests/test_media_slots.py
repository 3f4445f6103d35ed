"""Outlets the knowledge base lacks, found by their slot (components/entities/media.py):
after a relay cue, as an outlet's edition, and as the article's own outlet (meta.outlet)."""

import pytest

from nk_nlp.annotate import AnnotateOptions, InputRecord, annotate_records


def ents(nlp, text):
    return [(e.text, e.label_, e.kb_id_) for e in nlp(text).ents]


def record(nlp, text, outlet, n_process=1):
    options = AnnotateOptions(n_process=n_process, batch_size=4)
    return list(annotate_records(nlp, iter([InputRecord("a1", text, {"outlet": outlet})]), options))[0]


@pytest.mark.parametrize("text, outlet", [
    ("Dua gudang terbakar, seperti dilansir The Coastal Herald.", "The Coastal Herald"),
    ("Hal itu dikutip kantor berita resmi KNB pada Senin.", "KNB"),
    ("Ia mengatakan kepada televisi pemerintah TVR bahwa tiga pos direbut.", "TVR"),
    ("\"Situasi aman,\" ujar Budi Hartono kepada wartawan Suara Maluku, Kamis.", "Suara Maluku"),
    ("Juru bicara kelompok itu, Yan Tabuni, dalam siaran pers yang diterima Warta Lembah, menyebut dua "
     "prajurit tewas.", "Warta Lembah"),
    ("Serangan itu menewaskan empat orang, seperti dilaporkan Herald of Tonga.", "Herald of Tonga"),
])
def test_unknown_outlet_after_relay_cue(rules_nlp, text, outlet):
    found = ents(rules_nlp, text)
    assert (outlet, "MEDIA", outlet) in found
    # the place or state inside the outlet's name is no entity of its own
    assert not any(label in ("PLACE", "ACTOR") and name in outlet for name, label, _ in found)


def test_relay_cue_before_an_institution_is_no_outlet(rules_nlp):
    found = ents(rules_nlp, "Data itu dikutip dari Kementerian Kesehatan Chile pada Selasa.")
    assert not any(label == "MEDIA" for _, label, _ in found)


def test_outlet_edition_named_by_country(rules_nlp):
    found = ents(rules_nlp, "Warga mengungsi, kata Ani Lestari kepada BBC News Kenya melalui telepon.")
    assert ("BBC News Kenya", "MEDIA", "BBC") in found


def test_relayed_outlet_reaches_the_claim(rules_nlp):
    doc = rules_nlp("Komandan itu mengatakan tiga prajurit tewas, seperti dilansir The Coastal Herald.")
    claims = list(doc.spans["claims"])
    assert claims and [m["text"] for m in claims[0]._.media] == ["The Coastal Herald"]


@pytest.mark.parametrize("n_process", [1, 2])
def test_own_outlet_from_meta(rules_nlp, n_process):
    text = ("WARTA LEMBAH – Kelompok bersenjata menyerang pos di Kampung Halu, Senin.\n\n"
            "Juru bicara kelompok itu mengatakan kepada Warta Lembah bahwa dua prajurit tewas. "
            "Warta Lembah belum dapat memverifikasi klaim itu.\n\nSumber: WartaLembah.com\n")
    rec = record(rules_nlp, text, "Warta Lembah", n_process)
    media = [(e["text"], e["canonical"]) for e in rec["entities"] if e["label"] == "MEDIA"]
    assert media == [("WARTA LEMBAH", "Warta Lembah"), ("Warta Lembah", "Warta Lembah"),
                     ("Warta Lembah", "Warta Lembah"), ("WartaLembah.com", "Warta Lembah")]
    # the publisher never relays its own article
    assert all(not c["media"] for c in rec["claims"])


def test_own_outlet_from_the_domain_heading_the_article(rules_nlp):
    found = ents(rules_nlp, "Judul\n\nwartalembah.id - Dua rumah terbakar di Kampung Halu, kata polisi kepada "
                            "wartawan. Wartalembah belum dapat memverifikasi jumlah korban.")
    assert [(t, c) for t, label, c in found if label == "MEDIA"] == [("wartalembah.id", "Wartalembah"),
                                                                     ("Wartalembah", "Wartalembah")]


def test_outlet_named_as_a_common_word_is_not_marked_at_a_sentence_start(rules_nlp):
    text = "Suara tembakan terdengar di Kampung Halu. Warga mendengar suara ledakan, kata polisi."
    rec = record(rules_nlp, text, "Suara.com")
    assert not any(e["label"] == "MEDIA" for e in rec["entities"])


def test_bare_laporan_is_no_outlet_cue(rules_nlp):
    found = ents(rules_nlp, "Polisi membantah laporan LPKM soal korban sipil di Kampung Halu.")
    assert not any(label == "MEDIA" for _, label, _ in found)


@pytest.mark.parametrize("line, place, outlet", [
    ("Lodwar, Warta Turkana -- Milisi menyerang pos polisi pada Senin.", "Lodwar", "Warta Turkana"),
    ("KABARTIMUR.CO, Lodwar - Milisi menyerang pos polisi pada Senin.", "Lodwar", "KABARTIMUR.CO"),
])
def test_unknown_outlet_in_a_dateline(rules_nlp, line, place, outlet):
    found = ents(rules_nlp, "Milisi Serang Pos Polisi Di Perbatasan Utara\n\n" + line)
    assert (place, "PLACE") in [(t, label) for t, label, _ in found]
    assert (outlet, "MEDIA") in [(t, label) for t, label, _ in found]
