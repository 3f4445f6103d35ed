"""Articles on other wars (invented text, invented people) in inline markup; see corpus/fresh/markup.py."""
ARTICLES = []

ARTICLES.append(dict(
    id="f2_O1_el_fasher",
    meta={"outlet": "VOA Indonesia", "url": "https://www.voaindonesia.com/a/rsf-klaim-rebut-dua-markas-tentara-di-el-fasher-militer-sudan-membantah/8049217.html", "date": "2025-09-22"},
    markup="""[A#T1:RSF|Pasukan Dukungan Cepat] <kt1:Klaim> Rebut {ct1:Dua Markas Tentara} di [P:El Fasher], [A#T2:Militer Sudan|Angkatan Bersenjata Sudan] <kt2:Membantah>

22 September 2025

Asap mengepul dari sisi timur [P:El Fasher], [P:Sudan], Minggu, 21 September 2025. (Foto: [M:AFP])

[P:PORT SUDAN|Port Sudan] — [A#RSF:Pasukan Dukungan Cepat] ([A:RSF|Pasukan Dukungan Cepat]) <k1:mengklaim> telah merebut {c1:dua markas [A:tentara Sudan|Angkatan Bersenjata Sudan]} di sisi timur [P:El Fasher], ibu kota negara bagian [P:Darfur Utara], setelah pertempuran tiga hari. Kelompok paramiliter itu juga <k2:mengaku> menembak jatuh {c2:empat [E:drone serang Shahed-136|drone] milik [A:angkatan udara Sudan|Angkatan Bersenjata Sudan]} di atas kota tersebut pada Minggu (21/9).

Juru bicara [A:Angkatan Bersenjata Sudan] ([A:SAF|Angkatan Bersenjata Sudan]), [A#NOU:Brigadir Jenderal Hashim Babiker Elnour|Hashim Babiker Elnour], <k3:membantah> klaim tersebut dalam pernyataan yang dikutip kantor berita resmi [M:SUNA]. Menurut dia, markas-markas itu masih dikuasai [A:Divisi Infanteri Keenam|Angkatan Bersenjata Sudan] dan serangan [A:RSF|Pasukan Dukungan Cepat] berhasil dipukul mundur. [A#NOU2:Elnour|Hashim Babiker Elnour] <k4:menambahkan>, [E:sistem pertahanan udara] di kota itu justru menembak jatuh {c3:11 [E:drone kamikaze|drone] milik [A:RSF|Pasukan Dukungan Cepat]} sepanjang pekan lalu.

Penasihat komandan [A:RSF|Pasukan Dukungan Cepat], [A#ABK:Al-Tayeb Yousif Abakar], <k5:mengatakan> kepada kantor berita [M#m_reu:Reuters] bahwa pasukannya menewaskan lebih dari {c4:200 prajurit [A:SAF|Angkatan Bersenjata Sudan]} dan menyita {c5:30 [E:kendaraan tempur|kendaraan lapis baja]}. "{q1:[A:Tentara Burhan|Angkatan Bersenjata Sudan] sudah kehilangan [P:El Fasher]. Kami membuka jalan aman bagi warga sipil yang ingin keluar,}" <k6:katanya>. Angka-angka itu tidak dapat diverifikasi secara independen, dan [A:SAF|Angkatan Bersenjata Sudan] belum berkomentar.

[A#OCH:Kantor PBB untuk Koordinasi Urusan Kemanusiaan|OCHA] ([A:OCHA]) <k7:melaporkan> sedikitnya {c6:62 warga sipil} tewas akibat tembakan [E:artileri] dan serangan [E:drone] di kamp pengungsi [P:Abu Shouk] dalam sepekan terakhir. <k8:Menurut> badan itu, sekitar {c7:260.000 orang} masih terjebak di dalam kota yang dikepung sejak Mei 2024.

Perang antara [A:SAF|Angkatan Bersenjata Sudan] dan [A:RSF|Pasukan Dukungan Cepat] yang pecah pada April 2023 telah menewaskan {c8:puluhan ribu orang} dan memaksa lebih dari {c9:12 juta orang} meninggalkan rumah mereka. (ka/rs)
""",
    claims={
        "ct1": dict(v=2, cat="territory", out="captured", party="Sudan", src="T1", cue="kt1", via="clause", disp=[("T2", "kt2"), ("NOU", "k3")]),
        "c1": dict(v=2, cat="territory", out="captured", party="Sudan", src="RSF", cue="k1", via="clause", disp=[("T2", "kt2"), ("NOU", "k3")]),
        "c2": dict(v=4, cat="equipment", out="destroyed", party="Sudan", src="RSF", cue="k2", via="pronoun", disp=[("NOU", "k3")]),
        "c3": dict(v=11, cat="equipment", out="destroyed", party="Pasukan Dukungan Cepat", src="NOU2", cue="k4", via="clause"),
        "c4": dict(v=200, q="more_than", cat="military", out="killed", party="Sudan", src="ABK", cue="k5", via="clause", media=["m_reu"]),
        "c5": dict(v=30, cat="equipment", out="captured", party="Sudan", src="ABK", cue="k5", via="clause", media=["m_reu"]),
        "c6": dict(v=62, q="at_least", cat="civilian", out="killed", party="Sudan", src="OCH", cue="k7", via="clause"),
        "c7": dict(v=260000, q="approximately", cat="people", out="other", party="Sudan", src="OCH", cue="k8", via="pronoun"),
        "c8": dict(v=None, q="vague", lo=10000, hi=99999, cat="people", out="killed", party=None),
        "c9": dict(v=12000000, q="more_than", cat="people", out="other", party="Sudan"),
    },
    quotes={
        "q1": dict(src="ABK", cue="k6", via="pronoun", media=["m_reu"]),
    },
))

