"""`nk-nlp render`: one HTML page for a batch of records (annotate's output).

Per article, displaCy draws the entities (style "ent", canonical name beside the
label) and, paragraph by paragraph, the claims, quotes and their sources (style
"span", so a claim inside a quote stays visible). Each claim's label shows its value,
bounds and outcome and links to a row below with everything else (qualifier,
category, party, source, cue, media). Works from records alone: no pipeline needed.
"""

from html import escape
from pathlib import Path
from typing import IO, Any, Dict, Iterable, Iterator, List, Optional, Tuple

from spacy import displacy
from spacy.displacy.templates import TPL_SPAN, TPL_SPAN_SLICE, TPL_SPAN_START

from nk_nlp.records import strict_json

ENTITY_COLORS = {"ACTOR": "#f4b6c2", "PLACE": "#b5d8f7", "EQUIPMENT": "#ffd59a", "MEDIA": "#d5c4f2"}
CLAIM_COLOR, QUOTE_COLOR, SOURCE_COLOR = "#f7a35c", "#7cb5ec", "#90ed7d"
# displaCy's span template, with labels kept on one line: a claim's label carries its
# value, bounds and outcome, wider than the short word it starts on.
SPAN_TEMPLATES = {
    "span": TPL_SPAN,
    "slice": TPL_SPAN_SLICE,
    "start": TPL_SPAN_START.replace("border-radius: 3px\"", "border-radius: 3px; white-space: nowrap\""),
}

PAGE = """<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<title>{title}</title>
<style>
body {{ font-family: -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; margin: 2em auto; max-width: 1100px;
       color: #222; padding: 0 1em; }}
article {{ border: 1px solid #ddd; border-radius: 6px; padding: 1em 1.5em; margin: 2em 0; }}
h1 {{ font-size: 1.5em; }} h2 {{ font-size: 1.2em; margin: 0 0 .3em 0; }} h3 {{ font-size: 1em; margin: 1.5em 0 .3em; }}
.meta, .counts {{ color: #666; font-size: .9em; }}
.errors {{ color: #a00; font-weight: bold; }}
.entities {{ font-size: .95em; }}
.paragraph {{ border-left: 3px solid #eee; padding-left: .8em; margin: 1em 0; }}
table {{ border-collapse: collapse; font-size: .85em; margin: .5em 0 1.2em; width: 100%; }}
th, td {{ border: 1px solid #ddd; padding: .25em .45em; text-align: left; vertical-align: top; }}
th {{ background: #f6f6f6; }}
tr:target {{ background: #fff3c4; }}
.legend span {{ padding: .15em .5em; border-radius: .3em; margin-right: .4em; font-size: .85em; }}
.none {{ color: #aaa; }}
</style>
</head>
<body>
<h1>{title}</h1>
<p class="counts">{summary}</p>
<p class="legend">{legend}</p>
{articles}
</body>
</html>
"""


def read_records(stream: IO[bytes]) -> Iterator[Tuple[int, Any]]:
    """(line number, parsed JSON, or the JSONProblem saying why the line is not strict
    JSON) per non-blank line."""
    yield from strict_json.read_lines(stream)


def as_record(obj: Any) -> Optional[Dict[str, Any]]:
    """The object as a record to draw, or None. An input record (id, text, meta, as
    `annotate` reads them) is drawn with no annotation; items that are not objects are
    left out (a record `corpus validate` would reject is still shown as far as it goes)."""
    if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
        return None
    record = dict(obj)
    for key in ("entities", "claims", "quotes", "errors"):
        value = obj.get(key, [])
        if not isinstance(value, list):
            return None
        record[key] = value if key == "errors" else [item for item in value if isinstance(item, dict)]
    return record


def _inside(span: Any, text: str) -> bool:
    return (
        isinstance(span, dict)
        and isinstance(span.get("start"), int)
        and isinstance(span.get("end"), int)
        and 0 <= span["start"] < span["end"] <= len(text)
    )


def _number(value: Any) -> str:
    if value is None:
        return "?"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return f"{value:,}".replace(",", ".") if isinstance(value, int) else str(value)


