"""Corpus tooling: validate records against the spec, convert them to DocBin."""

from pathlib import Path
from typing import Any, Dict, Iterable, Iterator, List, Optional, Tuple

from spacy.tokens import DocBin

from nk_nlp.records.strict_json import read_lines as strict_lines
from nk_nlp.records.convert import CATEGORIES, LABELS, OUTCOMES, QUALIFIERS, record_to_doc

RECORD_FIELDS = {"id": str, "text": str, "meta": dict, "entities": list, "claims": list, "quotes": list, "errors": list}
OPENING_MARKS = '"“'
CLOSING_MARKS = '"”'
NUMBER = (int, float)

# qualifier -> how (low, high) must relate to value (annotation.md, "Numbers")
BOUND_RULES = {
    "exact": ("value", "value"),
    "at_least": ("value", None),
    "more_than": ("value", None),
    "nearly": (None, "value"),
    "approximately": (None, None),
    "up_to": (None, "value"),
}


def read_jsonl(path: Path) -> Iterator[Tuple[int, Any]]:
    """(line number, parsed object or the JSONProblem) for every non-blank line: strict
    JSON, so NaN, 1e999, invalid UTF-8, huge numbers and deep nesting are problems."""
    with open(path, "rb") as f:
        yield from strict_lines(f)


class RecordChecker:
    """Collects every problem of one record as 'id: offset: what' lines."""

    def __init__(self, record: Dict[str, Any]):
        self.record = record
        self.rid = str(record.get("id", "?"))
        self.text = record.get("text") if isinstance(record.get("text"), str) else ""
        self.problems: List[str] = []

    def fail(self, where: Any, what: str) -> None:
        self.problems.append(f"{self.rid}: {where}: {what}")

    def check(self) -> List[str]:
        for field, kind in RECORD_FIELDS.items():
            if not isinstance(self.record.get(field), kind):
                self.fail("record", f"field {field!r} missing or not a {kind.__name__}")
        if self.problems:
            return self.problems
        entities = self.record["entities"]
        for ent in entities:
            if self.span(ent, "entity", ("label", "canonical")):
                if ent["label"] not in LABELS:
                    self.fail(ent["start"], f"unknown entity label {ent['label']!r}")
                if ent["canonical"] is not None and not isinstance(ent["canonical"], str):
                    self.fail(ent["start"], "entity canonical must be a string or null")
        self.ordered(entities, "entities")
        actors = {(e.get("start"), e.get("end")) for e in entities if e.get("label") == "ACTOR"}
        media = {(e.get("start"), e.get("end")) for e in entities if e.get("label") == "MEDIA"}
        for claim in self.record["claims"]:
            if self.span(claim, "claim", ("value", "low", "high", "qualifier", "category", "outcome", "party")):
                self.claim_fields(claim)
                self.attribution(claim, actors, media)
        self.ordered(self.record["claims"], "claims")
        for quote in self.record["quotes"]:
            if self.span(quote, "quote", ()):
                self.quote_marks(quote)
                self.attribution(quote, actors, media)
        self.ordered(self.record["quotes"], "quotes")
        return self.problems

    def span(self, item: Any, kind: str, fields: Iterable[str], need_text: bool = True) -> bool:
        """Offsets inside the text, matching `text`, no white space at the edges."""
        if not isinstance(item, dict):
            self.fail(kind, f"{kind} is not an object")
            return False
        start, end = item.get("start"), item.get("end")
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(self.text)):
            self.fail(start, f"{kind} offsets [{start}:{end}] not inside the text")
            return False
        ok = True
        if need_text and item.get("text") != self.text[start:end]:
            self.fail(start, f"{kind} text {item.get('text')!r} != text[{start}:{end}] {self.text[start:end]!r}")
            ok = False
        if self.text[start].isspace() or self.text[end - 1].isspace():
            self.fail(start, f"{kind} [{start}:{end}] starts or ends on white space")
            ok = False
        for field in fields:
            if field not in item:
                self.fail(start, f"{kind} lacks field {field!r}")
                ok = False
        return ok

    def ordered(self, items: List[dict], kind: str) -> None:
        spans = [(i.get("start"), i.get("end")) for i in items if isinstance(i, dict)]
        if any(not all(isinstance(x, int) for x in s) for s in spans):
            return
        if spans != sorted(spans):
            self.fail(kind, f"{kind} not sorted by start")
        for (s1, e1), (s2, e2) in zip(sorted(spans), sorted(spans)[1:]):
            if s2 < e1:
                self.fail(s2, f"{kind} [{s1}:{e1}] and [{s2}:{e2}] overlap")

    def claim_fields(self, claim: dict) -> None:
        at = claim["start"]
        for field in ("value", "low", "high"):
            if claim[field] is not None and (isinstance(claim[field], bool) or not isinstance(claim[field], NUMBER)):
                self.fail(at, f"claim {field} must be a number or null, not {claim[field]!r}")
                return
        vocab = {"qualifier": QUALIFIERS, "category": CATEGORIES, "outcome": OUTCOMES + (None,)}
        for field, allowed in vocab.items():
            if claim[field] not in allowed:
                self.fail(at, f"claim {field} {claim[field]!r} not one of {allowed}")
        if claim["party"] is not None and not isinstance(claim["party"], str):
            self.fail(at, "claim party must be a string or null")
        value, low, high = claim["value"], claim["low"], claim["high"]
        if value is not None and ((low is not None and low > value) or (high is not None and value > high)):
            self.fail(at, f"claim bounds violate low <= value <= high ({low}, {value}, {high})")
        if claim["qualifier"] == "vague":
            if value is not None or low is None or high is None:
                self.fail(at, "vague claim needs value null and both bounds")
        elif claim["qualifier"] in BOUND_RULES:
            if value is None:
                self.fail(at, f"{claim['qualifier']} claim needs a value")
                return
            want = tuple(value if r == "value" else None for r in BOUND_RULES[claim["qualifier"]])
            if (low, high) != want:
                self.fail(at, f"{claim['qualifier']} claim needs (low, high) = {want}, has ({low}, {high})")

    def attribution(self, item: dict, actors: set, media: set) -> None:
        at = item["start"]
        for field in ("source", "cue", "media"):
            if field not in item:
                self.fail(at, f"lacks field {field!r}")
                return
        source, cue = item["source"], item["cue"]
        if source is not None and self.span(source, "source", ("canonical",)):
            if (source["start"], source["end"]) not in actors:
                self.fail(at, f"source [{source['start']}:{source['end']}] {source['text']!r} is not an ACTOR entity")
        if cue is not None:
            self.span(cue, "cue", ())
            if source is None:
                self.fail(at, "cue set but source null")
        if not isinstance(item["media"], list):
            self.fail(at, "media must be a list")
            return
        for m in item["media"]:
            if self.span(m, "media", ()) and (m["start"], m["end"]) not in media:
                self.fail(at, f"media [{m['start']}:{m['end']}] {m['text']!r} is not a MEDIA entity")

    def quote_marks(self, quote: dict) -> None:
        before = self.text[: quote["start"]].rstrip()
        after = self.text[quote["end"]:].lstrip()
        if not before or before[-1] not in OPENING_MARKS or not after or after[0] not in CLOSING_MARKS:
            self.fail(quote["start"], "quote is not inside quotation marks")


