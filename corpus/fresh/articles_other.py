"""Articles on other wars (invented text, invented people) in inline markup; see markup.py."""
ARTICLES = []

ARTICLES.append(dict(
    id="fr_O1_mali",
    meta={"outlet": "Tempo", "url": "https://www.tempo.co/internasional/jnim-klaim-tewaskan-lebih-dari-100-tentara-mali-junta-sebut-hanya-12-gugur-2051847", "date": "2025-08-04"},
    markup="""[A#T1:JNIM] <kt1:Klaim> Tewaskan Lebih dari {ct1:100 [A:Tentara Mali|Angkatan Bersenjata Mali]}, [A#T2:Junta|Mali]: <kt2:Hanya> {ct2:12} Gugur

[M:TEMPO.CO|Tempo], [P:Jakarta] - [A#JN:Kelompok Jama'at Nusrat al-Islam wal-Muslimin|JNIM] ([A:JNIM]) yang berafiliasi dengan [A:Al Qaeda|Al-Qaeda] <k1:mengklaim> menewaskan lebih dari {c1:100 [A:tentara Mali|Angkatan Bersenjata Mali]} dalam serangan ke kamp militer di [P:Boulkessi], wilayah [P:Mopti], dekat perbatasan [P:Burkina Faso], pada Minggu, 3 Agustus 2025, lewat kanal propagandanya, [M#m_zal:az-Zallaqa], seperti dilansir [M#m_reu:Reuters].

[A#JN2:JNIM] juga <k2:mengaku> merampas {c2:puluhan [E:kendaraan militer]} dan membakar {c3:sebuah [E:helikopter serang Mi-24|helikopter] milik [A:angkatan udara Mali|Angkatan Bersenjata Mali]}. Kelompok itu menyebut serangan tersebut sebagai balasan atas operasi militer di desa-desa [P:Mopti].

[A#FAM:Staf Umum Angkatan Bersenjata Mali|Angkatan Bersenjata Mali] dalam pernyataan resmi <k3:membantah> angka tersebut. <k4:Menurut> [A#FAM2:FAMa|Angkatan Bersenjata Mali], hanya {c4:12 prajurit} yang gugur dan {c5:20 lainnya} luka-luka, sementara {c7:puluhan teroris} dinetralisir. [A#FAM3:FAMa|Angkatan Bersenjata Mali] juga <k5:menyangkal> ada [E:helikopter] yang hancur.

Juru bicara [A:militer Mali|Angkatan Bersenjata Mali], [A#KAN:Kolonel Issiaka Kanouté|Issiaka Kanouté], mengatakan serangan itu berhasil dipatahkan oleh [A:pasukan Mali|Angkatan Bersenjata Mali] dengan bantuan personel [A:Africa Corps] dari [P:Rusia]. "{q1:Para teroris datang dari tiga arah saat subuh. Yang mereka sebarkan tentang korban kami itu <k6:propaganda> murahan,}" <k7:katanya> kepada televisi pemerintah [M#m_ortm:ORTM].

[A#OCH:Kantor PBB untuk Koordinasi Urusan Kemanusiaan|OCHA] ([A:OCHA|OCHA]) <k8:mencatat> sedikitnya {c6:3.400 warga} telah meninggalkan [P:Boulkessi] dan desa-desa sekitarnya sejak awal Agustus.

Pilihan Editor: [A:Junta Burkina Faso|Burkina Faso] Perpanjang Masa Transisi Lima Tahun
""",
    claims={
        "ct1": dict(v=100, q="more_than", cat="military", out="killed", party="Mali", src="T1", cue="kt1", via="clause", disp=[("T2", "kt2"), ("FAM", "k3"), ("KAN", "k6")]),
        "ct2": dict(v=12, cat="military", out="killed", party="Mali", src="T2", cue=None, via="clause"),
        "c1": dict(v=100, q="more_than", cat="military", out="killed", party="Mali", src="JN", cue="k1", via="clause", media=["m_zal", "m_reu"], disp=[("T2", "kt2"), ("FAM", "k3"), ("KAN", "k6")]),
        "c2": dict(v=None, q="vague", lo=10, hi=99, cat="equipment", out="captured", party="Mali", src="JN2", cue="k2", via="clause"),
        "c3": dict(v=1, cat="equipment", out="destroyed", party="Mali", src="JN2", cue="k2", via="clause", disp=[("FAM3", "k5")]),
        "c4": dict(v=12, cat="military", out="killed", party="Mali", src="FAM2", cue="k4", via="according_to"),
        "c5": dict(v=20, cat="military", out="wounded", party="Mali", src="FAM2", cue="k4", via="according_to"),
        "c7": dict(v=None, q="vague", lo=10, hi=99, cat="military", out="killed_or_wounded", party="JNIM", src="FAM2", cue="k4", via="according_to"),
        "c6": dict(v=3400, q="at_least", cat="civilian", out="other", party="Mali", src="OCH", cue="k8", via="clause"),
    },
    quotes={
        "q1": dict(src="KAN", cue="k7", via="pronoun", media=["m_ortm"]),
    },
))