ARTICLES.append(dict(
    id="f2_O2_rakhine",
    meta={"outlet": "Bisnis.com", "url": "https://ekonomi.bisnis.com/read/20251110/620/1927384/arakan-army-klaim-tawan-puluhan-tentara-junta-di-rakhine-junta-myanmar-sebut-propaganda", "date": "2025-11-10"},
    markup="""[A#T1:Arakan Army|Tentara Arakan] <kt1:Klaim> Tawan {ct1:Puluhan [A:Tentara Junta|Angkatan Bersenjata Myanmar]} di [P:Rakhine], [A#T2:Junta Myanmar|Myanmar] Sebut <kt2:Propaganda>

Senin, 10/11/2025 14:32 WIB

[M:Bisnis.com|Bisnis], [P:JAKARTA|Jakarta] — [A#AA:Arakan Army|Tentara Arakan] ([A:AA|Tentara Arakan]), salah satu kelompok bersenjata etnis terkuat di [P:Myanmar], <k1:mengklaim> telah menguasai kota [P:Kyauktaw] di negara bagian [P:Rakhine] setelah merebut {c1:14 pos militer} dan markas [A:Batalion Infanteri Ringan 376|Angkatan Bersenjata Myanmar] dalam serangan sejak awal November.

Juru bicara [A:AA|Tentara Arakan], [A#KZL:Khaing Zaw Lwin], <k2:mengatakan> pasukannya menawan antara {c2:80 dan 90 [A:tentara junta|Angkatan Bersenjata Myanmar]}, termasuk {c3:seorang komandan batalion}, serta menyita {c4:dua [E:howitzer 105 mm|artileri]}, seperti dilansir [M#m_irr:The Irrawaddy]. "{q1:Para tawanan kami perlakukan sesuai hukum perang. Yang mengebom pasar di [P:Kyauktaw] adalah [E:jet tempur Yak-130|pesawat tempur] milik [A:militer Myanmar|Angkatan Bersenjata Myanmar], bukan kami,}" <k3:katanya>.

Baca Juga : [A:ASEAN|Perhimpunan Bangsa-Bangsa Asia Tenggara] Desak Gencatan Senjata di [P:Myanmar] Jelang Pemilu

Juru bicara [A:junta Myanmar|Myanmar], [A#AUN:Mayor Jenderal Aung Thiha Kyaw|Aung Thiha Kyaw], <k4:mengatakan> kepada televisi pemerintah [M#m_mrtv:MRTV] bahwa <k5:hanya> {c5:tiga pos} di pinggiran [P:Kyauktaw] yang jatuh ke tangan pemberontak, sementara kota itu tetap di bawah kendali pemerintah.

[A#AUN2:Aung Thiha Kyaw] juga menyebut angka tawanan yang disebarkan [A:AA|Tentara Arakan] sebagai <k6:propaganda> dan <k7:mengklaim> pasukannya menewaskan lebih dari {c6:50 anggota [A:AA|Tentara Arakan]} dalam sepekan terakhir. Pihak [A:AA|Tentara Arakan] belum menanggapi klaim tersebut.

[A#UNH:Badan Pengungsi PBB|UNHCR] ([A:UNHCR]) <k8:mencatat> sekitar {c7:45.000 warga} mengungsi dari [P:Kyauktaw] dan desa-desa sekitarnya ke [P:Sittwe] dan [P:Mrauk-U] sejak pertempuran pecah. Jalur pasokan beras ke wilayah itu terputus.

Baca Juga : Gempa dan Perang, 3 Juta Warga [P:Myanmar] Butuh Bantuan Pangan

Simak berita lainnya seputar topik artikel ini, di sini : Konflik [P:Myanmar]
""",
    claims={
        "ct1": dict(v=None, q="vague", lo=10, hi=99, cat="military", out="captured", party="Myanmar", src="T1", cue="kt1", via="clause", disp=[("T2", "kt2"), ("AUN2", "k6")]),
        "c1": dict(v=14, cat="territory", out="captured", party="Myanmar", src="AA", cue="k1", via="clause", disp=[("AUN", "k5")]),
        "c2": dict(v=None, q="vague", lo=80, hi=90, cat="military", out="captured", party="Myanmar", src="KZL", cue="k2", via="clause", media=["m_irr"], disp=[("T2", "kt2"), ("AUN2", "k6")]),
        "c3": dict(v=1, cat="military", out="captured", party="Myanmar", src="KZL", cue="k2", via="clause", media=["m_irr"]),
        "c4": dict(v=2, cat="equipment", out="captured", party="Myanmar", src="KZL", cue="k2", via="clause", media=["m_irr"]),
        "c5": dict(v=3, cat="territory", out="captured", party="Myanmar", src="AUN", cue="k4", via="clause", media=["m_mrtv"]),
        "c6": dict(v=50, q="more_than", cat="military", out="killed", party="Tentara Arakan", src="AUN2", cue="k7", via="clause"),
        "c7": dict(v=45000, q="approximately", cat="civilian", out="other", party="Myanmar", src="UNH", cue="k8", via="clause"),
    },
    quotes={
        "q1": dict(src="KZL", cue="k3", via="pronoun", media=["m_irr"]),
    },
))

