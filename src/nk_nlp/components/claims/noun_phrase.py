"""What is counted: the noun phrase after a number, its head, its owner, or why there is none.

`read_claim` turns a number expression of a sentence into a `Claim` spanning the number
and the counted noun phrase ("sedikitnya 30 tentara Rusia"), or rejects it: dates,
ages, a name's number, a locator ("di tiga distrik"), a geographic descriptor.
"""

from typing import Optional, Sequence

from nk_nlp.components.claims.model import (Claim, DefiniteOwner, EnemyOwner, EntityOwner, PronounOwner,
                                            TextOwner)
from nk_nlp.components.claims.sentence import SentenceView, outcome_value
from nk_nlp.text.numbers import COLLECTIVE, NumberMatch

# what a collective 'ke-' form may count: a group of people or things, not 'kedua negara'
COLLECTIVE_CATEGORIES = ("military", "civilian", "people", "equipment")


def read_claim(sv: SentenceView, match: NumberMatch, matches: Sequence[NumberMatch]) -> Optional[Claim]:
    """The claim of the number expression `match`, or None when it counts nothing."""
    lex, low = sv.lexicon, sv.low
    if match.year_like and not lex.heads.at(low, match.expr_end)[0]:
        return None
    if lex.rejected_before.ending_at(low, match.qualifier_start)[0]:
        return None  # "berpenduduk 500.000 jiwa", "berusia 25", "pukul 10"
    k = match.expr_end
    claim = Claim(match, match.start, match.expr_end)
    if match.form == COLLECTIVE:
        return _collective(sv, claim, k)
    if k < len(low) and low[k] in lex.dashes:
        return _dashed(sv, claim, k)
    if k + 1 < len(low) and lex.subset.at(low, k)[0]:
        whole = next((m for m in matches if m.qualifier_start == k + 1 or m.start == k + 1), None)
        if whole is not None:  # "42 dari 56 drone": 42 of them, the noun comes after the whole
            probe = Claim(whole, whole.start, whole.expr_end)
            if noun_phrase(sv, probe, whole.expr_end):
                claim.category, claim.owner = probe.category, probe.owner
                claim.continuation = probe.end
                claim.subset = True
                return claim
    if _rejected_head(sv, k):
        return None
    if noun_phrase(sv, claim, k):
        if _is_locator(sv, claim) or _is_geo_descriptor(sv, claim):
            return None
        return claim
    prev = match.start - 1
    if match.qualifier_start == match.start and prev >= 0 and sv.text[prev][:1].isupper() \
            and not sv.known_word(prev) and not sv.is_stop(prev) and not lex.tally_links.at(low, prev)[0] \
            and not lex.tally_nouns.at(low, prev)[0]:
        return None  # "Brigade 47", "Resolusi 2334": a name's number, not a count
    n, _ = lex.referents.at(low, k)
    if n:
        claim.end, claim.referent = k + n, True
        return claim
    if bare_ok(sv, claim, k):
        return claim
    if _unknown_head(sv, claim, k):
        return claim
    return None


def _collective(sv: SentenceView, claim: Claim, k: int) -> Optional[Claim]:
    """'Ketujuh prajurit itu', 'kedua korban': the whole group, counted before its noun. An
    ordinal ('hari kedua', 'yang ketiga') has no counted noun after it, or follows 'yang'."""
    start = claim.match.start
    if start > 0 and sv.low[start - 1] in sv.lexicon.relative_markers:
        return None
    if noun_phrase(sv, claim, k) and claim.category in COLLECTIVE_CATEGORIES:
        return claim
    return None


def _dashed(sv: SentenceView, claim: Claim, k: int) -> Optional[Claim]:
    """A number before a dash: the closing dash of a parenthesis ('ratusan—laporan lain menyebut
    ribuan—orang tewas'), or the opening one, whose noun phrase comes after the parenthesis."""
    lex, low = sv.lexicon, sv.low
    match = claim.match
    dashes_before = sum(1 for w in low[:match.start] if w in lex.dashes)
    if dashes_before % 2 == 1:  # the closing dash
        if noun_phrase(sv, claim, k + 1):
            return claim
        return None
    close = next((j for j in range(k + 1, len(low)) if low[j] in lex.dashes), None)
    if close is not None:  # the opening dash
        probe = Claim(match, match.start, match.expr_end)
        if noun_phrase(sv, probe, close + 1) or bare_ok(sv, probe, close + 1):
            claim.category = probe.category or "people"
            claim.head_outcome = probe.head_outcome
            claim.continuation = probe.end if probe.end > close + 1 else close + 1
            return claim
    return None


