"""Write ledger or contest rows by file suffix: `.csv` (standard library), `.jsonl`
(one object per row), `.parquet` (pyarrow, the optional `ledger` extra). Lists become
`; `-joined text in CSV and real lists in JSONL and Parquet; dates are ISO text in CSV
and JSONL, `date32` in Parquet."""

import csv
import json
from datetime import date
from pathlib import Path
from typing import Any, Dict, Iterable, List, Tuple

from nk_nlp.ledger.frame import is_whole, require

FORMATS = (".csv", ".jsonl", ".parquet")
LIST_SEPARATOR = "; "


def _csv_cell(value: Any, kind: str) -> str:
    if value is None:
        return ""
    if kind == "list":
        return LIST_SEPARATOR.join(map(str, value))
    if kind == "bool":
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def write_csv(rows: Iterable[Dict[str, Any]], columns: Tuple[Tuple[str, str], ...], path: Path) -> int:
    count = 0
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow([name for name, _ in columns])
        for row in rows:
            writer.writerow([_csv_cell(row.get(name), kind) for name, kind in columns])
            count += 1
    return count


def write_jsonl(rows: Iterable[Dict[str, Any]], columns: Tuple[Tuple[str, str], ...], path: Path) -> int:
    count = 0
    with open(path, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps({name: row.get(name) for name, _ in columns}, ensure_ascii=False) + "\n")
            count += 1
    return count


def _arrow_type(pa, kind: str, values: List[Any]):
    if kind == "number":
        return pa.int64() if is_whole(values) else pa.float64()
    return {"string": pa.string(), "int": pa.int64(), "date": pa.date32(), "bool": pa.bool_(),
            "list": pa.list_(pa.string())}[kind]


def write_parquet(rows: Iterable[Dict[str, Any]], columns: Tuple[Tuple[str, str], ...], path: Path) -> int:
    pa = require("pyarrow")
    pq = require("pyarrow.parquet")
    rows = list(rows)
    arrays, fields = [], []
    for name, kind in columns:
        values = [row.get(name) for row in rows]
        if kind == "date":
            values = [date.fromisoformat(v) if isinstance(v, str) else v for v in values]
        elif kind == "list":
            values = [list(map(str, v or [])) for v in values]
        elif kind == "string":
            values = [None if v is None else str(v) for v in values]
        arrow_type = _arrow_type(pa, kind, values)
        arrays.append(pa.array(values, type=arrow_type))
        fields.append(pa.field(name, arrow_type))
    pq.write_table(pa.Table.from_arrays(arrays, schema=pa.schema(fields)), path)
    return len(rows)


WRITERS = {".csv": write_csv, ".jsonl": write_jsonl, ".parquet": write_parquet}


def write_rows(rows: Iterable[Dict[str, Any]], columns: Tuple[Tuple[str, str], ...], path: Path) -> int:
    """Write `rows` to `path` in the format its suffix names; returns the row count."""
    path = Path(path)
    writer = WRITERS.get(path.suffix.lower())
    if writer is None:
        raise ValueError(f"{path}: unknown format {path.suffix!r}; use one of {', '.join(FORMATS)}")
    path.parent.mkdir(parents=True, exist_ok=True)
    return writer(rows, columns, path)
