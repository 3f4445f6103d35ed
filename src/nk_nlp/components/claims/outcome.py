"""What happened to what is counted: the outcome of each claim of a sentence, from the
predicate around it (either voice, either side of the number) or its head noun."""

from typing import List, Optional, Tuple

from nk_nlp.components.claims.model import Claim
from nk_nlp.components.claims.sentence import SentenceView, outcome_value
from nk_nlp.text.numbers import SINGLE

Found = Tuple[Optional[str], int, int]  # (outcome, position, length) of a predicate


def set_outcome(sv: SentenceView, claim: Claim, claims: List[Claim]) -> None:
    """In order: what the head noun fixes ('17 jenazah'); the predicate after the noun phrase
    (the verb before first for 'menembak jatuh 42 dari 56 drone yang diluncurkan'); the
    predicate before the number; the predicate shared along coordinated claims; an attack
    aimed at places; a tally noun before; what the head noun implies ('korban')."""
    if claim.fixed_outcome:
        claim.outcome = claim.head_outcome
        return
    after_from = claim.continuation if claim.continuation is not None else claim.end
    finders = [
        ("after", lambda: outcome_after(sv, after_from, claim.category, sv.in_appositive(claim))),
        ("before", lambda: _outcome_before(sv, claim, claims)),
        ("after", lambda: _chain_outcome(sv, claim, claims)),
    ]
    if claim.subset:
        finders[0], finders[1] = finders[1], finders[0]
    for where, finder in finders:
        found = finder()
        if found is not None:
            if where == "before":
                claim.predicate_before = found[1:]  # where the predicate is, for the party
            else:
                claim.predicate_after = found[1:]
            claim.outcome = found[0]
            return
    if claim.category in ("territory", "other") and _attack_target(sv, claim):
        claim.outcome = "other"
        return
    if claim.head_outcome is None and claim.category in ("people", "civilian", "military"):
        tally = sv.tally_before(claim)  # "jumlah korban tewas ... mencapai 43.000 jiwa"
        if tally is not None:
            claim.tally = True
            # "Angka sebelumnya 850 orang": a tally named without its outcome is the article's last tally
            claim.outcome = tally[1] or next((c.outcome for c in reversed(sv.doc_text.claims) if c.outcome), None)
            return
    claim.outcome = claim.head_outcome


def accepted(sv: SentenceView, claim: Claim) -> bool:
    """A claim needs an outcome, unless it is a tally, refers back, or counts what is deployed.
    'seorang', 'sebuah' count only a loss or in a tally: 'seorang prajurit TNI gugur', not
    'seorang juru bicara' nor 'Sebuah jet F-16 mengebom'."""
    if claim.match.form == SINGLE:
        return claim.tally or claim.referent or claim.outcome in sv.lexicon.loss_outcomes
    if claim.outcome is not None or claim.tally or claim.referent:
        return True
    return claim.category in sv.lexicon.no_outcome_needed


def outcome_after(sv: SentenceView, j: int, category: Optional[str],
                  in_appositive: bool = False) -> Optional[Found]:
    """The predicate right after a noun phrase ending at j (past the closing comma of an
    appositive the noun phrase is the inside of)."""
    lex, low = sv.lexicon, sv.low
    if in_appositive and j < len(low) and low[j] == ",":
        j += 1
    seen_prep = 0
    steps = 0
    while j < len(low) and steps < 10:
        n, value = lex.outcomes.at(low, j)
        if n:
            if lex.agentive.at(low, j)[0] and sv.object_follows(j + n):
                return None  # "serangan ke 36 target menewaskan 5 anggota": the verb has its own object
            outcome = outcome_value(value, category)
            return _combine_after(sv, outcome, j + n, category), j, n
        n = lex.skippable.at(low, j)[0]
        if n:
            j, steps = j + n, steps + 1
            continue
        if low[j] == "," and j + 1 < len(low) and low[j + 1] in lex.relative_markers:
            j, steps = j + 1, steps + 1
            continue
        if low[j] == "," and lex.appositive_openers.at(low, j + 1)[0]:
            # "20 orang lainnya, termasuk dua anak, tewas": past the appositive to its closing comma
            close = next((k for k in range(j + 2, min(len(low), j + 12)) if low[k] == ","), None)
            if close is not None:
                j, steps = close + 1, steps + 1
                continue
        if seen_prep < 2 and lex.locators.at(low, j)[0]:
            # "tujuh desa di tiga distrik, yang berhasil dikuasai": skip a short place phrase
            seen_prep += 1
            j += lex.locators.at(low, j)[0]
            while j < len(low) and steps < 8 and sv.place_word(j):
                j, steps = j + 1, steps + 1
            continue
        coordinated = _numberless_conjunct(sv, j)
        if coordinated:
            j, steps = j + coordinated, steps + 1  # "14 warga sipil dan seorang tentara terluka"
            continue
        return None
    return None


