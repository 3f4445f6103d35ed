"""Pass 2: each denial finds the claims it denies; each claim gets `disputed_by`.

The side whose losses a denial speaks of (its `party`): a correcting figure's own party;
in the headline, the party of the headline claim before the cue; in the body, the party
of the statement the denial answers: the last claim before the cue that another actor
makes with a claim cue (`mengklaim`), else the last claim another actor makes. Every
actor that denies on behalf of a side defends it: a claim a defender makes about its own
side's losses is the answer, not the claim (`Ia mengakui hanya sembilan prajurit`).

Targets, by how the denial names them (model.py): STATEMENT, the claims of that side
from the statement's first claim to the cue (headline claims of the same kind too);
FIGURE, the same restricted to counts of people; GENERAL, every claim in the article of
that side's losses of that kind; CORRECTION, the larger figures of the same kind; a
headline denial, the headline's claims (those inside its object too: `Hoaks Kabar Tiga
Warga Tewas`) and the body claims of the same kind. A denied figure takes its breakdown
with it (`lima prajurit` ... `tiga ... tewas dan dua lainnya luka`); a count of people
opened by an ordinal (`ketiga jenazah`) is of the kind of the claim it refers back to. A
`hanya N` whose speaker himself claims a larger figure of that kind is no correction. A
claim is never disputed by its own source; one entry per denying actor, the cue of its
first denial.
"""

import re
from collections import defaultdict
from typing import Any, Dict, List, Optional, Set


from nk_nlp.components.disputes.denials import DocDenials
from nk_nlp.components.disputes.model import CORRECTION, FIGURE, GENERAL, ClaimView, Denial, actor_key
from nk_nlp.extensions import span_ref

PEOPLE_LIKE = {"military", "people"}
PERSONS = {"military", "civilian", "people"}
ORDINAL = re.compile(r"ke(dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|\d+)\b")  # `ketiga korban`: the three


def same_kind(a: ClaimView, b: ClaimView) -> bool:
    """Two claims count the same kind of loss (a headline and its body claim, a figure and
    its correction): category equal (soldiers and `korban` alike), outcome compatible."""
    cat_a, cat_b = a._.category, b._.category
    if cat_a != cat_b and not {cat_a, cat_b} <= PEOPLE_LIKE:
        return False
    out_a, out_b = a._.outcome, b._.outcome
    if out_a == out_b:
        return True
    pair = {out_a, out_b}
    return "killed_or_wounded" in pair and bool(pair & {"killed", "wounded"})


def part_of(part: ClaimView, whole: ClaimView) -> bool:
    """`part` may count some of `whole`'s losses: the same side, a category alike, an outcome
    the whole includes (`dua lainnya luka` of `lima prajurit` killed or wounded)."""
    if part._.party is not None and whole._.party is not None and part._.party != whole._.party:
        return False
    cats = {part._.category, whole._.category}
    if len(cats) > 1 and not cats <= PEOPLE_LIKE and not ("people" in cats and cats <= PERSONS):
        return False
    return part._.outcome == whole._.outcome or (whole._.outcome == "killed_or_wounded"
                                                  and part._.outcome in {"killed", "wounded"})


def figure(claim: ClaimView) -> Optional[float]:
    for value in (claim._.value, claim._.low, claim._.high):
        if value is not None:
            return value
    return None


