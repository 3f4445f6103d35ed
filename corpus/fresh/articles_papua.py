"""Papua articles (invented text, invented people) in inline markup; see markup.py."""
ARTICLES = []

ARTICLES.append(dict(
    id="fr_P1_intan_jaya",
    meta={"outlet": "Jubi", "url": "https://jubi.id/polhukam/2025/tpnpb-klaim-tembak-enam-prajurit-di-intan-jaya/", "date": "2025-05-11"},
    markup="""[A#T1:TPNPB|TPNPB-OPM] <kt1:Klaim> Tembak {ct1:Enam Prajurit} di [P:Intan Jaya], [A#T2:Kodam|Komando Daerah Militer XVII/Cenderawasih]: <kt2:Hoaks>

Minggu, 11 Mei 2025 08:41

[P:Jayapura], [M:Jubi] – [A#TPF:Tentara Pembebasan Nasional Papua Barat-Organisasi Papua Merdeka|TPNPB-OPM] ([A:TPNPB-OPM]) <k1:mengklaim> telah menembak {c1:enam prajurit [A:TNI|Tentara Nasional Indonesia]} dalam kontak senjata di Kampung [P:Bilogai], Distrik [P:Sugapa], Kabupaten [P:Intan Jaya], [P:Papua Tengah], Sabtu (10/5/2025).

Juru bicara [A:TPNPB-OPM], [A#KOB:Jeremias Kobogau], dalam keterangan tertulis yang diterima [M:Jubi] pada Minggu pagi mengatakan [A:Kodap VIII Intan Jaya|TPNPB-OPM] di bawah pimpinan [A:Aibon Sondegau] menyerang pos militer di kampung itu sekitar pukul 14.00 WIT. “{q1:Kami tembak {c2:enam anggota [A:TNI|Tentara Nasional Indonesia]}, {c3:dua di antaranya} kami pastikan mati di tempat. Senjata mereka kami ambil,}” <k2:katanya>.

[A#MAN:Kepala Penerangan Kodam XVII/Cenderawasih Letkol Inf Benediktus Manurung|Benediktus Manurung] <k3:membantah> klaim itu. Ia <k4:mengatakan> hanya {c4:satu prajurit} yang gugur dalam kontak tembak tersebut, yakni [A:Pratu Yosua Rumbiak|Yosua Rumbiak] dari [A:Yonif 123/Rajawali|Batalyon Infanteri 123/Rajawali], sementara {c5:seorang prajurit lainnya} terluka di lengan kiri.

“{q2:Informasi yang disebarkan kelompok itu hoaks. Yang benar, {c6:satu anggota kami} gugur dan {c7:satu lainnya} luka ringan, sudah dievakuasi ke [P:Timika],}” <k5:ujar> [A#MAN2:Manurung|Benediktus Manurung].

Menurut [A:Manurung|Benediktus Manurung], [A:pasukan TNI|Tentara Nasional Indonesia] justru memukul mundur kelompok tersebut. Ia menyebut [A:KKB|TPNPB-OPM] pimpinan [A:Sondegau|Aibon Sondegau] sudah lama meneror warga di [P:Sugapa].

[A#TOB:Kabid Humas Polda Papua Tengah Kombes Pol Agustinus Lumban Tobing|Agustinus Lumban Tobing] mengatakan [A:aparat gabungan|Aparat Keamanan Indonesia] masih menyisir hutan di sekitar [P:Bilogai]. Sebanyak {c8:40 personel [A:Brimob|Korps Brigade Mobil Polri]} dikerahkan dari [P:Nabire] untuk mengamankan kampung itu dan jalur menuju [P:Bandara Bilorai], <k6:katanya>.

Warga setempat, [A#TAB:Martinus Tabuni], <k7:mengatakan> sedikitnya {c9:300 warga} mengungsi ke gereja dan kantor distrik sejak Sabtu malam. “{q3:Anak-anak takut sekali, kami belum berani pulang ke kebun,}” <k8:tuturnya>.
""",
    claims={
        "ct1": dict(v=6, cat="military", out="killed_or_wounded", party="Indonesia", src="T1", cue="kt1", via="clause", disp=[("T2", "kt2"), ("MAN", "k3")]),
        "c1": dict(v=6, cat="military", out="killed_or_wounded", party="Indonesia", src="TPF", cue="k1", via="clause", disp=[("T2", "kt2"), ("MAN", "k3")]),
        "c2": dict(v=6, cat="military", out="killed_or_wounded", party="Indonesia", src="KOB", cue="k2", via="pronoun", disp=[("T2", "kt2"), ("MAN", "k3")]),
        "c3": dict(v=2, cat="military", out="killed", party="Indonesia", src="KOB", cue="k2", via="pronoun", disp=[("T2", "kt2"), ("MAN", "k3")]),
        "c4": dict(v=1, cat="military", out="killed", party="Indonesia", src="MAN", cue="k4", via="pronoun"),
        "c5": dict(v=1, cat="military", out="wounded", party="Indonesia", src="MAN", cue="k4", via="pronoun"),
        "c6": dict(v=1, cat="military", out="killed", party="Indonesia", src="MAN2", cue="k5", via="postposed"),
        "c7": dict(v=1, cat="military", out="wounded", party="Indonesia", src="MAN2", cue="k5", via="postposed"),
        "c8": dict(v=40, cat="military", out="other", party="Indonesia", src="TOB", cue="k6", via="pronoun"),
        "c9": dict(v=300, q="at_least", cat="civilian", out="other", party="Indonesia", src="TAB", cue="k7", via="clause"),
    },
    quotes={
        "q1": dict(src="KOB", cue="k2", via="pronoun"),
        "q2": dict(src="MAN2", cue="k5", via="postposed"),
        "q3": dict(src="TAB", cue="k8", via="pronoun"),
    },
))

