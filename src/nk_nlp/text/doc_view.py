"""A doc's token attributes as plain lists, for the components that read them token by
token: `doc[i]` and `for t in doc` make a Token object per read, and `doc.text` joins
new Token objects at each access. Each column is read from the doc's arrays the first
time it is asked for (most components need only a few). Indexed like the Doc.
`span_text(start, end)` gives `doc[start:end].text` from the columns."""

from functools import cached_property
from typing import Dict, List, Optional, Tuple
from weakref import WeakKeyDictionary

from spacy.attrs import IDX, IS_ALPHA, IS_LOWER, IS_PUNCT, IS_SPACE, IS_STOP, IS_TITLE, IS_UPPER, LIKE_NUM, LOWER, ORTH, SPACY
from spacy.tokens import Doc
from spacy.util import normalize_slice

from nk_nlp.extensions import BODY


# The token-level columns of a doc, shared by every TokenColumns made for it (each component
# makes its own, and building a string column is most of what the view costs). Read them, never
# change them. Tokens do not change once a doc is tokenized: no nk_nlp component retokenizes.
# A doc retokenized later to another length gets new columns; a retokenization that keeps the
# length (a merge and a split) is not noticed. The entry goes with the doc.
_SHARED: "WeakKeyDictionary[Doc, Tuple[int, Dict[str, list]]]" = WeakKeyDictionary()


def _shared_columns(doc: Doc) -> Dict[str, list]:
    entry = _SHARED.get(doc)
    if entry is None or entry[0] != len(doc):
        entry = _SHARED[doc] = (len(doc), {})
    return entry[1]


class TokenColumns:
    STRINGS = {"text": ORTH, "lower": LOWER}
    NUMBERS = {"idx": IDX}
    FLAGS = {"is_space": IS_SPACE, "is_punct": IS_PUNCT, "is_lower": IS_LOWER, "is_alpha": IS_ALPHA,
             "is_title": IS_TITLE, "is_upper": IS_UPPER, "like_num": LIKE_NUM, "space_after": SPACY,
             "is_stop": IS_STOP}
    COLUMNS = {*STRINGS, *NUMBERS, *FLAGS, "whitespace", "blank_after", "end_char", "full_text"}

    def __init__(self, doc: Doc):
        self.doc = doc

    def __getattr__(self, name: str) -> list:
        """A column not read yet (once read, it is an attribute and this is not called)."""
        if name not in self.COLUMNS:
            raise AttributeError(name)
        shared = _shared_columns(self.doc)
        column = shared.get(name)
        if column is None:
            column = shared[name] = self._read(name)
        setattr(self, name, column)
        return column

    def _read(self, name: str):
        """A column from the doc's arrays, or from other columns."""
        if name in self.STRINGS:
            strings = self.doc.vocab.strings
            return [strings[key] for key in self.doc.to_array(self.STRINGS[name]).tolist()]
        if name in self.NUMBERS:
            return self.doc.to_array(self.NUMBERS[name]).tolist()
        if name in self.FLAGS:
            return self.doc.to_array(self.FLAGS[name]).astype(bool).tolist()
        if name == "whitespace":
            return [" " if space else "" for space in self.space_after]
        if name == "blank_after":  # white space follows the token, or the token is white space
            return [space or blank for space, blank in zip(self.space_after, self.is_space)]
        if name == "end_char":
            return [idx + len(text) for idx, text in zip(self.idx, self.text)]
        return self.doc_text()  # full_text: `doc.text`, kept: span_text slices it

    def __len__(self) -> int:
        return len(self.doc)

    def positions(self, column: str) -> Dict[str, List[int]]:
        """Where each value of a string column occurs: {value: token indices in order},
        built once per column, so that a rule looking up a word list reads each word's
        places instead of scanning the doc once per word. The rules ask for "lower" only
        (an exact-case match is checked at the place found), so one index is built."""
        built = self.__dict__.get("_positions")
        if built is None:
            built = self._positions = {}
        index = built.get(column)
        if index is None:
            index = built[column] = {}
            for i, value in enumerate(getattr(self, column)):
                if value in index:
                    index[value].append(i)
                else:
                    index[value] = [i]
        return index

    def doc_text(self) -> str:
        """`doc.text`."""
        return "".join([text + space for text, space in zip(self.text, self.whitespace)])

    def span_text(self, start: int, end: int) -> str:
        """`doc[start:end].text`."""
        if not 0 <= start < end <= len(self.text):
            start, end = normalize_slice(len(self.text), start, end)
            if start == end:
                return ""
        return self.full_text[self.idx[start]:self.end_char[end - 1]]

    # -- the article body: the one "is it in the body" check ------------------
    @cached_property
    def body_ranges(self) -> Optional[List[Tuple[int, int]]]:
        """Character ranges of doc.spans["body"]; None for a Doc the body marker never
        saw (it is all body)."""
        return body_ranges(self.doc)

    def in_body(self, start_char: int, end_char: Optional[int] = None) -> bool:
        """True when [start_char, end_char) lies inside one body range (`end_char` None:
        the character at `start_char`); always True for a Doc without a body group."""
        ranges = self.body_ranges
        if ranges is None:
            return True
        if end_char is None:
            end_char = start_char + 1
        return any(start <= start_char and end_char <= end for start, end in ranges)

    def touches_body(self, start_char: int, end_char: int) -> bool:
        """True when some of [start_char, end_char) is body (a sentence partly in the body)."""
        ranges = self.body_ranges
        return ranges is None or any(start < end_char and start_char < end for start, end in ranges)

    @cached_property
    def body_mask(self) -> List[bool]:
        """Per token: inside a body span (all True for a Doc without a body group)."""
        if BODY not in self.doc.spans:
            return [True] * len(self.doc)
        mask = [False] * len(self.doc)
        for span in self.doc.spans[BODY]:
            mask[span.start:span.end] = [True] * (span.end - span.start)
        return mask


def body_ranges(doc: Doc) -> Optional[List[Tuple[int, int]]]:
    """Character ranges of doc.spans["body"], None for a Doc the body marker never saw."""
    if BODY not in doc.spans:
        return None
    return [(span.start_char, span.end_char) for span in doc.spans[BODY]]