ARTICLES.append(dict(
    id="fr_O2_somalia",
    meta={"outlet": "kumparan", "url": "https://kumparan.com/kumparannews/somalia-klaim-tewaskan-150-militan-al-shabaab-kelompok-itu-membantah-24hXq7LmP2a", "date": "2025-03-19"},
    markup="""[A#T1:Somalia] <kt1:Klaim> Tewaskan {ct1:150 Militan [A#T2:Al-Shabaab]}, Kelompok Itu <kt2:Membantah>

[A#SOM:Pemerintah Somalia|Somalia] <k1:mengeklaim> pasukannya menewaskan {c1:150 militan [A:Al-Shabaab]} dalam operasi gabungan bersama [A:pasukan AUSSOM|Misi Dukungan dan Stabilisasi Uni Afrika di Somalia] di wilayah [P:Shabelle Tengah]. Operasi itu digelar selama dua hari sejak Senin (17/3).

[A#GUL:Wakil Menteri Informasi Somalia Liban Ahmed Guleid|Liban Ahmed Guleid] <k2:mengatakan> operasi berlangsung di sekitar desa [P:Ceel Baraf] dan [P:Masaajid Cali Gaduud]. <k3:Menurut> dia, {c2:tujuh komandan senior [A:Al-Shabaab]} termasuk di antara korban tewas.

“{q1:Operasi ini menghancurkan basis logistik terakhir mereka di [P:Shabelle Tengah]. Kami akan terus memburu mereka sampai [A:Somalia] bebas dari [A:Al-Shabaab],}” <k4:ujarnya> dikutip dari [M#m_afp:AFP], Rabu (19/3).

[A#GUL2:Guleid|Liban Ahmed Guleid] <k5:menambahkan>, [A:pasukan pemerintah|Angkatan Bersenjata Somalia] juga menyita {c3:11 [E:kendaraan pikap bersenjata|kendaraan militer]} yang biasa dipakai kelompok itu untuk menyerang pos-pos tentara.

Dalam pernyataan terpisah, [A#AUS:AUSSOM|Misi Dukungan dan Stabilisasi Uni Afrika di Somalia] <k10:mengonfirmasi> {c7:seorang prajurit [A:Uganda]} terluka ringan ketika konvoinya terkena [E:ranjau darat|senjata] di jalan menuju [P:Jowhar]. Misi itu tidak merinci kerugian lain di pihaknya.

[A#SHA:Al-Shabaab], melalui radio [M#m_and:Andalus], <k6:membantah> klaim tersebut dan <k7:menyebut> hanya {c4:empat pejuangnya} yang tewas. Kelompok itu juga <k8:mengklaim> menewaskan {c5:puluhan [A:tentara pemerintah Somalia|Angkatan Bersenjata Somalia]} dalam penyergapan di dekat [P:Adan Yabaal].

Sementara itu, [A#HIR:otoritas kesehatan negara bagian Hirshabelle|Otoritas Kesehatan Hirshabelle] <k9:melaporkan> {c6:sembilan warga sipil} tewas terkena tembakan [E:mortir] di [P:Jowhar] pada Selasa malam.
""",
    claims={
        "ct1": dict(v=150, cat="military", out="killed", party="Al-Shabaab", src="T1", cue="kt1", via="clause", disp=[("T2", "kt2")]),
        "c1": dict(v=150, cat="military", out="killed", party="Al-Shabaab", src="SOM", cue="k1", via="clause", disp=[("T2", "kt2")]),
        "c2": dict(v=7, cat="military", out="killed", party="Al-Shabaab", src="GUL", cue="k3", via="pronoun", disp=[("T2", "kt2")]),
        "c3": dict(v=11, cat="equipment", out="captured", party="Al-Shabaab", src="GUL2", cue="k5", via="clause"),
        "c4": dict(v=4, cat="military", out="killed", party="Al-Shabaab", src="SHA", cue="k7", via="clause", media=["m_and"]),
        "c5": dict(v=None, q="vague", lo=10, hi=99, cat="military", out="killed", party="Somalia", src="SHA", cue="k8", via="pronoun"),
        "c7": dict(v=1, cat="military", out="wounded", party="Uganda", src="AUS", cue="k10", via="clause"),
        "c6": dict(v=9, cat="civilian", out="killed", party="Somalia", src="HIR", cue="k9", via="clause"),
    },
    quotes={
        "q1": dict(src="GUL", cue="k4", via="pronoun", media=["m_afp"]),
    },
))

