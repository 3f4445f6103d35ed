"""nk_claims: quantity claims in doc.spans["claims"] (annotation.md, "Claims").

For every number expression in the article body (nk_nlp.text.numbers) the component
reads the counted noun phrase after it (head noun, owner, `lainnya`), rejects
what is not a claim (dates, durations, percentages, documents, meetings,
countries, locators, geographic descriptors, model numbers), and sets on the
span: value, low, high, qualifier, category (head-noun lexicon), outcome (the
predicate around it, either voice, either side) and party (the owner's side, or
the side the sentence makes evident). source/cue/media are left to
nk_attribution, initialised to None/None/[] so records are complete.

Knowledge lives in pipeline/lexicons/{numbers,claims}.json, loaded at initialize
and saved with the pipeline.
"""

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Dict, Iterable, List, Optional, Sequence, Tuple, Union

import srsly
from spacy.attrs import IS_SPACE, LOWER, ORTH, SPACY
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import ensure_path, registry

from nk_nlp.extensions import BODY, CLAIMS, register_extensions
from nk_nlp.text.numbers import NumberGrammar, NumberMatch, Word

NUMBERS_FILE = "numbers.json"
CLAIMS_FILE = "claims.json"
# categories whose counts are claims even when no outcome is stated (deployed, involved)
NO_OUTCOME_NEEDED = ("military", "equipment")
SIDE_NAME_CACHE_SIZE = 65536


class PhraseTable:
    """Lower-cased token sequences -> values; longest match first."""

    def __init__(self, entries: Union[Dict[str, Any], Iterable[str]], tokenize: Callable[[str], List[str]]):
        items = entries.items() if isinstance(entries, dict) else ((e, True) for e in entries)
        self.table: Dict[Tuple[str, ...], Any] = {}
        for phrase, value in items:
            key = tuple(tokenize(phrase.lower()))
            if key:
                self.table[key] = value
        self.lengths = sorted({len(k) for k in self.table}, reverse=True)
        # most words start or end no phrase: the lengths worth trying, by first and by last word
        self.lengths_by_first = _lengths_by(self.table, lambda key: key[0])
        self.lengths_by_last = _lengths_by(self.table, lambda key: key[-1])

    def at(self, low: Sequence[str], j: int) -> Tuple[int, Any]:
        """(length, value) of the longest phrase starting at j, or (0, None)."""
        if 0 <= j < len(low):
            lengths = self.lengths_by_first.get(low[j], ())
        else:
            lengths = self.lengths  # a negative j slices from the end: try them all
        for n in lengths:
            key = tuple(low[j:j + n])
            if len(key) == n and key in self.table:
                return n, self.table[key]
        return 0, None

    def ending_at(self, low: Sequence[str], j: int) -> Tuple[int, Any]:
        """(length, value) of the longest phrase ending just before j."""
        if 0 < j <= len(low):
            lengths = self.lengths_by_last.get(low[j - 1], ())
        else:
            lengths = self.lengths  # past the end the slice is shorter than n: try them all
        for n in lengths:
            if j - n >= 0:
                key = tuple(low[j - n:j])
                if key in self.table:
                    return n, self.table[key]
        return 0, None

    def __contains__(self, word: str) -> bool:
        return (word,) in self.table


def _lengths_by(table: Dict[Tuple[str, ...], Any], word_of: Callable[[Tuple[str, ...]], str]) -> Dict[str, List[int]]:
    """word -> the lengths (longest first) of the phrases whose `word_of` is that word."""
    lengths: Dict[str, set] = {}
    for key in table:
        lengths.setdefault(word_of(key), set()).add(len(key))
    return {word: sorted(ns, reverse=True) for word, ns in lengths.items()}


@dataclass
class Claim:
    match: NumberMatch
    start: int                  # token indices in the sentence, end exclusive
    end: int
    category: Optional[str] = None
    head_outcome: Optional[str] = None
    owner: Any = None           # an entity Span, ("pronoun", i), ("enemy", i), ("text", str) or None
    referent: bool = False      # "lainnya", "dari mereka": refers back to an earlier claim
    outcome: Optional[str] = None
    party: Optional[str] = None
    tally: bool = False
    continuation: Optional[int] = None  # where the shared noun phrase of a dash parenthesis starts
    notes: Dict[str, Any] = field(default_factory=dict)