ARTICLES.append(dict(
    id="fr_P2_nduga",
    meta={"outlet": "Suara Papua", "url": "https://suarapapua.com/2025/07/21/tpnpb-klaim-tewaskan-tujuh-prajurit-di-mbua/", "date": "2025-07-21"},
    markup="""[A#T1:TPNPB|TPNPB-OPM] <kt1:Klaim> Tewaskan {ct1:Tujuh Prajurit} di [P:Mbua], [A#T2:TNI|Tentara Nasional Indonesia]: Itu <kt2:Propaganda>

Foto: Dok. [A:TPNPB|TPNPB-OPM]

[P:NDUGA|Nduga], [M:SUARAPAPUA.com|Suara Papua] — [A#KOD:TPNPB Kodap III Ndugama-Derakma|TPNPB-OPM] <k1:mengklaim> menewaskan {c1:tujuh prajurit [A:TNI|Tentara Nasional Indonesia]} dalam serangan ke pos [A:Satgas Pamtas Yonif 751|Satuan Tugas Pengamanan Perbatasan Batalyon Infanteri 751] di Kampung [P:Wuridlak], Distrik [P:Mbua], Kabupaten [P:Nduga], [P:Papua Pegunungan], Minggu (20/7/2025).

[A#GWI:Komandan Operasi Kodap III Mayor Kopitua Gwijangge|Kopitua Gwijangge] kepada [M:suarapapua.com|Suara Papua] mengatakan penyerangan dimulai sekitar pukul 05.30 WIT. {c2:Ketujuh prajurit itu}, <k2:kata> dia, tewas setelah pos mereka dikepung dari tiga arah.

<k3:Menurut> dia, pasukannya juga merampas {c3:sebuah [E:senapan serbu SS2-V4|senjata]} dan {c4:ratusan butir [E:amunisi]} dari dalam pos.

“{q1:Kami tidak main-main. Kami akan terus serang pos-pos militer sampai [A:Indonesia] angkat kaki dari tanah [P:Papua],}” <k4:ujarnya>.

Baca juga: [A:TPNPB|TPNPB-OPM] Tolak Dialog dengan [A:Jakarta|Indonesia] Sebelum Penarikan Pasukan

[A#SAS:Komandan Korem 172/Praja Wira Yakthi Brigjen TNI Haryo Sasongko|Haryo Sasongko] <k5:menepis> klaim tersebut. Menurut [A:Sasongko|Haryo Sasongko], tidak ada prajurit yang tewas dalam insiden di [P:Mbua].

“{q2:Tidak ada korban jiwa di pihak kami. Yang mereka sebarkan itu propaganda untuk menakut-nakuti warga,}” <k6:tegasnya>.

Ia <k7:mengklaim> {c5:dua anggota [A:KKB|TPNPB-OPM]} tertembak saat [A:pasukan TNI|Tentara Nasional Indonesia] membalas serangan dari arah hutan. Pasukan, lanjutnya, masih mengejar kelompok itu hingga ke perbatasan [P:Nduga] dan [P:Lanny Jaya].

Serangan itu membuat warga kembali mengungsi. [A#LOK:Pendeta Ones Lokbere|Ones Lokbere], Ketua [A:Klasis Gereja Kingmi Mbua|Klasis Gereja Kingmi Mbua], <k8:mengatakan> antara {c6:500 dan 600 warga} dari empat kampung berjalan kaki ke [P:Kenyam] dan sebagian lagi bertahan di hutan.

“{q3:Mereka tidak bawa makanan. Kami minta dua pihak hentikan tembak-menembak dulu supaya warga bisa pulang,}” <k9:katanya>.

Baca juga: Warga Sipil di [P:Kiwirok] Masih Bertahan di Hutan
""",
    claims={
        "ct1": dict(v=7, cat="military", out="killed", party="Indonesia", src="T1", cue="kt1", via="clause", disp=[("T2", "kt2"), ("SAS", "k5")]),
        "c1": dict(v=7, cat="military", out="killed", party="Indonesia", src="KOD", cue="k1", via="clause", disp=[("T2", "kt2"), ("SAS", "k5")]),
        "c2": dict(v=7, cat="military", out="killed", party="Indonesia", src="GWI", cue="k2", via="pronoun", disp=[("T2", "kt2"), ("SAS", "k5")]),
        "c3": dict(v=1, cat="equipment", out="captured", party="Indonesia", src="GWI", cue="k3", via="pronoun", disp=[("T2", "kt2"), ("SAS", "k5")]),
        "c4": dict(v=None, q="vague", lo=100, hi=999, cat="equipment", out="captured", party="Indonesia", src="GWI", cue="k3", via="pronoun", disp=[("T2", "kt2"), ("SAS", "k5")]),
        "c5": dict(v=2, cat="military", out="killed_or_wounded", party="TPNPB-OPM", src="SAS", cue="k7", via="pronoun"),
        "c6": dict(v=None, q="vague", lo=500, hi=600, cat="civilian", out="other", party="Indonesia", src="LOK", cue="k8", via="clause"),
    },
    quotes={
        "q1": dict(src="GWI", cue="k4", via="pronoun"),
        "q2": dict(src="SAS", cue="k6", via="pronoun"),
        "q3": dict(src="LOK", cue="k9", via="pronoun"),
    },
))