ARTICLES.append(dict(
    id="fr_O3_yaman_marib",
    meta={"outlet": "IDN Times", "url": "https://www.idntimes.com/news/world/houthi-klaim-rebut-tiga-posisi-di-marib-pemerintah-yaman-tidak-benar-00-xk2rt-9mqw1b", "date": "2025-11-03"},
    markup="""[A#T1:Houthi] <kt1:Klaim> Rebut {ct1:Tiga Posisi} di [P:Marib], [A#T2:Pemerintah Yaman|Yaman]: <kt2:Tidak Benar>

[P:Jakarta], [M:IDN Times] - [A#HOU:Kelompok Houthi|Houthi] <k1:mengklaim> berhasil merebut {c1:tiga posisi strategis milik [A:pasukan pemerintah Yaman|Angkatan Bersenjata Yaman]} di Distrik [P:Sirwah], Provinsi [P:Marib], setelah pertempuran sengit pada Minggu (2/11/2025).

Juru bicara [A:militer Houthi|Angkatan Bersenjata Houthi] untuk front [P:Marib], [A#MAR:Kolonel Abdulkarim al-Marwani|Abdulkarim al-Marwani], <k2:mengatakan> pasukannya juga menewaskan sedikitnya {c2:45 [A:tentara pemerintah|Angkatan Bersenjata Yaman]} dan menghancurkan {c3:6 [E:kendaraan lapis baja] buatan [A:Amerika Serikat]}.

"{q1:Musuh lari meninggalkan perlengkapan mereka. [E:Pesawat|pesawat militer] koalisi pimpinan [A:Arab Saudi] tidak bisa menolong mereka kali ini,}" <k3:ujarnya> melalui saluran televisi [M#m_mas:Al-Masirah].

Baca Juga: [A:Houthi] Tembakkan [E:Rudal|rudal] ke Kapal Tanker di [P:Laut Merah]

1. Pemerintah sebut tak ada posisi yang jatuh

Juru bicara [A:Angkatan Bersenjata Yaman], [A#YAF:Brigjen Mohammed Saleh al-Yafei|Mohammed Saleh al-Yafei], menyebut klaim itu <k4:tidak benar>. Menurut dia, tidak ada satu pun posisi di [P:Sirwah] yang jatuh ke tangan [A:Houthi].

[A:Pasukan pemerintah|Angkatan Bersenjata Yaman], <k5:kata> [A#YAF2:al-Yafei|Mohammed Saleh al-Yafei], justru menewaskan antara {c4:30 dan 40 [A:milisi Houthi|Houthi]} dan hanya kehilangan {c5:lima prajurit}. Ia juga <k6:menuding> [A:Iran] terus memasok [E:drone] dan [E:rudal antitank|senjata anti-tank] kepada kelompok itu.

2. Warga kembali mengungsi

[A#IOM:Organisasi Internasional untuk Migrasi] ([A:IOM|Organisasi Internasional untuk Migrasi]) <k7:mencatat> {c6:500-600 keluarga} mengungsi dari [P:Sirwah] ke kota [P:Marib] sejak akhir Oktober. Sebagian besar kini tinggal di kamp-kamp yang sudah penuh sesak di pinggiran kota.
""",
    claims={
        "ct1": dict(v=3, cat="territory", out="captured", party="Yaman", src="T1", cue="kt1", via="clause", disp=[("T2", "kt2"), ("YAF", "k4")]),
        "c1": dict(v=3, cat="territory", out="captured", party="Yaman", src="HOU", cue="k1", via="clause", disp=[("T2", "kt2"), ("YAF", "k4")]),
        "c2": dict(v=45, q="at_least", cat="military", out="killed", party="Yaman", src="MAR", cue="k2", via="clause", disp=[("YAF", "k4")]),
        "c3": dict(v=6, cat="equipment", out="destroyed", party="Yaman", src="MAR", cue="k2", via="clause", disp=[("YAF", "k4")]),
        "c4": dict(v=None, q="vague", lo=30, hi=40, cat="military", out="killed", party="Houthi", src="YAF2", cue="k5", via="postposed"),
        "c5": dict(v=5, cat="military", out="killed", party="Yaman", src="YAF2", cue="k5", via="postposed"),
        "c6": dict(v=None, q="vague", lo=500, hi=600, cat="civilian", out="other", party="Yaman", src="IOM", cue="k7", via="clause"),
    },
    quotes={
        "q1": dict(src="MAR", cue="k3", via="pronoun", media=["m_mas"]),
    },
))

