"""Read a written ledger or contest view back as the typed DataFrame `to_dataframe` gives,
whatever the format (`.csv`, `.jsonl`, `.parquet`)."""

import csv
import json
from pathlib import Path
from typing import Any, Dict, List, Optional, Tuple

from nk_nlp.ledger.frame import require, typed_frame
from nk_nlp.ledger.table import COLUMNS
from nk_nlp.ledger.writers import LIST_SEPARATOR


def _number(cell: str) -> Optional[float]:
    value = float(cell)
    return int(value) if value.is_integer() else value


def _from_csv(cell: str, kind: str) -> Any:
    if kind == "list":
        return cell.split(LIST_SEPARATOR) if cell else []
    if cell == "":
        return None
    if kind in ("int", "number"):
        return _number(cell)
    if kind == "bool":
        return cell == "true"
    return cell


def _rows(path: Path, columns: Tuple[Tuple[str, str], ...]) -> List[Dict[str, Any]]:
    suffix = path.suffix.lower()
    if suffix == ".csv":
        with open(path, encoding="utf-8", newline="") as f:
            return [{name: _from_csv(row.get(name) or "", kind) for name, kind in columns} for row in csv.DictReader(f)]
    if suffix == ".jsonl":
        with open(path, encoding="utf-8") as f:
            return [json.loads(line) for line in f if line.strip()]
    if suffix == ".parquet":
        return require("pyarrow.parquet").read_table(path).to_pylist()
    raise ValueError(f"{path}: unknown format {path.suffix!r}")


def read_ledger(path, columns: Tuple[Tuple[str, str], ...] = COLUMNS):
    """The ledger (or, with `columns=CONTEST_COLUMNS`, the contest view) at `path`, typed."""
    return typed_frame(_rows(Path(path), columns), columns)
