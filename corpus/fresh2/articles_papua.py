"""Articles on Papua (invented text, invented people) in inline markup; see corpus/fresh/markup.py."""
ARTICLES = []

ARTICLES.append(dict(
    id="f2_P1_maybrat",
    meta={"outlet": "Tirto.id", "url": "https://tirto.id/tpnpb-klaim-tembak-lima-prajurit-di-maybrat-tni-hanya-satu-terluka-hKq7", "date": "2025-08-14"},
    markup="""[A#T1:TPNPB|TPNPB-OPM] <kt1:Klaim> Tembak {ct1:Lima Prajurit} di [P:Maybrat], [A#T2:TNI|Tentara Nasional Indonesia]: <kt2:Hanya> {ct2:Satu} Terluka

Kamis, 14 Agustus 2025 - 13:05 WIB

[M:tirto.id|Tirto] - [A#TPF:Tentara Pembebasan Nasional Papua Barat-Organisasi Papua Merdeka|TPNPB-OPM] ([A:TPNPB-OPM]) <k1:mengklaim> telah menembak {c1:lima prajurit [A:TNI|Tentara Nasional Indonesia]} dalam penyerangan terhadap pos [A:Koramil Aifat Selatan|Komando Rayon Militer Aifat Selatan] di Kampung [P:Fategomi], Distrik [P:Aifat Selatan], Kabupaten [P:Maybrat], [P:Papua Barat Daya], Rabu (13/8/2025) dini hari.

Juru bicara [A:TPNPB-OPM], [A#MOM:Habel Momot], dalam siaran pers yang diterima [M:Tirto], Kamis (14/8/2025), menyebut penyerangan dilakukan [A:pasukan Kodap IV Sorong Raya|TPNPB-OPM]. <k2:Menurut> [A#MOM2:Momot|Habel Momot], {c2:tiga prajurit} tewas di tempat dan {c3:dua lainnya} luka berat.

"{q1:Kami serang pos itu karena militer terus tambah pasukan di [P:Aifat]. Ini peringatan untuk [A:Jakarta|Indonesia],}" <k3:kata> dia.

Baca juga: Konflik di [P:Maybrat] dan Nasib Pengungsi yang Terlupakan

[A#KAP:Kapendam XVIII/Kasuari|Kepala Penerangan Komando Daerah Militer XVIII/Kasuari] <k4:membantah> klaim tersebut. Dalam keterangan tertulis, ia <k5:menyebut> hanya {c4:seorang prajurit} yang terluka terkena serpihan kayu saat baku tembak dan tidak ada korban jiwa.

[A#SUT:Komandan Kodim 1809/Maybrat Letkol Inf Asep Gumilar Sutisna|Asep Gumilar Sutisna] memastikan situasi di [P:Fategomi] sudah terkendali. "{q2:<k7:Hanya> {c5:satu anggota kami} yang luka ringan dan sudah dievakuasi ke [P:Sorong]. Informasi yang mereka sebarkan itu bohong,}" <k6:ujar> [A#SUT2:Sutisna|Asep Gumilar Sutisna] kepada wartawan [M#MKP:Kabar Papua], Kamis.

Hingga berita ini ditulis, [A:Polda Papua Barat Daya|Kepolisian Daerah Papua Barat Daya] belum berkomentar mengenai penyerangan tersebut. [M:Tirto] juga belum dapat memverifikasi jumlah korban secara independen karena jaringan telepon di [P:Aifat Selatan] terputus.

Sementara itu, sekitar {c6:150 warga [P:Fategomi]} dilaporkan mengungsi ke [P:Kumurkek], ibu kota Kabupaten [P:Maybrat], sejak Rabu pagi. Mereka ditampung di gedung gereja dan balai kampung.

Baca juga: [A:KKB|TPNPB-OPM] Bakar Gedung Sekolah di [P:Aifamas], Guru Diungsikan

([M:tirto.id|Tirto] - Politik)
""",
    claims={
        "ct1": dict(v=5, cat="military", out="killed_or_wounded", party="Indonesia", src="T1", cue="kt1", via="clause", disp=[("T2", "kt2"), ("KAP", "k4"), ("SUT2", "k7")]),
        "ct2": dict(v=1, cat="military", out="wounded", party="Indonesia", src="T2", cue=None, via="clause"),
        "c1": dict(v=5, cat="military", out="killed_or_wounded", party="Indonesia", src="TPF", cue="k1", via="clause", disp=[("T2", "kt2"), ("KAP", "k4"), ("SUT2", "k7")]),
        "c2": dict(v=3, cat="military", out="killed", party="Indonesia", src="MOM2", cue="k2", via="according_to", disp=[("T2", "kt2"), ("KAP", "k4"), ("SUT2", "k7")]),
        "c3": dict(v=2, cat="military", out="wounded", party="Indonesia", src="MOM2", cue="k2", via="according_to", disp=[("T2", "kt2"), ("KAP", "k4"), ("SUT2", "k7")]),
        "c4": dict(v=1, cat="military", out="wounded", party="Indonesia", src="KAP", cue="k5", via="pronoun"),
        "c5": dict(v=1, cat="military", out="wounded", party="Indonesia", src="SUT2", cue="k6", via="postposed", media=["MKP"]),
        "c6": dict(v=150, q="approximately", cat="civilian", out="other", party="Indonesia"),
    },
    quotes={
        "q1": dict(src="MOM2", cue="k3", via="pronoun"),
        "q2": dict(src="SUT2", cue="k6", via="postposed", media=["MKP"]),
    },
))