def _unknown_head(sv: SentenceView, claim: Claim, k: int) -> bool:
    """'15 relawan tewas': a lower-case noun the lexicon lacks, followed by an outcome, is counted."""
    lex, low = sv.lexicon, sv.low
    if k >= len(low) or not sv.is_alpha(k) or not sv.is_lower(k) or sv.known_word(k) \
            or lex.rejected_before.at(low, k)[0] or sv.is_stop(k):
        return False
    j = k + 1
    if j < len(low) and sv.is_alpha(j) and sv.is_lower(j) and not sv.known_word(j) and not sv.is_stop(j):
        j += 1  # "Tujuh pendulang emas tewas": a two-word noun
    while j < len(low) and lex.modifiers.at(low, j)[0]:
        j += lex.modifiers.at(low, j)[0]  # "seorang sopir sipil"
    noun_end = j
    if j < len(low) and low[j] == "," and sv.in_appositive(claim):
        j += 1  # ", termasuk seorang sopir sipil, mengalami luka tembak"
    while j < len(low) and lex.skippable.at(low, j)[0]:
        j += lex.skippable.at(low, j)[0]
    n, value = lex.outcomes.at(low, j)
    outcome = outcome_value(value, "people") if n else None
    person_verb = bool(n) and bool(lex.person_verbs.at(low, j)[0])
    if outcome is None:
        # '... menahan 150 tersangka': the verb right before the number
        j = claim.match.qualifier_start
        while j > 0 and lex.skippable.ending_at(low, j)[0]:
            j -= lex.skippable.ending_at(low, j)[0]
        n, value = lex.outcomes.ending_at(low, j)
        outcome = outcome_value(value, "people") if n else None
        person_verb = bool(n) and bool(lex.person_verbs.at(low, j - n)[0])
    else:
        claim.end = noun_end
    if outcome is None:
        return False
    if claim.end <= k:
        claim.end = k + 1
    people = lex.person_taken_outcomes if person_verb else lex.people_outcomes
    claim.category = "people" if outcome in people or person_verb else "other"
    return True


def _rejected_head(sv: SentenceView, k: int) -> bool:
    lex, low = sv.lexicon, sv.low
    n_rej, _ = lex.rejected.at(low, k)
    if not n_rej:
        c, _ = lex.classifiers.at(low, k)
        n_rej = lex.rejected.at(low, k + c)[0] if c else 0
        k = k + c
    return bool(n_rej) and n_rej >= lex.heads.at(low, k)[0]