ARTICLES.append(dict(
    id="fr_O4_krimea",
    meta={"outlet": "JPNN", "url": "https://www.jpnn.com/news/ukraina-klaim-hancurkan-sistem-rudal-s-400-di-krimea-rusia-sebut-bohong", "date": "2025-02-21"},
    markup="""[A:Ukraina] Klaim Hancurkan [E:Sistem Rudal S-400|sistem pertahanan udara] di [P:Krimea], [A:Rusia] Sebut Bohong

[M:jpnn.com|JPNN], [P:KYIV|Kyiv] - [A#AU:Angkatan Bersenjata Ukraina] <k1:mengklaim> telah menghancurkan {c1:sebuah [E:sistem rudal jarak jauh S-400|sistem pertahanan udara]} dan {c2:dua [E:peluncur roket BM-27 Uragan|artileri roket]} dalam serangan [E:drone] ke semenanjung [P:Krimea] pada Kamis malam (20/2).

Juru bicara [A:Angkatan Laut Ukraina|Angkatan Bersenjata Ukraina], [A#MEL:Kapten Pertama Taras Melnychuk|Taras Melnychuk], <k2:mengatakan> [E:drone] juga menghantam {c3:tiga [E:truk bermuatan amunisi|kendaraan militer]} dan {c4:dua [E:kendaraan militer] [A:Rusia]} di dekat [P:Dzhankoi].

"{q1:[E:Peluncur S-400|sistem pertahanan udara] itu terbakar hebat. [A:Pasukan Rusia|Angkatan Bersenjata Rusia] di [P:Krimea] kehilangan salah satu perisai udara terpentingnya,}" <k3:katanya> seperti dikutip [M#m_ukr:Ukrainska Pravda].

Baca Juga: [A:Zelensky|Volodymyr Zelensky] Minta Tambahan [E:Sistem Patriot|sistem pertahanan udara] dari Sekutu Barat

[A#KEM:Kementerian Pertahanan Rusia] <k4:membantah> ada [E:peralatan militer] yang hancur. Dalam pernyataan di [M#m_tel:Telegram], kementerian itu <k5:menyebut> [E:sistem pertahanan udara] [A:Rusia] menembak jatuh {c5:37 [E:drone] [A:Ukraina]} di atas [P:Krimea] dan [P:Laut Hitam], serta menyebut klaim [A:Kyiv|Ukraina] sebagai kebohongan.

Di wilayah [P:Belgorod], [A#GUB:Gubernur Belgorod] <k6:mengatakan> {c6:dua warga sipil} tewas dan {c7:lima lainnya} terluka akibat serangan [E:drone] [A:Ukraina] ke desa [P:Nova Tavolzhanka]. Ia meminta warga di kawasan perbatasan tetap berada di tempat perlindungan.

Hingga Jumat, [A:militer Ukraina|Angkatan Bersenjata Ukraina] belum berkomentar atas laporan korban di [P:Belgorod]. Serangan lintas perbatasan di kawasan itu meningkat sejak awal tahun. (dil/jpnn)
""",
    claims={
        "c1": dict(v=1, cat="equipment", out="destroyed", party="Rusia", src="AU", cue="k1", via="clause", disp=[("KEM", "k4")]),
        "c2": dict(v=2, cat="equipment", out="destroyed", party="Rusia", src="AU", cue="k1", via="clause", disp=[("KEM", "k4")]),
        "c3": dict(v=3, cat="equipment", out="destroyed", party="Rusia", src="MEL", cue="k2", via="clause", disp=[("KEM", "k4")]),
        "c4": dict(v=2, cat="equipment", out="destroyed", party="Rusia", src="MEL", cue="k2", via="clause", disp=[("KEM", "k4")]),
        "c5": dict(v=37, cat="equipment", out="destroyed", party="Ukraina", src="KEM", cue="k5", via="pronoun", media=["m_tel"]),
        "c6": dict(v=2, cat="civilian", out="killed", party="Rusia", src="GUB", cue="k6", via="clause"),
        "c7": dict(v=5, cat="civilian", out="wounded", party="Rusia", src="GUB", cue="k6", via="clause"),
    },
    quotes={
        "q1": dict(src="MEL", cue="k3", via="pronoun", media=["m_ukr"]),
    },
))