ARTICLES.append(dict(
    id="f2_P2_lanny_jaya",
    meta={"outlet": "BBC News Indonesia", "url": "https://www.bbc.com/indonesia/articles/c9w2kx7p4jzo", "date": "2025-09-23"},
    markup="""Korban tewas serangan di [P:Lanny Jaya] bertambah menjadi {ct1:lima warga sipil}, {ct2:ribuan} mengungsi

23 September 2025

Sumber gambar, [A:Polres Lanny Jaya|Kepolisian Resor Lanny Jaya]

Keterangan gambar, Personel gabungan berjaga di [P:Tiom], ibu kota Kabupaten [P:Lanny Jaya], pada Senin (22/09).

Jumlah warga sipil yang tewas dalam serangan kelompok bersenjata di Distrik [P:Balingga], Kabupaten [P:Lanny Jaya], [P:Papua Pegunungan], bertambah {c1:dua orang} menjadi {c2:lima orang}, <k1:menurut> [A#POL:Polres Lanny Jaya|Kepolisian Resor Lanny Jaya].

[A#LAT:Kapolres Lanny Jaya AKBP Johanis Latuheru|Johanis Latuheru] <k2:mengatakan> {c3:kelima korban} adalah tukang ojek dan pedagang kios yang diserang di dua lokasi berbeda pada Sabtu (20/09) sore. {c4:Empat orang lainnya} masih dirawat karena luka tembak dan luka bacok di [P:RSUD Tiom].

"{q1:Pelaku diduga [A:kelompok KKB|TPNPB-OPM] pimpinan [A:Tenius Kiwo]. Kami sudah kirim tambahan {c5:80 personel [A:Brimob|Korps Brigade Mobil Polri]} dari [P:Wamena],}" <k3:kata> [A#LAT2:Latuheru|Johanis Latuheru] kepada wartawan di [P:Tiom], Senin (22/09).

[M:BBC News Indonesia|BBC] tidak dapat memverifikasi secara independen jumlah korban tersebut. Juru bicara [A:TPNPB-OPM] belum berkomentar saat dihubungi hingga Senin malam.

Baca juga:

- Mengapa warga sipil terus menjadi korban konflik di [P:Papua]?
- [A:TPNPB|TPNPB-OPM] klaim tembak pesawat di [P:Yalimo], polisi: 'Tidak ada korban'

Serangan itu juga memaksa warga meninggalkan kampung mereka. [A#YIK:Kepala Dinas Sosial Lanny Jaya Otniel Yikwa|Otniel Yikwa] <k4:menyebut> {c6:1.215 warga} kini mengungsi di halaman gereja dan kantor distrik di [P:Tiom].

Namun, [A#WEN:Pendeta Lukas Wenehen|Lukas Wenehen] dari [A:Gereja Baptis Papua] <k5:mengatakan> jumlah pengungsi sudah lebih dari {c7:2.000}, karena banyak warga bertahan di hutan dan tidak terdata.

"{q2:Banyak mama dan anak-anak tidur di hutan tanpa terpal. Mereka takut turun ke kampung,}" <k6:ujarnya> kepada [M:BBC News Indonesia|BBC] melalui sambungan telepon.

Ia meminta pemerintah daerah segera membuka dapur umum di [P:Balingga].
""",
    claims={
        "ct1": dict(v=5, cat="civilian", out="killed", party="Indonesia"),
        "ct2": dict(v=None, q="vague", lo=1000, hi=9999, cat="civilian", out="other", party="Indonesia"),
        "c1": dict(v=2, cat="civilian", out="killed", party="Indonesia", src="POL", cue="k1", via="according_to"),
        "c2": dict(v=5, cat="civilian", out="killed", party="Indonesia", src="POL", cue="k1", via="according_to"),
        "c3": dict(v=5, cat="people", out="killed", party="Indonesia", src="LAT", cue="k2", via="clause"),
        "c4": dict(v=4, cat="people", out="wounded", party="Indonesia", src="LAT", cue=None, via="continuation"),
        "c5": dict(v=80, cat="military", out="other", party="Indonesia", src="LAT2", cue="k3", via="postposed"),
        "c6": dict(v=1215, cat="civilian", out="other", party="Indonesia", src="YIK", cue="k4", via="clause"),
        "c7": dict(v=2000, q="more_than", cat="civilian", out="other", party="Indonesia", src="WEN", cue="k5", via="clause"),
    },
    quotes={
        "q1": dict(src="LAT2", cue="k3", via="postposed"),
        "q2": dict(src="WEN", cue="k6", via="pronoun"),
    },
))

