"""The claim ledger: annotation records as one flat row per claim (`to_dataframe`,
`ledger_rows`), and the contest view across articles and sources (`contest_groups`).
See docs/ledger.md."""

from nk_nlp.ledger.contest import contest_groups
from nk_nlp.ledger.frame import to_dataframe
from nk_nlp.ledger.table import COLUMNS, ledger_rows

__all__ = ["COLUMNS", "contest_groups", "ledger_rows", "to_dataframe"]