def claim_summary(claim: Dict[str, Any]) -> str:
    """'2.300 [2.300–2.300] killed': value, bounds, outcome, as on the claim's label."""
    bounds = f"[{_number(claim.get('low'))}–{_number(claim.get('high'))}]"
    value = _number(claim.get("value")) if claim.get("value") is not None else "vague"
    return f"{value} {bounds} {claim.get('outcome') or 'no outcome'}"


def _ref_text(ref: Any, canonical: bool = False) -> str:
    if not isinstance(ref, dict):
        return '<span class="none">none</span>'
    shown = escape(str(ref.get("text", "")))
    if canonical and ref.get("canonical") and ref.get("canonical") != ref.get("text"):
        shown += f" → <b>{escape(str(ref['canonical']))}</b>"
    return shown


# ---------------------------------------------------------------- entities


def render_entities(record: Dict[str, Any]) -> str:
    text = record["text"]
    ents = []
    for ent in record["entities"]:
        if not _inside(ent, text):
            continue
        canonical = ent.get("canonical")
        ents.append(
            {
                "start": ent["start"],
                "end": ent["end"],
                "label": escape(str(ent.get("label", "?"))),
                # displaCy writes kb_id into the markup as is: escape it here
                "kb_id": escape(f"→ {canonical}") if canonical and canonical != ent.get("text") else "",
            }
        )
    ents.sort(key=lambda e: (e["start"], -e["end"]))
    flat, last_end = [], 0
    for ent in ents:  # displaCy's ent style cannot draw overlaps
        if ent["start"] >= last_end:
            flat.append(ent)
            last_end = ent["end"]
    return displacy.render(
        {"text": text, "ents": flat}, style="ent", manual=True, options={"colors": ENTITY_COLORS}
    )


# ---------------------------------------------------------------- claims and quotes


def _marked_spans(record: Dict[str, Any], anchor: str) -> List[Dict[str, Any]]:
    """Claims, quotes and their sources as labelled character spans."""
    text = record["text"]
    marked: List[Dict[str, Any]] = []
    sources: Dict[Tuple[int, int], List[str]] = {}
    for kind, items, color in (("CLAIM", record["claims"], CLAIM_COLOR), ("QUOTE", record["quotes"], QUOTE_COLOR)):
        for n, item in enumerate(items, 1):
            if not _inside(item, text):
                continue
            summary = claim_summary(item) if kind == "CLAIM" else ""
            marked.append({"start": item["start"], "end": item["end"], "label": f"{kind} {n}",
                           "note": summary, "url": f"#{anchor}-{kind[0].lower()}{n}", "color": color})
            source = item.get("source")
            if _inside(source, text):
                sources.setdefault((source["start"], source["end"]), []).append(f"{kind[0]}{n}")
    # one label per source mention, naming every claim and quote it is the source of
    for (start, end), owners in sources.items():
        marked.append({"start": start, "end": end, "label": f"SOURCE {' '.join(owners)}", "note": "",
                       "url": f"#{anchor}-{owners[0].lower()}", "color": SOURCE_COLOR})
    return marked


def _blocks(text: str, marked: List[Dict[str, Any]]) -> List[Tuple[int, int]]:
    """Paragraphs (line breaks not inside a marked span)."""
    covered = set()
    for span in marked:
        covered.update(range(span["start"], span["end"]))
    blocks, start = [], 0
    for i, char in enumerate(text):
        if char == "\n" and i not in covered:
            if text[start:i].strip():
                blocks.append((start, i))
            start = i + 1
    if text[start:].strip():
        blocks.append((start, len(text)))
    return blocks


def _tokens(text: str, start: int, end: int, cuts: Iterable[int]) -> List[Tuple[int, int]]:
    """Non-space pieces of text[start:end], also cut at every offset in `cuts`."""
    cut_set = {c for c in cuts if start < c < end}
    pieces, piece_start = [], None
    for i in range(start, end):
        if text[i].isspace():
            if piece_start is not None:
                pieces.append((piece_start, i))
                piece_start = None
            continue
        if piece_start is not None and i in cut_set:
            pieces.append((piece_start, i))
            piece_start = None
        if piece_start is None:
            piece_start = i
    if piece_start is not None:
        pieces.append((piece_start, end))
    return pieces


