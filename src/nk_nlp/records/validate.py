"""The one record validator: docs/record.schema.json, then what a schema cannot say.

`check_record` first checks the record against the JSON Schema the repository
publishes (docs/record.schema.json, shipped as nk_nlp/records/record.schema.json).
The schema is read as data by a small interpreter of the keywords it uses ($ref,
type, enum, required, properties, additionalProperties, items, anyOf, minimum,
pattern), so the runtime needs no jsonschema package; the tests check with
jsonschema that the schema is valid and that both agree. Then come the rules of the
spec that JSON Schema cannot express: offsets inside the text and matching it, no
white space at a span's edges, order, bounds per qualifier, sources and media that
are entities, quotes inside quotation marks.

`finish_record` is what `nk-nlp annotate` runs on each record it writes: a record
with a span outside its text (a component's bug) becomes an error record.
"""

import json
import re
from functools import lru_cache
from typing import Any, Dict, List, Optional

from nk_nlp.data import packaged
from nk_nlp.records.strict_json import dumps as strict_dumps
from nk_nlp.records.convert import empty_record
from nk_nlp.schema import BOUNDS  # qualifier -> which of (low, high) equal the value

OPENING_MARKS = '"“'
CLOSING_MARKS = '"”'
_TYPES = {
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
    "string": lambda v: isinstance(v, str),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
    "null": lambda v: v is None,
}


@lru_cache(maxsize=1)
def record_schema() -> Dict[str, Any]:
    """The JSON Schema of the record (docs/record.schema.json)."""
    return json.loads(packaged("records", "record.schema.json").read_text(encoding="utf-8"))


def _describe(schema: Dict[str, Any]) -> str:
    if "enum" in schema:
        return f"one of {tuple(schema['enum'])}"
    if "anyOf" in schema:
        return " or ".join(_describe(s) for s in schema["anyOf"])
    if "$ref" in schema:
        return f"a {schema['$ref'].rsplit('/', 1)[-1]}"
    kinds = schema.get("type")
    kinds = [kinds] if isinstance(kinds, str) else kinds or []
    return " or ".join(("an " if k in ("object", "array", "integer") else "a " if k != "null" else "") + k for k in kinds)


def schema_problems(value: Any, schema: Dict[str, Any], where: str = "record") -> List[str]:
    """'where: what' for every place `value` breaks `schema` (the keywords above);
    `where` is a path like claims[0].source.start."""
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        return schema_problems(value, record_schema()["$defs"][name], where)
    if "anyOf" in schema:
        if any(not schema_problems(value, option, where) for option in schema["anyOf"]):
            return []
        return [f"{where}: must be {_describe(schema)}, not {value!r}"]
    kinds = schema.get("type")
    if kinds is not None:
        kinds = [kinds] if isinstance(kinds, str) else kinds
        if not any(_TYPES[k](value) for k in kinds):
            return [f"{where}: must be {_describe(schema)}, not {value!r}"]
    if "enum" in schema and value not in schema["enum"]:
        return [f"{where}: {value!r} not one of {tuple(schema['enum'])}"]
    problems: List[str] = []
    if isinstance(value, str) and "pattern" in schema and not re.search(schema["pattern"], value):
        problems.append(f"{where}: {value!r} does not match {schema['pattern']}")
    if isinstance(value, (int, float)) and "minimum" in schema and value < schema["minimum"]:
        problems.append(f"{where}: {value} is below {schema['minimum']}")
    if isinstance(value, dict):
        properties = schema.get("properties", {})
        problems += [f"{where}: lacks field {name!r}" for name in schema.get("required", []) if name not in value]
        if schema.get("additionalProperties") is False:
            problems += [f"{where}: unknown field {name!r}" for name in value if name not in properties]
        for name, sub in properties.items():
            if name in value:
                problems += schema_problems(value[name], sub, name if where == "record" else f"{where}.{name}")
    if isinstance(value, list) and "items" in schema:
        for i, item in enumerate(value):
            problems += schema_problems(item, schema["items"], f"{where}[{i}]")
    return problems


def span_fault(ref: Any, text: str) -> Optional[str]:
    """Why `ref` is not a span of `text` (offsets inside it, `text` matching), or None."""
    if not isinstance(ref, dict):
        return f"{ref!r} is not a span"
    start, end = ref.get("start"), ref.get("end")
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
        return f"span [{start}:{end}] outside the text"
    if ref.get("text") != text[start:end]:
        return f"span [{start}:{end}] text {ref.get('text')!r} does not match the article"
    return None


