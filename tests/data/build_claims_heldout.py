"""Builds tests/data/claims_heldout.jsonl: short articles written for nk_nlp (other wars,
other outlets' layouts) with their claims annotated by hand per annotation.md, BEFORE the
pipeline was run on them. Offsets come from string search: (needle, occurrence).
Run: python tests/data/build_claims_heldout.py"""

import json
from pathlib import Path

N = None


def claim(text, needle, nth, value, low, high, qualifier, category, outcome, party):
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return {"start": start, "end": start + len(needle), "text": needle, "value": value, "low": low, "high": high,
            "qualifier": qualifier, "category": category, "outcome": outcome, "party": party,
            "source": None, "cue": None, "media": []}


ARTICLES = []

T1 = """Ukraina Tembak Jatuh 42 Drone Rusia dalam Semalam

KYIV - Angkatan Udara Ukraina mengatakan pihaknya menembak jatuh 42 dari 56 drone yang diluncurkan Rusia pada Minggu malam. Selain itu, dua rudal jelajah Kh-101 juga dicegat di atas wilayah Kyiv.

Serangan itu menewaskan sedikitnya empat warga sipil di Kharkiv dan melukai 19 lainnya, kata gubernur Oleh Syniehubov. Sebuah gedung apartemen sembilan lantai rusak berat.

Sementara itu, Kementerian Pertahanan Rusia mengklaim pasukannya telah merebut desa Novomykhailivka dan menghancurkan 11 tank serta 27 kendaraan lapis baja Ukraina dalam sepekan terakhir.

Baca juga: 300 Tentara Korea Utara Tewas di Kursk"""
ARTICLES.append(("h1_ukraina", T1, [
    ("42 Drone Rusia", 0, 42, 42, 42, "exact", "equipment", "destroyed", "Rusia"),
    ("42", 1, 42, 42, 42, "exact", "equipment", "destroyed", "Rusia"),
    ("56 drone", 0, 56, 56, 56, "exact", "equipment", "other", "Rusia"),
    ("dua rudal jelajah Kh-101", 0, 2, 2, 2, "exact", "equipment", "destroyed", "Rusia"),
    ("empat warga sipil", 0, 4, 4, N, "at_least", "civilian", "killed", "Ukraina"),
    ("19 lainnya", 0, 19, 19, 19, "exact", "civilian", "wounded", "Ukraina"),
    ("11 tank", 0, 11, 11, 11, "exact", "equipment", "destroyed", "Ukraina"),
    ("27 kendaraan lapis baja Ukraina", 0, 27, 27, 27, "exact", "equipment", "destroyed", "Ukraina"),
]))

T2 = """Serangan Israel di Jabalia Tewaskan Puluhan Orang

GAZA - Sedikitnya 33 orang tewas, termasuk 21 perempuan, setelah serangan udara Israel menghantam sebuah blok permukiman di Jabalia, Gaza utara, menurut badan pertahanan sipil Gaza.

Kementerian Kesehatan Gaza mengatakan jumlah korban tewas sejak Oktober 2023 telah mencapai lebih dari 43.000 jiwa, sementara sekitar 100.000 orang lainnya terluka. Lebih dari 10.000 orang diyakini masih tertimbun reruntuhan.

Militer Israel mengatakan pihaknya menewaskan puluhan militan Hamas dalam operasi tersebut dan menahan 150 tersangka. Satu tentara Israel juga tewas.

(Foto: Warga mencari korban di antara reruntuhan. REUTERS)"""
ARTICLES.append(("h2_gaza", T2, [
    ("Puluhan Orang", 0, N, 10, 99, "vague", "people", "killed", N),
    ("33 orang", 0, 33, 33, N, "at_least", "people", "killed", N),
    ("21 perempuan", 0, 21, 21, 21, "exact", "civilian", "killed", N),
    ("43.000 jiwa", 0, 43000, 43000, N, "more_than", "people", "killed", N),
    ("100.000 orang lainnya", 0, 100000, N, N, "approximately", "people", "wounded", N),
    ("10.000 orang", 0, 10000, 10000, N, "more_than", "people", "missing", N),
    ("puluhan militan Hamas", 0, N, 10, 99, "vague", "military", "killed", "Hamas"),
    ("150 tersangka", 0, 150, 150, 150, "exact", "people", "captured", N),
    ("Satu tentara Israel", 0, 1, 1, 1, "exact", "military", "killed", "Israel"),
]))

T3 = """Khartoum - Pasukan Dukungan Cepat (RSF) menyerang kamp pengungsi Abu Shouk di El Fasher pada Selasa, menewaskan 40 warga sipil, kata aktivis setempat. Menurut PBB, lebih dari 12 juta orang telah mengungsi sejak perang pecah pada April 2023, dan sekitar 150.000 orang tewas.

Tentara Sudan mengumumkan telah merebut kembali 7 desa di negara bagian Gezira dan menangkap puluhan pejuang RSF. Militer juga mengklaim menghancurkan 15 kendaraan tempur milik milisi itu.

Sekolah-sekolah di kota itu ditutup selama dua bulan."""
ARTICLES.append(("h3_sudan", T3, [
    ("40 warga sipil", 0, 40, 40, 40, "exact", "civilian", "killed", "Sudan"),
    ("12 juta orang", 0, 12000000, 12000000, N, "more_than", "people", "other", "Sudan"),
    ("150.000 orang", 0, 150000, N, N, "approximately", "people", "killed", "Sudan"),
    ("7 desa", 0, 7, 7, 7, "exact", "territory", "captured", "Pasukan Dukungan Cepat"),
    ("puluhan pejuang RSF", 0, N, 10, 99, "vague", "military", "captured", "Pasukan Dukungan Cepat"),
    ("15 kendaraan tempur milik milisi itu", 0, 15, 15, 15, "exact", "equipment", "destroyed", "Pasukan Dukungan Cepat"),
]))

