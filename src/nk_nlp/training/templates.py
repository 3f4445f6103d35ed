"""Sentences written for the training data (by the project, in the style of Indonesian
conflict reporting; no outlet's text), with slots a NameGenerator fills.

A slot is `[LABEL kind]`: the filled text is one gold entity of LABEL. Classifiers,
lower-case roles and outlet descriptors stay outside the slot, as docs/record.md and
the annotation guidelines want (`kampung [PLACE village]`, `kantor berita [MEDIA outlet]`).
"""

import re
from typing import Any, Dict, List

from nk_nlp.training.names import NameGenerator

SENTENCES = [
    "[ACTOR officer] mengatakan dua anggota [ACTOR unit] tewas dalam kontak tembak di kampung [PLACE village], Kabupaten [PLACE region], Senin pagi.",
    "Menurut [ACTOR officer], kelompok itu menembaki pos [ACTOR unit] dari arah hutan sebelum melarikan diri ke [PLACE village].",
    "\"Kami sudah mengirim tambahan pasukan ke [PLACE village] untuk mengamankan warga,\" kata [ACTOR officer] kepada [MEDIA outlet].",
    "[ACTOR armed] mengaku bertanggung jawab atas pembakaran sekolah di distrik [PLACE village], seperti dilaporkan [MEDIA outlet].",
    "Juru bicara [ACTOR armed], [ACTOR person], membantah tuduhan bahwa pihaknya menyerang warga sipil.",
    "Sebanyak 14 warga mengungsi ke gereja di [PLACE village] setelah baku tembak pada Kamis malam.",
    "[ACTOR official] menyatakan pemerintahnya tidak akan mundur dari wilayah [PLACE region].",
    "Pasukan [ACTOR country] menembakkan [EQUIPMENT model] ke arah kota [PLACE city] pada dini hari, kata [ACTOR ministry].",
    "[ACTOR ministry] menyebut sedikitnya tujuh [EQUIPMENT model] milik [ACTOR country] dihancurkan dalam sepekan terakhir.",
    "Dikutip dari [MEDIA outlet], [ACTOR official] menuding [ACTOR country] melanggar gencatan senjata di dekat [PLACE city].",
    "Serangan [EQUIPMENT model] itu menghantam gudang amunisi di pinggiran [PLACE city], menurut laporan [MEDIA outlet].",
    "[ACTOR unit] berhasil merebut kembali desa [PLACE village] setelah pertempuran tiga hari.",
    "Kepala kampung [PLACE village], [ACTOR person], mengatakan warganya belum berani kembali ke kebun.",
    "[ACTOR person] dari [ACTOR ngo] menyebut sedikitnya 300 orang mengungsi dari [PLACE region].",
    "Aparat gabungan dari [ACTOR unit] dan [ACTOR police] menyisir hutan di sekitar [PLACE village].",
    "Jenazah korban dievakuasi menggunakan [EQUIPMENT model] ke rumah sakit di [PLACE city], kata [ACTOR police].",
    "[ACTOR officer] membenarkan bahwa satu pucuk [EQUIPMENT model] dirampas dari pos jaga di [PLACE village].",
    "Laporan itu pertama kali disiarkan kantor berita [MEDIA outlet] dan dikutip oleh [MEDIA outlet].",
    "Sementara itu, [ACTOR official] bertemu [ACTOR official] di [PLACE city] untuk membahas pertukaran tahanan.",
    "[ACTOR country] mengklaim telah menembak jatuh sebuah [EQUIPMENT model] di atas [PLACE region].",
    "Warga [PLACE village] mendengar ledakan keras sekitar pukul 04.30 waktu setempat.",
    "Dalam keterangan tertulis, [ACTOR armed] mengancam akan terus menyerang hingga tuntutan mereka dipenuhi.",
    "[ACTOR officer] menegaskan situasi di [PLACE region] kini kondusif dan aktivitas warga berjalan normal.",
    "[ACTOR ngo] mendesak [ACTOR ministry] membuka akses bagi jurnalis ke [PLACE region].",
    "Sumber [MEDIA outlet] di lapangan menyebut [ACTOR unit] kehilangan dua [EQUIPMENT model] di dekat [PLACE city].",
    "Pemerintah [ACTOR country] menolak laporan itu dan menyebutnya propaganda [ACTOR country].",
    "Kontak senjata terjadi di jalan antara [PLACE village] dan [PLACE village], Rabu sore.",
    "[ACTOR person], seorang guru di [PLACE village], tewas tertembak saat pulang dari pasar.",
    "Pesawat [EQUIPMENT model] milik [ACTOR unit] mendarat darurat di bandara [PLACE city].",
    "[ACTOR official] mengumumkan pengiriman [EQUIPMENT model] tambahan untuk [ACTOR unit].",
    "Menurut data [ACTOR ngo], korban sipil di [PLACE region] sejak Januari mencapai 41 orang.",
    "[ACTOR armed] pimpinan [ACTOR person] disebut menguasai sejumlah kampung di [PLACE region].",
    "\"Mereka datang dengan senjata api dan membakar honai,\" ujar [ACTOR person] kepada [MEDIA outlet].",
    "Video yang beredar di [MEDIA outlet] memperlihatkan [EQUIPMENT model] melintas di jalan utama [PLACE city].",
    "[ACTOR police] menangkap tiga orang yang diduga anggota [ACTOR armed] di [PLACE city].",
    "Dua [EQUIPMENT model] dikerahkan untuk mengejar para pelaku ke arah [PLACE village].",
    "Baca juga: [ACTOR country] Tuding [ACTOR country] Serang Konvoi Bantuan di [PLACE city]",
    "Foto: Dokumentasi [ACTOR police] / [MEDIA outlet]",
    "[PLACE city] - [ACTOR unit] membantah telah menembaki permukiman warga.",
    "[ACTOR official] dan [ACTOR official] sepakat memperpanjang gencatan senjata selama 30 hari.",
]

