"""`nk-nlp ledger`: records in, the ledger (or with --contested the contest view) out."""

import sys
from pathlib import Path
from typing import List

from nk_nlp.ledger.contest import CONTEST_COLUMNS, contest_groups
from nk_nlp.ledger.contest_page import contest_page
from nk_nlp.ledger.reading import RecordReader
from nk_nlp.ledger.table import COLUMNS, ledger_rows
from nk_nlp.ledger.writers import FORMATS, write_rows


def run_ledger(inputs: List[str], output: Path, contested: bool = False, window_days: int = 3) -> int:
    """Write the ledger or the contest view; returns the exit code (messages on stderr)."""
    output = Path(output)
    suffixes = FORMATS + ((".html",) if contested else ())
    if output.suffix.lower() not in suffixes:
        print(f"error: {output}: the output must end in {', '.join(suffixes)}", file=sys.stderr)
        return 2
    try:
        reader = RecordReader(inputs)
    except FileNotFoundError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    if any(output.resolve() == f.resolve() for f in reader.files):
        print(f"error: {output} is one of the inputs; an output never overwrites its input", file=sys.stderr)
        return 2
    try:
        if contested:
            groups = contest_groups(ledger_rows(reader), window_days=window_days)
            if output.suffix.lower() == ".html":
                output.parent.mkdir(parents=True, exist_ok=True)
                output.write_text(contest_page(groups, window=window_days), encoding="utf-8", errors="replace")
                count = len(groups)
            else:
                count = write_rows(groups, CONTEST_COLUMNS, output)
        else:
            count = write_rows(ledger_rows(reader), COLUMNS, output)
    except ImportError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    except OSError as err:  # an output folder that cannot be made or written
        print(f"error: cannot write {output}: {err.strerror or err}", file=sys.stderr)
        return 1
    for problem in reader.skipped:
        print(f"warning: {problem}", file=sys.stderr)
    what = "group(s)" if contested else "claim row(s)"
    print(f"Wrote {count} {what} from {len(reader.files)} file(s) to {output}", file=sys.stderr)
    return 0
