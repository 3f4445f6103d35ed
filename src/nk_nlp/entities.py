"""PLACEHOLDER for issue 3: the nk_entity_resolver component. Replace this whole module."""

from spacy.language import Language


@Language.factory("nk_entity_resolver")
def make_entity_resolver(nlp: Language, name: str):
    return lambda doc: doc