RANKS = ["Kapten", "Mayor", "Kolonel", "Letnan Kolonel", "Brigadir Jenderal", "Mayor Jenderal", "Letnan Satu",
         "Komisaris Besar", "Ajun Komisaris Besar Polisi", "Inspektur Jenderal", "Sersan Mayor", "Panglima"]
OFFICES = ["Presiden", "Menteri Pertahanan", "Menteri Luar Negeri", "Perdana Menteri", "Gubernur", "Bupati"]
UNIT_FORMS = ["Batalyon Infanteri {n3}", "Brigade Mekanis {n2}", "Resimen {word}", "Satgas {word}", "pasukan {word}",
              "tentara {word}", "Angkatan Bersenjata {word}", "Divisi Lintas Udara ke-{n2}", "Kompi {word}",
              "Korps Marinir {word}", "Yonif {n3}/{word}"]
ARMED_FORMS = ["milisi {word}", "Front Pembebasan {word}", "kelompok bersenjata {word}", "Tentara Pembebasan {word}",
               "Gerakan {word} Merdeka", "separatis {word}", "Brigade {word}"]
POLICE_FORMS = ["Polres {word}", "Polda {word}", "Kepolisian {word}", "polisi {word}"]
MINISTRY_FORMS = ["Kementerian Pertahanan {word}", "Kemenhan {word}", "militer {word}", "Staf Umum {word}",
                  "kantor kepresidenan {word}"]
NGO_FORMS = ["Lembaga Bantuan Hukum {word}", "Komite Kemanusiaan {word}", "Yayasan {word}", "Dewan Adat {word}"]
OUTLET_FORMS = ["{word}.com", "Harian {word}", "{word} News", "{acronym}", "{word} Pos", "Suara {word}", "{word}TV"]
EQUIPMENT_NOUNS = ["tank", "helikopter", "jet tempur", "rudal", "senapan serbu", "drone", "peluncur roket",
                   "kendaraan lapis baja", "howitzer", "pesawat angkut", "kapal patroli"]
MODEL_SHAPES = ["XX-00", "Xx-00", "X-00", "XX-000", "X00", "Xxxxx 0", "XXX-0"]
SLOT = re.compile(r"\[(ACTOR|PLACE|EQUIPMENT|MEDIA) (\w+)\]")


class SlotFiller:
    """Fills the slots of one document: one region style and one cast of countries per document."""

    def __init__(self, names: NameGenerator):
        self.names = names
        self.rng = names.rng
        self.countries = [names.word() for _ in range(2)]

    def fill(self, kind: str) -> str:
        rng, names = self.rng, self.names
        word = lambda: names.word()  # noqa: E731
        fields = {"word": "", "n2": str(rng.randint(10, 99)), "n3": str(rng.randint(100, 999)), "acronym": ""}
        if kind == "person":
            return " ".join(names.person_parts(rng.choice((2, 2, 3))))
        if kind == "officer":
            return f"{rng.choice(RANKS)} {' '.join(names.person_parts(2))}"
        if kind == "official":
            return f"{rng.choice(OFFICES)} {rng.choice(self.countries)} {' '.join(names.person_parts(2))}"
        if kind == "country":
            return rng.choice(self.countries)
        if kind in ("village", "city", "region"):
            return word()
        if kind == "model":
            shape = rng.choice(MODEL_SHAPES)
            model = names.shaped(shape.replace("X", "A").replace("x", "a").replace("0", "1")) if "x" in shape or "X" in shape else shape
            if rng.random() < 0.3:
                model = word()
            return f"{rng.choice(EQUIPMENT_NOUNS)} {model}"
        forms = {"unit": UNIT_FORMS, "armed": ARMED_FORMS, "police": POLICE_FORMS, "ministry": MINISTRY_FORMS,
                 "ngo": NGO_FORMS, "outlet": OUTLET_FORMS}[kind]
        form = rng.choice(forms)
        fields["word"] = rng.choice(self.countries) if "{word}" in form and kind in ("unit", "ministry") and rng.random() < 0.5 else word()
        fields["acronym"] = names.acronym(rng.choice((3, 4)))
        return form.format(**fields)


def template_record(names: NameGenerator, id_: str, n_sentences: int) -> Dict[str, Any]:
    """One document of `n_sentences` filled sentences, as a gold record (entities only)."""
    filler = SlotFiller(names)
    text, entities = "", []
    for sentence in names.rng.sample(SENTENCES, n_sentences):
        position, filled = 0, ""
        for match in SLOT.finditer(sentence):
            filled += sentence[position:match.start()]
            value = filler.fill(match.group(2))
            if not filled:  # a sentence starts with a capital: `militer X` -> `Militer X`
                value = value[0].upper() + value[1:]
            start = len(text) + len(filled)
            entities.append({"start": start, "end": start + len(value), "label": match.group(1), "text": value, "canonical": value})
            filled += value
            position = match.end()
        text += filled + sentence[position:] + ("\n\n" if names.rng.random() < 0.5 else " ")
    return {"id": id_, "text": text.rstrip(), "meta": {}, "entities": entities, "claims": [], "quotes": [], "errors": []}


def template_records(names: NameGenerator, n_docs: int, prefix: str = "tpl") -> List[Dict[str, Any]]:
    return [template_record(names, f"{prefix}_{i:04d}", names.rng.randint(3, 7)) for i in range(n_docs)]
