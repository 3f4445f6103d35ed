"""The resolver's words: the lists of the knowledge base's context.json, as the phrase
tables and sets the rules probe (was `EntityResolver._set_kb`). Every Indonesian word a
rule tests comes from here; context.json documents each list in its `_about_*` keys."""

from typing import Dict, Iterable, List, Set, Tuple

from nk_nlp.knowledge.kb import norm
from nk_nlp.text.phrases import PhraseTable


def phrases(words: Iterable[str]) -> PhraseTable:
    """Multi-word phrases (split at spaces), looked up longest first."""
    return PhraseTable(words, str.split)


class ResolverLexicon:
    """The context.json lists, compiled once per knowledge base."""

    def __init__(self, context: dict):
        def w(name: str) -> List[str]:
            return list(context[name])

        abbreviations: Dict[str, str] = dict(context["ministry_abbreviations"])
        self.titles: PhraseTable = phrases(w("titles"))
        self.title_words: Set[str] = {x for t in w("titles") for x in t.split()} | {
            x for f in w("ministry_fields") for x in f.split()}
        self.force_nouns: PhraseTable = phrases(w("force_nouns"))
        self.force_modifiers: PhraseTable = phrases(w("force_modifiers"))
        self.institutions: PhraseTable = phrases(w("institution_heads") + list(abbreviations))
        self.ministry_fields: PhraseTable = phrases(w("ministry_fields"))
        self.government_nouns: Set[Tuple[str, ...]] = {tuple(g.split()) for g in w("government_nouns")}
        self.trim_leading: PhraseTable = phrases(w("trim_leading"))
        self.trim_words: Set[str] = {t[0] for t in self.trim_leading.keys()}
        self.place_classifiers: PhraseTable = phrases(w("place_classifiers"))
        self.place_classifier_words: Set[str] = {p for p in w("place_classifiers") if " " not in p}
        self.outlet_cues: PhraseTable = phrases(w("outlet_cues"))
        self.media_relay_cues: PhraseTable = phrases(w("media_relay_cues"))
        self.keep_leading: Set[str] = {norm(k) for k in w("keep_leading")}
        self.locative_before: PhraseTable = phrases(w("locative_before"))
        self.not_locative_after: Dict[str, Set[str]] = {k: set(v) for k, v in context["locative_not_after"].items()}
        self.not_locative_after.setdefault("dari", set()).update(w("acting_before_dari"))
        self.directions_after: PhraseTable = phrases(w("directions_after"))
        self.direction_words: Set[str] = {d for d in w("directions_after") if " " not in d}
        self.direction_last_words: Set[str] = {t[-1] for t in self.directions_after.keys()}
        self.coordinators: Set[str] = set(w("coordinators"))
        self.non_entity_phrases: PhraseTable = phrases(w("non_entity_phrases"))
        self.person_nouns: Set[str] = set(w("person_nouns"))
        self.name_stopwords: Set[str] = set(w("name_stopwords"))
        self.abbreviations: Dict[str, str] = abbreviations
        self.title_abbreviations: Dict[str, str] = dict(context["title_abbreviations"])
        self.organisation_heads: PhraseTable = phrases(w("organisation_heads") + w("institution_heads"))
        self.name_connectors: Set[str] = set(w("name_connectors"))
        self.unit_nouns: Set[str] = set(w("unit_nouns"))
        self.capture_verbs: Set[str] = set(w("capture_verbs"))
        # `anti-kapal` is three tokens: the hyphenated modifiers also as the tokenizer splits them.
        self.equipment_modifiers: PhraseTable = phrases(
            w("equipment_modifiers") + [m.replace("-", " - ") for m in w("equipment_modifiers") if "-" in m])
        self.equipment_participles: PhraseTable = phrases(w("equipment_participles"))
        self.equipment_descriptors: PhraseTable = phrases(w("equipment_descriptors"))
        self.equipment_model_markers: Set[str] = set(w("equipment_model_markers"))
        self.speech_verbs_after_name: Set[str] = set(w("speech_verbs_after_name"))
        self.adverbs_before_speech_verb: Set[str] = set(w("adverbs_before_speech_verb"))
        self.roles_before_name: PhraseTable = phrases(w("roles_before_name"))
        self.appositive_openers: Set[str] = set(w("appositive_openers"))
        self.name_particles: Set[str] = set(w("name_particles"))
        self.title_prefixes: PhraseTable = phrases(w("title_prefixes"))
        self.office_nouns: PhraseTable = phrases(w("office_nouns"))
        self.photo_credit_cues: PhraseTable = phrases(w("photo_credit_cues"))
        self.government_force_words: Set[str] = set(w("government_force_words"))
        self.role_titles: PhraseTable = phrases(w("role_titles_before_owner"))
        self.headline_function_words: Set[str] = set(w("headline_function_words"))
        self.acronym_name_connectors: Set[str] = set(w("acronym_name_connectors"))
        self.list_joiners: Set[str] = set(w("list_joiners"))
        self.owned_territory_words: Set[str] = set(w("owned_territory_words"))
        self.role_openers_after_comma: Set[str] = set(w("role_openers_after_comma"))
        self.adjectival_force_words: Set[str] = set(w("adjectival_force_words"))
        self.ordinal_markers: Set[str] = set(w("ordinal_markers"))
        self.organisation_branch_words: PhraseTable = phrases(w("organisation_branch_words"))
        self.acronym_slots_before: List[str] = w("acronym_slots_before")
        self.acronym_verbs_after: List[str] = w("acronym_verbs_after")
        self.acronym_common_nouns: Set[str] = set(w("acronym_common_nouns"))
        templates: Dict[str, str] = context["canonical_templates"]
        self.state_force_template: str = templates["state_force"]
        self.place_authority_template: str = templates["place_authority"]
        self.state_force_prefix: str = self.state_force_template.split("{owner}")[0]