def _numberless_conjunct(sv: SentenceView, j: int) -> int:
    """Length of 'dan seorang tentara' / 'serta para relawan' (a conjunct without a number), or 0."""
    lex, low = sv.lexicon, sv.low
    cn = lex.coordinators.at(low, j)[0]
    if not cn:
        return 0
    k = j + cn + lex.single.at(low, j + cn)[0]
    hn = lex.heads.at(low, k)[0]
    if not hn or lex.grammar.could_start(low[j + cn]) and not lex.single.at(low, j + cn)[0]:
        return 0
    k += hn
    while k < len(low) and lex.modifiers.at(low, k)[0]:
        k += lex.modifiers.at(low, k)[0]
    return k - j


def _combine_after(sv: SentenceView, outcome: Optional[str], j: int, category: Optional[str]) -> Optional[str]:
    """'tewas dan terluka': two outcomes named together."""
    lex, low = sv.lexicon, sv.low
    cn, _ = lex.coordinators.at(low, j)
    if cn:
        n, value = lex.outcomes.at(low, j + cn)
        other = outcome_value(value, category) if n else None
        if {outcome, other} == lex.paired_outcomes:
            return lex.paired_outcome
    return outcome


def _outcome_before(sv: SentenceView, claim: Claim, claims: List[Claim]) -> Optional[Found]:
    """The nearest predicate before the number, in its clause."""
    lex, low = sv.lexicon, sv.low
    j = claim.match.qualifier_start
    inside = {i for c in claims if c is not claim for i in c.covers()}
    steps = 0
    while j > 0 and steps < 12:
        if (j - 1) in inside:
            j -= 1
            continue
        if lex.breakers.ending_at(low, j)[0]:
            return None
        n, value = lex.outcomes.ending_at(low, j)
        if n:
            outcome = outcome_value(value, claim.category)
            # "membunuh atau melukai": both named
            cn, _ = lex.coordinators.ending_at(low, j - n)
            if cn:
                m, other = lex.outcomes.ending_at(low, j - n - cn)
                if m and {outcome, outcome_value(other, claim.category)} == lex.paired_outcomes:
                    return lex.paired_outcome, j - n - cn - m, n + cn + m
            return outcome, j - n, n
        j -= 1
        steps += 1
    return None


def _attack_target(sv: SentenceView, claim: Claim) -> bool:
    """'serangan ke tiga kota': places an attack was aimed at."""
    lex, low = sv.lexicon, sv.low
    q = claim.match.qualifier_start
    n = lex.target_preps.ending_at(low, q)[0]
    if not n:
        return False
    for j in range(q - n, max(0, q - n - 8), -1):
        if lex.breakers.ending_at(low, j)[0]:
            return False
        if lex.event_agents.ending_at(low, j)[0]:
            return True
    return False


def _chain_outcome(sv: SentenceView, claim: Claim, claims: List[Claim]) -> Optional[Found]:
    """'1.166 pasukan mereka dan 45 warga sipil telah tewas': coordinated claims share the predicate."""
    low, links = sv.low, sv.lexicon.claim_list_links
    i = claims.index(claim)
    current = claim
    for nxt in claims[i + 1:]:
        between = low[current.end:nxt.match.qualifier_start]
        if not all(w in links for w in between) or not between:
            break
        current = nxt
        after = outcome_after(sv, nxt.end, claim.category)
        if after is not None:
            return after
    return None
