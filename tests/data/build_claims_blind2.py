"""Builds tests/data/claims_blind2.jsonl: a second set of articles written and annotated by
hand (annotation.md) before the pipeline ever ran on them, to measure generalisation after
the first held-out set had been used for tuning. Run: python tests/data/build_claims_blind2.py"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from build_claims_heldout import claim, write_articles  # noqa: E402

N = None
ARTICLES = []

B1 = """Etiopia Klaim Tewaskan Seribu Pejuang TPLF

ADDIS ABABA - Pemerintah Etiopia mengatakan pasukannya telah menewaskan lebih dari seribu pejuang TPLF dalam pertempuran selama dua hari di dekat Mekelle. Juru bicara militer menambahkan bahwa tiga ratus pemberontak ditangkap dan delapan belas kendaraan bersenjata dirampas.

Pihak TPLF membantah klaim itu dan menyebut pasukan federal kehilangan ratusan tentara. Menurut lembaga bantuan, hampir dua juta warga Tigray kini mengungsi.

Konflik yang dimulai pada November 2020 itu telah menewaskan puluhan ribu orang."""
ARTICLES.append(("b1_tigray", B1, [
    ("Seribu Pejuang TPLF", 0, 1000, 1000, 1000, "exact", "military", "killed", "TPLF"),
    ("seribu pejuang TPLF", 0, 1000, 1000, N, "more_than", "military", "killed", "TPLF"),
    ("tiga ratus pemberontak", 0, 300, 300, 300, "exact", "military", "captured", "TPLF"),
    ("delapan belas kendaraan bersenjata", 0, 18, 18, 18, "exact", "equipment", "captured", "TPLF"),
    ("ratusan tentara", 0, N, 100, 999, "vague", "military", "killed", "Etiopia"),
    ("dua juta warga Tigray", 0, 2000000, N, 2000000, "nearly", "civilian", "other", "Tigray"),
    ("puluhan ribu orang", 0, N, 10000, 99999, "vague", "people", "killed", N),
]))

B2 = """Senin, 11 Desember 2023 - 14:20 WIB
Junta Myanmar Kehilangan 30 Pos Militer di Shan

YANGON - Aliansi tiga kelompok bersenjata etnis mengklaim telah merebut 30 pos militer dan dua kota perbatasan dari junta Myanmar dalam sebulan terakhir. Lebih dari 200 tentara junta dilaporkan menyerah bersama persenjataan mereka.

PBB memperkirakan sekitar 335.000 orang terpaksa meninggalkan rumah sejak operasi dimulai. Sedikitnya 90 warga sipil tewas, termasuk 13 anak-anak, kata kantor kemanusiaan PBB.

Militer Myanmar membalas dengan serangan udara ke 12 desa di wilayah Sagaing.

Lihat juga: 5 Fakta Perang Saudara Myanmar"""
ARTICLES.append(("b2_myanmar", B2, [
    ("30 Pos Militer", 0, 30, 30, 30, "exact", "territory", "captured", "Myanmar"),
    ("30 pos militer", 0, 30, 30, 30, "exact", "territory", "captured", "Myanmar"),
    ("dua kota perbatasan", 0, 2, 2, 2, "exact", "territory", "captured", "Myanmar"),
    ("200 tentara junta", 0, 200, 200, N, "more_than", "military", "captured", "Myanmar"),
    ("335.000 orang", 0, 335000, N, N, "approximately", "people", "other", "Myanmar"),
    ("90 warga sipil", 0, 90, 90, N, "at_least", "civilian", "killed", "Myanmar"),
    ("13 anak-anak", 0, 13, 13, 13, "exact", "civilian", "killed", "Myanmar"),
    ("12 desa", 0, 12, 12, 12, "exact", "territory", "other", N),
]))

B3 = """Houthi Serang Kapal di Laut Merah, AS Tembak Jatuh 14 Drone

SANAA - Kelompok Houthi di Yaman meluncurkan 14 drone dan dua rudal balistik anti-kapal ke arah jalur pelayaran di Laut Merah pada Sabtu, kata Komando Pusat AS (CENTCOM). Semua drone berhasil ditembak jatuh oleh kapal perang AS dan Inggris.

Juru bicara militer Houthi Yahya Saree mengatakan kelompoknya menargetkan sebuah kapal kargo milik Israel. Sejak November, Houthi telah melancarkan lebih dari 100 serangan terhadap kapal-kapal komersial.

Serangan balasan AS dan Inggris ke 36 target di Yaman menewaskan 5 anggota Houthi dan melukai 6 lainnya, menurut Saree."""
ARTICLES.append(("b3_laut_merah", B3, [
    ("14 Drone", 0, 14, 14, 14, "exact", "equipment", "destroyed", "Houthi"),
    ("14 drone", 0, 14, 14, 14, "exact", "equipment", "other", "Houthi"),
    ("dua rudal balistik anti-kapal", 0, 2, 2, 2, "exact", "equipment", "other", "Houthi"),
    ("36 target", 0, 36, 36, 36, "exact", "other", "other", "Houthi"),
    ("5 anggota Houthi", 0, 5, 5, 5, "exact", "military", "killed", "Houthi"),
    ("6 lainnya", 0, 6, 6, 6, "exact", "military", "wounded", "Houthi"),
]))

B4 = """Stepanakert (ANTARA) - Lebih dari 100.000 warga etnis Armenia telah meninggalkan Nagorno-Karabakh menuju Armenia dalam sepekan setelah operasi militer Azerbaijan, kata pemerintah Armenia. Kementerian Kesehatan Armenia mencatat 170 orang tewas akibat ledakan depot bahan bakar di dekat Stepanakert, sementara 290 lainnya dirawat di rumah sakit.

Azerbaijan menyatakan 192 tentaranya gugur dan 511 lainnya terluka dalam operasi 24 jam itu. Baku juga mengklaim telah menyita enam tank, 40 artileri, dan ribuan senjata ringan dari pasukan separatis.

Pewarta: Contoh Reporter
Editor: Contoh Editor"""
ARTICLES.append(("b4_karabakh", B4, [
    ("100.000 warga etnis Armenia", 0, 100000, 100000, N, "more_than", "civilian", "other", "Nagorno-Karabakh"),
    ("170 orang", 0, 170, 170, 170, "exact", "people", "killed", N),
    ("290 lainnya", 0, 290, 290, 290, "exact", "people", "wounded", N),
    ("192 tentaranya", 0, 192, 192, 192, "exact", "military", "killed", "Azerbaijan"),
    ("511 lainnya", 0, 511, 511, 511, "exact", "military", "wounded", "Azerbaijan"),
    ("enam tank", 0, 6, 6, 6, "exact", "equipment", "captured", "Nagorno-Karabakh"),
    ("40 artileri", 0, 40, 40, 40, "exact", "equipment", "captured", "Nagorno-Karabakh"),
    ("ribuan senjata ringan", 0, N, 1000, 9999, "vague", "equipment", "captured", "Nagorno-Karabakh"),
]))


def main():
    write_articles(ARTICLES, Path(__file__).with_name("claims_blind2.jsonl"))


if __name__ == "__main__":
    main()
