"""Metrics on pairs of article records (gold, predicted).

One implementation serves `nk-nlp evaluate` (two JSONL files) and the
components' scorers (so `spacy evaluate` reports the same numbers): the
scorers turn each Example's reference and predicted Doc into records first.

Spans match exactly on (start, end) (entities also on label). Attribute
accuracies are computed over matched pairs only. A source matches when both
are null, or when both name the same actor: same canonical name, or the same
text when either canonical name is missing.
"""

from collections import Counter, defaultdict
from pathlib import Path
from typing import Any, Dict, Iterable, List, Optional, Sequence, Tuple

from nk_nlp.records.convert import LABELS
from nk_nlp.records.jsonl import read_records

RecordPair = Tuple[Dict[str, Any], Dict[str, Any]]


def prf(tp: int, n_pred: int, n_gold: int) -> Dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": p, "r": r, "f": f}


def _key(item: dict) -> Tuple[int, int]:
    return (item["start"], item["end"])


def _matched(gold: Sequence[dict], pred: Sequence[dict]) -> List[Tuple[dict, dict]]:
    by_key = {_key(g): g for g in gold}
    return [(by_key[_key(p)], p) for p in pred if _key(p) in by_key]


def same_source(gold: Optional[dict], pred: Optional[dict]) -> bool:
    if gold is None or pred is None:
        return gold is None and pred is None
    if gold.get("canonical") and pred.get("canonical"):
        return gold["canonical"] == pred["canonical"]
    return gold["text"].lower() == pred["text"].lower()


def same_cue(gold: Optional[dict], pred: Optional[dict]) -> bool:
    if gold is None or pred is None:
        return gold is None and pred is None
    return _key(gold) == _key(pred)


def same_media(gold: Optional[list], pred: Optional[list]) -> bool:
    return [_key(m) for m in gold or []] == [_key(m) for m in pred or []]


def _bounds(item: dict) -> Tuple[Any, Any]:
    return (item.get("low"), item.get("high"))


CLAIM_ATTRIBUTE_CHECKS = {
    "value": lambda g, p: g.get("value") == p.get("value"),
    "bounds": lambda g, p: _bounds(g) == _bounds(p),
    "qualifier": lambda g, p: g.get("qualifier") == p.get("qualifier"),
    "category": lambda g, p: g.get("category") == p.get("category"),
    "outcome": lambda g, p: g.get("outcome") == p.get("outcome"),
    "party": lambda g, p: g.get("party") == p.get("party"),
}
ATTRIBUTION_CHECKS = {
    "source": lambda g, p: same_source(g.get("source"), p.get("source")),
    "cue": lambda g, p: same_cue(g.get("cue"), p.get("cue")),
    "media": lambda g, p: same_media(g.get("media"), p.get("media")),
}


def _span_scores(pairs: Iterable[RecordPair], field: str, checks: Dict[str, Any]) -> Dict[str, Any]:
    tp = n_pred = n_gold = 0
    correct: Dict[str, int] = defaultdict(int)
    matched_total = 0
    for gold, pred in pairs:
        g_items, p_items = gold.get(field, []), pred.get(field, [])
        n_gold += len(g_items)
        n_pred += len(p_items)
        matched = _matched(g_items, p_items)
        tp += len(matched)
        matched_total += len(matched)
        for name, check in checks.items():
            correct[name] += sum(1 for g, p in matched if check(g, p))
    # spans_<group>_p/r/f is the key `spacy evaluate --spans-key <group>` prints.
    scores: Dict[str, Any] = {f"spans_{field}_{k}": v for k, v in prf(tp, n_pred, n_gold).items()}
    for name in checks:
        scores[f"{field}_{name}_acc"] = correct[name] / matched_total if matched_total else None
    return scores


def score_entities(pairs: Iterable[RecordPair]) -> Dict[str, Any]:
    counts = {label: [0, 0, 0] for label in LABELS}  # tp, pred, gold
    canonical_ok = matched = 0
    for gold, pred in pairs:
        gold_by_key = {(e["start"], e["end"], e["label"]): e for e in gold.get("entities", [])}
        for e in gold.get("entities", []):
            counts.setdefault(e["label"], [0, 0, 0])[2] += 1
        for e in pred.get("entities", []):
            c = counts.setdefault(e["label"], [0, 0, 0])
            c[1] += 1
            g = gold_by_key.get((e["start"], e["end"], e["label"]))
            if g is not None:
                c[0] += 1
                matched += 1
                canonical_ok += g.get("canonical") == e.get("canonical")
    total = [sum(c[i] for c in counts.values()) for i in range(3)]
    scores: Dict[str, Any] = {f"ents_{k}": v for k, v in prf(*total).items()}
    scores["ents_per_type"] = {label: prf(*c) for label, c in counts.items()}
    scores["ents_canonical_acc"] = canonical_ok / matched if matched else None
    return scores