def render_claims_and_quotes(record: Dict[str, Any], anchor: str) -> str:
    """The paragraphs holding a claim, quote or source, drawn with displaCy spans."""
    text = record["text"]
    marked = _marked_spans(record, anchor)
    if not marked:
        return ""
    out = []
    for start, end in _blocks(text, marked):
        here = [m for m in marked if start <= m["start"] and m["end"] <= end]
        if not here:
            continue
        tokens = _tokens(text, start, end, [m["start"] for m in here] + [m["end"] for m in here])
        token_at_start = {a: i for i, (a, _) in enumerate(tokens)}
        token_at_end = {b: i + 1 for i, (_, b) in enumerate(tokens)}
        spans, colors = [], {}
        for m in here:
            first, last = token_at_start.get(m["start"]), token_at_end.get(m["end"])
            if first is None or last is None:
                continue
            label = escape(m["label"])
            colors[label] = m["color"]
            # displaCy puts kb_id and kb_url into the markup as they are: escape them here
            spans.append({"start_token": first, "end_token": last, "label": label,
                          "kb_id": escape(m["note"]) if m["note"] else escape("→"), "kb_url": escape(m["url"])})
        html = displacy.render(
            {"text": text[start:end], "tokens": [text[a:b] for a, b in tokens], "spans": spans},
            style="span", manual=True, options={"colors": colors, "template": SPAN_TEMPLATES},
        )
        out.append(f'<div class="paragraph">{html}</div>')
    return "\n".join(out)


def _attribution_cells(item: Dict[str, Any]) -> str:
    """The source, cue and media cells that claim and quote rows share."""
    media = ", ".join(_ref_text(m) for m in item.get("media") or []) or '<span class="none">none</span>'
    via = escape(str(item.get("source_via") or "—"))
    return (f"<td>{_ref_text(item.get('source'), canonical=True)}</td><td>{via}</td>"
            f"<td>{_ref_text(item.get('cue'))}</td><td>{media}</td>")


def _claim_rows(record: Dict[str, Any], anchor: str) -> str:
    rows = []
    for n, c in enumerate(record["claims"], 1):
        rows.append(
            f'<tr id="{anchor}-c{n}"><td>CLAIM {n}</td><td>{escape(str(c.get("text", "")))}</td>'
            f"<td>{escape(_number(c.get('value')) if c.get('value') is not None else 'null')}</td>"
            f"<td>{escape(_number(c.get('low')))} – {escape(_number(c.get('high')))}</td>"
            f"<td>{escape(str(c.get('qualifier')))}</td><td>{escape(str(c.get('category')))}</td>"
            f"<td>{escape(str(c.get('outcome') or '—'))}</td><td>{escape(str(c.get('party') or '—'))}</td>"
            f"{_attribution_cells(c)}</tr>"
        )
    if not rows:
        return ""
    head = "".join(f"<th>{h}</th>" for h in ("", "claim", "value", "low – high", "qualifier", "category",
                                             "outcome", "party", "source", "via", "cue", "media"))
    return f"<h3>Claims</h3><table><tr>{head}</tr>{''.join(rows)}</table>"


def _quote_rows(record: Dict[str, Any], anchor: str) -> str:
    rows = []
    for n, q in enumerate(record["quotes"], 1):
        rows.append(
            f'<tr id="{anchor}-q{n}"><td>QUOTE {n}</td><td>{escape(str(q.get("text", "")))}</td>'
            f"{_attribution_cells(q)}</tr>"
        )
    if not rows:
        return ""
    head = "".join(f"<th>{h}</th>" for h in ("", "quote", "source", "via", "cue", "media"))
    return f"<h3>Quotes</h3><table><tr>{head}</tr>{''.join(rows)}</table>"


