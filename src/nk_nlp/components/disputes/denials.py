"""Pass 1: every denial in the article body, in text order, with its denier.

Cues (disputes.json): a denial verb and what follows it (`membantah klaim itu`,
`menepis klaim tersebut`, `membantah ada tank yang dirampas`; `membantah menargetkan
warga` denies blame and is skipped; a reference naming a kind of loss, `membantah laporan X
soal korban sipil itu`, denies every claim of that kind); a predicate calling a statement false and what
precedes it (`klaim itu tidak benar`, `Kodam: Hoaks`, `"... propaganda murahan"`); a
general denial of losses (`tidak ada prajurit yang tewas`, `tidak kehilangan`); a figure
given as a correction (`hanya satu prajurit yang gugur`).

The denier: a cue inside a quotation is its speaker's; in the headline, the actor of the
cue's clause (`..., Kodam: Hoaks`); in the body, the actor before the sentence's first
speech or denial verb, unless a pronoun or an anaphor (`Ia`, `kementerian itu`) stands
in between: then the previous denier (annotation.md: pronouns resolve to the nearest
earlier explicit mention). A sentence in the article's own voice denies nothing.
"""

from typing import Any, Dict, List, Optional, Tuple

from spacy.attrs import SENT_START
from spacy.tokens import Doc, Span

from nk_nlp.components.disputes.lexicon import CASUALTY, KILLED, WOUNDED, DisputeLexicon
from nk_nlp.components.disputes.model import CORRECTION, GENERAL, STATEMENT, ClaimView, Denial, Kind, actor_key
from nk_nlp.extensions import CLAIMS, QUOTES, span_ref
from nk_nlp.text.doc_view import TokenColumns

CLAUSE_ENDS = {",", ";", ":", ".", "!", "?", "(", ")"}


