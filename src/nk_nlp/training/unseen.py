"""The unseen-name split: test articles whose names appear in no training text, no
knowledge-base entry and no pattern.

Built from annotated test articles the rules were never tuned on (corpus/fresh/test.jsonl,
corpus/heldout/{dev,test}.jsonl) by mention replacement (nk_nlp.training.replace) with a
seed of its own, forbidding every word of the knowledge base, the patterns, the gold
training articles and the generated training data. `unseen_overlaps` checks it again
(the knowledge base grows while the split stays): the ablation refuses a stale split.
"""

from pathlib import Path
from typing import Any, Dict, Iterable, List, Sequence, Set

from nk_nlp.records.jsonl import read_records, write_record
from nk_nlp.training.augment import knowledge_words, text_words
from nk_nlp.training.names import NameGenerator
from nk_nlp.training.replace import WORD, MentionReplacer, is_name_word

UNSEEN_SEED = 1_000_003


def forbidden_words(kb_dir: Path, patterns_dir: Path, training_paths: Sequence[Path]) -> Set[str]:
    return knowledge_words(kb_dir, patterns_dir) | text_words(r for p in training_paths for r in read_records(p))


def build_unseen(
    test_paths: Sequence[Path], kb_dir: Path, patterns_dir: Path, training_paths: Sequence[Path], out: Path
) -> int:
    replacer = MentionReplacer(NameGenerator(UNSEEN_SEED, forbidden_words(kb_dir, patterns_dir, training_paths)))
    records = [r for path in test_paths for r in read_records(path)]
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="utf-8") as handle:
        for record in records:
            replaced = replacer.replace(record)
            replaced["id"] = f"unseen_{record['id']}"
            write_record(handle, replaced)
    return len(records)


def entity_name_words(records: Iterable[Dict[str, Any]]) -> Set[str]:
    """The name words (not structure words, not designations with digits) of the records' entities."""
    return {
        w.lower()
        for r in records
        for e in r.get("entities", [])
        for w in WORD.findall(e["text"])
        if is_name_word(w) and not any(ch.isdigit() for ch in w)
    }


def unseen_overlaps(unseen_path: Path, kb_dir: Path, patterns_dir: Path, training_paths: Sequence[Path]) -> List[str]:
    """Name words of the split's entities that the knowledge, patterns or training texts contain."""
    return sorted(entity_name_words(read_records(unseen_path)) & forbidden_words(kb_dir, patterns_dir, training_paths))