ARTICLES.append(dict(
    id="fr_P3_yahukimo",
    meta={"outlet": "Cenderawasih Pos", "url": "https://cenderawasihpos.jawapos.com/daerah/09/04/2025/tujuh-pendulang-emas-tewas-diserang-di-seradala/", "date": "2025-04-09"},
    markup="""{ct1:Tujuh Pendulang Emas} Tewas Diserang di [P:Seradala]

[P:DEKAI|Dekai]-[A:Kelompok Kriminal Bersenjata|TPNPB-OPM] ([A:KKB|TPNPB-OPM]) kembali berulah di Kabupaten [P:Yahukimo]. {c1:Tujuh pendulang emas} tewas dan {c2:tiga lainnya} luka-luka setelah diserang di lokasi pendulangan [P:Kali Silet], Distrik [P:Seradala], Selasa (8/4).

[A#WIR:Kapolres Yahukimo AKBP I Gede Wiratama|I Gede Wiratama] <k1:mengatakan> {c3:ketujuh korban} merupakan warga pendatang asal [P:Sulawesi Selatan] dan [P:Jawa Timur]. Mereka diserang saat beristirahat di camp pendulangan.

“{q1:Jenazah {c4:ketujuh korban} sudah kami evakuasi ke [P:RSUD Dekai] menggunakan [E:helikopter|helikopter] milik [A:Polri|Kepolisian Negara Republik Indonesia]. {c9:Tiga korban luka} masih dirawat,}” <k2:ujarnya>, Rabu (9/4).

Sementara itu, juru bicara [A:TPNPB Kodap XVI Yahukimo|TPNPB-OPM], [A#KOB:Elkius Kobak], <k3:mengklaim> pihaknya menembak mati {c5:tujuh anggota intelijen [A:TNI|Tentara Nasional Indonesia]} yang menyamar sebagai pendulang.

“{q2:Mereka bukan warga sipil. Kami sudah pantau lama, mereka bawa [E:senjata] dan kirim laporan ke pos [A:TNI|Tentara Nasional Indonesia] di [P:Dekai],}” <k4:kata> [A#KOB2:Kobak|Elkius Kobak] dalam rilis yang disebar lewat [M:WhatsApp].

[A#PRA:Kapuspen TNI Brigjen TNI Aryo Dwi Prakoso|Aryo Dwi Prakoso] <k5:membantah> ada anggota [A:TNI|Tentara Nasional Indonesia] di antara korban. “{q3:Tidak ada prajurit [A:TNI|Tentara Nasional Indonesia] yang menjadi korban. Klaim itu mengada-ada, hanya untuk membenarkan pembunuhan warga sipil,}” <k6:katanya>.

Dengan peristiwa ini, jumlah warga sipil yang tewas dibunuh [A:KKB|TPNPB-OPM] di [P:Yahukimo] sepanjang 2025 bertambah {c6:tujuh} menjadi {c7:19 orang}, <k7:menurut> catatan [A#POL:Polres Yahukimo|Kepolisian Resor Yahukimo].

[A#WIR2:Wiratama|I Gede Wiratama] <k8:menambahkan>, aktivitas pendulangan di [P:Seradala] untuk sementara dihentikan dan {c8:60 personel gabungan [A:TNI|Tentara Nasional Indonesia]-[A:Polri|Kepolisian Negara Republik Indonesia]} disiagakan di jalur menuju [P:Kali Silet]. (fia/ade)
""",
    claims={
        "ct1": dict(v=7, cat="civilian", out="killed", party="Indonesia"),
        "c1": dict(v=7, cat="civilian", out="killed", party="Indonesia"),
        "c2": dict(v=3, cat="civilian", out="wounded", party="Indonesia"),
        "c3": dict(v=7, cat="people", out="killed", party="Indonesia", src="WIR", cue="k1", via="clause"),
        "c4": dict(v=7, cat="people", out="killed", party="Indonesia", src="WIR", cue="k2", via="pronoun"),
        "c5": dict(v=7, cat="military", out="killed", party="Indonesia", src="KOB", cue="k3", via="clause", disp=[("PRA", "k5")]),
        "c6": dict(v=7, cat="civilian", out="killed", party="Indonesia", src="POL", cue="k7", via="according_to"),
        "c7": dict(v=19, cat="civilian", out="killed", party="Indonesia", src="POL", cue="k7", via="according_to"),
        "c8": dict(v=60, cat="military", out="other", party="Indonesia", src="WIR2", cue="k8", via="clause"),
        "c9": dict(v=3, cat="people", out="wounded", party="Indonesia", src="WIR", cue="k2", via="pronoun"),
    },
    quotes={
        "q1": dict(src="WIR", cue="k2", via="pronoun"),
        "q2": dict(src="KOB2", cue="k4", via="postposed"),
        "q3": dict(src="PRA", cue="k6", via="pronoun"),
    },
))

