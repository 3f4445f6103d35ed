"""`nk-nlp render`: the displaCy page shows entities, claims (value, bounds, outcome,
source) and quotes, escapes what it shows, and survives bad input lines."""

import io
import json
import re
from html.parser import HTMLParser

from typer.testing import CliRunner

from nk_nlp.cli import app
from nk_nlp.records.convert import empty_record
from nk_nlp.render import claim_summary, read_records, render_page

TEXT = (
    "Kementerian Pertahanan Ukraina mengklaim 300 tentara Rusia tewas di dekat Bakhmut, lapor Reuters.\n\n"
    '"Kami menembak jatuh 12 drone," kata Oleksandr Syrskyi.'
)


def span(text, start=0, **extra):
    at = TEXT.index(text, start)
    return {"start": at, "end": at + len(text), "text": text, **extra}


def ukraine_record():
    record = empty_record("ua-001", TEXT, {"outlet": "Contoh News", "date": "2023-05-01"})
    ministry = span("Kementerian Pertahanan Ukraina", canonical="Kementerian Pertahanan Ukraina")
    syrskyi = span("Oleksandr Syrskyi", canonical="Oleksandr Syrskyi")
    record["entities"] = [
        {**ministry, "label": "ACTOR"},
        {**span("Rusia"), "label": "ACTOR", "canonical": "Rusia"},
        {**span("Bakhmut"), "label": "PLACE", "canonical": "Bakhmut"},
        {**span("Reuters"), "label": "MEDIA", "canonical": "Reuters"},
        {**span("drone"), "label": "EQUIPMENT", "canonical": "drone"},
        {**syrskyi, "label": "ACTOR"},
    ]
    record["claims"] = [
        {**span("300 tentara Rusia"), "value": 300, "low": 300, "high": 300, "qualifier": "exact",
         "category": "military", "outcome": "killed", "party": "Rusia", "source": ministry,
         "cue": span("mengklaim"), "media": [span("Reuters")]},
        {**span("12 drone"), "value": 12, "low": 12, "high": 12, "qualifier": "exact", "category": "equipment",
         "outcome": "destroyed", "party": None, "source": syrskyi, "cue": span("kata"), "media": []},
    ]
    record["quotes"] = [{**span("Kami menembak jatuh 12 drone,"), "source": syrskyi, "cue": span("kata"), "media": []}]
    return record


def page_for(*records):
    return render_page((n, r) for n, r in enumerate(records, 1))


class TextOf(HTMLParser):
    """The visible text of an HTML fragment, white space collapsed."""

    def __init__(self):
        super().__init__()
        self.parts = []

    def handle_data(self, data):
        self.parts.append(data)

    @classmethod
    def of(cls, html):
        parser = cls()
        parser.feed(html)
        return " ".join(" ".join(parser.parts).split())


def test_entities_are_marked_with_label_and_canonical():
    page = page_for(ukraine_record())
    marks = [TextOf.of(m) for m in re.findall(r'<mark class="entity".*?</mark>', page, flags=re.S)]
    assert "Bakhmut PLACE" in marks and "Reuters MEDIA" in marks and "drone EQUIPMENT" in marks
    assert "Kementerian Pertahanan Ukraina ACTOR" in marks
    assert len(marks) == 6


def test_each_claim_shows_value_bounds_outcome_and_source():
    page = page_for(ukraine_record())
    visible = TextOf.of(page)
    assert "CLAIM 1 300 [300–300] killed" in visible
    assert "CLAIM 2 12 [12–12] destroyed" in visible
    row = TextOf.of(re.search(r'<tr id="r1-c1">.*?</tr>', page, flags=re.S).group(0))
    assert row == (
        "CLAIM 1 300 tentara Rusia 300 300 – 300 exact military killed Rusia "
        "Kementerian Pertahanan Ukraina — mengklaim Reuters"  # no source_via in this record: "—"
    )
    # the claim's label links to its row, and its source is highlighted in the text
    assert 'href="#r1-c1"' in page and "SOURCE C1" in visible


