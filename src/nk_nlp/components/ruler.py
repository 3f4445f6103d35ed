"""`nk_entity_ruler`: spaCy's EntityRuler, with the token patterns run by
`TokenPatternMatcher` (same matches, a fraction of the time).

Patterns, serialisation, scoring and the choice among overlapping matches are the
EntityRuler's own; only how token-pattern matches are found changes. A pattern
outside the fast matcher's subset stays with spaCy's Matcher.
"""

import warnings
from typing import Callable, Iterable, List, Optional, Tuple, Union

import srsly

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline.entityruler import DEFAULT_ENT_ID_SEP, EntityRuler
from spacy.tokens import Doc, Span

from nk_nlp.text.token_matcher import TokenPatternMatcher, supports


class NewsEntityRuler(EntityRuler):
    def __init__(self, *args, **kwargs):
        self._split_matchers = None
        super().__init__(*args, **kwargs)

    def clear(self) -> None:
        super().clear()
        self._split_matchers = None

    def add_patterns(self, patterns) -> None:
        super().add_patterns(patterns)
        self._split_matchers = None

    def remove(self, ent_id: str) -> None:
        super().remove(ent_id)
        self._split_matchers = None

    def from_bytes(self, patterns_bytes: bytes, *, exclude: Iterable[str] = tuple()) -> "NewsEntityRuler":
        """EntityRuler.from_bytes with its settings read before the patterns are added:
        spaCy's (3.8) makes a new, empty PhraseMatcher after adding them, so every phrase
        pattern was lost in `nlp.from_bytes`. Its from_disk has the right order."""
        cfg = srsly.msgpack_loads(patterns_bytes)
        if not isinstance(cfg, dict):
            return super().from_bytes(patterns_bytes, exclude=exclude)
        self.overwrite = cfg.get("overwrite", False)
        self.phrase_matcher_attr = cfg.get("phrase_matcher_attr", None)
        self.ent_id_sep = cfg.get("ent_id_sep", DEFAULT_ENT_ID_SEP)
        self.clear()  # a new PhraseMatcher, on phrase_matcher_attr
        self.add_patterns(cfg.get("patterns", cfg))
        return self

    def _matchers(self) -> Tuple[TokenPatternMatcher, Optional[Matcher]]:
        """The token patterns split between the fast matcher and spaCy's (built when first needed)."""
        if self._split_matchers is None:
            fast = TokenPatternMatcher(self.nlp.vocab)
            rest = Matcher(self.nlp.vocab, fuzzy_compare=self.matcher_fuzzy_compare)
            for key, patterns in self.token_patterns.items():
                for pattern in patterns:
                    if supports(pattern):
                        fast.add(key, pattern)
                    else:
                        rest.add(key, [pattern])
            self._split_matchers = (fast, rest if len(rest) else None)
        return self._split_matchers

    def match(self, doc: Doc):
        self._require_patterns()
        fast, rest = self._matchers()
        matches = fast(doc)
        if rest is not None:
            matches += rest(doc)
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message="\\[W036")
            matches += self.phrase_matcher(doc)
        final_matches = {(m_id, start, end) for m_id, start, end in matches if start != end}
        return sorted(final_matches, key=lambda m: (m[2] - m[1], -m[1]), reverse=True)

    def set_annotations(self, doc: Doc, matches) -> None:
        """EntityRuler.set_annotations without its per-match Token objects and, when
        existing entities are kept, its rescans of them (neither changes the result)."""
        if self.overwrite:
            return super().set_annotations(doc, matches)
        existing = doc.ents if doc.has_annotation("ENT_IOB") else ()
        typed = {i for ent in existing for i in range(ent.start, ent.end)}
        new_entities: List[Span] = []
        seen_tokens = set()
        for match_id, start, end in matches:
            if typed and not typed.isdisjoint(range(start, end)):
                continue
            # The EntityRuler checks only the ends against earlier matches (its boundaries are inclusive).
            if start not in seen_tokens and end - 1 not in seen_tokens:
                if match_id in self._ent_ids:
                    label, ent_id = self._ent_ids[match_id]
                    new_entities.append(Span(doc, start, end, label=label, span_id=ent_id))
                else:
                    new_entities.append(Span(doc, start, end, label=match_id))
                seen_tokens.update(range(start, end))
        doc.set_ents(list(existing) + new_entities, default="outside")


@Language.factory(
    "nk_entity_ruler",
    requires=[],  # the tokens only; entities already set are kept unless overwrite_ents
    assigns=["doc.ents", "token.ent_type", "token.ent_iob"],
    default_config={
        "phrase_matcher_attr": None,
        "matcher_fuzzy_compare": {"@misc": "spacy.levenshtein_compare.v1"},
        "validate": False,
        "overwrite_ents": False,
        "ent_id_sep": DEFAULT_ENT_ID_SEP,
        "scorer": {"@scorers": "spacy.entity_ruler_scorer.v1"},
    },
    default_score_weights={"ents_f": 1.0, "ents_p": 0.0, "ents_r": 0.0, "ents_per_type": None},
)
def make_news_entity_ruler(
    nlp: Language,
    name: str,
    phrase_matcher_attr: Optional[Union[int, str]],
    matcher_fuzzy_compare: Callable,
    validate: bool,
    overwrite_ents: bool,
    ent_id_sep: str,
    scorer: Optional[Callable],
) -> NewsEntityRuler:
    return NewsEntityRuler(
        nlp,
        name,
        phrase_matcher_attr=phrase_matcher_attr,
        matcher_fuzzy_compare=matcher_fuzzy_compare,
        validate=validate,
        overwrite_ents=overwrite_ents,
        ent_id_sep=ent_id_sep,
        scorer=scorer,
    )
