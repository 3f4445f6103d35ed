"""The article date (record.md, `date`): nk_nlp.text.dates on every format Indonesian
news writes, the choice among several dates, and the seeds' records."""

import json
from datetime import date

import pytest

from nk_nlp.text.dates import article_date, date_from_text, find_dates, normalise_date

from conftest import GOLD, SEEDS


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Hal itu disampaikan juru bicara TNI, Senin (28/9/2020).", "2020-09-28"),
        ("dikutip dari Anadolu Agency. Rabu 30 September 2020.", "2020-09-30"),
        ("Perang Di Papua\n\n02 November 2020 - 09:06 WIB\nloading...", "2020-11-02"),
        ("Bentrokan meletus Ahad (27/9/20) pagi.", "2020-09-27"),
        ("kata Kapolda, Jumat, 7 Agt 2020.", "2020-08-07"),
        ("kata dia, Jum'at (7/8/2020).", "2020-08-07"),
        ("ujar juru bicara itu, Kamis, 12 Des. 2019.", "2019-12-12"),
        ("menurut kantor berita itu, Selasa 3 Sept 2024.", "2024-09-03"),
        ("kata Kodam, Rabu, 4 Nopember 2020.", "2020-11-04"),
        ("Published: Monday, November 2, 2020\nBody text.", "2020-11-02"),
        ("Sunday, 27 September 2020 10:15 GMT\nBody text.", "2020-09-27"),
        ("Diterbitkan Kamis, 15 Februari 2024 | 19.30 WIT\nTeks.", "2024-02-15"),
        ("JAYAPURA, Sabtu (14/3/2026) - Kontak tembak terjadi.", "2026-03-14"),
        ("Judul\nKompas.com - 02/11/2020, 09:06 WIB\nTeks, kata dia, Minggu (1/11/2020).", "2020-11-02"),
        ("Judul\nSenin, 02/11/2020 09:06 WIB\nTeks.", "2020-11-02"),
        ("Judul\nTempo.co | Selasa, 3 Nov 2020 14:20 WIB\nTeks.", "2020-11-03"),
    ],
)
def test_each_format_gives_the_iso_date(text, expected):
    assert article_date({}, text) == expected


def test_the_dateline_wins_over_later_weekday_dates():
    text = "TIMIKA (Contoh) - Senin (2/3/2026) lalu kelompok itu menyerang.\nJAKARTA, Rabu (4/3/2026) - Lagi."
    assert article_date({}, text) == "2026-03-04"
    assert article_date({}, "JAKARTA (28/9) - Pasukan bergerak, kata dia, Rabu (30/9/2020).") == "2020-09-28"


def test_the_publication_line_wins_over_every_date_of_the_body():
    text = ("Kontak Tembak di Intan Jaya\n\nSelasa, 10 Maret 2026 - 08:15 WIB\n\n"
            "Baku tembak terjadi Kamis (12/3/2026) mendatang, kata polisi, Senin (9/3/2026).")
    assert article_date({}, text) == "2026-03-10"


def test_the_news_peg_is_the_latest_weekday_date_not_an_event_or_a_future_one():
    text = ("Serangan terjadi pada Minggu 27 September. Kata kementerian, Rabu (30/9/2020). "
            "Perundingan dijadwalkan Senin (5/10/2020) mendatang. Konflik meletus sejak 12 Juli 2020.")
    assert article_date({}, text) == "2020-09-30"


def test_dates_in_read_also_asides_belong_to_other_articles():
    assert article_date({}, "kata dia, Senin (2/11/2020). (Baca: Serangan Baru, Selasa (3/11/2020)) Lalu.") == "2020-11-02"
    assert article_date({}, "kata dia, Senin (2/11/2020).\nBaca juga: Perang Lagi, Rabu (4/11/2020)") == "2020-11-02"
    assert article_date({}, "(Baca: Serangan) kata dia, Rabu (4/11/2020).") == "2020-11-04"


def test_dates_without_weekday_are_events_not_the_publication_date():
    assert article_date({}, "Konflik pecah pada 27 September 2020 dan gencatan senjata 10 November 2020.") is None
    assert article_date({}, "Tidak ada tanggal di sini: 2.300 prajurit, 3/4 wilayah, 500-600 orang.") is None
    assert article_date({}, "") is None


def test_a_date_without_year_borrows_the_year_of_the_full_dates():
    assert article_date({}, "Sejak 1 Desember 2020 ... kata dia, Senin (28/12).") == "2020-12-28"
    # late December told in a January article belongs to the year before
    assert article_date({}, "Pada 2 Januari 2021 ... hal itu dikatakan, Rabu (30/12).") == "2020-12-30"
    assert article_date({}, "kata dia, Senin (28/12).") is None  # no year anywhere


def test_meta_date_wins_and_is_normalised():
    text = "kata dia, Rabu (30/9/2020)."
    assert article_date({"date": "2020-10-01"}, text) == "2020-10-01"
    assert article_date({"date": "2020-10-01T09:06:00+07:00"}, text) == "2020-10-01"
    assert article_date({"date": "Kamis, 1 Oktober 2020"}, text) == "2020-10-01"
    assert article_date({"date": "1/10/2020"}, text) == "2020-10-01"
    # unreadable metadata is no date: the text decides
    assert article_date({"date": "kemarin"}, text) == "2020-09-30"
    assert article_date({"date": 20201001}, text) == "2020-09-30"
    assert article_date(None, text) == "2020-09-30"
    assert normalise_date("2020-02-30") is None


def test_the_url_stamp_comes_after_meta_date_and_before_the_text():
    text = "kata dia, Minggu (20/7/2025)."
    assert article_date({"url": "https://suarapapua.com/2025/07/21/tpnpb-klaim/"}, text) == "2025-07-21"
    assert article_date({"url": "https://contoh.com/daerah/09/04/2025/tujuh-tewas/"}, text) == "2025-04-09"
    assert article_date({"url": "https://contoh.com/read/2025/99/15/337/x", "date": None}, text) == "2025-07-20"
    assert article_date({"url": "https://contoh.com/news/d-8151234/judul"}, text) == "2025-07-20"
    assert article_date({"url": "https://a.id/2025/07/21/x/", "date": "2025-07-22"}, text) == "2025-07-22"


def test_impossible_dates_are_not_dates():
    assert find_dates("Senin (31/2/2020) dan Selasa (12/13/2020)") == []
    assert date_from_text("Senin (29/2/2020)") == date(2020, 2, 29)


def test_every_seed_gets_the_date_its_gold_record_gives():
    gold = {r["id"]: r["date"] for r in map(json.loads, GOLD.read_text(encoding="utf-8").splitlines())}
    assert len(gold) == 5 and all(gold.values())
    for path in sorted(SEEDS.glob("*.txt")):
        assert article_date({}, path.read_text(encoding="utf-8")) == gold[path.stem], path.name


def test_records_carry_the_date(rules_nlp):
    from nk_nlp.records.convert import doc_to_record

    path = SEEDS / "004_5c997f7c300859a6.txt"
    text = path.read_text(encoding="utf-8")
    record = doc_to_record(rules_nlp(text), path.stem, {})
    assert list(record)[:4] == ["id", "text", "meta", "date"]
    assert record["date"] == "2020-11-02"
    assert doc_to_record(rules_nlp(text), path.stem, {"date": "2020-11-03"})["date"] == "2020-11-03"