T4 = """Pakistan Klaim Tembak Jatuh Lima Jet Tempur India

ISLAMABAD - Militer Pakistan mengklaim telah menembak jatuh lima jet tempur India, termasuk tiga Rafale, dalam pertempuran udara di atas Kashmir pada Rabu dini hari. India belum mengonfirmasi kehilangan pesawat tersebut.

Menurut juru bicara militer Pakistan, serangan rudal India ke enam lokasi di Punjab dan Kashmir yang dikelola Pakistan menewaskan 26 warga sipil dan melukai 46 orang.

New Delhi menyatakan serangannya menghantam sembilan kamp milik kelompok militan dan menewaskan lebih dari 100 teroris. Pemerintah India juga mengevakuasi sekitar 1.500 warga dari desa-desa di sepanjang Garis Kontrol.

Ketegangan antara dua negara bersenjata nuklir itu meningkat sejak serangan di Pahalgam yang menewaskan 26 orang pada April."""
ARTICLES.append(("h4_kashmir", T4, [
    ("Lima Jet Tempur India", 0, 5, 5, 5, "exact", "equipment", "destroyed", "India"),
    ("lima jet tempur India", 0, 5, 5, 5, "exact", "equipment", "destroyed", "India"),
    ("tiga Rafale", 0, 3, 3, 3, "exact", "equipment", "destroyed", "India"),
    ("enam lokasi", 0, 6, 6, 6, "exact", "territory", "other", "Pakistan"),
    ("26 warga sipil", 0, 26, 26, 26, "exact", "civilian", "killed", "Pakistan"),
    ("46 orang", 0, 46, 46, 46, "exact", "people", "wounded", "Pakistan"),
    ("sembilan kamp milik kelompok militan", 0, 9, 9, 9, "exact", "other", "other", N),
    ("100 teroris", 0, 100, 100, N, "more_than", "military", "killed", N),
    ("1.500 warga", 0, 1500, N, N, "approximately", "civilian", "other", "India"),
    ("26 orang", 0, 26, 26, 26, "exact", "people", "killed", N),
]))

T5 = """Israel Gempur Lebanon Selatan, Hizbullah Balas dengan 150 Roket

BEIRUT - Kelompok Hizbullah meluncurkan sekitar 150 roket ke Israel utara pada Kamis, kata militer Israel, setelah serangan udara Israel menewaskan seorang komandan senior kelompok itu.

Kementerian Kesehatan Lebanon melaporkan 558 orang tewas dan 1.835 lainnya terluka dalam serangan Israel selama sehari, termasuk 50 anak-anak. Lebih dari 500.000 warga Lebanon telah meninggalkan rumah mereka.

Militer Israel mengklaim telah menyerang 1.600 target Hizbullah dan menghancurkan ratusan peluncur roket. Dua tentara Israel terluka ringan.

Artikel ini telah tayang di Contoh.com dengan judul Israel Gempur Lebanon"""
ARTICLES.append(("h5_lebanon", T5, [
    ("150 Roket", 0, 150, 150, 150, "exact", "equipment", "other", "Hizbullah"),
    ("150 roket", 0, 150, N, N, "approximately", "equipment", "other", "Hizbullah"),
    ("seorang komandan senior", 0, 1, 1, 1, "exact", "military", "killed", "Hizbullah"),
    ("558 orang", 0, 558, 558, 558, "exact", "people", "killed", "Lebanon"),
    ("1.835 lainnya", 0, 1835, 1835, 1835, "exact", "people", "wounded", "Lebanon"),
    ("50 anak-anak", 0, 50, 50, 50, "exact", "civilian", "killed", "Lebanon"),
    ("500.000 warga Lebanon", 0, 500000, 500000, N, "more_than", "civilian", "other", "Lebanon"),
    ("1.600 target Hizbullah", 0, 1600, 1600, 1600, "exact", "other", "other", "Hizbullah"),
    ("ratusan peluncur roket", 0, N, 100, 999, "vague", "equipment", "destroyed", "Hizbullah"),
    ("Dua tentara Israel", 0, 2, 2, 2, "exact", "military", "wounded", "Israel"),
]))


def write_articles(articles, out: Path) -> None:
    """One record per article: its claims sorted, everything else empty."""
    with open(out, "w", encoding="utf-8") as f:
        for rid, text, claims in articles:
            items = sorted((claim(text, *c) for c in claims), key=lambda c: c["start"])
            record = {"id": rid, "text": text, "meta": {}, "entities": [], "claims": items, "quotes": [], "errors": []}
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"wrote {out}")


def main():
    write_articles(ARTICLES, Path(__file__).with_name("claims_heldout.jsonl"))


if __name__ == "__main__":
    main()