ARTICLES.append(dict(
    id="fr_O5_amhara",
    meta={"outlet": "iNews.id", "url": "https://www.inews.id/news/internasional/milisi-fano-klaim-tewaskan-80-tentara-etiopia-pemerintah-sebut-dibesar-besarkan", "date": "2025-12-02"},
    markup="""[A#T1:Milisi Fano|Fano] <kt1:Klaim> Tewaskan {ct1:80 [A:Tentara Etiopia|Angkatan Bersenjata Etiopia]}, [A#T2:Militer Etiopia|Angkatan Bersenjata Etiopia] Sebut <kt2:Dibesar-besarkan>

[P:ADDIS ABABA|Addis Ababa], [M:iNews.id|iNews] - [A#FAN:Milisi Fano|Fano] di wilayah [P:Amhara], [P:Etiopia], <k1:mengklaim> menewaskan {c1:80 [A:tentara federal|Angkatan Bersenjata Etiopia]} dalam penyergapan di dekat kota [P:Debre Tabor], Senin (1/12/2025).

[A#TES:Tesfaye Alemu Wolde], komandan [A:Fano] di [P:Gondar Selatan], <k2:mengatakan> pasukannya juga merampas {c2:sebuah [E:tank T-72|tank]} dan {c3:tiga [E:truk logistik militer|kendaraan militer]} dari konvoi yang disergap. "{q1:[A:Tentara Abiy|Angkatan Bersenjata Etiopia] tidak bisa lagi bergerak bebas di jalan-jalan [P:Amhara],}" <k3:ujar> [A#TES2:Tesfaye|Tesfaye Alemu Wolde] melalui akun [M#m_fb:Facebook] kelompok itu.

Baca juga: [A:Abiy Ahmed] Perpanjang Status Darurat di [P:Amhara] hingga Tahun Depan

Juru bicara [A:Pasukan Pertahanan Nasional Etiopia|Angkatan Bersenjata Etiopia] ([A:ENDF|Angkatan Bersenjata Etiopia]), [A#DAW:Kolonel Dawit Berhane Gebru|Dawit Berhane Gebru], menyebut angka itu <k4:dibesar-besarkan>. Ia <k5:mengakui> hanya {c4:sembilan prajurit} yang gugur, dan <k6:mengklaim> [A:pasukan federal|Angkatan Bersenjata Etiopia] menewaskan lebih dari {c5:120 anggota milisi} dalam operasi pembersihan sesudahnya.

[A#DAW2:Dawit|Dawit Berhane Gebru] juga <k7:membantah> ada tank yang dirampas. "{q2:Semua [E:kendaraan lapis baja] kami kembali ke markas. Video yang mereka sebar itu rekaman lama dari [P:Tigray],}" <k8:katanya> kepada kantor berita negara [M#m_ena:ENA].

Sementara itu, [A#BIR:Biro Kesehatan Regional Amhara] <k9:mencatat> {c6:27 warga sipil} yang terkonfirmasi terbunuh dalam bentrokan di sekitar [P:Debre Tabor] sepanjang November. Rumah sakit di kota itu, menurut biro tersebut, kekurangan obat dan darah.

Badan bantuan memperkirakan {c7:ribuan keluarga} mengungsi ke [P:Bahir Dar] dalam dua pekan terakhir.
""",
    claims={
        "ct1": dict(v=80, cat="military", out="killed", party="Etiopia", src="T1", cue="kt1", via="clause", disp=[("T2", "kt2"), ("DAW", "k4")]),
        "c1": dict(v=80, cat="military", out="killed", party="Etiopia", src="FAN", cue="k1", via="clause", disp=[("T2", "kt2"), ("DAW", "k4")]),
        "c2": dict(v=1, cat="equipment", out="captured", party="Etiopia", src="TES", cue="k2", via="clause", disp=[("DAW2", "k7")]),
        "c3": dict(v=3, cat="equipment", out="captured", party="Etiopia", src="TES", cue="k2", via="clause"),
        "c4": dict(v=9, cat="military", out="killed", party="Etiopia", src="DAW", cue="k5", via="pronoun"),
        "c5": dict(v=120, q="more_than", cat="military", out="killed", party="Fano", src="DAW", cue="k6", via="pronoun"),
        "c6": dict(v=27, cat="civilian", out="killed", party="Etiopia", src="BIR", cue="k9", via="clause"),
        "c7": dict(v=None, q="vague", lo=1000, hi=9999, cat="civilian", out="other", party="Etiopia"),
    },
    quotes={
        "q1": dict(src="TES2", cue="k3", via="postposed", media=["m_fb"]),
        "q2": dict(src="DAW2", cue="k8", via="pronoun", media=["m_ena"]),
    },
))

