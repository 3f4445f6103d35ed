"""The tokenizer of every nk_nlp pipeline: spaCy's Indonesian rules plus a few
splits that online news needs. Built once, at pipeline creation: Indonesian
carries ~16,000 tokenizer exceptions, and patching a finished tokenizer reloads
them all for each attribute set."""

import re
from typing import Callable, Iterator

import srsly
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex, registry

from nk_nlp.text.normalize import TEXT_MAP, normalize

# "#Azerbaijan" -> "#", "Azerbaijan": hashtags carry names.
EXTRA_PREFIXES = ["#"]
EXTRA_INFIXES = [
    # "haninmazaya/arrahmah.com", "Foto/Website": a slash between letters splits.
    r"(?<=[A-Za-z])/(?=[A-Za-z])",
    # "menyorot“serangan", "depan”kata": a curly quotation mark glued to a word splits,
    # so that quote spans (inside the marks) fall on token boundaries.
    r"[“”]",
]

# spaCy strips affixes one at a time, and each strip searches the rest of the chunk
# again: a run of n punctuation marks ("-----", "!?!?") costs O(n^2) (8,000 dashes:
# 48 s). Runs longer than PUNCT_PIECE are tokenized in pieces of at most that many
# characters, so the cost is linear; a piece is split as the whole run would be
# (one token per mark, "..." kept whole) except at the piece edges.
PUNCT_PIECE = 32
LONG_PUNCT_RUN = re.compile(r"[^\w\s]{%d,}" % (PUNCT_PIECE + 1))
# The fields Tokenizer.to_bytes writes besides the vocab.
SETTINGS = ("prefix_search", "suffix_search", "infix_finditer", "token_match", "url_match")


class NewsTokenizer(Tokenizer):
    """spaCy's Tokenizer that reads through look-alike characters (text/normalize.py: the
    doc is made from the normalised text, the way back to the original is in
    doc.user_data[TEXT_MAP]), linear on runs of punctuation, and loaded from disk
    without rebuilding the ~16,000 exceptions it was just created with."""

    def __call__(self, text: str) -> Doc:
        mapping = normalize(text)
        if mapping is None:
            return self._tokenize(text)
        doc = self._tokenize(mapping.text)
        doc.user_data[TEXT_MAP] = mapping.to_data()
        return doc

    def _tokenize(self, text: str) -> Doc:
        if len(text) <= PUNCT_PIECE or not LONG_PUNCT_RUN.search(text):
            return super().__call__(text)
        docs = [super(NewsTokenizer, self).__call__(piece) for piece in _pieces(text)]
        return Doc.from_docs(docs, ensure_whitespace=False)

    def from_bytes(self, bytes_data: bytes, *, exclude=tuple()) -> "NewsTokenizer":
        """spacy.load creates the tokenizer from the config, then loads the saved one over
        it: when the saved exceptions and patterns are the ones just built, only the vocab
        is read (the exceptions took half of spacy.load)."""
        saved = srsly.msgpack_loads(bytes_data)
        unchanged = (
            "exceptions" not in exclude
            and saved.get("exceptions") == dict(sorted(self.rules.items()))
            and saved.get("faster_heuristics", self.faster_heuristics) == self.faster_heuristics
            and all(saved.get(name) == _pattern(getattr(self, name)) for name in SETTINGS)
        )
        if not unchanged:
            return super().from_bytes(bytes_data, exclude=exclude)
        if "vocab" in saved and "vocab" not in exclude:
            self.vocab.from_bytes(saved["vocab"], exclude=exclude)
        return self


def _pieces(text: str) -> Iterator[str]:
    """`text` cut before and after each long run of punctuation, and the runs into
    pieces of PUNCT_PIECE characters; joined, the pieces are `text`."""
    pos = 0
    for run in LONG_PUNCT_RUN.finditer(text):
        if run.start() > pos:
            yield text[pos:run.start()]
        for start in range(run.start(), run.end(), PUNCT_PIECE):
            yield text[start:min(start + PUNCT_PIECE, run.end())]
        pos = run.end()
    if pos < len(text):
        yield text[pos:]


def _pattern(search) -> str:
    return None if search is None else search.__self__.pattern


@registry.tokenizers("nk_nlp.news_tokenizer.v1")
def create_news_tokenizer() -> Callable[[Language], Tokenizer]:
    def create(nlp: Language) -> Tokenizer:
        defaults = nlp.Defaults
        return NewsTokenizer(
            nlp.vocab,
            rules=defaults.tokenizer_exceptions,
            prefix_search=compile_prefix_regex(EXTRA_PREFIXES + list(defaults.prefixes)).search,
            suffix_search=compile_suffix_regex(defaults.suffixes).search,
            infix_finditer=compile_infix_regex(list(defaults.infixes) + EXTRA_INFIXES).finditer,
            token_match=defaults.token_match,
            url_match=defaults.url_match,
        )

    return create
