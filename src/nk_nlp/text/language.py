"""The blank pipeline every nk_nlp pipeline and corpus tool starts from."""

import spacy
from spacy.language import Language

NEWS_TOKENIZER = {"@tokenizers": "nk_nlp.news_tokenizer.v1"}


def blank_indonesian() -> Language:
    """spacy.blank("id") with the news tokenizer of the trained pipeline."""
    from nk_nlp.text import tokenizer  # noqa: F401  registers the tokenizer when entry points are not installed

    return spacy.blank("id", config={"nlp": {"tokenizer": NEWS_TOKENIZER}})