ARTICLES.append(dict(
    id="f2_P3_paniai",
    meta={"outlet": "Media Indonesia", "url": "https://mediaindonesia.com/nusantara/812457/satgas-damai-cartenz-sebut-kabar-tiga-warga-tewas-di-paniai-hoaks", "date": "2025-10-20"},
    markup="""[A#T1:Satgas Damai Cartenz|Satuan Tugas Operasi Damai Cartenz] Sebut <kt1:Hoaks> Kabar {ct1:Tiga Warga} Tewas di [P:Paniai]

Senin 20 Oktober 2025, 16:45 WIB

[A#DGP:DEWAN Gereja Papua|Dewan Gereja Papua] ([A:DGP|Dewan Gereja Papua]) <k1:melaporkan> {c1:tiga warga sipil} tewas dan {c2:lima lainnya} terluka dalam operasi [A:aparat keamanan|Aparat Keamanan Indonesia] di Distrik [P:Bibida], Kabupaten [P:Paniai], [P:Papua Tengah], Sabtu (18/10).

[A#DEG:Moderator DGP Pendeta Yulianus Degei|Yulianus Degei] <k2:mengatakan> data itu dihimpun dari laporan jemaat dan telah diteruskan ke [A:Komnas HAM Perwakilan Papua|Komisi Nasional Hak Asasi Manusia Perwakilan Papua]. Seperti dilansir [M#MKP:Kabar Papua], [A#DEG2:Degei|Yulianus Degei] <k4:menyebut> {c3:ketiga korban} ditembak saat [A:aparat|Aparat Keamanan Indonesia] menyisir kampung pada pagi hari.

Ia <k5:menambahkan>, {c4:ratusan warga} dari empat kampung kini mengungsi ke [P:Enarotali]. "{q1:Mereka petani biasa, bukan anggota [A:TPNPB|TPNPB-OPM]. Kami minta ada tim independen turun ke [P:Bibida],}" <k6:kata> dia.

Baca juga : Ribuan Warga [P:Intan Jaya] Masih Bertahan di Pengungsian

[A#SAT:Satgas Operasi Damai Cartenz|Satuan Tugas Operasi Damai Cartenz] <k7:membantah> laporan [A:DGP|Dewan Gereja Papua] soal korban sipil itu. [A#MAP:Kepala Satgas Humas Damai Cartenz Kombes Pol Andi Mappasessu|Andi Mappasessu] menyebut kabar tewasnya warga sipil di [P:Bibida] sebagai <k9:hoaks> yang sengaja disebarkan untuk memojokkan [A:aparat|Aparat Keamanan Indonesia].

"{q2:Yang terjadi adalah kontak tembak dengan [A:KKB|TPNPB-OPM]. {c5:Dua anggota kelompok itu} tewas setelah menyerang tim kami lebih dulu,}" <k10:ujar> [A#MAP2:Mappasessu|Andi Mappasessu] di [P:Nabire], Senin (20/10).

<k11:Menurut> dia, {c6:kedua jenazah itu} sudah diserahkan kepada keluarga melalui kepala distrik.

Sementara itu, [A:Komnas HAM Perwakilan Papua|Komisi Nasional Hak Asasi Manusia Perwakilan Papua] mengaku belum dapat memastikan jumlah korban karena tim pemantau belum tiba di lokasi.

Baca juga : [A:TPNPB|TPNPB-OPM] Tembaki Pos [A:Brimob|Korps Brigade Mobil Polri] di [P:Enarotali]

(Z-7)
""",
    claims={
        "ct1": dict(v=3, cat="civilian", out="killed", party="Indonesia", disp=[("T1", "kt1"), ("MAP", "k9")]),
        "c1": dict(v=3, cat="civilian", out="killed", party="Indonesia", src="DGP", cue="k1", via="clause", disp=[("T1", "kt1"), ("MAP", "k9")]),
        "c2": dict(v=5, cat="civilian", out="wounded", party="Indonesia", src="DGP", cue="k1", via="clause", disp=[("SAT", "k7")]),
        "c3": dict(v=3, cat="people", out="killed_or_wounded", party="Indonesia", src="DEG2", cue="k4", via="clause", media=["MKP"], disp=[("T1", "kt1"), ("MAP", "k9")]),
        "c4": dict(v=None, q="vague", lo=100, hi=999, cat="civilian", out="other", party="Indonesia", src="DEG2", cue="k5", via="pronoun", media=["MKP"]),
        "c5": dict(v=2, cat="military", out="killed", party="TPNPB-OPM", src="MAP2", cue="k10", via="postposed"),
        "c6": dict(v=2, cat="people", out="killed", party="TPNPB-OPM", src="MAP2", cue="k11", via="pronoun"),
    },
    quotes={
        "q1": dict(src="DEG2", cue="k6", via="pronoun", media=["MKP"]),
        "q2": dict(src="MAP2", cue="k10", via="postposed"),
    },
))

