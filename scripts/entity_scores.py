"""Entity precision / recall / F1 per label of the rule pipeline on a gold corpus.

    python scripts/entity_scores.py [corpus/seeds.jsonl] [--errors]

Runs nk_nlp.build.load_untrained() (the config's pipeline without tok2vec/ner) over
every gold record's text and scores with nk_nlp.evaluation.metrics.score_entities, the same
code `nk-nlp evaluate` uses. --errors lists every missed and spurious entity.
"""

import sys
from pathlib import Path

import srsly

from nk_nlp.build import load_untrained
from nk_nlp.evaluation.metrics import score_entities
from nk_nlp.records.convert import doc_to_record


def main(path: str = "corpus/seeds.jsonl", show_errors: bool = False) -> None:
    gold = list(srsly.read_jsonl(path))
    nlp = load_untrained()
    pairs = [(g, doc_to_record(nlp(g["text"]), g["id"])) for g in gold]
    scores = score_entities(pairs)
    print(f"{'label':<10} {'P':>6} {'R':>6} {'F':>6}")
    for label, s in sorted(scores["ents_per_type"].items()):
        print(f"{label:<10} {s['p']:6.3f} {s['r']:6.3f} {s['f']:6.3f}")
    print(f"{'ALL':<10} {scores['ents_p']:6.3f} {scores['ents_r']:6.3f} {scores['ents_f']:6.3f}")
    print(f"canonical accuracy on matched entities: {scores['ents_canonical_acc']:.3f}")
    if show_errors:
        for g, p in pairs:
            gold_keys = {(e["start"], e["end"], e["label"]): e for e in g["entities"]}
            pred_keys = {(e["start"], e["end"], e["label"]): e for e in p["entities"]}
            for key in sorted(set(gold_keys) | set(pred_keys)):
                if key in gold_keys and key in pred_keys:
                    if gold_keys[key]["canonical"] != pred_keys[key]["canonical"]:
                        print(f"{g['id'][:3]} CANON {key[2]:<9} {gold_keys[key]['text']!r}: "
                              f"gold {gold_keys[key]['canonical']!r} pred {pred_keys[key]['canonical']!r}")
                    continue
                e = gold_keys.get(key) or pred_keys[key]
                kind = "MISS " if key in gold_keys else "SPUR "
                context = g["text"][max(0, e["start"] - 25):e["end"] + 25].replace("\n", " ")
                print(f"{g['id'][:3]} {kind} {key[2]:<9} {e['text']!r} ({e['canonical']}) | …{context}…")


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    main(*(args[:1] or [str(Path("corpus") / "seeds.jsonl")]), show_errors="--errors" in sys.argv)