def validate_file(path: Path) -> List[str]:
    problems: List[str] = []
    for n, record in read_jsonl(path):
        if isinstance(record, Exception):
            problems.append(f"{path}:{n}: line {n}: not JSON ({record})")
        elif not isinstance(record, dict):
            problems.append(f"{path}:{n}: line {n}: not a JSON object")
        else:
            try:
                problems.extend(RecordChecker(record).check())
            except (TypeError, AttributeError, KeyError, ValueError) as err:  # a shape the checks do not expect
                problems.append(f"{path}:{n}: line {n}: not a valid record ({type(err).__name__}: {err})")
    return problems


def convert_files(paths: Iterable[Path], out: Path, nlp=None) -> Tuple[int, List[str]]:
    """Records to a DocBin with entities, span groups and their attributes.

    Returns the number of docs and the problems (spans off token boundaries).
    """
    from nk_nlp.text.language import blank_indonesian

    nlp = nlp or blank_indonesian()
    docbin = DocBin(store_user_data=True)
    problems: List[str] = []
    for path in paths:
        for n, record in read_jsonl(Path(path)):
            if isinstance(record, Exception):
                problems.append(f"{path}:{n}: not JSON ({record})")
                continue
            doc, doc_problems = record_to_doc(nlp, record)
            problems.extend(doc_problems)
            docbin.add(doc)
    out.parent.mkdir(parents=True, exist_ok=True)
    docbin.to_disk(out)
    return len(docbin), problems


def docbin_records(path: Path, nlp=None) -> List[Dict[str, Any]]:
    """Read a DocBin written by convert back as records."""
    from nk_nlp.text.language import blank_indonesian
    from nk_nlp.records.convert import doc_to_record

    nlp = nlp or blank_indonesian()
    docs = DocBin().from_disk(path).get_docs(nlp.vocab)
    return [doc_to_record(doc, doc.user_data.get("id") or str(i)) for i, doc in enumerate(docs)]


def corpus_stats(paths: Iterable[Path]) -> Dict[str, Dict[str, int]]:
    """Counts per entity label, claim category, claim qualifier, and of quotes and attributed items."""
    from collections import Counter

    counts: Dict[str, Counter] = {name: Counter() for name in ("records", "entities", "claims", "qualifiers", "attribution")}
    for path in paths:
        for _, record in read_jsonl(Path(path)):
            if not isinstance(record, dict):
                continue
            counts["records"]["records"] += 1
            counts["entities"].update(e["label"] for e in record.get("entities", []))
            counts["claims"].update(c["category"] for c in record.get("claims", []))
            counts["qualifiers"].update(c["qualifier"] for c in record.get("claims", []))
            for field in ("claims", "quotes"):
                items = record.get(field, [])
                counts["attribution"][f"{field} with a source"] += sum(1 for i in items if i.get("source"))
                counts["attribution"][f"{field} in all"] += len(items)
    return {name: dict(sorted(c.items())) for name, c in counts.items()}
