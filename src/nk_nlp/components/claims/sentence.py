"""The doc and the sentence being read, and the lexicon probes the other rule modules share.

`DocText` is built once per doc (in `finder.find_claims`): the token columns, the
entities read once, the sides the article names. `SentenceView` is built once per
sentence with a number: its words as lists (lower-cased forms, texts, white space,
flags) indexed from the sentence start, its entities by start, and the probes that
the noun-phrase, outcome and party rules all ask (`known_word`, `capitalised_name`,
`tally_before`, `place_word`, `object_follows`).
"""

from collections import Counter
from typing import Any, Dict, FrozenSet, List, Optional, Tuple

from spacy.tokens import Doc, Span

from nk_nlp.components.claims.lexicon import ClaimsLexicon
from nk_nlp.components.claims.model import Claim
from nk_nlp.text.doc_view import TokenColumns
from nk_nlp.text.numbers import Word


class DocText:
    """One doc as the claim rules read it."""

    def __init__(self, doc: Doc, lexicon: ClaimsLexicon):
        self.doc = doc
        self.lexicon = lexicon
        self.columns = TokenColumns(doc)
        self.ents = doc.ents  # spaCy builds the entity Spans again at each `doc.ents`
        self.ent_starts = {ent.start: ent for ent in self.ents}
        sides = lexicon.sides
        self.side_counts = Counter(s for s in (sides.side_of(e) for e in self.ents if e.label_ == "ACTOR") if s)
        self.claims: List[Claim] = []  # the claims of the sentences read so far, in order
        self._home_state: Optional[str] = ""  # "" until asked
        self.named_states: Counter = Counter()
        self._attackers: Optional[FrozenSet[str]] = None

    @property
    def home_state(self) -> Optional[str]:
        """The state the article is about: the only state among the sides its actors and places
        name, or one named at least twice as often as any other; None when there is none."""
        if self._home_state == "":
            sides, non_state = self.lexicon.sides, self.lexicon.non_state_sides
            known = set(sides.sides.values())
            named = Counter(s for s in (sides.side_of(e) for e in self.ents if e.label_ in ("ACTOR", "PLACE"))
                            if s in known and s not in non_state)
            self.named_states = named
            ranked = named.most_common(2)
            if not ranked or len(ranked) == 2 and ranked[0][1] < 2 * ranked[1][1]:
                self._home_state = None
            else:
                self._home_state = ranked[0][0]
        return self._home_state

    def state_adversary(self, side: Optional[str]) -> Optional[str]:
        """The state `side` fights that the article names ('serangan India' -> Pakistan), else None."""
        self.home_state  # noqa: B018 (counts the named states)
        for candidate in self.lexicon.sides.adversaries.get(side or "", []):
            if self.named_states.get(candidate):
                return candidate
        return None

    @property
    def attackers(self) -> FrozenSet[str]:
        """The sides whose attacks the article names ('serangan udara Israel')."""
        if self._attackers is None:
            lex, lower = self.lexicon, self.columns.lower
            found = set()
            for ent in self.ents:
                if ent.label_ == "ACTOR":
                    preceding = lower[max(0, ent.start - 3):ent.start]
                    if lex.event_agents.ending_at(preceding, len(preceding))[0]:
                        found.add(lex.sides.side_of(ent))
            self._attackers = frozenset(s for s in found if s)
        return self._attackers

    def ents_in(self, sent: Span) -> List[Span]:
        """`sent.ents` from the entities read once per doc (spaCy's builds doc.ents again)."""
        inside = []
        for ent in self.ents:
            if ent.start >= sent.start:
                if ent.end > sent.end:
                    break
                inside.append(ent)
        return inside

    def sentence(self, sent: Span) -> "SentenceView":
        return SentenceView(self, sent)