ARTICLES.append(dict(
    id="f2_O3_masisi",
    meta={"outlet": "Pikiran Rakyat", "url": "https://www.pikiran-rakyat.com/internasional/pr-019847265/m23-klaim-kuasai-tujuh-desa-di-masisi-fardc-hoaks", "date": "2025-11-16"},
    markup="""[A#T1:M23] <kt1:Klaim> Kuasai {ct1:Tujuh Desa} di [P:Masisi], [A#T2:FARDC|Angkatan Bersenjata Kongo]: <kt2:Hoaks>

[M:PIKIRAN RAKYAT|Pikiran Rakyat] – [A#M23:Kelompok pemberontak M23|M23] yang didukung [A:Rwanda] <k1:mengklaim> telah menguasai {c1:tujuh desa} di wilayah [P:Masisi], provinsi [P:Kivu Utara], [P:Republik Demokratik Kongo|Kongo], setelah memukul mundur [A:Angkatan Bersenjata Republik Demokratik Kongo|Angkatan Bersenjata Kongo] ([A:FARDC|Angkatan Bersenjata Kongo]) pada Sabtu, 15 November 2025.

Juru bicara politik [A:M23], [A#AMA:Amani Baraka Ruhigita], <k2:mengatakan> pasukannya juga menembak jatuh {c2:sebuah [E:drone serang CH-4|drone] milik [A:FARDC|Angkatan Bersenjata Kongo]} dan merampas {c3:dua [E:peluncur roket multilaras BM-21|artileri roket]}, seperti dikutip dari [M#m_afp:AFP].

"{q1:Selama [A:Kinshasa|Kongo] masih mengebom desa-desa kami, kami tidak akan mundur satu langkah pun,}" <k3:ujar> [A#AMA2:Ruhigita|Amani Baraka Ruhigita].

Baca Juga: Harga Timah dan Koltan Melonjak, Tambang [P:Rubaya] Jadi Rebutan

Juru bicara [A:FARDC|Angkatan Bersenjata Kongo] untuk [P:Kivu Utara], [A#EKO:Letnan Kolonel Ekofo Lisanga Mbala|Ekofo Lisanga Mbala], <k4:membantah> ada desa yang jatuh ke tangan [A:M23] dan menyebut kabar itu hoaks. [A#EKO2:Ekofo|Ekofo Lisanga Mbala] juga <k5:menepis> kabar jatuhnya [E:drone] milik tentara. [A:Pasukan pemerintah|Angkatan Bersenjata Kongo] bersama [A:milisi Wazalendo|Wazalendo] justru menewaskan {c4:37 anggota [A:M23]} dan melukai {c5:puluhan lainnya} dalam pertempuran di dekat [P:Rubaya], <k6:katanya>.

[A#OCH:OCHA] <k7:melaporkan> sedikitnya {c6:19 warga sipil} tewas dan hampir {c7:9.000 orang} mengungsi ke [P:Goma] dan [P:Sake] akibat pertempuran tersebut. [A:M23] membantah menargetkan warga sipil dan menuding [A:FARDC|Angkatan Bersenjata Kongo] menembakkan [E:artileri] ke permukiman. Hingga Minggu, [A:Pemerintah Rwanda|Rwanda] belum berkomentar.

Baca Juga: [A:Uni Afrika] Serukan Dialog Langsung [A:Kinshasa|Kongo] dan [A:M23]

***
""",
    claims={
        "ct1": dict(v=7, cat="territory", out="captured", party="Kongo", src="T1", cue="kt1", via="clause", disp=[("T2", "kt2"), ("EKO", "k4")]),
        "c1": dict(v=7, cat="territory", out="captured", party="Kongo", src="M23", cue="k1", via="clause", disp=[("T2", "kt2"), ("EKO", "k4")]),
        "c2": dict(v=1, cat="equipment", out="destroyed", party="Kongo", src="AMA", cue="k2", via="clause", media=["m_afp"], disp=[("EKO2", "k5")]),
        "c3": dict(v=2, cat="equipment", out="captured", party="Kongo", src="AMA", cue="k2", via="clause", media=["m_afp"]),
        "c4": dict(v=37, cat="military", out="killed", party="M23", src="EKO2", cue="k6", via="pronoun"),
        "c5": dict(v=None, q="vague", lo=10, hi=99, cat="military", out="wounded", party="M23", src="EKO2", cue="k6", via="pronoun"),
        "c6": dict(v=19, q="at_least", cat="civilian", out="killed", party="Kongo", src="OCH", cue="k7", via="clause"),
        "c7": dict(v=9000, q="nearly", cat="people", out="other", party="Kongo", src="OCH", cue="k7", via="clause"),
    },
    quotes={
        "q1": dict(src="AMA2", cue="k3", via="postposed"),
    },
))