def render_record(record: Dict[str, Any], number: int) -> str:
    anchor = f"r{number}"
    rid = escape(str(record.get("id", number)))
    meta = record.get("meta") if isinstance(record.get("meta"), dict) else {}
    meta_line = " · ".join(f"{escape(str(k))}: {escape(str(v))}" for k, v in meta.items())
    errors = "".join(f'<p class="errors">error: {escape(str(e))}</p>' for e in record["errors"])
    counts = (f"{len(record['entities'])} entities, {len(record['claims'])} claims, "
              f"{len(record['quotes'])} quotes")
    parts = [f'<article id="{anchor}"><h2>{rid}</h2>',
             f'<p class="meta">{meta_line}</p>' if meta_line else "",
             f'<p class="counts">{counts}</p>', errors]
    if record["text"].strip():
        parts += ["<h3>Entities</h3>", render_entities(record)]
        spans = render_claims_and_quotes(record, anchor)
        if spans:
            parts += ["<h3>Claims and quotes in the text</h3>", spans]
        parts += [_claim_rows(record, anchor), _quote_rows(record, anchor)]
    parts.append("</article>")
    return "\n".join(p for p in parts if p)


def render_page(lines: Iterable[Tuple[int, Any]], title: str = "nk_nlp annotations", limit: Optional[int] = None) -> str:
    """The HTML page for (line number, record) pairs; a line that is not a record is
    shown as such, never fatal."""
    articles, totals = [], {"articles": 0, "entities": 0, "claims": 0, "quotes": 0, "errors": 0}
    for number, obj in lines:
        if limit is not None and totals["articles"] >= limit:
            break
        totals["articles"] += 1
        record = as_record(obj)
        html, problem = None, None
        if record is None:
            problem = f"not JSON ({obj})" if isinstance(obj, ValueError) else "not an annotation record"
        else:
            try:
                html = render_record(record, number)
            except Exception as err:  # noqa: BLE001 - one odd record never costs the page
                problem = f"not an annotation record ({type(err).__name__}: {err})"
        if problem is not None:
            articles.append(f'<article><h2>line {number}</h2><p class="errors">{escape(problem)}</p></article>')
            totals["errors"] += 1
            continue
        for key in ("entities", "claims", "quotes"):
            totals[key] += len(record[key])
        totals["errors"] += bool(record["errors"])
        articles.append(html)
    summary = (f"{totals['articles']} articles · {totals['entities']} entities · {totals['claims']} claims · "
               f"{totals['quotes']} quotes · {totals['errors']} with errors")
    legend = "".join(f'<span style="background:{c}">{label}</span>' for label, c in
                     [*ENTITY_COLORS.items(), ("CLAIM", CLAIM_COLOR), ("QUOTE", QUOTE_COLOR), ("SOURCE", SOURCE_COLOR)])
    return PAGE.format(title=escape(title), summary=summary, legend=legend, articles="\n".join(articles))


def render_file(input_path: str, output: Path, limit: Optional[int] = None, stdin: Optional[IO[bytes]] = None) -> int:
    """Render records from a JSONL file ('-' = standard input) to `output`; returns the article count."""
    import sys

    from nk_nlp.ledger.contest_page import link_contest_page

    kept: List[Any] = []  # the records again, for the contest table linked from the page
    if input_path == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        page = render_page(_keeping(read_records(stream), kept), title="nk_nlp: standard input", limit=limit)
    else:
        with open(input_path, "rb") as stream:
            page = render_page(_keeping(read_records(stream), kept), title=f"nk_nlp: {Path(input_path).name}", limit=limit)
    page = link_contest_page(page, kept if limit is None else kept[:limit], output)
    output.write_text(page, encoding="utf-8", errors="replace")  # lone surrogates from "\\ud800" in JSON
    return page.count("<article")


def _keeping(lines: Iterable[Tuple[int, Any]], kept: List[Any]) -> Iterator[Tuple[int, Any]]:
    for number, obj in lines:
        kept.append(obj)
        yield number, obj
