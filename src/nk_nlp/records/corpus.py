"""Corpus tooling: validate record files, convert them to a DocBin and back, count them."""

from pathlib import Path
from typing import Any, Dict, Iterable, List, Tuple

from spacy.tokens import DocBin

from nk_nlp.records.convert import doc_to_record, record_to_doc
from nk_nlp.records.jsonl import iter_lines
from nk_nlp.records.validate import RecordChecker, check_record  # noqa: F401 (tests import it from here)


def validate_file(path: Path) -> List[str]:
    """Every problem of every record in a JSONL file (docs/record.schema.json and docs/record.md)."""
    problems: List[str] = []
    for n, record in iter_lines(path):
        if isinstance(record, Exception):
            problems.append(f"{path}:{n}: line {n}: not JSON ({record})")
        elif not isinstance(record, dict):
            problems.append(f"{path}:{n}: line {n}: not a JSON object")
        else:
            try:
                problems.extend(f"{path}:{n}: {problem}" for problem in check_record(record))
            except (TypeError, AttributeError, KeyError, ValueError) as err:  # a shape the checks do not expect
                problems.append(f"{path}:{n}: line {n}: not a valid record ({type(err).__name__}: {err})")
    return problems


def convert_files(paths: Iterable[Path], out: Path, nlp=None) -> Tuple[int, List[str]]:
    """Records to a DocBin with entities, span groups and their attributes.

    Returns the number of docs and the problems (lines not JSON, spans off token boundaries).
    """
    from nk_nlp.text.language import blank_indonesian

    nlp = nlp or blank_indonesian()
    docbin = DocBin(store_user_data=True)
    problems: List[str] = []
    for path in paths:
        for n, record in iter_lines(path):
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

    nlp = nlp or blank_indonesian()
    docs = DocBin().from_disk(path).get_docs(nlp.vocab)
    return [doc_to_record(doc, doc.user_data.get("id") or str(i)) for i, doc in enumerate(docs)]


def corpus_stats(paths: Iterable[Path]) -> Dict[str, Dict[str, int]]:
    """Counts per entity label, claim category, claim qualifier, and of quotes and attributed items."""
    from collections import Counter

    counts: Dict[str, Counter] = {name: Counter() for name in ("records", "entities", "claims", "qualifiers", "attribution")}
    for path in paths:
        for _, record in iter_lines(path):
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