class RecordChecker:
    """Collects every problem of one record as 'id: where: what' lines."""

    def __init__(self, record: Any):
        self.record = record
        self.rid = str(record.get("id", "?")) if isinstance(record, dict) else "?"
        self.text = ""
        self.problems: List[str] = []

    def fail(self, where: Any, what: str) -> None:
        self.problems.append(f"{self.rid}: {where}: {what}")

    def check(self) -> List[str]:
        self.problems = [f"{self.rid}: {p}" for p in schema_problems(self.record, record_schema())]
        if self.problems:
            return self.problems
        self.text = self.record["text"]
        entities = self.record["entities"]
        for i, ent in enumerate(entities):
            self.span(ent, f"entities[{i}]")
        actors = {(e["start"], e["end"]) for e in entities if e["label"] == "ACTOR"}
        media = {(e["start"], e["end"]) for e in entities if e["label"] == "MEDIA"}
        for i, claim in enumerate(self.record["claims"]):
            if self.span(claim, f"claims[{i}]"):
                self.bounds(claim, f"claims[{i}]")
            self.attribution(claim, f"claims[{i}]", actors, media)
            for j, dispute in enumerate(claim.get("disputed_by", [])):
                self.actor(dispute["source"], f"claims[{i}].disputed_by[{j}].source", actors)
                if dispute["cue"] is not None:
                    self.span(dispute["cue"], f"claims[{i}].disputed_by[{j}].cue")
        for i, quote in enumerate(self.record["quotes"]):
            if self.span(quote, f"quotes[{i}]"):
                self.quote_marks(quote, f"quotes[{i}]")
            self.attribution(quote, f"quotes[{i}]", actors, media)
        for field in ("entities", "claims", "quotes"):
            self.ordered(self.record[field], field)
        return self.problems

    def span(self, item: dict, where: str) -> bool:
        """Offsets inside the text, matching `text`, no white space at the edges."""
        fault = span_fault(item, self.text)
        if fault:
            self.fail(where, fault)
            return False
        start, end = item["start"], item["end"]
        if self.text[start].isspace() or self.text[end - 1].isspace():
            self.fail(where, f"span [{start}:{end}] starts or ends on white space")
            return False
        return True

    def ordered(self, items: List[dict], field: str) -> None:
        spans = [(i["start"], i["end"]) for i in items]
        if spans != sorted(spans):
            self.fail(field, f"{field} not sorted by start")
        for (s1, e1), (s2, e2) in zip(sorted(spans), sorted(spans)[1:]):
            if s2 < e1:
                self.fail(field, f"{field} [{s1}:{e1}] and [{s2}:{e2}] overlap")

    def bounds(self, claim: dict, where: str) -> None:
        value, low, high, qualifier = claim["value"], claim["low"], claim["high"], claim["qualifier"]
        if value is not None and ((low is not None and low > value) or (high is not None and value > high)):
            self.fail(where, f"claim bounds violate low <= value <= high ({low}, {value}, {high})")
        if qualifier == "vague":
            if value is not None or low is None or high is None:
                self.fail(where, "vague claim needs value null and both bounds")
        elif value is None:
            self.fail(where, f"{qualifier} claim needs a value")
        else:
            want = tuple(value if rule else None for rule in BOUNDS[qualifier])
            if (low, high) != want:
                self.fail(where, f"{qualifier} claim needs (low, high) = {want}, has ({low}, {high})")

    def actor(self, source: dict, where: str, actors: set) -> None:
        if self.span(source, where) and (source["start"], source["end"]) not in actors:
            self.fail(where, f"source [{source['start']}:{source['end']}] {source['text']!r} is not an ACTOR entity")

    def attribution(self, item: dict, where: str, actors: set, media: set) -> None:
        source, cue = item["source"], item["cue"]
        if source is not None:
            self.actor(source, f"{where}.source", actors)
        elif item.get("source_via") is not None:
            self.fail(where, "source_via set but source null")
        if cue is not None:
            self.span(cue, f"{where}.cue")
            if source is None:
                self.fail(where, "cue set but source null")
        for j, m in enumerate(item["media"]):
            if self.span(m, f"{where}.media[{j}]") and (m["start"], m["end"]) not in media:
                self.fail(f"{where}.media[{j}]", f"media [{m['start']}:{m['end']}] {m['text']!r} is not a MEDIA entity")

    def quote_marks(self, quote: dict, where: str) -> None:
        before = self.text[: quote["start"]].rstrip()
        after = self.text[quote["end"]:].lstrip()
        if not before or before[-1] not in OPENING_MARKS or not after or after[0] not in CLOSING_MARKS:
            self.fail(where, "quote is not inside quotation marks")


def check_record(record: Any) -> List[str]:
    """Every problem of one record, as 'id: where: what' lines; [] when it is valid."""
    return RecordChecker(record).check()


def span_problems(record: Dict[str, Any]) -> List[str]:
    """Spans of a record that do not lie inside its text (a component's bug)."""
    text = record["text"]
    problems = []
    for key in ("entities", "claims", "quotes"):
        for item in record[key]:
            refs = [item] + [item.get(r) for r in ("source", "cue") if item.get(r) is not None]
            refs += list(item.get("media") or [])
            problems += [f"{key[:-1]}: {p}" for p in filter(None, (span_fault(r, text) for r in refs))]
    return problems


def finish_record(record: Dict[str, Any]) -> Dict[str, Any]:
    """The record if it is strict JSON data (no NaN or Infinity) with every span inside
    the text, else an error record saying why."""
    problems = span_problems(record)
    if not problems:
        try:
            strict_dumps(record)
        except (TypeError, ValueError, RecursionError) as err:
            problems = [f"annotation is not JSON data ({err})"]
    if problems:
        return empty_record(
            record["id"], record["text"], record["meta"], [f"pipeline produced invalid output: {problems[0]}"]
        )
    return record