ARTICLES.append(dict(
    id="fr_P4_puncak",
    meta={"outlet": "Okezone", "url": "https://nasional.okezone.com/read/2025/06/15/337/3150427/baku-tembak-di-ilaga-satgas-klaim-lumpuhkan-tiga-anggota-kkb", "date": "2025-06-15"},
    markup="""Baku Tembak di [P:Ilaga], [A#T1:Satgas Damai Cartenz|Satuan Tugas Operasi Damai Cartenz] <kt1:Klaim> Lumpuhkan {ct1:Tiga Anggota [A:KKB|TPNPB-OPM]}

Minggu 15 Juni 2025 10:12 WIB

[P:PUNCAK|Puncak] - [A#SAT:Satgas Operasi Damai Cartenz|Satuan Tugas Operasi Damai Cartenz] <k1:mengklaim> melumpuhkan {c1:tiga anggota [A:Kelompok Kriminal Bersenjata|TPNPB-OPM]} ([A:KKB|TPNPB-OPM]) dalam baku tembak di Kampung [P:Kimak], Distrik [P:Ilaga], Kabupaten [P:Puncak], [P:Papua Tengah], Sabtu (14/6/2025). {c2:Dua di antaranya} tewas di lokasi.

Baca Juga: [A:KKB|TPNPB-OPM] Bakar Sekolah di [P:Beoga], Guru Dievakuasi ke [P:Timika]

[A#RAH:Kepala Operasi Satgas Damai Cartenz Brigjen Pol Faizal Rahmadani|Faizal Rahmadani] mengatakan kontak tembak bermula saat tim gabungan hendak menangkap [A:Lekagak Murib], anggota kelompok yang masuk daftar pencarian orang (DPO).

"{q1:Tim kami ditembaki lebih dulu dari arah bukit. Anggota membalas dan {c3:tiga orang pelaku} berhasil dilumpuhkan,}" <k2:ujar> [A#RAH2:Rahmadani|Faizal Rahmadani] dalam keterangannya, Minggu (15/6/2025).

Dari lokasi, petugas menyita {c4:sebuah [E:senjata api rakitan|senjata]} dan {c5:24 butir [E:amunisi kaliber 5,56 mm|amunisi]}. Tidak ada anggota [A:Polri|Kepolisian Negara Republik Indonesia] yang terluka dalam peristiwa itu.

Baca Juga: Dua Prajurit [A:TNI|Tentara Nasional Indonesia] Terluka Ditembak di [P:Sinak]

Juru bicara [A:TPNPB-OPM], [A#KOB:Jeremias Kobogau], <k3:membantah> klaim itu. <k4:Menurut> dia, hanya {c6:satu anggota [A:TPNPB|TPNPB-OPM]} yang gugur, sedangkan {c7:dua orang lainnya} adalah warga sipil yang sedang berkebun di pinggir kampung.

"{q2:Polisi bohong. Yang mereka tembak itu petani, bukan pasukan kami,}" <k5:ujarnya> melalui pesan singkat.

Sementara itu, [A#TOB:Kabid Humas Polda Papua Tengah Kombes Pol Agustinus Lumban Tobing|Agustinus Lumban Tobing] <k6:menyatakan> pihaknya akan menyelidiki identitas {c8:kedua korban tewas} tersebut. Jenazah keduanya kini disemayamkan di [P:RSUD Ilaga].

"{q3:Kalau memang ada warga sipil, tentu akan kami usut secara terbuka,}" <k7:kata> [A#TOB2:Tobing|Agustinus Lumban Tobing].
""",
    claims={
        "ct1": dict(v=3, cat="military", out="killed_or_wounded", party="TPNPB-OPM", src="T1", cue="kt1", via="clause", disp=[("KOB", "k3")]),
        "c1": dict(v=3, cat="military", out="killed_or_wounded", party="TPNPB-OPM", src="SAT", cue="k1", via="clause", disp=[("KOB", "k3")]),
        "c2": dict(v=2, cat="military", out="killed", party="TPNPB-OPM", src="SAT", cue=None, via="continuation", disp=[("KOB", "k3")]),
        "c3": dict(v=3, cat="military", out="killed_or_wounded", party="TPNPB-OPM", src="RAH2", cue="k2", via="postposed", disp=[("KOB", "k3")]),
        "c4": dict(v=1, cat="equipment", out="captured", party="TPNPB-OPM"),
        "c5": dict(v=24, cat="equipment", out="captured", party="TPNPB-OPM"),
        "c6": dict(v=1, cat="military", out="killed", party="TPNPB-OPM", src="KOB", cue="k4", via="pronoun"),
        "c7": dict(v=2, cat="civilian", out="killed", party="Indonesia", src="KOB", cue="k4", via="pronoun"),
        "c8": dict(v=2, cat="people", out="killed", party=None, src="TOB", cue="k6", via="clause"),
    },
    quotes={
        "q1": dict(src="RAH2", cue="k2", via="postposed"),
        "q2": dict(src="KOB", cue="k5", via="pronoun"),
        "q3": dict(src="TOB2", cue="k7", via="postposed"),
    },
))