def noun_phrase(sv: SentenceView, claim: Claim, k: int) -> bool:
    """Extend the claim over the counted noun phrase at k; False when there is none."""
    lex, low, ents = sv.lexicon, sv.low, sv.ents
    j = k
    c, _ = lex.classifiers.at(low, j)
    if c and lex.heads.at(low, j + c)[0]:
        j += c
    n, category = lex.heads.at(low, j)
    if not n and j < len(low) and low[j].endswith("nya") and lex.heads.at([low[j][:-3]], 0)[0] == 1:
        # "192 tentaranya": the head with a possessive pronoun
        claim.category = lex.heads.at([low[j][:-3]], 0)[1]
        claim.head_outcome = lex.head_outcomes.at([low[j][:-3]], 0)[1]
        claim.owner = PronounOwner(j)
        claim.end = j + 1
        return True
    if not n and j in ents and ents[j].label_ == "EQUIPMENT":
        n, category = sv.ent_end(ents[j]) - j, "equipment"  # "tiga [Rafale]"
    if not n:
        return False
    if lex.rejected.at(low, j)[0] > n:
        return False
    claim.category = category
    claim.head_outcome = lex.head_outcomes.at(low, j)[1]
    claim.fixed_outcome = bool(lex.fixed_head_outcomes.at(low, j)[0])
    named = ents.get(j)
    j += n
    if named is not None and named.label_ == "EQUIPMENT":
        j = max(j, sv.ent_end(named))  # "31 [tank Abrams]"
    # coordinated heads under one number: "130 tank dan kendaraan lapis baja"
    while True:
        cn, _ = lex.coordinators.at(low, j)
        hn, _ = lex.heads.at(low, j + cn) if cn else (0, None)
        if cn and hn and not lex.grammar.could_start(low[j + cn]):
            j += cn + hn
            continue
        break
    while True:
        if j in ents and ents[j].label_ in ("ACTOR", "PLACE"):
            break
        if lex.modifiers.at(low, j)[0]:
            j += lex.modifiers.at(low, j)[0]
        elif j in ents and ents[j].label_ == "EQUIPMENT":
            j = sv.ent_end(ents[j])  # "12 tank [T-72]"
        elif category == "equipment" and j not in ents and _model_name_end(sv, j) > j:
            j = _model_name_end(sv, j)  # "60 tank Leopard", "20 drone Shahed-136"
        elif category in ("equipment", "other") and lex.np_extenders.at(low, j)[0] \
                and _extension_end(sv, j + lex.np_extenders.at(low, j)[0]) > j + 1:
            j = _extension_end(sv, j + lex.np_extenders.at(low, j)[0])  # "truk bermuatan amunisi"
        else:
            break
    j = _owner(sv, claim, j)
    rn, _ = lex.referents.at(low, j)
    if rn and low[j] in lex.referents_after_owner:
        j += rn  # "20 tank Rusia lainnya"
    elif lex.np_closers.at(low, j)[0]:
        j += lex.np_closers.at(low, j)[0]  # "Ketujuh prajurit itu", "dua prajurit itu": a definite anaphor
    claim.end = j
    return True


def _owner(sv: SentenceView, claim: Claim, j: int) -> int:
    """Read the owner after the head at j into `claim.owner`; where the noun phrase ends."""
    lex, low, ents = sv.lexicon, sv.low, sv.ents
    link, _ = lex.owner_links.at(low, j)
    offsets = (0, link) if link else (0,)
    for offset in offsets:
        ent = ents.get(j + offset)
        if ent is not None and ent.label_ in ("ACTOR", "PLACE") and not (
                claim.category == "territory" and ent.label_ == "PLACE"):
            claim.owner = EntityOwner(ent)
            return sv.ent_end(ent)
    for offset in offsets:
        if lex.pronouns.at(low, j + offset)[0]:
            claim.owner = PronounOwner(j + offset)
            return j + offset + 1
        if lex.enemy_words.at(low, j + offset)[0]:
            claim.owner = EnemyOwner(j + offset)
            return j + offset + 1
    if lex.possessive.at(low, j)[0]:
        end = j + lex.possessive.at(low, j)[0]
        start = end
        while end < len(low) and end - start < 3 and sv.is_alpha(end) and sv.is_lower(end) \
                and not any(table.at(low, end)[0] for table in (lex.outcomes, lex.coordinators, lex.skippable,
                                                                 lex.locators, lex.breakers, lex.definite)):
            end += 1
        end += lex.definite.at(low, end)[0] if end > start else 0
        if end > start:
            claim.owner = DefiniteOwner(start)  # "sembilan kamp milik kelompok militan"
            return end
    if link and j + link + 1 < len(low) and sv.is_alpha(j + link) and sv.is_lower(j + link) \
            and lex.definite.at(low, j + link + 1)[0]:
        claim.owner = DefiniteOwner(j + link)  # "15 kendaraan tempur milik milisi itu"
        return j + link + 1 + lex.definite.at(low, j + link + 1)[0]
    if claim.category in ("territory", "other"):
        return j
    for offset in offsets:
        name_end = sv.capitalised_name(j + offset)
        name = sv.span_text(j + offset, name_end).strip()
        acronym = name.isupper() and name.isalpha() and 2 <= len(name) <= 6 and claim.category != "equipment"
        if name_end > j + offset and not any(i in ents for i in range(j + offset, name_end)) \
                and (lex.sides.side_name(name) or acronym):  # "pejuang TPLF": an armed group's acronym
            claim.owner = TextOwner(name)  # a known side the entity pipeline did not mark
            return name_end
    return j