class ClaimRules:
    """The claim-finding logic over one Doc, from the numbers and claims lexicons."""

    def __init__(self, numbers: Dict, claims: Dict, tokenize: Callable[[str], List[str]]):
        self.numbers_lexicon, self.claims_lexicon = numbers, claims
        self.grammar = NumberGrammar(numbers)
        t = lambda key: PhraseTable(claims[key], tokenize)  # noqa: E731
        self.heads = t("heads")
        self.head_outcomes = t("head_outcomes")
        self.fixed_head_outcomes = t("fixed_head_outcomes")
        self.classifiers = t("classifiers")
        self.modifiers = t("np_modifiers")
        self.owner_links = t("owner_links")
        self.pronouns = t("owner_pronouns")
        self.enemy_words = t("enemy_words")
        self.referents = t("trailing_referents")
        self.coordinators = t("coordinators")
        self.rejected = t("rejected_heads")
        self.locators = t("locator_prepositions")
        self.geo = t("geo_descriptors")
        self.outcomes = t("outcomes")
        self.skippable = t("outcome_skippable")
        self.breakers = t("clause_breakers")
        self.event_agents = t("event_agents")
        self.agentive = t("agentive_outcomes")
        self.rejected_before = t("rejected_before")
        self.own_side_verbs = t("own_side_verbs")
        self.person_verbs = t("person_outcome_verbs")
        self.static_locators = t("static_locators")
        self.definite = t("definite_markers")
        self.subset = t("subset_markers")
        self.possessive = t("possessive_links")
        self.capture_sources = t("capture_sources")
        self.target_preps = t("target_prepositions")
        self.single = t("single_determiners")
        self.place_words = t("place_words")
        self.reporters = sorted((r.lower() for r in claims["casualty_reporters"]), key=len, reverse=True)
        self.tally_nouns = t("tally_nouns")
        self.tally_links = t("tally_links")
        self.dashes = set(claims["dashes"])
        self._tokens: Optional[SentenceTokens] = None  # the sentence being read
        self._doc_words: Optional[DocWords] = None  # the doc being read, as strings
        self._doc_ents: Tuple[Span, ...] = ()  # doc.ents of the doc being read
        self._side_names: Dict[Tuple[str, bool], Optional[str]] = {}  # side_name results (the lexicon is fixed)
        self.prefixes = sorted((p.lower() for p in claims["party_prefixes"]), key=len, reverse=True)
        self.sides = {s.lower(): s for s in claims["sides"]}
        self.adversaries: Dict[str, List[str]] = {}
        for a, b in claims["adversaries"]:
            self.adversaries.setdefault(a, []).append(b)
            self.adversaries.setdefault(b, []).append(a)
            for s in (a, b):
                self.sides.setdefault(s.lower(), s)

    # -- the doc ----------------------------------------------------------------

    def find(self, doc: Doc) -> List[Span]:
        self._doc_ents = doc.ents  # spaCy builds the entity Spans again at each `doc.ents`
        ent_starts = {ent.start: ent for ent in self._doc_ents}
        side_counts = Counter(s for s in (self.side_of(e) for e in self._doc_ents if e.label_ == "ACTOR") if s)
        body = _body_ranges(doc)
        self._doc_words = doc_words = DocWords(doc)
        could_start = self.grammar.could_start
        # most sentences have no number: skip them cheaply
        number_starts = [could_start(text) for text in doc_words.texts]
        spans: List[Span] = []
        for sent in doc.sents:
            if not _touches_body(body, sent) or not any(number_starts[sent.start:sent.end]):
                continue
            for claim in self.sentence_claims(doc, sent, ent_starts, side_counts):
                span = Span(doc, sent.start + claim.start, sent.start + claim.end, label="CLAIM")
                if not _in_body(body, span.start_char, span.end_char):
                    continue
                self._set_attributes(span, claim)
                spans.append(span)
        return spans

    @staticmethod
    def _set_attributes(span: Span, claim: Claim) -> None:
        q = claim.match.quantity
        ext = span._  # spaCy makes a new Underscore at each `span._`
        ext.value, ext.low, ext.high, ext.qualifier = q.value, q.low, q.high, q.qualifier
        ext.category = claim.category
        ext.outcome = claim.outcome
        ext.party = claim.party
        ext.source, ext.cue, ext.media = None, None, []

    def sentence_claims(self, doc: Doc, sent: Span, ent_starts: Dict[int, Span], side_counts: Counter) -> List[Claim]:
        tokens = SentenceTokens(doc, sent.start, sent.end)
        self._tokens = tokens
        words = self._doc_words.words(sent.start, sent.end)
        low = self._doc_words.lowers(sent.start, sent.end)
        ents = {i - sent.start: e for i, e in ent_starts.items() if sent.start <= i < sent.end}
        claims: List[Claim] = []
        matches = self.grammar.find_all(words)
        for match in matches:
            claim = self._read_claim(match, tokens, low, ents, matches)
            if claim is not None:
                claims.append(claim)
        for claim in claims:
            self._outcome(claim, claims, low)
        claims = [c for c in claims if self._accepted(c, low)]
        for claim in claims:
            self._party(claim, claims, doc, sent, low, ents, side_counts)
        return claims

    # -- the counted noun phrase ------------------------------------------------

    def _read_claim(self, match: NumberMatch, tokens, low, ents, matches: Sequence[NumberMatch]) -> Optional[Claim]:
        if match.year_like and not self.heads.at(low, match.expr_end)[0]:
            return None
        if self.rejected_before.ending_at(low, match.qualifier_start)[0]:
            return None  # "berpenduduk 500.000 jiwa", "berusia 25", "pukul 10"
        k = match.expr_end
        claim = Claim(match, match.start, match.expr_end)
        if k < len(low) and low[k] in self.dashes:
            dashes_before = sum(1 for w in low[:match.start] if w in self.dashes)
            if dashes_before % 2 == 1:  # "ratusan—laporan lain menyebut ribuan—orang tewas": the closing dash
                if self._noun_phrase(claim, k + 1, tokens, low, ents):
                    return claim
                return None
            close = next((j for j in range(k + 1, len(low)) if low[j] in self.dashes), None)
            if close is not None:  # the opening dash: the noun phrase comes after the parenthesis
                probe = Claim(match, match.start, match.expr_end)
                if self._noun_phrase(probe, close + 1, tokens, low, ents) or self._bare_ok(probe, close + 1, low):
                    claim.category = probe.category or "people"
                    claim.head_outcome = probe.head_outcome
                    claim.continuation = probe.end if probe.end > close + 1 else close + 1
                    return claim
            return None
        if k + 1 < len(low) and self.subset.at(low, k)[0]:
            whole = next((m for m in matches if m.qualifier_start == k + 1 or m.start == k + 1), None)
            if whole is not None:  # "42 dari 56 drone": 42 of them, the noun comes after the whole
                probe = Claim(whole, whole.start, whole.expr_end)
                if self._noun_phrase(probe, whole.expr_end, tokens, low, ents):
                    claim.category, claim.owner = probe.category, probe.owner
                    claim.continuation = probe.end
                    claim.notes["subset"] = True
                    return claim
        if self._rejected_head(low, k):
            return None
        if self._noun_phrase(claim, k, tokens, low, ents):
            if self._is_locator(claim, low) or self._is_geo_descriptor(claim, low):
                return None
            return claim
        prev = match.start - 1
        if match.qualifier_start == match.start and prev >= 0 and tokens[prev].text[:1].isupper() \
                and not self._known_word(low, prev) and not self.tally_links.at(low, prev)[0] \
                and not self.tally_nouns.at(low, prev)[0]:
            return None  # "Brigade 47", "Resolusi 2334": a name's number, not a count
        n, _ = self.referents.at(low, k)
        if n:
            claim.end, claim.referent = k + n, True
            return claim
        if self._bare_ok(claim, k, low):
            return claim
        if self._unknown_head(claim, k, tokens, low):
            return claim
        return None

    def _unknown_head(self, claim: Claim, k: int, tokens, low) -> bool:
        """'15 relawan tewas': a lower-case noun the lexicon lacks, followed by an outcome, is counted."""
        if k >= len(low) or not tokens[k].is_alpha or not tokens[k].is_lower or self._known_word(low, k) \
                or self.rejected_before.at(low, k)[0] or tokens[k].is_stop:
            return False
        j = k + 1
        while j < len(low) and self.skippable.at(low, j)[0]:
            j += self.skippable.at(low, j)[0]
        n, value = self.outcomes.at(low, j)
        outcome = self._outcome_value(value, "people") if n else None
        person_verb = bool(n) and bool(self.person_verbs.at(low, j)[0])
        if outcome is None:
            # '... menahan 150 tersangka': the verb right before the number
            j = claim.match.qualifier_start
            while j > 0 and self.skippable.ending_at(low, j)[0]:
                j -= self.skippable.ending_at(low, j)[0]
            n, value = self.outcomes.ending_at(low, j)
            outcome = self._outcome_value(value, "people") if n else None
            person_verb = bool(n) and bool(self.person_verbs.at(low, j - n)[0])
        if outcome is None:
            return False
        claim.end = k + 1
        people = ("killed", "wounded", "killed_or_wounded", "missing") if not person_verb else ("captured",)
        claim.category = "people" if outcome in people or person_verb else "other"
        return True

    def _rejected_head(self, low, k) -> bool:
        n_rej, _ = self.rejected.at(low, k)
        if not n_rej:
            c, _ = self.classifiers.at(low, k)
            n_rej = self.rejected.at(low, k + c)[0] if c else 0
            k = k + c
        return bool(n_rej) and n_rej >= self.heads.at(low, k)[0]

    def _noun_phrase(self, claim: Claim, k: int, tokens, low, ents) -> bool:
        """Extend the claim over the counted noun phrase at k; False when there is none."""
        j = k
        c, _ = self.classifiers.at(low, j)
        if c and self.heads.at(low, j + c)[0]:
            j += c
        n, category = self.heads.at(low, j)
        if not n and j < len(low) and low[j].endswith("nya") and self.heads.at([low[j][:-3]], 0)[0] == 1:
            # "192 tentaranya": the head with a possessive pronoun
            claim.category = self.heads.at([low[j][:-3]], 0)[1]
            claim.head_outcome = self.head_outcomes.at([low[j][:-3]], 0)[1]
            claim.owner = ("pronoun", j)
            claim.end = j + 1
            return True
        if not n and j in ents and ents[j].label_ == "EQUIPMENT":
            n, category = ents[j].end - tokens[0].i - j, "equipment"  # "tiga [Rafale]"
        if not n:
            return False
        if self.rejected.at(low, j)[0] > n:
            return False
        claim.category = category
        claim.head_outcome = self.head_outcomes.at(low, j)[1]
        claim.notes["fixed"] = bool(self.fixed_head_outcomes.at(low, j)[0])
        named = ents.get(j)
        j += n
        if named is not None and named.label_ == "EQUIPMENT":
            j = max(j, named.end - tokens[0].i)  # "31 [tank Abrams]"
        # coordinated heads under one number: "130 tank dan kendaraan lapis baja"
        while True:
            cn, _ = self.coordinators.at(low, j)
            hn, _ = self.heads.at(low, j + cn) if cn else (0, None)
            if cn and hn and not self.grammar.could_start(low[j + cn]):
                j += cn + hn
                continue
            break
        while True:
            if j in ents and ents[j].label_ in ("ACTOR", "PLACE"):
                break
            if self.modifiers.at(low, j)[0]:
                j += self.modifiers.at(low, j)[0]
            elif j in ents and ents[j].label_ == "EQUIPMENT":
                j = ents[j].end - tokens[0].i  # "12 tank [T-72]"
            elif category == "equipment" and j not in ents and self._model_name_end(tokens, low, j) > j:
                j = self._model_name_end(tokens, low, j)  # "60 tank Leopard", "20 drone Shahed-136"
            else:
                break
        j = self._owner(claim, j, tokens, low, ents)
        rn, _ = self.referents.at(low, j)
        if rn and low[j] == "lainnya":
            j += rn
        claim.end = j
        return True

    def _owner(self, claim: Claim, j: int, tokens, low, ents) -> int:
        link, _ = self.owner_links.at(low, j)
        for offset in ((0, link) if link else (0,)):
            ent = ents.get(j + offset)
            if ent is not None and ent.label_ in ("ACTOR", "PLACE") and not (
                    claim.category == "territory" and ent.label_ == "PLACE"):
                claim.owner = ent
                return ent.end - tokens[0].i
        for offset in ((0, link) if link else (0,)):
            if self.pronouns.at(low, j + offset)[0]:
                claim.owner = ("pronoun", j + offset)
                return j + offset + 1
            if self.enemy_words.at(low, j + offset)[0]:
                claim.owner = ("enemy", j + offset)
                return j + offset + 1
        if self.possessive.at(low, j)[0]:
            end = j + self.possessive.at(low, j)[0]
            start = end
            while end < len(low) and end - start < 3 and tokens[end].is_alpha and tokens[end].is_lower \
                    and not any(table.at(low, end)[0] for table in (self.outcomes, self.coordinators, self.skippable,
                                                                     self.locators, self.breakers, self.definite)):
                end += 1
            end += self.definite.at(low, end)[0] if end > start else 0
            if end > start:
                claim.owner = ("definite", start)  # "sembilan kamp milik kelompok militan"
                return end
        if link and j + link + 1 < len(low) and tokens[j + link].is_alpha and tokens[j + link].is_lower \
                and self.definite.at(low, j + link + 1)[0]:
            claim.owner = ("definite", j + link)  # "15 kendaraan tempur milik milisi itu"
            return j + link + 1 + self.definite.at(low, j + link + 1)[0]
        if claim.category in ("territory", "other"):
            return j
        for offset in ((0, link) if link else (0,)):
            name_end = self._capitalised_name(tokens, low, j + offset)
            name = "".join(t.text_with_ws for t in tokens[j + offset:name_end]).strip()
            acronym = name.isupper() and name.isalpha() and 2 <= len(name) <= 6 and claim.category != "equipment"
            if name_end > j + offset and not any(i in ents for i in range(j + offset, name_end)) \
                    and (self.side_name(name) or acronym):  # "pejuang TPLF": an armed group's acronym
                claim.owner = ("text", name)  # a known side the entity pipeline did not mark
                return name_end
        return j

    def _model_name_end(self, tokens, low, j) -> int:
        """End of a model name after an equipment noun: capitalised, not a side ('Leopard', 'Su-27')."""
        end = self._capitalised_name(tokens, low, j)
        while end < len(tokens) and tokens[end].text in ("-", "–") and not tokens[end - 1].whitespace_ \
                and end + 1 < len(tokens) and tokens[end + 1].text[:1].isalnum() and end > j:
            end += 2  # "Shahed-136", "Su-27"
        if end > j and self.side_name("".join(t.text_with_ws for t in tokens[j:end]).strip()):
            return j
        return end

    def _capitalised_name(self, tokens, low, j) -> int:
        """End of a run of capitalised words at j ('Armenia', 'Nagorno-Karabakh'), not lexicon words."""
        end = j
        while end < len(tokens) and end - j < 4:
            t = tokens[end]
            if t.text[:1].isupper() and t.is_alpha and not self._known_word(low, end):
                end += 1
            elif t.text in ("-",) and end > j and not t.whitespace_ and not tokens[end - 1].whitespace_ \
                    and end + 1 < len(tokens) and tokens[end + 1].text[:1].isupper():
                end += 1
            else:
                break
        return end

    def _known_word(self, low, j) -> bool:
        return any(table.at(low, j)[0] for table in (self.outcomes, self.heads, self.coordinators, self.skippable,
                                                       self.locators, self.breakers, self.rejected)) \
            or self.grammar.could_start(low[j])

    def _is_locator(self, claim: Claim, low) -> bool:
        """'tujuh desa di [tiga distrik]': a place count after a preposition locates, it is not counted."""
        if claim.category not in ("territory", "other"):
            return False
        q = claim.match.qualifier_start
        if self.static_locators.ending_at(low, q)[0]:
            return True
        n = self.locators.ending_at(low, q)[0]
        return n > 0 and self.heads.ending_at(low, q - n)[0] > 0  # "permukiman ke tiga desa", not "serangan ke enam lokasi"

    def _is_geo_descriptor(self, claim: Claim, low) -> bool:
        return claim.category == "territory" and claim.end < len(low) and self.geo.at(low, claim.end)[0] > 0

    def _bare_ok(self, claim: Claim, k: int, low) -> bool:
        """A number with no counted noun after it: a tally ('korban tewas mencapai 1.200') or a
        number the outcome follows directly ('700 luka-luka')."""
        tally = self._tally_before(claim, low)
        if tally is not None:
            claim.category, claim.head_outcome, claim.tally = tally[0], tally[1], True
            return True
        j = k
        while j < len(low) and self.skippable.at(low, j)[0]:
            j += self.skippable.at(low, j)[0]
        n, outcome = self.outcomes.at(low, j)
        if n and k < len(low) and not self._known_noun_after(low, k):
            claim.category = claim.category or "people"
            return True
        return False

    def _known_noun_after(self, low, k) -> bool:
        return bool(self.rejected.at(low, k)[0])

    def _tally_before(self, claim: Claim, low) -> Optional[Tuple[str, str]]:
        j = claim.match.qualifier_start
        steps = 0
        while j > 0 and steps < 10:
            n, tally = self.tally_nouns.ending_at(low, j)
            if n:
                return tuple(tally)
            if self.tally_links.ending_at(low, j)[0] or self.grammar.could_start(low[j - 1]) or low[j - 1] in (",",):
                j -= max(1, self.tally_links.ending_at(low, j)[0])
                steps += 1
                continue
            if steps < 6 and low[j - 1].isalpha() and not self.breakers.ending_at(low, j)[0]:
                j -= 1  # "jumlah korban tewas [sebenarnya secara signifikan lebih tinggi dan] mendekati"
                steps += 1
                continue
            return None
        return None

    # -- outcome ------------------------------------------------------------------

    def _outcome_value(self, value, category):
        if isinstance(value, dict):
            return value.get(category, value.get("*"))
        return value

    def _outcome_after(self, j: int, low, category) -> Optional[Tuple[Optional[str], int, int]]:
        """(outcome, position, length) of the predicate right after a noun phrase ending at j."""
        seen_prep = 0
        steps = 0
        while j < len(low) and steps < 10:
            n, value = self.outcomes.at(low, j)
            if n:
                if self.agentive.at(low, j)[0] and self._object_follows(low, j + n):
                    return None  # "serangan ke 36 target menewaskan 5 anggota": the verb has its own object
                outcome = self._outcome_value(value, category)
                return self._combine_after(outcome, j + n, low, category), j, n
            n = self.skippable.at(low, j)[0]
            if n:
                j, steps = j + n, steps + 1
                continue
            if low[j] == "," and j + 1 < len(low) and low[j + 1] == "yang":
                j, steps = j + 1, steps + 1
                continue
            if seen_prep < 2 and self.locators.at(low, j)[0]:
                # "tujuh desa di tiga distrik, yang berhasil dikuasai": skip a short place phrase
                seen_prep += 1
                j += self.locators.at(low, j)[0]
                while j < len(low) and steps < 8 and self._place_word(low, j):
                    j, steps = j + 1, steps + 1
                continue
            coordinated = self._numberless_conjunct(low, j)
            if coordinated:
                j, steps = j + coordinated, steps + 1  # "14 warga sipil dan seorang tentara terluka"
                continue
            return None
        return None

    def _adjacent(self, verb: Tuple[int, int], claim: Claim, claims: List[Claim], low) -> bool:
        """The verb governs the claim directly: only adverbs, qualifiers or a list of
        other claims ('meluncurkan 14 drone dan dua rudal') between them."""
        start, n = verb
        gap = range(claim.end, start) if start >= claim.end else range(start + n, claim.match.qualifier_start)
        listed = {i for c in claims for i in range(c.match.qualifier_start, c.end)}
        return all(k in listed or self.skippable.at(low, k)[0] or self.coordinators.at(low, k)[0] or low[k] == ","
                   for k in gap)

    def _object_follows(self, low, j) -> bool:
        while j < len(low) and (self.skippable.at(low, j)[0] or self.grammar.before.get((low[j],))):
            j += 1
        return j < len(low) and self.grammar.could_start(low[j])

    def _numberless_conjunct(self, low, j) -> int:
        """Length of 'dan seorang tentara' / 'serta para relawan' (a conjunct without a number), or 0."""
        cn = self.coordinators.at(low, j)[0]
        if not cn:
            return 0
        k = j + cn + self.single.at(low, j + cn)[0]
        hn = self.heads.at(low, k)[0]
        if not hn or self.grammar.could_start(low[j + cn]) and not self.single.at(low, j + cn)[0]:
            return 0
        k += hn
        while k < len(low) and self.modifiers.at(low, k)[0]:
            k += self.modifiers.at(low, k)[0]
        return k - j

    def _place_word(self, low, j) -> bool:
        """A word of a short place phrase: a name, a number, a place noun ('di tiga distrik', 'di Kharkiv')."""
        word = self._tokens[j] if self._tokens is not None and j < len(self._tokens) else None
        capital = word is not None and word.text[:1].isupper()
        base = [low[j].split("-")[0]]  # "desa-desa"
        return capital or self.grammar.could_start(low[j]) or self.heads.at(low, j)[0] > 0 or low[j] == "-" \
            or self.place_words.at(low, j)[0] > 0 or self.heads.at(base, 0)[0] > 0 or self.place_words.at(base, 0)[0] > 0

    def _combine_after(self, outcome, j, low, category):
        cn, _ = self.coordinators.at(low, j)
        if cn:
            n, value = self.outcomes.at(low, j + cn)
            other = self._outcome_value(value, category) if n else None
            if {outcome, other} == {"killed", "wounded"}:
                return "killed_or_wounded"
        return outcome

    def _outcome_before(self, claim: Claim, low, claims: List[Claim]) -> Optional[Tuple[Optional[str], int, int]]:
        """(outcome, position, length) of the nearest predicate before the number, in its clause."""
        j = claim.match.qualifier_start
        inside = {i for c in claims if c is not claim for i in range(c.match.qualifier_start, c.end)}
        steps = 0
        while j > 0 and steps < 12:
            if (j - 1) in inside:
                j -= 1
                continue
            if self.breakers.ending_at(low, j)[0]:
                return None
            n, value = self.outcomes.ending_at(low, j)
            if n:
                outcome = self._outcome_value(value, claim.category)
                # "membunuh atau melukai": both named
                cn, _ = self.coordinators.ending_at(low, j - n)
                if cn:
                    m, other = self.outcomes.ending_at(low, j - n - cn)
                    if m and {outcome, self._outcome_value(other, claim.category)} == {"killed", "wounded"}:
                        return "killed_or_wounded", j - n - cn - m, n + cn + m
                return outcome, j - n, n
            j -= 1
            steps += 1
        return None

    def _outcome(self, claim: Claim, claims: List[Claim], low) -> None:
        """In order: what the head noun fixes ('17 jenazah'); the predicate after the noun phrase
        (the verb before first for 'menembak jatuh 42 dari 56 drone yang diluncurkan'); the
        predicate before the number; the predicate shared along coordinated claims; an attack
        aimed at places; a tally noun before; what the head noun implies ('korban')."""
        if claim.notes.get("fixed"):
            claim.outcome = claim.head_outcome
            return
        after_from = claim.continuation if claim.continuation is not None else claim.end
        finders = [
            ("after", lambda: self._outcome_after(after_from, low, claim.category)),
            ("before", lambda: self._outcome_before(claim, low, claims)),
            ("after", lambda: self._chain_outcome(claim, claims, low)),
        ]
        if claim.notes.get("subset"):
            finders[0], finders[1] = finders[1], finders[0]
        for where, finder in finders:
            found = finder()
            if found is not None:
                claim.notes[where] = found[1:]  # (position, length) of the predicate, for the party
                claim.outcome = found[0]
                return
        if claim.category in ("territory", "other") and self._attack_target(claim, low):
            claim.outcome = "other"
            return
        if claim.head_outcome is None and claim.category in ("people", "civilian", "military"):
            tally = self._tally_before(claim, low)  # "jumlah korban tewas ... mencapai 43.000 jiwa"
            if tally is not None:
                claim.outcome = tally[1]
                return
        claim.outcome = claim.head_outcome

    def _attack_target(self, claim: Claim, low) -> bool:
        q = claim.match.qualifier_start
        n = self.target_preps.ending_at(low, q)[0]
        if not n:
            return False
        for j in range(q - n, max(0, q - n - 8), -1):
            if self.breakers.ending_at(low, j)[0]:
                return False
            if self.event_agents.ending_at(low, j)[0]:
                return True
        return False

    def _chain_outcome(self, claim: Claim, claims: List[Claim], low) -> Optional[str]:
        """'1.166 pasukan mereka dan 45 warga sipil telah tewas': coordinated claims share the predicate."""
        i = claims.index(claim)
        current = claim
        for nxt in claims[i + 1:]:
            between = low[current.end:nxt.match.qualifier_start]
            if not all(w in (",", "dan", "serta", "atau") for w in between) or not between:
                break
            current = nxt
            after = self._outcome_after(nxt.end, low, claim.category)
            if after is not None:
                return after
        return None

    def _accepted(self, claim: Claim, low) -> bool:
        if claim.outcome is not None or claim.tally or claim.referent:
            return True
        return claim.category in NO_OUTCOME_NEEDED

    # -- party --------------------------------------------------------------------

    def side_of(self, ent: Span) -> Optional[str]:
        """The side an entity stands for: 'Angkatan Bersenjata Armenia' -> 'Armenia'."""
        name = (ent.kb_id_ or ent.text).lstrip("#").strip()
        return self.side_name(name, strict=False)

    def side_name(self, name: str, strict: bool = True) -> Optional[str]:
        key = (name, strict)
        if key not in self._side_names:
            if len(self._side_names) >= SIDE_NAME_CACHE_SIZE:
                self._side_names.clear()
            self._side_names[key] = self._side_name(name, strict)
        return self._side_names[key]

    def _side_name(self, name: str, strict: bool) -> Optional[str]:
        lowered = " ".join(name.replace("\xa0", " ").split()).lower()
        stripped = False
        changed = True
        while changed:
            if lowered in self.sides:
                return self.sides[lowered]
            changed = False
            for prefix in self.prefixes:
                if lowered.startswith(prefix + " "):
                    lowered, stripped, changed = lowered[len(prefix) + 1:], True, True
                    break
        if lowered in self.sides:
            return self.sides[lowered]
        if stripped and not strict and lowered:
            tail = " ".join(name.split()[-len(lowered.split()):])
            return tail
        return None

    def enemy_of(self, side: Optional[str], side_counts: Counter) -> Optional[str]:
        if not side:
            return None
        candidates = self.adversaries.get(side, [])
        present = [c for c in candidates if side_counts.get(c)]
        # the lexicon lists a side's armed adversaries first: the first one the article names, else the main war
        return (present or candidates or [None])[0]

    def _party(self, claim: Claim, claims: List[Claim], doc: Doc, sent: Span, low, ents, side_counts) -> None:
        owner = claim.owner
        if isinstance(owner, Span):
            claim.party = self.side_of(owner)
            if claim.party is None:
                claim.party = owner.kb_id_ or owner.text
            return
        if isinstance(owner, tuple) and owner[0] == "text":
            claim.party = self.side_name(owner[1], strict=False) or owner[1]
            return
        if isinstance(owner, tuple) and owner[0] == "pronoun":
            claim.party = self._nearest_actor_side(doc, sent.start + owner[1])
            return
        if claim.referent:
            earlier = [c for c in claims if c.end <= claim.match.start]
            if earlier:
                claim.party = earlier[-1].party
                if claim.category in (None, "people") and earlier[-1].category:
                    claim.category = earlier[-1].category
            return
        if claim.outcome == "captured":
            taken_from = self._taken_from(claim, claims, sent, low, ents)
            if taken_from is not None:
                claim.party = taken_from  # "merebut 30 pos militer ... dari junta Myanmar"
                return
        if claim.category == "civilian":
            reporter = self._reporter_side(sent)
            if reporter is not None:
                claim.party = reporter  # "30 warga sipil tewas, kata Kementerian Kesehatan Gaza"
                return
        after = claim.notes.get("after")
        if after is not None and self.possessive.at(low, after[0] + after[1])[0]:
            ent = ents.get(after[0] + after[1] + self.possessive.at(low, after[0] + after[1])[0])
            if ent is not None and ent.label_ == "ACTOR":
                claim.party = self.side_of(ent)  # "3 helikopter yang jatuh milik Rusia"
                return
        agent = self._agent_side(claim, claims, sent, low, ents)
        verb = claim.notes.get("before", claim.notes.get("after"))
        if agent is not None and verb is not None and self.own_side_verbs.at(low, verb[0])[0] \
                and self._adjacent(verb, claim, claims, low):
            claim.party = agent  # "Rusia kehilangan 3.000 tank", "drone yang diluncurkan Rusia": its own
            return
        if isinstance(owner, tuple) and owner[0] == "enemy":
            # "10 tank musuh": the enemy of whoever did it, else of the side speaking in the sentence
            doer = agent or self._nearest_actor_side(doc, sent.end, same_sentence=sent)
            claim.party = self.enemy_of(doer, side_counts)
            return
        if agent is not None:
            # people and civilians hit by a side are not thereby its enemy's (Gaza civilians are not Hamas);
            # what a side deployed or attacked says nothing about whose it was
            hostile = claim.outcome in ("killed", "wounded", "killed_or_wounded", "destroyed", "captured")
            claim.party = self.enemy_of(agent, side_counts) if hostile and claim.category not in ("people", "civilian") else None
            return
        if claim.category == "civilian":
            claim.party = self._nearest_actor_side(doc, sent.start + claim.match.qualifier_start, same_sentence=sent)

    def _reporter_side(self, sent: Span) -> Optional[str]:
        """The side of an authority in the sentence that counts its own casualties (a health ministry)."""
        for ent in self._ents_in(sent):
            names = [n.lower() for n in (ent.kb_id_, ent.text) if n]
            if ent.label_ == "ACTOR" and any(n.startswith(r + " ") for n in names for r in self.reporters):
                side = self.side_of(ent)
                if side:
                    return side
        return None

    def _ents_in(self, sent: Span) -> List[Span]:
        """`sent.ents` from the entities read once per doc (spaCy's builds doc.ents again)."""
        inside = []
        for ent in self._doc_ents:
            if ent.start >= sent.start:
                if ent.end > sent.end:
                    break
                inside.append(ent)
        return inside

    def _taken_from(self, claim: Claim, claims: List[Claim], sent: Span, low, ents) -> Optional[str]:
        """The side after 'dari' that lost what was captured, in the same clause."""
        inside = {i for c in claims for i in range(c.match.qualifier_start, c.end)}
        j = claim.end
        while j < min(len(low), claim.end + 15):
            if self.breakers.at(low, j)[0] or low[j] == ".":
                return None
            n = self.capture_sources.at(low, j)[0]
            if n and j not in inside:
                k = j + n
                k += self.owner_links.at(low, k)[0] if k not in ents else 0
                ent = ents.get(k)
                if ent is not None and ent.label_ == "ACTOR":
                    return self.side_of(ent) or ent.kb_id_ or ent.text
                return None
            j += 1
        return None

    def _nearest_actor_side(self, doc: Doc, before: int, same_sentence: Optional[Span] = None) -> Optional[str]:
        floor = same_sentence.start if same_sentence is not None else 0
        for ent in reversed([e for e in self._doc_ents if floor <= e.start and e.end <= before and e.label_ == "ACTOR"]):
            preceding = self._doc_words.lowers(max(0, ent.start - 3), ent.start)
            if self.event_agents.ending_at(preceding, len(preceding))[0]:
                continue  # "serangan Israel": the attacker, not the side reporting its losses
            side = self.side_of(ent)
            if side:
                return side
        return None

    def _agent_side(self, claim: Claim, claims: List[Claim], sent: Span, low, ents) -> Optional[str]:
        """The side that did it: the subject of an active verb before the number ('Rusia menembak jatuh
        20 drone'), or the agent after a passive verb ('direbut (oleh) pasukan Azerbaijan')."""
        tokens = self._tokens
        if "before" in claim.notes:
            verb, n = claim.notes["before"]
            own = self.own_side_verbs.at(low, verb)[0]
            if not own and (claim.outcome not in ("killed", "wounded", "killed_or_wounded", "destroyed", "captured")
                            or not self.agentive.at(low, verb)[0]):
                return None
            inside = {i for c in claims for i in range(c.match.qualifier_start, c.end)}
            for j in range(verb - 1, -1, -1):
                if j in inside:
                    continue  # an earlier object, not the subject: "menyerang 1.600 target Hizbullah dan menghancurkan"
                if self.breakers.at(low, j)[0]:
                    break
                if self.event_agents.ending_at(low, j + 1)[0] and j >= verb - 4:
                    return None  # "pertempuran itu telah menewaskan": no side did it
                ent = next((e for i, e in ents.items() if i <= j < e.end - sent.start), None)
                if ent is not None and ent.label_ == "ACTOR":
                    return self.side_of(ent)
                if ent is None and tokens[j].text[:1].isupper():
                    for width in (3, 2, 1):  # a side the entity pipeline did not mark: "Korea Utara"
                        name = sent[max(0, j - width + 1):j + 1].text
                        if self.side_name(name):
                            return self.side_name(name)
            return None
        after = claim.notes.get("after")
        if after is not None and (claim.outcome in ("killed", "wounded", "killed_or_wounded", "destroyed", "captured")
                                  or self.own_side_verbs.at(low, after[0])[0]):
            verb, n = after
            if self.agentive.at(low, verb)[0] or self.possessive.at(low, verb + n)[0]:
                return None
            m = verb + n
            if m < len(low) and low[m] == "oleh":
                m += 1
            link = self.owner_links.at(low, m)[0]
            for start in (m, m + link) if link else (m,):
                ent = ents.get(start)
                if ent is not None and ent.label_ == "ACTOR":
                    return self.side_of(ent)
                name_end = self._capitalised_name(tokens, low, start)
                if name_end > start:
                    return self.side_name(sent[start:name_end].text)
        return None


