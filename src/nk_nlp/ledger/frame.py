"""The ledger as a typed pandas DataFrame (pandas is optional: `pip install "nk_nlp[ledger]"`).

Column kinds (table.COLUMNS): string -> pandas `string`, int -> nullable `Int64`, number ->
`Int64` (`Float64` when some value is not whole), date -> `datetime64[ns]` (NaT when null),
bool -> nullable `boolean`, list -> Python lists."""

from typing import Any, Dict, Iterable, Optional, Sequence, Tuple

from nk_nlp.ledger.table import COLUMNS, ledger_rows

EXTRA_HINT = 'pip install "nk_nlp[ledger]"'


def require(module: str):
    """Import an optional dependency, or fail with the install line that brings it."""
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError as err:
        raise ImportError(f"this needs {module}, which is not installed: {EXTRA_HINT}") from err


def is_whole(values: Iterable[Any]) -> bool:
    return all(v is None or float(v).is_integer() for v in values)


def typed_frame(rows: Sequence[Dict[str, Any]], columns: Tuple[Tuple[str, str], ...]):
    pd = require("pandas")
    frame = pd.DataFrame(list(rows), columns=[name for name, _ in columns])
    for name, kind in columns:
        values = frame[name]
        if kind == "string":
            frame[name] = values.astype("string")
        elif kind in ("int", "number"):
            whole = kind == "int" or is_whole(v for v in values if not _missing(v))
            frame[name] = pd.array([None if _missing(v) else v for v in values], dtype="Int64" if whole else "Float64")
        elif kind == "date":
            frame[name] = pd.to_datetime(values.astype("string"), errors="coerce", format="ISO8601").astype("datetime64[ns]")
        elif kind == "bool":
            frame[name] = values.astype("boolean")
        elif kind == "list":
            frame[name] = [list(v) if isinstance(v, (list, tuple)) else [] for v in values]
    return frame


def _missing(value: Any) -> bool:
    return value is None or (isinstance(value, float) and value != value)


def to_dataframe(records: Iterable[Dict[str, Any]], sides: Optional[Any] = None):
    """The ledger of `records` (annotation records, as dicts): one row per claim, typed."""
    return typed_frame(list(ledger_rows(records, sides)), COLUMNS)