class Linker:
    def __init__(self, found: DocDenials, denials: List[Denial]):
        self.found = found
        self.denials = denials
        self.claims = found.claims
        self.anchor: Dict[int, ClaimView] = {}
        self.defenders: Dict[str, Set[str]] = defaultdict(set)

    def source_key(self, claim: ClaimView) -> Optional[str]:
        """Who asserts the claim; nobody known for a claim inside a denial's object (`Hoaks
        Kabar Tiga Warga Tewas`: the denier reports it, the claimant is not named)."""
        return None if claim.denied else actor_key(claim._.source)

    def stated(self, claim: ClaimView) -> bool:
        """The claim is someone's: it has a source, or a claim cue (`mengklaim`) stands before
        it in its sentence (a statement whose speaker was not resolved is still a statement),
        or a denial names it as the thing denied."""
        return claim.denied or claim._.source is not None or self.claim_cue_before(claim) or self.statement_cue_before(claim)

    def statement_cue_before(self, claim: ClaimView) -> bool:
        """`Kelompok paramiliter itu juga mengaku menembak jatuh empat drone`: a speaker not
        resolved, a statement all the same."""
        start, _ = self.found.sentence_of[claim.start]
        return any(self.found.lower[j] in self.found.lex.statement_cues for j in range(start, claim.start))

    def claim_cue_before(self, claim: ClaimView) -> bool:
        if claim.claimed is None:
            claim.claimed = self._claim_cue_before(claim)
        return claim.claimed

    def _claim_cue_before(self, claim: ClaimView) -> bool:
        cue = claim._.cue
        if cue and cue.get("text", "").lower() in self.found.lex.claim_cues:
            return True
        start, _ = self.found.sentence_of[claim.start]
        return any(self.found.lower[j] in self.found.lex.claim_cues for j in range(start, claim.start))

    # ------------------------------------------------------------ the side denied
    def answered_statement(self, denial: Denial) -> Optional[ClaimView]:
        key = actor_key(denial.denier)
        before = [c for c in self.claims if c.start < denial.cue_token and self.stated(c)
                  and not self.found.in_headline(c.start) and (self.source_key(c) is None or self.source_key(c) != key)]
        claimed = [c for c in before if self.claim_cue_before(c)]
        if not claimed:
            return (before or [None])[-1]
        # The statement runs back from its last claim over the claims about the same side
        # before it (`Kemenhan mengklaim merebut dua desa ... Moskow juga mengklaim ...`).
        last = before.index(claimed[-1])
        first = last
        while first > 0 and self.same_statement(before[first - 1], before[first]):
            first -= 1
        return next(c for c in before[first:last + 1] if self.claim_cue_before(c))

    def same_statement(self, a: ClaimView, b: ClaimView) -> bool:
        """Neighbouring claims of one statement: the same speaker, or the same side's losses
        (a party not known does not join statements: it would run back over everything)."""
        key = self.source_key(a)
        return (key is not None and key == self.source_key(b)) or (a._.party is not None and a._.party == b._.party)

    def set_party(self, i: int, denial: Denial) -> None:
        if denial.mode == CORRECTION:
            denial.party = denial.correction._.party
            return
        if denial.in_headline:
            key = actor_key(denial.denier)
            heads = [c for c in self.claims if (c.start < denial.cue_token or self.inside(denial, c))
                     and self.source_key(c) != key]
            if not heads:
                return
            denial.party = heads[-1]._.party
            self.anchor[i] = heads[-1]
            if denial.denier is None:  # `Kelompok Itu Membantah`: the side whose losses the headline counts
                ent = next((e for e in self.found.actors if e.start < self.found.headline_end
                            and e.kb_id_ and e.kb_id_ == denial.party), None)
                denial.denier = span_ref(ent, canonical=True) if ent is not None else None
            return
        anchor = self.answered_statement(denial)
        if anchor is not None:
            self.anchor[i] = anchor
            denial.party = anchor._.party

    @staticmethod
    def inside(denial: Denial, claim: ClaimView) -> bool:
        return denial.scope is not None and denial.scope[0] <= claim.start and claim.end <= denial.scope[1]

    def own_figure(self, denial: Denial) -> bool:
        """`hanya N` said by a speaker who himself asserts a larger figure of the same kind
        about the same side (the claimant's spokesman: `tiga tewas dan dua lainnya luka ...
        hanya seorang ...`) corrects nobody: the claimant's own side does not deny its claim."""
        corr = denial.correction
        key, value = actor_key(denial.denier), figure(corr)
        return any(c is not corr and id(c) not in self.found.correcting and self.source_key(c) == key
                   and c._.party == corr._.party and same_kind(c, corr) and (figure(c) or 0) > value
                   for c in self.claims)

    def referent(self, claim: ClaimView) -> Optional[ClaimView]:
        """`ketiga jenazah`, `kedua korban`: a count of people of no stated kind opened by a
        collective ordinal refers back to the nearest earlier claim of that figure that says
        whom it counts (`tiga anggota kelompok itu`)."""
        if claim._.category != "people" or claim._.value is None or not ORDINAL.match(claim.text.lower()):
            return None
        earlier = [c for c in self.claims if c.start < claim.start and c._.value == claim._.value
                   and c._.category in PERSONS - {"people"}]
        return earlier[-1] if earlier else None

    def breakdowns(self, chosen: List[ClaimView], pool: List[ClaimView]) -> List[ClaimView]:
        """A denied claim's breakdown is denied with it: `lima prajurit` then `tiga prajurit
        tewas di tempat dan dua lainnya luka berat` (the parts of one sentence after it, of
        the same side and kind, whose figures add up to it)."""
        sentence_of = self.found.sentence_of
        added: List[ClaimView] = []
        for whole in chosen:
            total = whole._.value
            if total is None or total < 2:
                continue
            by_sentence: Dict[tuple, List[ClaimView]] = defaultdict(list)
            for c in pool:
                if c.start >= whole.end and c._.value is not None and part_of(c, whole):
                    by_sentence[sentence_of[c.start]].append(c)
            for parts in by_sentence.values():
                if len(parts) >= 2 and sum(c._.value for c in parts) == total:
                    added.extend(c for c in parts if c not in added and c not in chosen)
        return chosen + added

    # ------------------------------------------------------------ targets
    def defends(self, key: Optional[str], party: Optional[str]) -> bool:
        """`key` denies on behalf of `party` (of any side, when the party is not known)."""
        if key is None:
            return False
        if party is None:
            return any(key in keys for keys in self.defenders.values())
        return key in self.defenders[party]

    def candidate(self, denial: Denial, claim: ClaimView, any_party: bool = False) -> bool:
        """A claim this denial may deny: someone else's (a headline's claims need no source:
        a headline states them in short), about the denied side when both parties are known."""
        key = self.source_key(claim)
        if not (self.stated(claim) or self.found.in_headline(claim.start)):
            return False
        if key is not None and key == actor_key(denial.denier):
            return False
        if self.defends(key, claim._.party) or (denial.party is not None and self.defends(key, denial.party)):
            return False
        if id(claim) in self.found.correcting and claim._.party == denial.party:
            return False  # `hanya 12 gugur`: the defending side's own figure, the answer
        return any_party or denial.party is None or claim._.party is None or claim._.party == denial.party

    def targets(self, i: int, denial: Denial) -> List[ClaimView]:
        found = self.found
        pool = [c for c in self.claims if self.candidate(denial, c)]
        headline = [c for c in pool if found.in_headline(c.start)]
        if denial.mode == GENERAL:
            covered: List[ClaimView] = []
            for c in pool:
                ref = self.referent(c)
                if denial.kind.covers(c) or (ref is not None and (ref in covered or denial.kind.covers(ref))):
                    covered.append(c)
            return covered
        if denial.mode == CORRECTION:
            corr = denial.correction
            value = figure(corr)
            return self.breakdowns([c for c in pool if c is not corr and same_kind(c, corr)
                                    and (denial.in_headline or c.start < corr.start)
                                    and figure(c) is not None and figure(c) > value], pool)
        if denial.in_headline:
            heads = [c for c in headline if c.start < denial.cue_token or self.inside(denial, c)]
            chosen = heads + [c for c in pool if c not in headline and any(same_kind(c, h) for h in heads)]
        else:
            anchor = self.anchor.get(i)
            if anchor is None:
                return []
            # the statement's speakers' own claims count whatever party they were given: the
            # anchor's speaker and the speakers of its claims about the denied side
            window = [c for c in self.claims if anchor.start <= c.start < denial.cue_token and c not in headline]
            speakers = {self.source_key(c) for c in window if c is anchor or c in pool} - {None}
            stated = [c for c in window if c in pool or (self.source_key(c) in speakers
                                                         and self.candidate(denial, c, any_party=True))]
            chosen = [c for c in headline if any(same_kind(c, s) for s in stated)] + stated
        if denial.mode == FIGURE:
            chosen = [c for c in chosen if c._.category in found.lex.people_categories]
        return self.breakdowns(chosen, pool)

    def run(self) -> Dict[int, List[Dict[str, Any]]]:
        """Claim index in doc.spans["claims"] order -> its disputed_by entries."""
        self.denials = [d for d in self.denials if not (d.mode == CORRECTION and self.own_figure(d))]
        for i, denial in enumerate(self.denials):
            self.set_party(i, denial)
            if denial.denier is not None and (i in self.anchor or denial.mode == CORRECTION):
                self.defenders[denial.party].add(actor_key(denial.denier))  # party None: a side not known
        entries: Dict[int, Dict[str, Dict[str, Any]]] = defaultdict(dict)
        position = {id(c): n for n, c in enumerate(self.claims)}
        for i, denial in enumerate(self.denials):
            if denial.denier is None or (i not in self.anchor and denial.mode != CORRECTION):
                continue
            key = actor_key(denial.denier)
            for claim in self.targets(i, denial):
                denial.targets.append(claim)
                entries[position[id(claim)]].setdefault(key, {"source": dict(denial.denier), "cue": dict(denial.cue)})
        return {n: list(by_actor.values()) for n, by_actor in entries.items()}