class DocDenials:
    """The denials of one Doc (a fresh object per Doc)."""

    def __init__(self, doc: Doc, lexicon: DisputeLexicon):
        self.doc = doc
        self.lex = lexicon
        self.cols = TokenColumns(doc)
        self.lower = self.cols.lower
        self.claims: List[ClaimView] = [ClaimView(s) for s in sorted(doc.spans.get(CLAIMS, []), key=lambda s: s.start)]
        self.quotes: List[Span] = list(doc.spans.get(QUOTES, []))
        self.actors: List[Span] = [e for e in doc.ents if e.label_ == "ACTOR"]
        self.text = self.cols.doc_text()  # doc.text makes a Token per token
        self.text_lower = self.text.lower()
        self.sentence_of = self._sentences()
        self.headline_end = self._headline_end()
        self.in_claim = [False] * len(doc)
        for claim in self.claims:
            self.in_claim[claim.start:claim.end] = [True] * (claim.end - claim.start)
        self.last_denier: Optional[Dict[str, Any]] = None
        self.bare: set = set()  # predicate cues naming no statement and no loss (`TNI bohong`)
        self.correcting: set = set()  # ids of the claims a correction word stands before (`hanya 12`)
        self._token_ending_at: Optional[Dict[int, int]] = None

    # ------------------------------------------------------------ structure
    def _sentences(self) -> List[Tuple[int, int]]:
        """(start, end) of each token's sentence, from the SENT_START column (doc.sents
        makes a Span and Tokens per sentence)."""
        n = len(self.doc)
        if not self.doc.has_annotation("SENT_START"):
            return [(0, n)] * n
        starts = [i for i, flag in enumerate(self.doc.to_array(SENT_START).tolist()) if flag == 1 or i == 0]
        bounds: List[Tuple[int, int]] = []
        for start, end in zip(starts, starts[1:] + [n]):
            bounds.extend([(start, end)] * (end - start))
        return bounds

    def _headline_end(self) -> int:
        """Token index where the first line (the title) ends; 0 when it is not body."""
        newline = self.text.find("\n")
        if newline < 0 or not self.cols.body_mask[:1] or not self.cols.body_mask[0]:
            return 0
        return next((i for i, idx in enumerate(self.cols.idx) if idx >= newline), len(self.doc))

    def in_headline(self, i: int) -> bool:
        return i < self.headline_end

    def clause(self, i: int) -> Tuple[int, int]:
        start, end = self.sentence_of[i]
        left = i
        while left > start and self.lower[left - 1] not in CLAUSE_ENDS:
            left -= 1
        right = i
        while right < end and self.lower[right] not in CLAUSE_ENDS - {","}:
            right += 1
        return left, right

    @property
    def token_ending_at(self) -> Dict[int, int]:
        if self._token_ending_at is None:
            self._token_ending_at = {idx + len(text): i for i, (idx, text) in enumerate(zip(self.cols.idx, self.cols.text))}
        return self._token_ending_at

    def phrase_at(self, i: int, phrases) -> int:
        """Tokens covered by the longest phrase of `phrases` that starts at token i and ends
        at a token's end (matched on the text, so `dibesar-besarkan` matches however the
        tokenizer split it); 0 for none."""
        if self.lower[i].split("-")[0] not in self.lex.phrase_starts:
            return 0
        start = self.cols.idx[i]
        for phrase in phrases:
            if self.text_lower.startswith(phrase, start):
                n = self.token_ending_at.get(start + len(phrase), -1) - i + 1
                if n > 0:
                    return n
        return 0

    # ------------------------------------------------------------ what is denied
    def reference_end(self, j: int, end: int) -> int:
        """Where the reference opened by the noun at j ends: after its determiner (`laporan
        X soal korban sipil itu`), before `sebagai` or another verb, else at the clause end."""
        lex = self.lex
        for k in range(j + 1, min(end, j + lex.clause_window)):
            w = self.lower[k]
            if w in lex.anaphor_determiners:
                return k + 1
            if w in lex.reference_stops or w in lex.speech_verbs or w in lex.verb_cues:
                return k
        return min(end, j + self.lex.clause_window)

    def by_reference(self, j: int, end: int) -> Tuple[str, Optional[Kind], Tuple[int, int]]:
        """A reference noun at j naming what it refers to up to `end`: a reference naming a
        kind of loss (`membantah laporan X soal korban sipil itu`, `kabar tewasnya warga sipil
        ... sebagai hoaks`, `menepis kabar jatuhnya drone`) denies every claim of that kind
        (GENERAL); a bare one (`klaim itu`) the statement referred to. The span it covers is
        the denied object: a claim inside it is reported, not asserted by the denier."""
        kind = kind_named(self.lex, self.lower, j + 1, end)
        if kind is not None:
            return GENERAL, kind, (j, end)
        return self.lex.reference_nouns[self.lower[j]], None, (j, end)

    def names_loss(self, start: int, end: int) -> bool:
        """A loss word stands in start..end: `tentang korban kami itu propaganda` calls a
        loss false, `Polisi bohong` only calls its subject a liar."""
        return any(self.lex.stem(self.lower[k]) in self.lex.loss_words for k in range(start, end))

    def after_verb(self, j: int) -> Optional[Tuple[str, Optional[Kind], Optional[Tuple[int, int]]]]:
        """What a denial verb at j-1 denies: (mode, kind, the denied object's tokens), None
        when it denies no count."""
        _, end = self.clause(j - 1)
        if j >= end or self.cols.is_punct[j] or self.cols.is_space[j]:
            return STATEMENT, None, None  # `TPNPB Membantah`
        if self.lower[j - 1].endswith("nya"):
            return STATEMENT, None, None  # `membantahnya`: it = the statement just made
        w = self.lower[j]
        if w in self.lex.reference_nouns:
            return self.by_reference(j, self.reference_end(j, end))
        if w in self.lex.blame_objects:
            return None
        window = min(end, j + self.lex.clause_window)
        kind = kind_named(self.lex, self.lower, j, window)
        return (GENERAL, kind, (j, window)) if kind is not None else None

    def before_predicate(self, i: int) -> Tuple[str, Optional[Kind], Optional[Tuple[int, int]]]:
        """What a predicate cue at i calls false: a statement named before it in its clause
        (`klaim itu tidak benar`), a kind of loss (`tentang korban kami itu propaganda`),
        else the statement just made (`Yang mereka sebarkan itu propaganda`)."""
        start, _ = self.clause(i)
        start = max(start, i - 8)
        for j in range(i - 1, start - 1, -1):
            if self.lower[j] in self.lex.reference_nouns:
                return self.by_reference(j, i)
        kind = kind_named(self.lex, self.lower, start, i) if self.names_loss(start, i) else None
        if kind is None:
            self.bare.add(i)
        return (GENERAL, kind, None) if kind is not None else (STATEMENT, None, None)

    def headline_object(self, i: int, n: int) -> Optional[Tuple[int, int]]:
        """`Sebut Hoaks Kabar Tiga Warga Tewas`: in the title a reference noun right after the
        cue opens the denied object, running to the clause end."""
        j = i + n
        if j < self.headline_end and self.lower[j] in self.lex.reference_nouns:
            return j, min(self.clause(j)[1], self.headline_end)
        return None

    # ------------------------------------------------------------ who denies
    def quote_at(self, i: int) -> Optional[Span]:
        return next((q for q in self.quotes if q.start <= i < q.end), None)

    def is_anaphor(self, j: int) -> bool:
        w = self.lower[j]
        if w in self.lex.pronoun_subjects:
            return True
        return (w in self.lex.anaphor_determiners and j > 0 and self.cols.is_lower[j - 1]
                and self.cols.is_alpha[j - 1] and not self.in_claim[j])

    def body_denier(self, i: int) -> Optional[Dict[str, Any]]:
        start, _ = self.sentence_of[i]
        verb = next((j for j in range(start, i + 1)
                     if self.lower[j] in self.lex.speech_verbs or self.lower[j] in self.lex.verb_cues), i)
        actor = None
        claimants = set()
        for ent in self.actors:
            if start <= ent.start and ent.end <= verb and not self.in_claim[ent.start]:
                if ent.start > 0 and self.lower[ent.start - 1] in self.lex.reference_nouns:
                    continue  # `klaim Kyiv`: the claimant, not the denier
                if ent.end < len(self.doc) and self.lower[ent.end] in self.lex.claim_cues:
                    claimants.update(range(ent.start, ent.end))
                    continue  # `X klaim tembak pesawat, polisi: 'Tidak ada korban'`: the claimant
                actor = ent
        after = actor.end if actor is not None else start
        if any(self.is_anaphor(j) for j in range(after, verb)):
            return self.last_denier
        if actor is None:
            actor = self.named_before(start, verb, claimants)
        return span_ref(actor, canonical=True) if actor is not None else None

    def named_before(self, start: int, verb: int, skip=frozenset()) -> Optional[Span]:
        """`Dawit juga membantah ...` with `Dawit` not marked: the nearest earlier ACTOR
        whose name holds that capitalised word (`Kolonel Dawit Berhane Gebru`); not the words
        of a claimant named in the sentence (`skip`)."""
        names = {self.cols.text[j] for j in range(start, verb)
                 if j not in skip and self.cols.text[j][:1].isupper() and self.cols.is_alpha[j]}
        earlier = [e for e in self.actors if e.end <= start and names & {t.text for t in e}]
        return earlier[-1] if earlier else None

    def quote_denier(self, quote: Span) -> Optional[Dict[str, Any]]:
        """The quote's speaker, unless another denier was named between the speaker's mention
        and the quote (`X mengklaim ... Y membantah ... "Klaim itu mengada-ada," katanya`):
        a `katanya` resolves to the nearest earlier explicit mention, the last denier."""
        source, last = quote._.source, self.last_denier
        start = self.cols.idx[quote.start]
        if (source is not None and last is not None and actor_key(source) != actor_key(last)
                and source["end"] <= last["start"] and last["end"] <= start):
            return last
        return source

    def headline_denier(self, i: int) -> Optional[Dict[str, Any]]:
        start, end = self.clause(i)
        end = min(end, self.headline_end)  # the title's clause ends with the title
        while start > 0 and self.lower[start - 1] not in {",", ";"} and start > 0 and self.in_headline(start - 1):
            start -= 1  # `Kodam: Hoaks`: the clause runs back over the colon
        before = [e for e in self.actors if start <= e.start and e.end <= i]
        after = [e for e in self.actors if i < e.start and e.end <= end]
        ent = before[-1] if before else (after[0] if after else None)
        return span_ref(ent, canonical=True) if ent is not None else None

    def passive_agent(self, i: int) -> Optional[Dict[str, Any]]:
        """`Klaim tersebut dibantah (oleh) Hamas`: the first actor after the cue in its clause."""
        _, end = self.clause(i)
        ent = next((e for e in self.actors if i < e.start < end and e.start <= i + 3), None)
        return span_ref(ent, canonical=True) if ent is not None else None

    def denier(self, i: int) -> Optional[Dict[str, Any]]:
        quote = self.quote_at(i)
        if quote is not None:
            return self.quote_denier(quote)
        if self.in_headline(i):
            return self.headline_denier(i)
        return self.body_denier(i)

    # ------------------------------------------------------------ the pass
    def cue_ref(self, i: int, n: int) -> Dict[str, Any]:
        return span_ref(self.doc[i:i + n])

    def add(self, found: List[Denial], i: int, n: int,
            target: Optional[Tuple[str, Optional[Kind], Optional[Tuple[int, int]]]], passive: bool = False) -> None:
        if target is None:
            return
        denier = self.passive_agent(i) if passive else self.denier(i)
        headline = self.in_headline(i)
        if denier is None and not headline:
            return  # the article's own voice
        if denier is not None and not headline:
            self.last_denier = denier
        found.append(Denial(self.cue_ref(i, n), i, target[0], headline, denier, target[1], scope=target[2]))

    def find(self) -> List[Denial]:
        lex = self.lex
        found: List[Denial] = []
        body = self.cols.body_mask
        starts = lex.cue_starts
        candidates = [i for i, w in enumerate(self.lower) if body[i] and (w in starts or w.split("-")[0] in starts)]
        done = -1
        for i in candidates:
            if i <= done:
                continue  # inside a phrase already read
            w = self.lower[i]
            n_pred = self.phrase_at(i, lex.predicate_cues)
            n_neg = self.phrase_at(i, lex.negated_loss)
            if w in lex.passive_cues:
                self.add(found, i, 1, self.before_predicate(i), passive=True)
            elif w in lex.verb_cues or (w in lex.verb_cues_needing_reference and i + 1 < len(self.doc)
                                      and self.lower[i + 1] in lex.reference_nouns):
                self.add(found, i, 1, self.after_verb(i + 1))
            elif n_pred:
                if self.in_headline(i):
                    target = (STATEMENT, None, self.headline_object(i, n_pred))
                else:
                    target = self.before_predicate(i)
                self.add(found, i, n_pred, target)
                done = i + n_pred - 1
            elif n_neg:
                _, end = self.clause(i)
                kind = kind_named(lex, self.lower, i + n_neg, min(end, i + n_neg + lex.clause_window))
                if kind is not None:
                    self.add(found, i, n_neg, (GENERAL, kind, None))
                done = i + n_neg - 1
        found.extend(self.corrections())
        found.sort(key=lambda d: d.cue_token)
        follow_general(found, self.claims, self.bare)
        mark_denied(found, self.claims)
        return found

    def corrections(self) -> List[Denial]:
        """`hanya N X`: the figure N corrects larger ones; its source denies them."""
        found = []
        for claim in self.claims:
            j = claim.start - 1
            if j >= 0 and self.lower[j] in self.lex.skip_before_figure:
                j -= 1
            if j < 0 or self.lower[j] not in self.lex.correction_words or claim._.value is None:
                continue
            if j > 0 and self.lower[j - 1] in self.lex.negators:
                continue  # `Tak hanya tujuh desa`: not only, no correction
            self.correcting.add(id(claim))
            headline = self.in_headline(j)
            # in the title, the actor of the correction's clause (`X Klaim 100 Tewas, Y: Hanya
            # 12`), not the title's claimant the claim may have been given
            denier = self.headline_denier(j) if headline else claim._.source
            if denier is None:
                continue
            found.append(Denial(self.cue_ref(j, 1), j, CORRECTION, headline, denier, correction=claim))
        return found


