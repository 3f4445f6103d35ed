"""The training data: the gold articles, copies of them with every name replaced
(nk_nlp.training.replace), and documents of the project's own sentences with generated
names (nk_nlp.training.templates). Deterministic for a seed; written as JSONL records and
as a DocBin for `spacy train`.

The template documents carry entities only (their claims are not annotated): they train
the NER, never a claim component.
"""

from pathlib import Path
from typing import Any, Dict, Iterable, List, Sequence, Set

from nk_nlp.components.span_entities import SPANS_KEY
from nk_nlp.records.jsonl import read_records
from nk_nlp.training.names import NameGenerator
from nk_nlp.training.replace import WORD, MentionReplacer
from nk_nlp.training.templates import template_records


def knowledge_words(kb_dir: Path, patterns_dir: Path) -> Set[str]:
    """Every word (lower case) of the knowledge base and pattern files: no generated name may be one."""
    words: Set[str] = set()
    for path in sorted(kb_dir.glob("*.json*")) + sorted(patterns_dir.glob("*.jsonl")):
        words.update(w.lower() for w in WORD.findall(path.read_text(encoding="utf-8")))
    return words


def text_words(records: Iterable[Dict[str, Any]]) -> Set[str]:
    return {w.lower() for r in records for w in WORD.findall(r["text"])}


def training_records(
    gold: Sequence[Dict[str, Any]], forbidden: Set[str], seed: int, copies: int, n_templates: int
) -> List[Dict[str, Any]]:
    names = NameGenerator(seed, forbidden)
    replacer = MentionReplacer(names)
    records = list(gold)
    for copy in range(copies):
        for record in gold:
            replaced = replacer.replace(record)
            replaced["id"] = f"{record['id']}_r{copy}"
            records.append(replaced)
    return records + template_records(names, n_templates)


def build_training_data(
    gold_paths: Sequence[Path], kb_dir: Path, patterns_dir: Path, out_jsonl: Path, out_docbin: Path,
    seed: int = 0, copies: int = 2, n_templates: int = 150,
) -> int:
    from nk_nlp.evaluation.crossval import record_docs, write_docbin
    from nk_nlp.records.jsonl import write_record

    gold = [r for path in gold_paths for r in read_records(path)]
    forbidden = knowledge_words(kb_dir, patterns_dir) | text_words(gold)
    records = training_records(gold, forbidden, seed, copies, n_templates)
    out_jsonl.parent.mkdir(parents=True, exist_ok=True)
    with open(out_jsonl, "w", encoding="utf-8") as out:
        for record in records:
            write_record(out, record)
    docs = record_docs(records)
    for doc in docs:  # the span categorizer's gold: every entity
        doc.spans[SPANS_KEY] = list(doc.ents)
    write_docbin(docs, out_docbin)
    return len(records)

