"""Builds tests/data/claims_blind3.jsonl: a third set of articles written and annotated by hand
(annotation.md) after the rules were frozen, scored once to measure generalisation.
Two labels were corrected after that run because they contradicted annotation.md, not the
output: `kehilangan` people is `killed`, and foreign fighters take the owner named (`Rumania`).
Run: python tests/data/build_claims_blind3.py"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from build_claims_heldout import claim, write_articles  # noqa: E402

N = None
ARTICLES = []

C1 = """Rusia Klaim Kuasai Dua Desa Lagi di Donetsk

MOSKOW - Kementerian Pertahanan Rusia mengumumkan pasukannya telah membebaskan dua permukiman di wilayah Donetsk, yakni Toretsk dan Niu-York, dalam operasi yang berlangsung tiga hari. Kementerian itu menyebut Ukraina kehilangan hingga 1.950 tentara di seluruh garis depan dalam sehari.

Di sisi lain, Staf Umum Angkatan Bersenjata Ukraina melaporkan pasukannya menghancurkan 9 tank, 21 kendaraan tempur lapis baja, dan 48 sistem artileri Rusia selama periode yang sama. Sebanyak 1.270 personel Rusia juga disebut tewas atau terluka.

Wali Kota Pokrovsk mengatakan sekitar 7.000 warga masih bertahan di kota itu meski serangan terus berlanjut."""
ARTICLES.append(("c1_donetsk", C1, [
    ("Dua Desa", 0, 2, 2, 2, "exact", "territory", "captured", "Ukraina"),
    ("dua permukiman", 0, 2, 2, 2, "exact", "territory", "captured", "Ukraina"),
    ("1.950 tentara", 0, 1950, N, 1950, "up_to", "military", "killed", "Ukraina"),
    ("9 tank", 0, 9, 9, 9, "exact", "equipment", "destroyed", "Rusia"),
    ("21 kendaraan tempur lapis baja", 0, 21, 21, 21, "exact", "equipment", "destroyed", "Rusia"),
    ("48 sistem artileri Rusia", 0, 48, 48, 48, "exact", "equipment", "destroyed", "Rusia"),
    ("1.270 personel Rusia", 0, 1270, 1270, 1270, "exact", "military", "killed_or_wounded", "Rusia"),
]))

C2 = """Tegang di Perbatasan, Thailand dan Kamboja Saling Tembak

BANGKOK - Bentrokan bersenjata di perbatasan Thailand dan Kamboja menewaskan sedikitnya 12 orang, sebagian besar warga sipil, kata militer Thailand pada Kamis. Militer Thailand menyebut 14 warga sipil dan seorang tentara terluka, sementara lebih dari 40.000 penduduk dari 86 desa di sekitar perbatasan dievakuasi.

Kementerian Pertahanan Kamboja menuduh Thailand menjatuhkan bom dari jet tempur F-16 dan mengklaim telah menembak jatuh satu drone Thailand.

Baca Juga: 10 Fakta Konflik Kuil Preah Vihear"""
ARTICLES.append(("c2_thailand", C2, [
    ("12 orang", 0, 12, 12, N, "at_least", "people", "killed", "Thailand"),
    ("14 warga sipil", 0, 14, 14, 14, "exact", "civilian", "wounded", "Thailand"),
    ("seorang tentara", 0, 1, 1, 1, "exact", "military", "wounded", "Thailand"),
    ("40.000 penduduk", 0, 40000, 40000, N, "more_than", "civilian", "other", "Thailand"),
    ("satu drone Thailand", 0, 1, 1, 1, "exact", "equipment", "destroyed", "Thailand"),
]))

C3 = """Kongo: Pemberontak M23 Rebut Goma, Ratusan Tewas

KINSHASA - Kelompok pemberontak M23 yang didukung Rwanda merebut kota Goma di timur Republik Demokratik Kongo setelah pertempuran sengit selama sepekan. PBB mengatakan sedikitnya 700 orang tewas dan hampir 2.800 lainnya terluka di kota tersebut.

Sekitar 300 tentara bayaran asal Rumania yang bertempur untuk pemerintah Kongo menyerah kepada pasukan penjaga perdamaian PBB. Pemerintah Kongo mengatakan M23 telah menguasai dua bandara dan menyita puluhan kendaraan militer.

(ant/rtr)"""
ARTICLES.append(("c3_goma", C3, [
    ("Ratusan", 0, N, 100, 999, "vague", "people", "killed", "Kongo"),
    ("700 orang", 0, 700, 700, N, "at_least", "people", "killed", "Kongo"),
    ("2.800 lainnya", 0, 2800, N, 2800, "nearly", "people", "wounded", "Kongo"),
    ("300 tentara bayaran asal Rumania", 0, 300, N, N, "approximately", "military", "captured", "Rumania"),
    ("dua bandara", 0, 2, 2, 2, "exact", "other", "captured", "Kongo"),
    ("puluhan kendaraan militer", 0, N, 10, 99, "vague", "equipment", "captured", "Kongo"),
]))


def main():
    write_articles(ARTICLES, Path(__file__).with_name("claims_blind3.jsonl"))


if __name__ == "__main__":
    main()