class SentenceTokens:
    """A sentence's tokens as a list, each Token made when read (most never are, and making one is costly)."""

    __slots__ = ("doc", "start", "end")

    def __init__(self, doc: Doc, start: int, end: int):
        self.doc, self.start, self.end = doc, start, end

    def __len__(self) -> int:
        return self.end - self.start

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self.doc[k] for k in range(self.start, self.end)[i]]
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError("sentence token index out of range")
        return self.doc[self.start + i]


class DocWords:
    """A doc's token texts, lower-cased forms and spacing, read once from its arrays
    (reading them from Token objects costs a Token per word)."""

    def __init__(self, doc: Doc):
        self.strings = doc.vocab.strings
        array = doc.to_array([ORTH, LOWER, SPACY, IS_SPACE])
        orths, self.lower_ids = array[:, :2].T.tolist()
        self.texts = [self.strings[orth] for orth in orths]
        # white space after, or a white-space token
        self.space_after = (array[:, 2] | array[:, 3]).astype(bool).tolist()

    def lowers(self, start: int, end: int) -> List[str]:
        return [self.strings[lower] for lower in self.lower_ids[start:end]]

    def words(self, start: int, end: int) -> List[Word]:
        """The tokens start..end as number-grammar Words; the first counts as preceded by white space."""
        texts, space_after = self.texts, self.space_after
        return [Word(texts[k], k == start or space_after[k - 1]) for k in range(start, end)]


