"""AnnotateOptions: the settings of one annotate run, built once (by `nk-nlp annotate`
or a caller) and handed down whole instead of as five loose parameters."""

from dataclasses import dataclass, fields, replace
from typing import Any, Optional

DEFAULT_MODEL = "id_nk_pipeline"
DEFAULT_MAX_CHARS = 100_000
STDIN = "-"
# Records per memory zone in the main process. Each segment restarts nlp.pipe, so it
# must be large enough for that cost to vanish, small enough to bound memory.
SEGMENT_RECORDS = 2000
# Records per task sent to a worker process: small, so that no worker sits idle at the
# end of a run while another finishes a long task.
WORKER_TASK_RECORDS = 8


@dataclass(frozen=True)
class AnnotateOptions:
    """How records are annotated (not where they come from or go to).

    n_process: worker processes; batch_size: texts per nlp.pipe batch (None: the
    pipeline's); max_chars: longest text annotated in one piece; split_long: annotate
    longer texts in pieces (else refuse them with a reason); segment_records: records
    per memory zone.
    """

    n_process: int = 1
    batch_size: Optional[int] = None
    max_chars: int = DEFAULT_MAX_CHARS
    split_long: bool = True
    segment_records: int = SEGMENT_RECORDS

    def __post_init__(self) -> None:
        if self.max_chars < 1:
            raise ValueError("max_chars must be positive")
        if self.n_process < 1:
            raise ValueError("n_process must be positive")

    @classmethod
    def build(cls, options: Optional["AnnotateOptions"] = None, **overrides: Any) -> "AnnotateOptions":
        """`options` (or the defaults) with keyword overrides; an unknown keyword is a TypeError."""
        unknown = set(overrides) - {f.name for f in fields(cls)}
        if unknown:
            raise TypeError(f"unknown annotate option(s): {', '.join(sorted(unknown))}")
        return replace(options or cls(), **overrides)
