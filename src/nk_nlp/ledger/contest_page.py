"""The contest view as an HTML page a person can read: one sortable table (click a header),
contested groups first; and the link `nk-nlp render` puts on a batch's page."""

from html import escape
from pathlib import Path
from typing import Any, Dict, Iterable, List

from nk_nlp.ledger.contest import CONTEST_COLUMNS, contest_groups
from nk_nlp.ledger.table import ledger_rows

SHOWN = ("group", "contested", "party", "outcome", "category", "thing", "first_date", "last_date", "figures",
         "low", "best", "high", "conservative", "deniers", "sides", "articles", "claims", "claim_texts")
NUMERIC = {name for name, kind in CONTEST_COLUMNS if kind in ("int", "number")}

PAGE = """<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><title>{title}</title>
<style>
body {{ font-family: -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; margin: 2em; color: #222; }}
table {{ border-collapse: collapse; font-size: .85em; width: 100%; }}
th, td {{ border: 1px solid #ddd; padding: .25em .45em; text-align: left; vertical-align: top; }}
th {{ background: #f6f6f6; cursor: pointer; position: sticky; top: 0; }}
td.num {{ text-align: right; }} tr.contested {{ background: #fff3c4; }}
p.note {{ color: #666; font-size: .9em; max-width: 60em; }}
</style>
</head>
<body>
<h1>{title}</h1>
<p class="note">{count} group(s) of claims about the same thing (same party, outcome and category, within
{window} days), {contested} contested (sides give different figures, or someone denies). <b>low / high</b>:
the lowest and highest figure any report allows; <b>best</b>: the middle of the sides' figures (lower median);
<b>conservative</b>: the lowest figure reported (ACLED). Click a column header to sort.</p>
<table id="contest">
<thead><tr>{header}</tr></thead>
<tbody>
{rows}
</tbody>
</table>
<script>
document.querySelectorAll("#contest th").forEach(function (th, col) {{
  th.addEventListener("click", function () {{
    var body = th.closest("table").tBodies[0], rows = Array.from(body.rows);
    var up = th.dataset.dir !== "asc"; th.dataset.dir = up ? "asc" : "desc";
    rows.sort(function (a, b) {{
      var x = a.cells[col].dataset.key, y = b.cells[col].dataset.key;
      var nx = parseFloat(x), ny = parseFloat(y);
      var c = (!isNaN(nx) && !isNaN(ny)) ? nx - ny : x.localeCompare(y);
      return up ? c : -c;
    }});
    rows.forEach(function (r) {{ body.appendChild(r); }});
  }});
}});
</script>
</body>
</html>
"""


def _cell(name: str, value: Any) -> str:
    if isinstance(value, list):
        shown, key = "<br>".join(escape(str(v)) for v in value), "; ".join(map(str, value))
    elif value is None:
        shown, key = "", ""
    elif isinstance(value, bool):
        shown = key = "yes" if value else "no"
    elif isinstance(value, float) and value.is_integer():
        shown = key = str(int(value))
    else:
        shown = escape(str(value))
        key = str(value)
    css = ' class="num"' if name in NUMERIC else ""
    return f'<td{css} data-key="{escape(key)}">{shown}</td>'


def contest_page(groups: List[Dict[str, Any]], title: str = "nk_nlp: contested figures", window: int = 3) -> str:
    rows = "\n".join(
        f'<tr{" class=contested" if group["contested"] else ""}>' + "".join(_cell(n, group.get(n)) for n in SHOWN) + "</tr>"
        for group in groups
    )
    return PAGE.format(
        title=escape(title), count=len(groups), contested=sum(g["contested"] for g in groups), window=window,
        header="".join(f"<th>{escape(name)}</th>" for name in SHOWN), rows=rows,
    )


def contest_page_path(output: Path) -> Path:
    """Where `nk-nlp render -o OUT.html` writes the batch's contest table: OUT.contest.html."""
    output = Path(output)
    return output.with_name(f"{output.stem}.contest.html")


def link_contest_page(page: str, records: Iterable[Any], output: Path) -> str:
    """Write the contest table of `records` beside the batch page `output`, and return the
    page with a link to it above the legend."""
    path = contest_page_path(output)
    groups = contest_groups(ledger_rows(r for r in records if isinstance(r, dict)))
    path.write_text(contest_page(groups, title=f"nk_nlp: contested figures in {Path(output).stem}"),
                    encoding="utf-8", errors="replace")
    contested = sum(g["contested"] for g in groups)
    link = (f'<p class="counts"><a href="{escape(path.name)}">Contest view</a>: {len(groups)} group(s) of claims '
            f"about the same thing, {contested} contested</p>\n")
    return page.replace('<p class="legend">', link + '<p class="legend">', 1)
