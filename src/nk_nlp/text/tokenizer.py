"""The tokenizer of every nk_nlp pipeline: spaCy's Indonesian rules plus a few
splits that online news needs. Built once, at pipeline creation: Indonesian
carries ~16,000 tokenizer exceptions, and patching a finished tokenizer reloads
them all for each attribute set."""

from typing import Callable

from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex, registry

# "#Azerbaijan" -> "#", "Azerbaijan": hashtags carry names.
EXTRA_PREFIXES = ["#"]
EXTRA_INFIXES = [
    # "haninmazaya/arrahmah.com", "Foto/Website": a slash between letters splits.
    r"(?<=[A-Za-z])/(?=[A-Za-z])",
    # "menyorot“serangan", "depan”kata": a curly quotation mark glued to a word splits,
    # so that quote spans (inside the marks) fall on token boundaries.
    r"[“”]",
]


@registry.tokenizers("nk_nlp.news_tokenizer.v1")
def create_news_tokenizer() -> Callable[[Language], Tokenizer]:
    def create(nlp: Language) -> Tokenizer:
        defaults = nlp.Defaults
        return Tokenizer(
            nlp.vocab,
            rules=defaults.tokenizer_exceptions,
            prefix_search=compile_prefix_regex(EXTRA_PREFIXES + list(defaults.prefixes)).search,
            suffix_search=compile_suffix_regex(defaults.suffixes).search,
            infix_finditer=compile_infix_regex(list(defaults.infixes) + EXTRA_INFIXES).finditer,
            token_match=defaults.token_match,
            url_match=defaults.url_match,
        )

    return create