def _body_ranges(doc: Doc) -> Optional[List[Tuple[int, int]]]:
    """Character ranges of doc.spans["body"], None for a Doc the body marker never saw (all body)."""
    if BODY not in doc.spans:
        return None
    return [(s.start_char, s.end_char) for s in doc.spans[BODY]]


def _touches_body(body: Optional[List[Tuple[int, int]]], sent: Span) -> bool:
    """Whether some of the sentence is body."""
    if body is None:
        return True
    sent_start, sent_end = sent.start_char, sent.end_char
    return any(start < sent_end and sent_start < end for start, end in body)


def _in_body(body: Optional[List[Tuple[int, int]]], start_char: int, end_char: int) -> bool:
    """body.in_body over the ranges of _body_ranges."""
    if body is None:
        return True
    return any(start <= start_char and end_char <= end for start, end in body)


def _tokenizer_words(nlp: Language) -> Callable[[str], List[str]]:
    return lambda text: [t.lower_ for t in nlp.tokenizer(text) if not t.is_space]


class Claims:
    """The nk_claims component."""

    def __init__(self, nlp: Language, name: str = "nk_claims", scorer: Optional[Callable] = None):
        self.nlp = nlp
        self.name = name
        self.scorer = scorer
        self.lexicons: Optional[Tuple[Dict, Dict]] = None
        self._rules: Optional[ClaimRules] = None
        register_extensions()

    @property
    def rules(self) -> ClaimRules:
        if self._rules is None:
            if self.lexicons is None:
                raise ValueError(f"{self.name} has no lexicons: call nlp.initialize() (lexicon_dir) or load a saved pipeline")
            self._rules = ClaimRules(*self.lexicons, tokenize=_tokenizer_words(self.nlp))
        return self._rules

    def initialize(self, get_examples: Optional[Callable[[], Iterable]] = None, *, nlp: Optional[Language] = None,
                   lexicon_dir: Optional[Union[str, Path]] = None) -> None:
        if lexicon_dir is None:
            raise ValueError(f"{self.name}: set [initialize.components.{self.name}] lexicon_dir in the config")
        self.lexicons = tuple(_read_json(Path(lexicon_dir) / f) for f in (NUMBERS_FILE, CLAIMS_FILE))
        self._rules = None

    def __call__(self, doc: Doc) -> Doc:
        doc.spans[CLAIMS] = self.rules.find(doc)
        return doc

    def score(self, examples, **kwargs) -> Dict[str, Any]:
        return self.scorer(examples, **kwargs) if self.scorer is not None else {}

    def to_disk(self, path, exclude=tuple()) -> None:
        path = ensure_path(path)
        path.mkdir(parents=True, exist_ok=True)
        if self.lexicons is not None:
            for name, data in zip((NUMBERS_FILE, CLAIMS_FILE), self.lexicons):
                with open(path / name, "w", encoding="utf-8") as f:
                    json.dump(data, f, ensure_ascii=False, indent=1)

    def to_bytes(self, exclude=tuple()) -> bytes:
        return srsly.json_dumps(list(self.lexicons) if self.lexicons is not None else None).encode("utf-8")

    def from_bytes(self, data: bytes, exclude=tuple()) -> "Claims":
        lexicons = srsly.json_loads(data)
        self.lexicons = tuple(lexicons) if lexicons is not None else None
        self._rules = None
        return self

    def from_disk(self, path, exclude=tuple()) -> "Claims":
        path = ensure_path(path)
        if (path / CLAIMS_FILE).exists():
            self.lexicons = tuple(_read_json(path / f) for f in (NUMBERS_FILE, CLAIMS_FILE))
            self._rules = None
        return self


def _read_json(path: Path) -> Dict:
    with open(path, encoding="utf-8") as f:
        return json.load(f)


@Language.factory(
    "nk_claims",
    default_config={"scorer": {"@scorers": "nk_nlp.claims_scorer.v1"}},
    default_score_weights={"spans_claims_f": 0.0, "spans_claims_p": None, "spans_claims_r": None},
)
def make_claims(nlp: Language, name: str, scorer: Optional[Callable]) -> Claims:
    return Claims(nlp, name, scorer)