ARTICLES.append(dict(
    id="f2_P4_mimika",
    meta={"outlet": "Seputarpapua", "url": "https://seputarpapua.com/view/polres-mimika-klaim-tembak-mati-tiga-anggota-kst-di-jila.html", "date": "2025-11-13"},
    markup="""[A#T1:Polres Mimika|Kepolisian Resor Mimika] <kt1:Klaim> Tembak Mati {ct1:Tiga Anggota [A:KST|TPNPB-OPM]} dan Sita [E:Senapan SS2-V4|senjata] di [P:Jila]

Kamis, 13 November 2025, 15:20 WIT

[P:Timika], [M:Seputarpapua.com|Seputarpapua] – [A#POL:Polres Mimika|Kepolisian Resor Mimika] <k1:mengklaim> menembak mati {c1:tiga anggota [A:Kelompok Separatis Teroris|TPNPB-OPM]} ([A:KST|TPNPB-OPM]) saat menggerebek markas kelompok itu bersama [A:Kodim 1710/Mimika|Komando Distrik Militer 1710/Mimika] di Kampung [P:Jila], Distrik [P:Jila], Kabupaten [P:Mimika], [P:Papua Tengah], Rabu (12/11/2025).

[A#RAH:Kapolres Mimika AKBP Bonifasius Rahakbauw|Bonifasius Rahakbauw] <k2:mengatakan>, dari markas itu petugas menyita {c2:sepucuk [E:senapan serbu SS2-V4|senjata]}, {c3:sepucuk [E:pistol rakitan|senjata]}, {c4:146 butir [E:amunisi kaliber 5,56 mm|amunisi]}, {c5:satu [E:granat tangan rakitan|senjata]} serta sejumlah dokumen.

"{q1:[E:Senapan SS2-V4|senjata] itu diduga hasil rampasan dari pos [A:Brimob|Korps Brigade Mobil Polri] di [P:Kuala Kencana] tahun lalu. Kami masih mengejar sisa kelompok ini yang lari ke hutan,}" <k3:ujar> [A#RAH2:Rahakbauw|Bonifasius Rahakbauw] di [P:Timika], Kamis (13/11/2025).

Baca Juga: Dua Pekerja Jalan Trans [P:Nabire]-[P:Timika] Ditembak di [P:Mapurujaya]

Juru bicara [A:TPNPB-OPM], [A#NAW:Elias Nawipa], <k4:membantah> ada anggotanya yang tewas dalam penggerebekan itu. Ia justru menuding [A:aparat gabungan|Aparat Keamanan Indonesia] menembak warga yang sedang berburu.

"{q2:Tidak ada anggota kami yang tewas di [P:Jila]. Kami juga <k5:tidak kehilangan> [E:senjata] maupun [E:amunisi], semua masih dipegang [A:pasukan Kodap II Timika|TPNPB-OPM],}" <k6:katanya> melalui pesan [M#MWA:WhatsApp].

Menanggapi bantahan itu, [A#RAH3:Rahakbauw|Bonifasius Rahakbauw] <k7:memastikan> {c6:ketiga jenazah} telah diidentifikasi keluarga di [P:RSUD Mimika] sebagai anggota kelompok pimpinan [A:Demianus Tsolme].

Baca Juga: [A:Satgas Damai Cartenz|Satuan Tugas Operasi Damai Cartenz] Evakuasi Guru dari Distrik [P:Hoya]
""",
    claims={
        "ct1": dict(v=3, cat="military", out="killed", party="TPNPB-OPM", src="T1", cue="kt1", via="clause", disp=[("NAW", "k4")]),
        "c1": dict(v=3, cat="military", out="killed", party="TPNPB-OPM", src="POL", cue="k1", via="clause", disp=[("NAW", "k4")]),
        "c2": dict(v=1, cat="equipment", out="captured", party="TPNPB-OPM", src="RAH", cue="k2", via="clause", disp=[("NAW", "k5")]),
        "c3": dict(v=1, cat="equipment", out="captured", party="TPNPB-OPM", src="RAH", cue="k2", via="clause", disp=[("NAW", "k5")]),
        "c4": dict(v=146, cat="equipment", out="captured", party="TPNPB-OPM", src="RAH", cue="k2", via="clause", disp=[("NAW", "k5")]),
        "c5": dict(v=1, cat="equipment", out="captured", party="TPNPB-OPM", src="RAH", cue="k2", via="clause", disp=[("NAW", "k5")]),
        "c6": dict(v=3, cat="people", out="killed", party="TPNPB-OPM", src="RAH3", cue="k7", via="clause", disp=[("NAW", "k4")]),
    },
    quotes={
        "q1": dict(src="RAH2", cue="k3", via="postposed"),
        "q2": dict(src="NAW", cue="k6", via="pronoun", media=["MWA"]),
    },
))
