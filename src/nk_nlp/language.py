"""The tokenizer every nk_nlp pipeline and corpus tool shares."""

import spacy
from spacy.language import Language

from .tokenizer import customize_tokenizer


def blank_indonesian() -> Language:
    """spacy.blank("id") with the news tokenizer adjustments of the trained pipeline."""
    return customize_tokenizer()(spacy.blank("id"))
