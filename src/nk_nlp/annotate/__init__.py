"""Batch annotation: input records in, exactly one output record per input out.

options.py  AnnotateOptions, the settings of a run
inputs.py   InputRecord and the readers (.txt, directories, .jsonl, stdin)
engine.py   a stream of input records through nlp.pipe: pieces, segments, error capture
parallel.py the fork pool (n_process > 1)
output.py   write_record, resume_state, skip_done, Progress
run.py      annotate_records, run_annotate, load_pipeline
shards.py   annotation by shards: a directory of output shards and its manifest
distributed.py  the shards on a Dask cluster (--engine dask; the dask extra)
"""

from nk_nlp.annotate.inputs import InputError, InputRecord, check_inputs, read_inputs
from nk_nlp.annotate.options import AnnotateOptions
from nk_nlp.annotate.output import OutputError, Progress, check_output, resume_state, skip_done, write_record
from nk_nlp.annotate.run import annotate_records, load_pipeline, run_annotate

__all__ = [
    "AnnotateOptions", "InputError", "InputRecord", "OutputError", "Progress", "annotate_records", "check_inputs",
    "check_output", "load_pipeline", "read_inputs", "resume_state", "run_annotate", "skip_done", "write_record",
]
