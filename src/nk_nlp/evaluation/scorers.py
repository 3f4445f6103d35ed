"""The scorers the nk components are configured with (`[components.X] scorer`).

Registered under versioned names; each returns a module-level function, so a pipeline
that holds one still pickles. Components never import this module: spaCy hands them the
scorer their config names.
"""

from typing import Any, Callable, Dict, Iterable

from spacy.training import Example
from spacy.util import registry

from nk_nlp.evaluation.metrics import example_record_pairs, score_claim_attribution, score_claims, score_disputes, score_quotes


def claims_score(examples: Iterable[Example], **kwargs: Any) -> Dict[str, Any]:
    return score_claims(example_record_pairs(examples))


def quotes_score(examples: Iterable[Example], **kwargs: Any) -> Dict[str, Any]:
    return score_quotes(example_record_pairs(examples))


def attribution_score(examples: Iterable[Example], **kwargs: Any) -> Dict[str, Any]:
    return score_claim_attribution(example_record_pairs(examples))


def disputes_score(examples: Iterable[Example], **kwargs: Any) -> Dict[str, Any]:
    return score_disputes(example_record_pairs(examples))


@registry.scorers("nk_nlp.claims_scorer.v1")
def make_claims_scorer() -> Callable[..., Dict[str, Any]]:
    return claims_score


@registry.scorers("nk_nlp.quotes_scorer.v1")
def make_quotes_scorer() -> Callable[..., Dict[str, Any]]:
    return quotes_score


@registry.scorers("nk_nlp.attribution_scorer.v1")
def make_attribution_scorer() -> Callable[..., Dict[str, Any]]:
    return attribution_score


@registry.scorers("nk_nlp.disputes_scorer.v1")
def make_disputes_scorer() -> Callable[..., Dict[str, Any]]:
    return disputes_score
