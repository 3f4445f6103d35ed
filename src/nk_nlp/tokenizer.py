"""Tokenizer adjustments for Indonesian online news, applied at initialize.

The rules are saved with the tokenizer, so a packaged pipeline needs no code
from here at load time.
"""

from typing import Callable

from spacy.language import Language
from spacy.util import compile_infix_regex, compile_prefix_regex, registry


@registry.callbacks("nk_nlp.customize_tokenizer.v1")
def customize_tokenizer() -> Callable[[Language], Language]:
    def customize(nlp: Language) -> Language:
        # "#Azerbaijan" -> "#", "Azerbaijan": hashtags carry names.
        prefixes = ["#"] + list(nlp.Defaults.prefixes)
        # "haninmazaya/arrahmah.com", "Foto/Website": a slash between letters splits.
        infixes = list(nlp.Defaults.infixes) + [r"(?<=[A-Za-z])/(?=[A-Za-z])"]
        # "menyorot“serangan", "depan”kata": a curly quotation mark glued to a word splits,
        # so that quote spans (inside the marks) fall on token boundaries.
        infixes.append(r"[“”]")
        nlp.tokenizer.prefix_search = compile_prefix_regex(prefixes).search
        nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
        return nlp

    return customize