def score_claims(pairs: Iterable[RecordPair]) -> Dict[str, Any]:
    return _span_scores(pairs, "claims", CLAIM_ATTRIBUTE_CHECKS)


def score_quotes(pairs: Iterable[RecordPair]) -> Dict[str, Any]:
    return _span_scores(pairs, "quotes", ATTRIBUTION_CHECKS)


def score_claim_attribution(pairs: Iterable[RecordPair]) -> Dict[str, Any]:
    scores = _span_scores(pairs, "claims", ATTRIBUTION_CHECKS)
    return {k: v for k, v in scores.items() if k.endswith("_acc")}


def _dispute_hits(gold_claim: dict, pred_claim: dict) -> int:
    """Predicted denials of one claim that name a gold denier (each gold denier counts once)."""
    unmatched = list(gold_claim.get("disputed_by") or [])
    hits = 0
    for entry in pred_claim.get("disputed_by") or []:
        match = next((g for g in unmatched if same_source(g.get("source"), entry.get("source"))), None)
        if match is not None:
            unmatched.remove(match)
            hits += 1
    return hits


def score_disputes(pairs: Iterable[RecordPair]) -> Dict[str, Any]:
    """Dispute P/R/F over (claim, denier) pairs (annotation.md, "Disputes"): a predicted
    denial is right when its claim's span matches a gold claim and its denier is one of
    that claim's gold deniers (same_source: canonical name, else text); the cue is not scored."""
    tp = n_pred = n_gold = 0
    for gold, pred in pairs:
        n_gold += sum(len(c.get("disputed_by") or []) for c in gold.get("claims", []))
        n_pred += sum(len(c.get("disputed_by") or []) for c in pred.get("claims", []))
        tp += sum(_dispute_hits(g, p) for g, p in _matched(gold.get("claims", []), pred.get("claims", [])))
    return {f"disputes_{k}": v for k, v in prf(tp, n_pred, n_gold).items()}


def score_records(pairs: Sequence[RecordPair]) -> Dict[str, Any]:
    """Every metric the project reports, on (gold, predicted) record pairs."""
    scores: Dict[str, Any] = {}
    for scorer in (score_entities, score_claims, score_claim_attribution, score_quotes, score_disputes):
        scores.update(scorer(pairs))
    return scores


def example_record_pairs(examples) -> List[RecordPair]:
    """(gold, predicted) records from spaCy Examples, for component scorers."""
    from nk_nlp.records.convert import doc_to_record

    return [(doc_to_record(eg.reference, "gold"), doc_to_record(eg.predicted, "pred")) for eg in examples]


def pair_records(
    gold: Sequence[Dict[str, Any]], pred: Sequence[Dict[str, Any]]
) -> Tuple[List[RecordPair], List[str]]:
    """(gold, predicted) pairs matched on `id`, and warnings.

    A gold record without a prediction is scored against an empty prediction
    (its items count as missed); a prediction without gold is left out; a pair
    whose texts differ is an error, since their offsets cannot be compared.
    """
    for name, records in (("gold", gold), ("predicted", pred)):
        repeated = sorted(rid for rid, n in Counter(str(r.get("id")) for r in records).items() if n > 1)
        if repeated:
            raise ValueError(f"{name} ids must be unique; repeated: {', '.join(repeated[:5])}")
    pred_by_id = {str(r.get("id")): r for r in pred}
    if gold and not set(pred_by_id) & {str(g.get("id")) for g in gold}:
        raise ValueError("no id in common between the gold and the predicted records: nothing to score")
    pairs: List[RecordPair] = []
    warnings: List[str] = []
    for g in gold:
        rid = str(g.get("id"))
        p = pred_by_id.pop(rid, None)
        if p is None:
            warnings.append(f"{rid}: no prediction, scored as an empty record")
            p = {"id": rid, "text": g["text"], "entities": [], "claims": [], "quotes": []}
        elif p.get("text") != g.get("text"):
            raise ValueError(f"{rid}: predicted and gold texts differ; offsets cannot be compared")
        if p.get("errors"):
            warnings.append(f"{rid}: prediction has errors: {'; '.join(map(str, p['errors']))}")
        pairs.append((g, p))
    warnings.extend(f"{rid}: prediction has no gold record, ignored" for rid in pred_by_id)
    return pairs, warnings


def score_files(gold_path: Path, pred_path: Path) -> Tuple[Dict[str, Any], List[str]]:
    """Scores of the predicted records file against the gold one, and the pairing warnings."""
    pairs, warnings = pair_records(read_records(gold_path), read_records(pred_path))
    try:
        return score_records(pairs), warnings
    except (TypeError, KeyError, AttributeError, ValueError) as err:
        raise ValueError(f"cannot score {pred_path} against {gold_path}: a record has an unexpected shape "
                         f"({type(err).__name__}: {err}); `nk-nlp corpus validate` names it") from err
