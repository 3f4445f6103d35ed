"""Batch annotation: input records in, exactly one output record per input out."""

from nk_nlp.annotate.engine import (  # noqa: F401
    InputRecord,
    Progress,
    annotate_records,
    load_pipeline,
    read_inputs,
    resume_state,
    run_annotate,
    skip_done,
    write_record,
)
