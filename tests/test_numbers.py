"""The Indonesian number normaliser: every row of the annotation.md number table,
number words, digit groupings, ranges and the traps that are not counts."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nk_nlp.text.numbers import Quantity, default_grammar, parse_digits, read_quantity, tokenize

N = None
EXACT, AT_LEAST, MORE, NEARLY, APPROX, UP_TO, VAGUE = (
    "exact", "at_least", "more_than", "nearly", "approximately", "up_to", "vague")

# expression -> (value, low, high, qualifier)
TABLE = [
    # guideline table, row by row
    ("2.300", (2300, 2300, 2300, EXACT)),
    ("dua ribu tiga ratus", (2300, 2300, 2300, EXACT)),
    ("1,5 juta", (1500000, 1500000, 1500000, EXACT)),
    ("setidaknya 40", (40, 40, N, AT_LEAST)),
    ("sedikitnya 91", (91, 91, N, AT_LEAST)),
    ("minimal 12", (12, 12, N, AT_LEAST)),
    ("paling sedikit 8", (8, 8, N, AT_LEAST)),
    ("lebih dari 700", (700, 700, N, MORE)),
    ("di atas 1.000", (1000, 1000, N, MORE)),
    ("melebihi 250", (250, 250, N, MORE)),
    ("melampaui 10.000", (10000, 10000, N, MORE)),
    ("hampir 5.000", (5000, N, 5000, NEARLY)),
    ("mendekati 5.000", (5000, N, 5000, NEARLY)),
    ("nyaris 300", (300, N, 300, NEARLY)),
    ("sekitar 20", (20, N, N, APPROX)),
    ("kira-kira 150", (150, N, N, APPROX)),
    ("kurang lebih 50", (50, N, N, APPROX)),
    ("sekira 600", (600, N, N, APPROX)),
    ("diperkirakan 3.000", (3000, N, N, APPROX)),
    ("hingga 300", (300, N, 300, UP_TO)),
    ("sampai 45", (45, N, 45, UP_TO)),
    ("bisa mencapai 10.000", (10000, N, 10000, UP_TO)),
    ("kurang dari 100", (100, N, 100, UP_TO)),
    ("di bawah 30", (30, N, 30, UP_TO)),
    ("sebanyak 12", (12, 12, 12, EXACT)),
    ("mencapai 40", (40, 40, 40, EXACT)),
    ("capai 1.200", (1200, 1200, 1200, EXACT)),
    ("belasan", (N, 11, 19, VAGUE)),
    ("puluhan", (N, 10, 99, VAGUE)),
    ("ratusan", (N, 100, 999, VAGUE)),
    ("ribuan", (N, 1000, 9999, VAGUE)),
    ("puluhan ribu", (N, 10000, 99999, VAGUE)),
    ("ratusan ribu", (N, 100000, 999999, VAGUE)),
    ("jutaan", (N, 1000000, 9999999, VAGUE)),
    # vague magnitudes stay vague whatever precedes them
    ("sekitar ratusan", (N, 100, 999, VAGUE)),
    ("Puluhan ribu orang", (N, 10000, 99999, VAGUE)),
    ("belasan ribu", (N, 11000, 19999, VAGUE)),
    # digits with Indonesian grouping
    ("1.166", (1166, 1166, 1166, EXACT)),
    ("45", (45, 45, 45, EXACT)),
    ("10.000.000", (10000000, 10000000, 10000000, EXACT)),
    ("2,5", (2.5, 2.5, 2.5, EXACT)),
    ("3,360 tentara", (3360, 3360, 3360, EXACT)),
    ("1.234,5", (1234.5, 1234.5, 1234.5, EXACT)),
    ("2 ribu", (2000, 2000, 2000, EXACT)),
    ("2,5 juta", (2500000, 2500000, 2500000, EXACT)),
    ("1,500 juta", (1500000, 1500000, 1500000, EXACT)),
    ("10rb", (10000, 10000, 10000, EXACT)),
    ("2jt", (2000000, 2000000, 2000000, EXACT)),
    ("3 miliar", (3000000000, 3000000000, 3000000000, EXACT)),
    # number words
    ("satu", (1, 1, 1, EXACT)),
    ("tujuh", (7, 7, 7, EXACT)),
    ("sembilan", (9, 9, 9, EXACT)),
    ("sepuluh", (10, 10, 10, EXACT)),
    ("sebelas", (11, 11, 11, EXACT)),
    ("dua belas", (12, 12, 12, EXACT)),
    ("Sembilan Belas", (19, 19, 19, EXACT)),
    ("dua puluh lima", (25, 25, 25, EXACT)),
    ("seratus", (100, 100, 100, EXACT)),
    ("seratus dua puluh lima", (125, 125, 125, EXACT)),
    ("dua ratus", (200, 200, 200, EXACT)),
    ("seribu", (1000, 1000, 1000, EXACT)),
    ("sepuluh ribu", (10000, 10000, 10000, EXACT)),
    ("dua ratus ribu", (200000, 200000, 200000, EXACT)),
    ("satu juta dua ratus ribu", (1200000, 1200000, 1200000, EXACT)),
    ("sejuta", (1000000, 1000000, 1000000, EXACT)),
    ("tiga miliar", (3000000000, 3000000000, 3000000000, EXACT)),
    ("setengah juta", (500000, 500000, 500000, EXACT)),
    ("satu setengah juta", (1500000, 1500000, 1500000, EXACT)),
    ("selusin", (12, 12, 12, EXACT)),
    ("setengah lusin", (6, 6, 6, EXACT)),
    ("dua lusin", (24, 24, 24, EXACT)),
    ("DUA RIBU", (2000, 2000, 2000, EXACT)),
    # more qualifiers
    ("sekurang-kurangnya 30", (30, 30, N, AT_LEAST)),
    ("tidak kurang dari 30", (30, 30, N, AT_LEAST)),
    ("tidak lebih dari 30", (30, N, 30, UP_TO)),
    ("Setidaknya tujuh", (7, 7, N, AT_LEAST)),
    ("lebih dari seribu", (1000, 1000, N, MORE)),
    ("500 lebih warga", (500, 500, N, MORE)),
    ("500-an orang", (500, N, N, APPROX)),
    ("4.000an", (4000, N, N, APPROX)),
    ("diperkirakan mencapai 2.000", (2000, N, N, APPROX)),
    # ranges: no single value, both bounds
    ("500-600", (N, 500, 600, VAGUE)),
    ("500 - 600 orang", (N, 500, 600, VAGUE)),
    ("antara 500 dan 600", (N, 500, 600, VAGUE)),
    ("10 hingga 20", (N, 10, 20, VAGUE)),
    ("dua hingga tiga ribu", (N, 2000, 3000, VAGUE)),
    ("puluhan hingga ratusan", (N, 10, 999, VAGUE)),
]

# not counts: dates, times, percentages, decades, years, model numbers, ordinals, money
TRAPS = [
    "27/9/20", "(3/10/2020)", "09:06", "pukul 09:06", "96%", "(97%)", "60 persen", "10-20%", "1990-an", "1990an",
    "Su-27", "S-300", "BM-21 Grad", "F-16", "ke-2", "Rp531", "tahun 1994", "pada 1992", "sejak 1991", "2020",
    "27 September", "2 November 2020", "2019-2020", "salah satu", "lusin", "setengah", "beberapa", "sejumlah",
]


@pytest.mark.parametrize("expression,expected", TABLE, ids=[t[0] for t in TABLE])
def test_table(expression, expected):
    assert read_quantity(expression) == Quantity(*expected)


@pytest.mark.parametrize("expression", TRAPS)
def test_traps_are_not_counts(expression):
    assert read_quantity(expression) is None


def test_table_is_large_enough():
    assert len(TABLE) + len(TRAPS) >= 80 and len(TABLE) >= 80


def test_values_are_integers_when_whole():
    assert isinstance(read_quantity("1,5 juta").value, int)
    assert isinstance(read_quantity("2.300").value, int)


@pytest.mark.parametrize("text,value", [("2.300", 2300), ("2,5", 2.5), ("3,360", 3360), ("1,500", 1500),
                                        ("1.000.000", 1000000), ("12", 12), ("1.5", 1.5), ("2,30", 2.3)])
def test_parse_digits(text, value):
    assert parse_digits(text) == value


def test_comma_before_scale_is_decimal():
    assert parse_digits("1,500", scaled=True) == 1.5


def test_tokenize_like_spacy():
    assert [w.text for w in tokenize("Su-27 10rb 96% kira-kira")] == ["Su", "-", "27", "10", "rb", "96", "%", "kira-kira"]


def test_find_all_in_a_sentence():
    words = tokenize("Sedikitnya 91 warga sipil tewas dan 400 lainnya terluka pada 27 September 2020.")
    found = default_grammar().find_all(words)
    assert [m.quantity.as_tuple() for m in found] == [(91, 91, None, "at_least"), (400, 400, 400, "exact")]
    assert words[found[0].qualifier_start].text == "Sedikitnya" and words[found[0].start].text == "91"


# Round trip: any integer written out in Indonesian words or with dot grouping reads back.
UNITS = ["", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"]


def _below_thousand(n):
    words = []
    hundreds, rest = divmod(n, 100)
    if hundreds:
        words.append("seratus" if hundreds == 1 else f"{UNITS[hundreds]} ratus")
    if 10 <= rest < 20:
        words.append({10: "sepuluh", 11: "sebelas"}.get(rest) or f"{UNITS[rest - 10]} belas")
    else:
        tens, unit = divmod(rest, 10)
        if tens:
            words.append(f"{UNITS[tens]} puluh")
        if unit:
            words.append(UNITS[unit])
    return " ".join(words)


def spell(n):
    millions, rest = divmod(n, 1000000)
    thousands, rest = divmod(rest, 1000)
    parts = []
    if millions:
        parts.append(f"{_below_thousand(millions)} juta")
    if thousands:
        parts.append("seribu" if thousands == 1 else f"{_below_thousand(thousands)} ribu")
    if rest:
        parts.append(_below_thousand(rest))
    return " ".join(parts)


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=1, max_value=999_999_999))
def test_spelled_out_numbers_round_trip(n):
    assert read_quantity(spell(n) + " orang").value == n


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=1, max_value=999_999_999))
def test_dot_grouped_numbers_round_trip(n):
    written = f"{n:,}".replace(",", ".")
    quantity = read_quantity(f"sedikitnya {written} tentara")
    assert (quantity.value, quantity.low, quantity.qualifier) == (n, n, "at_least")


# -- the phrase tables and the bounds table the grammar reads ---------------------------------

@pytest.mark.parametrize("expression, expected", [
    ("500 sampai dengan 600 pengungsi", (N, 500, 600, VAGUE)),  # a two-word range joiner
    ("500 s/d 600 pengungsi", (N, 500, 600, VAGUE)),  # split into three words, like spaCy
    ("tidak kurang dari 70 orang", (70, 70, N, AT_LEAST)),  # the longest qualifier wins over "kurang dari"
    ("tidak lebih dari 20 kendaraan", (20, N, 20, UP_TO)),
    ("pasukan 500 lebih", (500, 500, N, MORE)),  # "lebih" after the number qualifies ...
])
def test_multi_word_phrases(expression, expected):
    assert read_quantity(expression).as_tuple() == expected


def test_lebih_that_compares_does_not_qualify():
    # ... unless it compares (numbers.json "comparatives")
    match = default_grammar().find_all(tokenize("korban 500 lebih banyak dari kemarin"))[0]
    assert match.quantity.as_tuple() == (500, 500, 500, EXACT) and match.expr_end == 2


def test_bounds_come_from_the_schema():
    from nk_nlp.schema import BOUNDS, QUALIFIERS

    for qualifier, (low, high) in BOUNDS.items():
        q = read_quantity(f"{_PHRASE[qualifier]} 40 orang")
        assert q.qualifier == qualifier
        assert (q.low, q.high) == (40 if low else None, 40 if high else None)
    assert set(BOUNDS) | {VAGUE} == set(QUALIFIERS)


_PHRASE = {EXACT: "sebanyak", AT_LEAST: "sedikitnya", MORE: "lebih dari", NEARLY: "hampir", APPROX: "sekitar",
           UP_TO: "paling banyak"}


@pytest.mark.parametrize("text,value,form", [
    ("seorang prajurit", 1, "single"),
    ("sebuah tank", 1, "single"),
    ("Ketujuh prajurit itu", 7, "collective"),
    ("kedua korban", 2, "collective"),
    ("kesepuluh sandera", 10, "collective"),
])
def test_single_and_collective_forms_carry_their_form(text, value, form):
    """The grammar reads them; nk_claims decides where they count (a loss, a tally, before a noun)."""
    (match,) = default_grammar().find_all(tokenize(text))
    assert (match.quantity.value, match.quantity.qualifier, match.form) == (value, "exact", form)


def test_a_qualifier_before_seorang_bounds_it():
    (match,) = default_grammar().find_all(tokenize("sedikitnya seorang anak"))
    assert (match.quantity.value, match.quantity.low, match.quantity.high) == (1, 1, None)


def test_plain_numbers_keep_the_plain_form():
    assert [m.form for m in default_grammar().find_all(tokenize("tujuh desa dan 500-600 warga"))] == ["plain", "plain"]