ARTICLES.append(dict(
    id="f2_O4_aitaroun",
    meta={"outlet": "Beritasatu", "url": "https://www.beritasatu.com/internasional/2931846/hizbullah-klaim-hancurkan-tiga-tank-merkava-israel-tidak-benar", "date": "2025-10-14"},
    markup="""[A#T1:Hizbullah] <kt1:Klaim> Hancurkan {ct1:Tiga [E:Tank Merkava|tank]}, [A#T2:Israel]: <kt2:Tidak Benar>

Selasa, 14 Oktober 2025 - 09:47 WIB

[P:Beirut], [M:Beritasatu.com|Beritasatu] – [A#HZB:Hizbullah] <k1:mengklaim> para pejuangnya menghancurkan {c1:tiga [E:tank Merkava|tank] milik [A:militer Israel|Angkatan Bersenjata Israel]} dengan [E:rudal antitank Kornet|senjata anti-tank] di dekat desa [P:Aitaroun], [P:Lebanon] selatan, Senin (13/10/2025). Dalam pernyataan yang disiarkan stasiun televisi [M#m_man:Al Manar], kelompok itu juga <k2:menyebut> sedikitnya {c2:11 [A:tentara Israel|Angkatan Bersenjata Israel]} tewas atau terluka.

"{q1:Para pejuang kami menunggu mereka di setiap lembah dan bukit,}" <k3:bunyi> pernyataan itu.

Baca Juga: Warga [P:Kiryat Shmona] Kembali Mengungsi ke Selatan

Juru bicara [A:Pasukan Pertahanan Israel|Angkatan Bersenjata Israel] ([A:IDF|Angkatan Bersenjata Israel]), [A#ELI:Letnan Kolonel Eliran Shachar|Eliran Shachar], menyebut klaim itu <k4:tidak benar>. <k5:Menurut> dia, hanya {c3:seorang prajurit} yang terluka ringan terkena serpihan [E:rudal] dan pasukannya tidak kehilangan satu pun [E:tank], seperti dilansir [M#m_toi:Times of Israel].

[A#ELI2:Shachar|Eliran Shachar] <k6:menambahkan>, [E:sistem pertahanan udara Iron Dome|sistem pertahanan udara] menembak jatuh {c4:dua [E:drone] [A:Hizbullah]} di atas [P:Galilea] barat, sementara serangan balasan [A:Israel] menewaskan lebih dari {c5:20 anggota [A:Hizbullah]}. [A#HZB2:Hizbullah] sendiri <k7:mengumumkan> {c6:enam pejuangnya} gugur sejak Jumat.

Sementara itu, [A#KES:Kementerian Kesehatan Lebanon] <k8:menyatakan> jumlah korban tewas akibat serangan udara [A:Israel] di [P:Lebanon] selatan sejak Jumat bertambah {c7:sembilan orang} menjadi {c8:31 orang}, termasuk {c9:empat anak}, seperti dilansir [M#m_aj:Al Jazeera]. [A#IDF2:Militer Israel|Angkatan Bersenjata Israel] membantah menargetkan warga sipil dan <k9:menyebut> serangannya menyasar {c10:puluhan posisi [A:Hizbullah]}.

Sumber: [M:BeritaSatu.com|Beritasatu]
""",
    claims={
        "ct1": dict(v=3, cat="equipment", out="destroyed", party="Israel", src="T1", cue="kt1", via="clause", disp=[("T2", "kt2"), ("ELI", "k4")]),
        "c1": dict(v=3, cat="equipment", out="destroyed", party="Israel", src="HZB", cue="k1", via="clause", disp=[("T2", "kt2"), ("ELI", "k4")]),
        "c2": dict(v=11, q="at_least", cat="military", out="killed_or_wounded", party="Israel", src="HZB", cue="k2", via="pronoun", media=["m_man"], disp=[("ELI", "k4")]),
        "c3": dict(v=1, cat="military", out="wounded", party="Israel", src="ELI", cue="k5", via="according_to", media=["m_toi"]),
        "c4": dict(v=2, cat="equipment", out="destroyed", party="Hizbullah", src="ELI2", cue="k6", via="clause"),
        "c5": dict(v=20, q="more_than", cat="military", out="killed", party="Hizbullah", src="ELI2", cue="k6", via="clause"),
        "c6": dict(v=6, cat="military", out="killed", party="Hizbullah", src="HZB2", cue="k7", via="clause"),
        "c7": dict(v=9, cat="people", out="killed", party="Lebanon", src="KES", cue="k8", via="clause", media=["m_aj"]),
        "c8": dict(v=31, cat="people", out="killed", party="Lebanon", src="KES", cue="k8", via="clause", media=["m_aj"]),
        "c9": dict(v=4, cat="civilian", out="killed", party="Lebanon", src="KES", cue="k8", via="clause", media=["m_aj"]),
        "c10": dict(v=None, q="vague", lo=10, hi=99, cat="territory", out="other", party="Hizbullah", src="IDF2", cue="k9", via="clause"),
    },
    quotes={
        "q1": dict(src="HZB", cue="k3", via="pronoun", media=["m_man"]),
    },
))
