"""DocEntities: the per-doc state of one resolver call, built in `EntityResolver.__call__`
and handed to every rule: the doc, its token columns, the knowledge base and lexicon,
the headline lines and the fixed phrases that block entities. Nothing per-doc is kept on
the component, so one resolver serves any number of docs at once."""

from typing import Callable, Iterator, List, Optional, Set, Tuple

from spacy.tokens import Doc

from nk_nlp.components.entities.lexicon import ResolverLexicon
from nk_nlp.knowledge.kb import Knowledge
from nk_nlp.text.doc_view import TokenColumns

Entity = Tuple[int, int, str, str]  # start token, end token, label, canonical


class DocEntities:
    __slots__ = ("doc", "tok", "kb", "lex", "make_doc", "headline", "blocked", "lines")

    def __init__(self, doc: Doc, tok: TokenColumns, kb: Knowledge, lex: ResolverLexicon,
                 make_doc: Callable[[str], Doc], headline: Set[int], blocked: List[Tuple[int, int]]):
        self.doc = doc
        self.tok = tok
        self.kb = kb
        self.lex = lex
        self.make_doc = make_doc  # the pipeline's tokenizer, to find a learned name again
        self.headline = headline  # token indices of lines in title case, where capitals prove nothing
        self.blocked = blocked  # token ranges of fixed phrases (`gencatan senjata`) no entity enters
        self.lines: Optional[List[int]] = None  # token indices opening a line, once asked (boundaries.line_starts)

    def spelled(self, text: str) -> Iterator[Tuple[int, int]]:
        """(start, end) of every run of tokens that spells `text` exactly, as the pipeline's
        tokenizer splits it: where a name learned once in the article recurs."""
        words = self.make_doc(text)
        n, n_doc = len(words), len(self.tok)
        for i in self.tok.positions("lower").get(words[0].lower_, ()) if n else ():
            if i <= n_doc - n and self.tok.span_text(i, i + n) == text:
                yield i, i + n
