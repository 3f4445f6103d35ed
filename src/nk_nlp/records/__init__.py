"""Everything that speaks the article record (docs/record.md, docs/record.schema.json):
doc <-> record, the validator, JSONL reading and writing, corpus tools."""

from nk_nlp.extensions import span_ref
from nk_nlp.records.convert import doc_to_record, empty_record, record_to_doc
from nk_nlp.records.jsonl import iter_lines, read_records, write_record
from nk_nlp.records.validate import check_record, finish_record, record_schema

__all__ = [
    "check_record", "doc_to_record", "empty_record", "finish_record", "iter_lines", "read_records",
    "record_schema", "record_to_doc", "span_ref", "write_record",
]