def kind_named(lex: DisputeLexicon, lower: List[str], start: int, end: int) -> Optional[Kind]:
    """The kind of loss the words start..end of `lower` name (`tidak kehilangan tank maupun
    helikopter`: equipment, those two; `korban sipil`: civilians), or None."""
    seen = set()
    equipment_words = set()  # every kind named: `tidak kehilangan tank maupun helikopter`
    for i in range(start, end):
        w = lex.stem(lower[i])
        pair = " ".join(lower[i:i + 2])
        if w in lex.equipment_general:
            seen.add("equipment_general")
        elif w in lex.equipment_words:
            equipment_words.add(w)
        elif w in lex.territory_nouns:
            seen.add("territory")
        elif w in lex.military_nouns:
            seen.add("military")
        elif w in lex.civilian_nouns:
            seen.add("civilian")
        if w in lex.casualty_nouns:
            seen.add("casualty")
        if w in lex.killed_words or pair in lex.killed_words:
            seen.add("killed")
        if w in lex.wounded_words:
            seen.add("wounded")
    if "equipment_general" in seen:
        return Kind(frozenset({"equipment"}))
    if equipment_words:
        return Kind(frozenset({"equipment"}), None, frozenset(equipment_words))
    people = seen & {"military", "civilian", "casualty", "killed", "wounded"}
    if "territory" in seen and not people:
        return Kind(frozenset({"territory"}))
    if not people:
        return None
    if "military" in seen:
        categories = frozenset({"military"})
    elif "civilian" in seen:
        categories = frozenset({"civilian"})
    else:
        categories = frozenset(lex.people_categories)
    outcomes = KILLED if "killed" in seen else WOUNDED if "wounded" in seen else CASUALTY
    return Kind(categories, outcomes)


def mark_denied(found: List[Denial], claims: List[ClaimView]) -> None:
    """A claim inside a denial's object (`Hoaks Kabar Tiga Warga Tewas`, `membantah
    tewasnya enam prajurit`) is the thing denied: whoever attribution gave it to, the
    denier does not assert it."""
    for denial in found:
        if denial.scope is None:
            continue
        start, end = denial.scope
        for claim in claims:
            if start <= claim.start and claim.end <= end:
                claim.denied = True


def follow_general(found: List[Denial], claims: List[ClaimView], bare: set) -> None:
    """`Tidak ada anggota kami yang tewas. ... TNI bohong`: a predicate naming no statement,
    right after the same denier's general denial with no claim between, calls that loss
    false (not every claim of the statement before)."""
    for before, denial in zip(found, found[1:]):
        if (denial.cue_token in bare and before.mode == GENERAL and denial.denier is not None
                and actor_key(before.denier) == actor_key(denial.denier)
                and not any(before.cue_token < c.start < denial.cue_token for c in claims)):
            denial.mode, denial.kind = GENERAL, before.kind