def test_a_claim_inside_a_quote_keeps_both_highlights():
    page = page_for(ukraine_record())
    second_paragraph = re.findall(r'<div class="paragraph">(.*?)</div>\s*(?=<div class="paragraph">|<h3>|</article>)',
                                  page, flags=re.S)[1]
    visible = TextOf.of(second_paragraph)
    assert "QUOTE 1" in visible and "CLAIM 2" in visible and "SOURCE C2 Q1" in visible
    quote_row = TextOf.of(re.search(r'<tr id="r1-q1">.*?</tr>', page, flags=re.S).group(0))
    assert quote_row == "QUOTE 1 Kami menembak jatuh 12 drone, Oleksandr Syrskyi — kata none"


def test_vague_claims_say_so():
    claim = {"value": None, "low": 100, "high": 999, "outcome": None}
    assert claim_summary(claim) == "vague [100–999] no outcome"
    assert claim_summary({"value": 2300, "low": 2300, "high": None, "outcome": "wounded"}) == "2.300 [2.300–?] wounded"


def test_markup_in_articles_and_names_is_escaped():
    text = "<script>alert(1)</script> Hamas & Fatah <b>"
    record = empty_record("x<y", text, {"url": "http://a.b/?q=<i>"})
    record["entities"] = [{"start": 27, "end": 32, "text": "Hamas", "label": "ACTOR", "canonical": "Hamas <&> Co"}]
    page = page_for(record)
    assert "<script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "Hamas &lt;&amp;&gt; Co" in page and "<b>" not in page and "x&lt;y" in page


def test_bad_lines_and_error_records_are_shown_not_fatal():
    stream = io.BytesIO(
        b'{"id": "ok", "text": "Teks.", "meta": {}, "entities": [], "claims": [], "quotes": [], "errors": []}\n'
        b"{broken\n\n"
        + json.dumps(empty_record("bad", "", errors=["missing 'text'"])).encode() + b"\n"
    )
    page = render_page(read_records(stream))
    visible = TextOf.of(page)
    assert "3 articles" in visible and "2 with errors" in visible
    assert "line 2 not JSON (Expecting property name enclosed in double quotes (column 2))" in visible
    assert "error: missing 'text'" in visible


def test_cli_writes_one_page_for_the_batch(tmp_path):
    records = tmp_path / "records.jsonl"
    second = {**ukraine_record(), "id": "ua-002"}
    records.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in (ukraine_record(), second)) + "\n",
                       encoding="utf-8")
    out = tmp_path / "page.html"
    result = CliRunner().invoke(app, ["render", str(records), "-o", str(out)])
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and page.count("<article") == 2
    assert "ua-001" in page and "ua-002" in page


def test_malformed_records_are_shown_line_by_line_never_fatal():
    good = ukraine_record()
    odd = [
        {**good, "entities": [{"start": "x", "end": None, "label": 5}, 7, {"start": 0, "end": 11}]},
        {**good, "claims": [{"start": 0, "end": 11, "value": "banyak", "low": [], "source": "Hamas", "media": 3}]},
        {**good, "quotes": [{"start": 1, "end": 10, "source": {"start": 0}, "media": [1, None]}], "meta": [1]},
        {**good, "errors": [None, {"x": 1}]},
        {**good, "claims": {"not": "a list"}},
        {"id": 3, "text": None},
    ]
    data = b"".join(json.dumps(r).encode() + b"\n" for r in odd)
    data += b'{"id": "nan", "text": "x", "meta": {"v": NaN}}\n' + b'{"id": "u", "text": "caf\xe9"}\n'
    page = render_page(read_records(io.BytesIO(data)))
    visible = TextOf.of(page)
    assert page.count("<article") == 8 and "8 articles" in visible
    assert "line 5 not an annotation record" in visible and "line 6 not an annotation record" in visible
    assert "line 7 not JSON (NaN is not JSON" in visible and "line 8 not JSON (not valid UTF-8" in visible


def test_cli_renders_an_input_file_and_reports_a_bad_output_path(tmp_path):
    inputs = tmp_path / "in.jsonl"
    inputs.write_text(json.dumps({"id": "a", "text": "Teks masukan.", "meta": {}}) + "\n", encoding="utf-8")
    out = tmp_path / "page.html"
    result = CliRunner().invoke(app, ["render", str(inputs), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "Teks masukan." in out.read_text(encoding="utf-8") and "0 entities" in out.read_text(encoding="utf-8")
    result = CliRunner().invoke(app, ["render", str(inputs), "-o", str(tmp_path / "nope" / "page.html")])
    assert result.exit_code == 1 and "error: cannot write" in result.output and result.exception.__class__ is SystemExit