ARTICLES.append(dict(
    id="fr_P5_teluk_bintuni",
    meta={"outlet": "Merdeka.com", "url": "https://www.merdeka.com/peristiwa/konvoi-logistik-tni-diadang-di-moskona-dua-prajurit-gugur-451203-mvk.html", "date": "2025-09-13"},
    markup="""Konvoi Logistik [A:TNI|Tentara Nasional Indonesia] Diadang di [P:Moskona], {ct1:Dua Prajurit} Gugur

[M:Merdeka.com|Merdeka] - Konvoi logistik [A:TNI|Tentara Nasional Indonesia] diadang kelompok bersenjata di ruas jalan Distrik [P:Moskona Utara], Kabupaten [P:Teluk Bintuni], [P:Papua Barat], Jumat (12/9). {c1:Dua prajurit [A:Yonif 771/Sisir Jaya|Batalyon Infanteri 771/Sisir Jaya]} yang sempat dievakuasi dengan [E:helikopter] ke [P:Bintuni] akhirnya dinyatakan gugur.

{c2:Tiga orang lainnya}, termasuk {c3:seorang sopir sipil}, mengalami luka tembak dan kini dirawat di [P:RSUD Bintuni].

[A#KAU:Kapendam XVIII/Kasuari Kolonel Inf Alfons Kaunang|Alfons Kaunang] <k1:mengatakan> konvoi itu ditembaki dari dua sisi jalan saat melintasi tanjakan. Penyerang, menurut dia, adalah [A:kelompok TPNPB|TPNPB-OPM] pimpinan [A:Agus Yeblo] yang selama ini beroperasi di perbatasan [P:Teluk Bintuni] dan [P:Maybrat].

"{q1:Para pelaku memanfaatkan hujan deras dan kabut. Anggota sempat membalas tembakan sebelum kelompok itu lari ke hutan,}" <k2:katanya> di [P:Manokwari], Sabtu (13/9).

Selain korban jiwa, {c4:sebuah [E:truk bermuatan amunisi|kendaraan militer] milik [A:TNI|Tentara Nasional Indonesia]} terbakar setelah terkena tembakan di bagian tangki. {c5:Dua sepeda motor milik warga} yang melintas juga ikut dibakar, <k3:kata> [A#KAU2:Kaunang|Alfons Kaunang].

Dengan gugurnya {c9:dua prajurit itu}, jumlah personel [A:TNI|Tentara Nasional Indonesia]-[A:Polri|Kepolisian Negara Republik Indonesia] yang gugur di Tanah [P:Papua] sejak Januari 2025 bertambah menjadi {c6:31 orang}, dari {c7:29 orang} pada akhir Agustus, <k4:menurut> data [A#PUS:Pusat Penerangan TNI|Pusat Penerangan Tentara Nasional Indonesia].

Sementara itu, [A#GUB:Gubernur Papua Barat|Gubernur Papua Barat] <k5:mengatakan> {c8:sekitar 200 warga} Kampung [P:Mesna] sudah mengungsi ke ibu kota distrik. Pemerintah provinsi menyiapkan bantuan beras dan selimut bagi para pengungsi. (mvk)
""",
    claims={
        "ct1": dict(v=2, cat="military", out="killed", party="Indonesia"),
        "c1": dict(v=2, cat="military", out="killed", party="Indonesia"),
        "c2": dict(v=3, cat="people", out="wounded", party="Indonesia"),
        "c3": dict(v=1, cat="civilian", out="wounded", party="Indonesia"),
        "c4": dict(v=1, cat="equipment", out="destroyed", party="Indonesia", src="KAU2", cue="k3", via="postposed"),
        "c5": dict(v=2, cat="other", out="destroyed", party="Indonesia", src="KAU2", cue="k3", via="postposed"),
        "c6": dict(v=31, cat="military", out="killed", party="Indonesia", src="PUS", cue="k4", via="according_to"),
        "c7": dict(v=29, cat="military", out="killed", party="Indonesia", src="PUS", cue="k4", via="according_to"),
        "c9": dict(v=2, cat="military", out="killed", party="Indonesia", src="PUS", cue="k4", via="according_to"),
        "c8": dict(v=200, q="approximately", cat="civilian", out="other", party="Indonesia", src="GUB", cue="k5", via="clause"),
    },
    quotes={
        "q1": dict(src="KAU", cue="k2", via="pronoun"),
    },
))

