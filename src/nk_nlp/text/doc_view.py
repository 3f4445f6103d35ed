"""A doc's token attributes as plain lists, for the components that read them token by
token: `doc[i]` and `for t in doc` make a Token object per read, and `doc.text` joins
new Token objects at each access. Each column is read from the doc's arrays the first
time it is asked for (most components need only a few). Indexed like the Doc.
`span_text(start, end)` gives `doc[start:end].text` from the columns."""

from typing import List

from spacy.attrs import IDX, IS_ALPHA, IS_LOWER, IS_PUNCT, IS_SPACE, IS_TITLE, IS_UPPER, LIKE_NUM, LOWER, ORTH, SPACY
from spacy.tokens import Doc
from spacy.util import normalize_slice


class TokenColumns:
    STRINGS = {"text": ORTH, "lower": LOWER}
    NUMBERS = {"idx": IDX}
    FLAGS = {"is_space": IS_SPACE, "is_punct": IS_PUNCT, "is_lower": IS_LOWER, "is_alpha": IS_ALPHA,
             "is_title": IS_TITLE, "is_upper": IS_UPPER, "like_num": LIKE_NUM, "space_after": SPACY}

    def __init__(self, doc: Doc):
        self.doc = doc

    def __getattr__(self, name: str) -> list:
        """A column not read yet (once read, it is an attribute and this is not called)."""
        if name in self.STRINGS:
            strings = self.doc.vocab.strings
            column = [strings[key] for key in self.doc.to_array(self.STRINGS[name]).tolist()]
        elif name in self.NUMBERS:
            column = self.doc.to_array(self.NUMBERS[name]).tolist()
        elif name in self.FLAGS:
            column = self.doc.to_array(self.FLAGS[name]).astype(bool).tolist()
        elif name == "whitespace":
            column = [" " if space else "" for space in self.space_after]
        elif name == "end_char":
            column = [idx + len(text) for idx, text in zip(self.idx, self.text)]
        elif name == "full_text":
            column = self.doc_text()  # `doc.text`, kept: span_text slices it
        else:
            raise AttributeError(name)
        setattr(self, name, column)
        return column

    def __len__(self) -> int:
        return len(self.doc)

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