def _extension_end(sv: SentenceView, j: int) -> int:
    """End of what an extender takes ('bermuatan [amunisi]', 'buatan [Amerika Serikat]', 'jenis
    [AK-47]', 'kaliber [5,56 mm]'): an entity, a name or model, a number and its unit, or one
    lower-case word that has no role of its own; j itself when there is none."""
    lex, low, ents = sv.lexicon, sv.low, sv.ents
    if j >= len(low):
        return j
    if j in ents:
        return sv.ent_end(ents[j])
    name_end = _model_name_end(sv, j)
    if name_end > j:
        return name_end
    if lex.grammar.could_start(low[j]):
        return j + 2 if j + 1 < len(low) and sv.is_alpha(j + 1) and not sv.known_word(j + 1) else j + 1
    if sv.is_alpha(j) and sv.is_lower(j) and not sv.known_word(j) and not sv.is_stop(j):
        return j + 1
    return j


def _model_name_end(sv: SentenceView, j: int) -> int:
    """End of a model name after an equipment noun: capitalised, not a side ('Leopard', 'Su-27')."""
    end = sv.capitalised_name(j)
    text, n = sv.text, len(sv)
    if end == j and j < n and text[j][:1].isupper() and text[j].isalnum() and text[j].isupper():
        end = j + 1  # "SS2", "T72": a capitalised model code with digits
    while end < n and text[end] in ("-", "–") and not sv.space_after(end - 1) \
            and end + 1 < n and text[end + 1][:1].isalnum() and end > j:
        end += 2  # "Shahed-136", "Su-27"
    if end > j and sv.lexicon.sides.side_name(sv.span_text(j, end).strip()):
        return j
    return end


def _is_locator(sv: SentenceView, claim: Claim) -> bool:
    """'tujuh desa di [tiga distrik]': a place count after a preposition locates, it is not counted."""
    if claim.category not in ("territory", "other"):
        return False
    lex, low = sv.lexicon, sv.low
    q = claim.match.qualifier_start
    if lex.static_locators.ending_at(low, q)[0]:
        return True
    n = lex.locators.ending_at(low, q)[0]
    return n > 0 and lex.heads.ending_at(low, q - n)[0] > 0  # "permukiman ke tiga desa", not "serangan ke enam lokasi"


def _is_geo_descriptor(sv: SentenceView, claim: Claim) -> bool:
    """'tujuh wilayah sekitarnya': a territory count that describes, not counts."""
    return claim.category == "territory" and claim.end < len(sv.low) and sv.lexicon.geo.at(sv.low, claim.end)[0] > 0


def bare_ok(sv: SentenceView, claim: Claim, k: int) -> bool:
    """A number with no counted noun after it: a tally ('korban tewas mencapai 1.200') or a
    number the outcome follows directly ('700 luka-luka')."""
    lex, low = sv.lexicon, sv.low
    tally = sv.tally_before(claim)
    if tally is not None:
        claim.category, claim.head_outcome, claim.tally = tally[0], tally[1], True
        return True
    q = claim.match.qualifier_start
    n, value = lex.outcomes.ending_at(low, q)
    if n and lex.own_side_verbs.ending_at(low, q)[0] and outcome_value(value, "people") in lex.people_outcomes \
            and (k >= len(low) or not sv.is_alpha(k) or sv.is_stop(k) or lex.locators.at(low, k)[0]):
        claim.category, claim.head_outcome, claim.tally = "people", outcome_value(value, "people"), True
        return True  # "kehilangan 532 dalam sepekan": a side's own losses, the noun left out
    j = k
    while j < len(low) and lex.skippable.at(low, j)[0]:
        j += lex.skippable.at(low, j)[0]
    n, _ = lex.outcomes.at(low, j)
    if n and k < len(low) and not lex.rejected.at(low, k)[0]:
        claim.category = claim.category or "people"
        return True
    return False