ARTICLES.append(dict(
    id="fr_O6_borno",
    meta={"outlet": "Suara.com", "url": "https://www.suara.com/news/2025/01/27/142310/serangan-iswap-di-borno-korban-tewas-bertambah-jadi-63-orang", "date": "2025-01-27"},
    markup="""Serangan [A:ISWAP] di [P:Borno]: Korban Tewas Bertambah Jadi {ct1:63 Orang}

[M:Suara.com|Suara] - Jumlah korban tewas akibat serangan militan [A:Negara Islam Provinsi Afrika Barat|ISWAP] ([A:ISWAP]) ke kota [P:Dikwa], negara bagian [P:Borno], [P:Nigeria], bertambah {c1:22 orang} menjadi {c2:63 orang}, dari {c3:41 orang} yang dilaporkan sehari sebelumnya. Demikian <k1:disampaikan> [A#GUB:Gubernur Borno] dalam kunjungannya ke [P:Dikwa], Minggu (26/1/2025).

[A#GUB2:Gubernur Borno] <k2:mengatakan> di antara korban terdapat {c4:18 [A:tentara Nigeria|Angkatan Bersenjata Nigeria]} yang tewas saat mempertahankan pangkalan militer di pinggir kota, sedangkan sisanya adalah warga sipil.

Baca Juga: [A:Boko Haram] Culik Puluhan Petani di Perbatasan [P:Kamerun]

[A#KAC:Komisaris Informasi Borno Aliyu Bukar Kachalla|Aliyu Bukar Kachalla] <k3:mengatakan> para penyerang datang dengan {c5:puluhan [E:truk pikap bersenjata|kendaraan militer]} sekitar pukul dua dini hari. "{q1:Mereka membakar rumah, pasar, dan {c6:sebuah [E:kendaraan lapis baja] milik tentara}. [A:Tentara Nigeria|Angkatan Bersenjata Nigeria] kewalahan karena jumlah mereka jauh lebih banyak,}" <k4:katanya>.

Sementara itu, [A#ISW:ISWAP], melalui kantor berita [M#m_amaq:Amaq], <k5:mengklaim> menewaskan lebih dari {c7:30 [A:tentara Nigeria|Angkatan Bersenjata Nigeria]} dalam serangan itu. Klaim itu tidak dapat diverifikasi secara independen.

[A#SEM:Badan Manajemen Darurat Negara Bagian Borno] ([A:SEMA|Badan Manajemen Darurat Negara Bagian Borno]) <k6:menyebut> sekitar {c8:12.000 warga} mengungsi ke kamp di [P:Monguno] dan [P:Maiduguri].

Baca Juga: [A:Tentara Chad|Angkatan Bersenjata Chad] Tarik Diri dari [A:Pasukan Gabungan Multinasional]

[A#AMN:Amnesty International] <k7:mencatat> {c9:143 warga sipil} yang terkonfirmasi terbunuh di [P:Borno] sepanjang 2024, sebagian besar dalam serangan [A:ISWAP] dan [A:Boko Haram].
""",
    claims={
        "ct1": dict(v=63, cat="people", out="killed", party="Nigeria"),
        "c1": dict(v=22, cat="people", out="killed", party="Nigeria", src="GUB", cue="k1", via="naming"),
        "c2": dict(v=63, cat="people", out="killed", party="Nigeria", src="GUB", cue="k1", via="naming"),
        "c3": dict(v=41, cat="people", out="killed", party="Nigeria", src="GUB", cue="k1", via="naming"),
        "c4": dict(v=18, cat="military", out="killed", party="Nigeria", src="GUB2", cue="k2", via="clause"),
        "c5": dict(v=None, q="vague", lo=10, hi=99, cat="equipment", out="other", party="ISWAP", src="KAC", cue="k3", via="clause"),
        "c6": dict(v=1, cat="equipment", out="destroyed", party="Nigeria", src="KAC", cue="k4", via="pronoun"),
        "c7": dict(v=30, q="more_than", cat="military", out="killed", party="Nigeria", src="ISW", cue="k5", via="clause", media=["m_amaq"]),
        "c8": dict(v=12000, q="approximately", cat="civilian", out="other", party="Nigeria", src="SEM", cue="k6", via="clause"),
        "c9": dict(v=143, cat="civilian", out="killed", party="Nigeria", src="AMN", cue="k7", via="clause"),
    },
    quotes={
        "q1": dict(src="KAC", cue="k4", via="pronoun"),
    },
))