class SentenceView:
    """One sentence as the claim rules read it; positions count from the sentence start."""

    def __init__(self, doc_text: DocText, sent: Span):
        start, end = sent.start, sent.end
        columns = doc_text.columns
        self.doc_text, self.lexicon, self.sent = doc_text, doc_text.lexicon, sent
        self.start, self.end = start, end
        self.low: List[str] = columns.lower[start:end]
        self.text: List[str] = columns.text[start:end]
        blank_after = columns.blank_after
        texts = columns.text
        # the number grammar's words; the first counts as preceded by white space
        self.words = [Word(texts[k], k == start or blank_after[k - 1]) for k in range(start, end)]
        self.ents: Dict[int, Span] = {i - start: e for i, e in doc_text.ent_starts.items() if start <= i < end}

    def __len__(self) -> int:
        return self.end - self.start

    # token attributes, read from the doc's columns when a rule asks (most never do)
    def is_alpha(self, j: int) -> bool:
        return self.doc_text.columns.is_alpha[self.start + j]

    def is_lower(self, j: int) -> bool:
        return self.doc_text.columns.is_lower[self.start + j]

    def is_stop(self, j: int) -> bool:
        return self.doc_text.columns.is_stop[self.start + j]

    def space_after(self, j: int) -> bool:
        return self.doc_text.columns.space_after[self.start + j]

    def span_text(self, start: int, end: int) -> str:
        """`sent[start:end].text`."""
        end = min(end, len(self))
        return self.doc_text.columns.span_text(self.start + start, self.start + end)

    def ent_end(self, ent: Span) -> int:
        """Where `ent` ends, in sentence positions."""
        return ent.end - self.start

    # -- probes ---------------------------------------------------------------------

    def known_word(self, j: int) -> bool:
        """A word the lexicon gives a role (outcome, head, coordinator, ...) or a number word."""
        lex, low = self.lexicon, self.low
        return any(table.at(low, j)[0] for table in (lex.outcomes, lex.heads, lex.coordinators, lex.skippable,
                                                       lex.locators, lex.breakers, lex.rejected)) \
            or lex.grammar.could_start(low[j])

    def capitalised_name(self, j: int) -> int:
        """End of a run of capitalised words at j ('Armenia', 'Nagorno-Karabakh'), not lexicon words."""
        end = j
        text, n = self.text, len(self)
        while end < n and end - j < 4:
            word = text[end]
            if word[:1].isupper() and self.is_alpha(end) and not self.known_word(end):
                end += 1
            elif word == "-" and end > j and not self.space_after(end) and not self.space_after(end - 1) \
                    and end + 1 < n and text[end + 1][:1].isupper():
                end += 1
            else:
                break
        return end

    def tally_before(self, claim: Claim) -> Optional[Tuple[str, str]]:
        """(category, outcome) of a tally noun before the number: 'jumlah korban tewas mencapai 1.200'."""
        near = self._tally_near(claim)
        if near is not None:
            return near
        lex, low = self.lexicon, self.low
        j = claim.match.qualifier_start
        if j > 0 and lex.tally_links.ending_at(low, j)[0]:
            return self._clause_tally(j - lex.tally_links.ending_at(low, j)[0])
        return None

    def _clause_tally(self, j: int) -> Optional[Tuple[str, str]]:
        """The tally a tally verb updates, however long its subject: 'Jumlah korban tewas akibat
        serangan militan ke kota Dikwa, negara bagian Borno, bertambah [22 orang]', 'jumlah warga
        sipil yang tewas dibunuh KKB ... bertambah [tujuh]'. Read back to the clause's start."""
        lex, low = self.lexicon, self.low
        while j > 0:
            if lex.breakers.ending_at(low, j)[0]:
                return None
            n, tally = lex.tally_nouns.ending_at(low, j)
            if n and low[j - n] in lex.tally_openers or n and j - n > 0 and low[j - n - 1] in lex.tally_openers:
                return tuple(tally)
            if low[j - 1] in lex.tally_openers:
                return self._counted_after(j)
            j -= 1
        return None

    def _counted_after(self, j: int) -> Optional[Tuple[str, str]]:
        """'jumlah [warga sipil yang tewas]': the head after a tally opener and the outcome that follows it."""
        lex, low = self.lexicon, self.low
        n, category = lex.heads.at(low, j)
        if not n:
            return None
        k = j + n
        while k < len(low) and k < j + n + 4 and not lex.outcomes.at(low, k)[0]:
            if not (lex.modifiers.at(low, k)[0] or lex.skippable.at(low, k)[0]):
                return None
            k += 1
        m, value = lex.outcomes.at(low, k)
        outcome = outcome_value(value, category) if m else None
        return (category, outcome) if outcome else None

    def _tally_near(self, claim: Claim) -> Optional[Tuple[str, str]]:
        lex, low = self.lexicon, self.low
        j = claim.match.qualifier_start
        steps = 0
        while j > 0 and steps < 10:
            n, tally = lex.tally_nouns.ending_at(low, j)
            if n:
                return tuple(tally)
            if lex.tally_links.ending_at(low, j)[0] or lex.grammar.could_start(low[j - 1]) or low[j - 1] in (",",):
                j -= max(1, lex.tally_links.ending_at(low, j)[0])
                steps += 1
                continue
            if steps < 6 and low[j - 1].isalpha() and not lex.breakers.ending_at(low, j)[0]:
                j -= 1  # "jumlah korban tewas [sebenarnya secara signifikan lebih tinggi dan] mendekati"
                steps += 1
                continue
            return None
        return None

    def in_appositive(self, claim: Claim) -> bool:
        """', termasuk [dua anak], tewas': the claim is the inside of an appositive."""
        q = claim.match.qualifier_start
        n = self.lexicon.appositive_openers.ending_at(self.low, q)[0]
        return bool(n) and q - n > 0 and self.low[q - n - 1] == ","

    def place_word(self, j: int) -> bool:
        """A word of a short place phrase: a name, a number, a place noun ('di tiga distrik', 'di Kharkiv')."""
        lex, low = self.lexicon, self.low
        capital = j < len(self) and self.text[j][:1].isupper()
        base = [low[j].split("-")[0]]  # "desa-desa"
        return capital or lex.grammar.could_start(low[j]) or lex.heads.at(low, j)[0] > 0 or low[j] == "-" \
            or lex.place_words.at(low, j)[0] > 0 or lex.heads.at(base, 0)[0] > 0 or lex.place_words.at(base, 0)[0] > 0

    def object_follows(self, j: int) -> bool:
        """A number follows (after adverbs or a qualifier): the verb at hand has an object of its own."""
        lex, low = self.lexicon, self.low
        while j < len(low) and (lex.skippable.at(low, j)[0] or low[j] in lex.grammar.before):
            j += 1
        return j < len(low) and lex.grammar.could_start(low[j])


def outcome_value(value: Any, category: Optional[str]) -> Optional[str]:
    """An outcomes-table value for a category: the value, or {category: outcome, '*': default}."""
    if isinstance(value, dict):
        return value.get(category, value.get("*"))
    return value