ARTICLES.append(dict(
    id="fr_P6_pegunungan_bintang",
    meta={"outlet": "detikcom", "url": "https://news.detik.com/berita/d-8151234/tni-klaim-tembak-mati-empat-anggota-kkb-di-kiwirok-tpnpb-membantah", "date": "2025-10-06"},
    markup="""[A#T1:TNI|Tentara Nasional Indonesia] <kt1:Klaim> Tembak Mati {ct1:4 Anggota [A:KKB|TPNPB-OPM]} di [P:Kiwirok], [A#T2:TPNPB|TPNPB-OPM] <kt2:Membantah>

Senin, 06 Okt 2025 11:20 WIB

[P:Jayapura] - [A#SAT:Satgas Habema|Satuan Tugas Habema] <k1:mengklaim> menembak mati {c1:empat anggota [A:Kelompok Separatis Teroris|TPNPB-OPM]} ([A:KST|TPNPB-OPM]) dalam operasi penindakan di Distrik [P:Kiwirok], Kabupaten [P:Pegunungan Bintang], [P:Papua Pegunungan], Minggu (5/10/2025). {c2:Seorang di antaranya} merupakan komandan lapangan kelompok tersebut.

[A#HUT:Dansatgas Media Habema Letkol Inf Rudolf Hutapea|Rudolf Hutapea] <k2:mengatakan> operasi dilakukan dengan dukungan {c3:dua [E:helikopter militer Caracal|helikopter]}. Selain itu, pasukan menyita {c4:dua pucuk [E:senjata api laras panjang jenis AK-47|senjata]} dan {c5:ratusan butir [E:amunisi]}.

"{q1:{c7:Empat jenazah} sudah kami serahkan ke [A:Polres Pegunungan Bintang|Kepolisian Resor Pegunungan Bintang] untuk diidentifikasi. Salah satunya adalah [A:Nelius Uropmabin], komandan lapangan [A:KST|TPNPB-OPM] di [P:Kiwirok],}" <k3:kata> [A#HUT2:Hutapea|Rudolf Hutapea] kepada [M:detikcom|Detik], Senin (6/10/2025).

Baca juga: Warga [P:Oksibil] Diminta Tak Keluar Rumah Malam Hari

Juru bicara [A#TP:TPNPB-OPM], [A#WAN:Yeremias Wandikbo], <k7:membantah> ada anggotanya yang tewas. "{q2:Tidak ada anggota kami yang tewas. Yang ditembak itu warga biasa yang sedang mencari kayu bakar. [A:TNI|Tentara Nasional Indonesia] bohong,}" <k4:katanya>.

[A#WAN2:Wandikbo|Yeremias Wandikbo] juga <k5:mengklaim> pasukan [A:TPNPB|TPNPB-OPM] menembak {c6:dua anggota [A:Brimob|Korps Brigade Mobil Polri]} di pos [P:Okbibab] sehari sebelumnya.

[A#KAP:Kapolres Pegunungan Bintang AKBP Samuel Tarigan|Samuel Tarigan] <k8:menepis> klaim tersebut. "{q3:Tidak ada korban dari pihak kami. Semua personel dalam kondisi aman,}" <k6:ujarnya>.

Baca juga: [A:KKB|TPNPB-OPM] Tembaki Pesawat Perintis di [P:Bandara Oksibil]
""",
    claims={
        "ct1": dict(v=4, cat="military", out="killed", party="TPNPB-OPM", src="T1", cue="kt1", via="clause", disp=[("T2", "kt2"), ("WAN", "k7")]),
        "c1": dict(v=4, cat="military", out="killed", party="TPNPB-OPM", src="SAT", cue="k1", via="clause", disp=[("T2", "kt2"), ("WAN", "k7")]),
        "c2": dict(v=1, cat="military", out="killed", party="TPNPB-OPM", src="SAT", cue=None, via="continuation", disp=[("T2", "kt2"), ("WAN", "k7")]),
        "c3": dict(v=2, cat="equipment", out="other", party="Indonesia", src="HUT", cue="k2", via="clause"),
        "c4": dict(v=2, cat="equipment", out="captured", party="TPNPB-OPM"),
        "c5": dict(v=None, q="vague", lo=100, hi=999, cat="equipment", out="captured", party="TPNPB-OPM"),
        "c7": dict(v=4, cat="people", out="killed", party="TPNPB-OPM", src="HUT2", cue="k3", via="postposed", disp=[("T2", "kt2"), ("WAN", "k7")]),
        "c6": dict(v=2, cat="military", out="killed_or_wounded", party="Indonesia", src="WAN2", cue="k5", via="clause", disp=[("KAP", "k8")]),
    },
    quotes={
        "q1": dict(src="HUT2", cue="k3", via="postposed", media=[]),
        "q2": dict(src="WAN", cue="k4", via="pronoun"),
        "q3": dict(src="KAP", cue="k6", via="pronoun"),
    },
))
