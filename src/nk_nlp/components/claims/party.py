"""Whose it was: the party of each claim of a sentence, from its owner, the side that did
it, the side it was taken from, or the side that reports it (knowledge.Sides)."""

from dataclasses import replace
from typing import List, Optional

from nk_nlp.components.claims.model import Claim, DefiniteOwner, EnemyOwner, EntityOwner, PronounOwner, TextOwner
from nk_nlp.components.claims.sentence import SentenceView


def set_party(sv: SentenceView, claim: Claim, claims: List[Claim]) -> None:
    lex, low, ents = sv.lexicon, sv.low, sv.ents
    sides = lex.sides
    owner = claim.owner
    if isinstance(owner, EntityOwner):
        claim.party = side_of_entity(sv, owner.ent)
        return
    if isinstance(owner, DefiniteOwner) and sv.lexicon.state_force_heads.at(low, owner.at)[0]:
        claim.party = sv.doc_text.home_state  # 'sebuah kendaraan lapis baja milik tentara'
        return
    if isinstance(owner, TextOwner):
        claim.party = sides.side_name(owner.name, strict=False) or owner.name
        return
    if isinstance(owner, PronounOwner):
        claim.party = _nearest_actor_side(sv, sv.start + owner.at)
        return
    if claim.antecedent is not None and claim.antecedent.party and claim.owner is None:
        claim.party = claim.antecedent.party  # a definite anaphor keeps the party of what it refers to
        if claim.referent and claim.category in (None, "people") and claim.antecedent.category:
            claim.category = claim.antecedent.category
        return
    if claim.referent:
        # 'tiga lainnya', 'Dua di antaranya': what was counted before, in the sentence or the article
        earlier = [c for c in claims if c.end <= claim.match.start] or sv.doc_text.claims[-1:]
        if earlier:
            claim.party = earlier[-1].party
            if claim.category in (None, "people") and earlier[-1].category:
                claim.category = earlier[-1].category
        return
    if claim.outcome == "captured":
        taken_from = _taken_from(sv, claim, claims)
        if taken_from is not None:
            claim.party = taken_from  # "merebut 30 pos militer ... dari junta Myanmar"
            return
    if claim.category in ("civilian", "people") and claim.owner is None:
        reporter = _reporter_side(sv)
        if reporter is not None:
            claim.party = reporter  # "30 warga sipil tewas, kata Kementerian Kesehatan Gaza"
            return
    own_verb = lex.own_side_verbs.ending_at(low, claim.match.qualifier_start)[0]
    if own_verb and claim.predicate_before is None:
        verb_at = claim.match.qualifier_start - own_verb  # "Hamas memiliki 540 orang yang tewas": Hamas's own
        owner_side = _subject_side(sv, replace(claim, predicate_before=(verb_at, own_verb)), claims)
        if owner_side is not None:
            claim.party = owner_side
            return
    after = claim.predicate_after
    if after is not None and lex.possessive.at(low, after[0] + after[1])[0]:
        ent = ents.get(after[0] + after[1] + lex.possessive.at(low, after[0] + after[1])[0])
        if ent is not None and ent.label_ == "ACTOR":
            claim.party = sides.side_of(ent)  # "3 helikopter yang jatuh milik Rusia"
            return
    agent = _agent_side(sv, claim, claims)
    verb = claim.predicate
    if agent is not None and verb is not None and lex.own_side_verbs.at(low, verb[0])[0] \
            and _adjacent(sv, verb, claim, claims):
        claim.party = agent  # "Rusia kehilangan 3.000 tank", "drone yang diluncurkan Rusia": its own
        return
    if isinstance(owner, EnemyOwner):
        # "10 tank musuh": the enemy of whoever did it, else of the side speaking in the sentence
        doer = agent or _nearest_actor_side(sv, sv.end, same_sentence=True)
        claim.party = enemy_of(sv, doer)
        return
    if agent is not None:
        # people and civilians a side hits are the state it attacks ('serangan India' -> Pakistan), not
        # its armed enemy (Gaza civilians are not Hamas); what a side deployed says nothing of whose it was
        hostile = claim.outcome in lex.hostile_outcomes
        if not hostile:
            claim.party = None
        elif claim.category in ("people", "civilian"):
            claim.party = _attacked_side(sv, agent)
        else:
            claim.party = enemy_of(sv, agent)
        return
    if claim.category == "civilian":
        nearest = _nearest_actor_side(sv, sv.start + claim.match.qualifier_start, same_sentence=True)
        claim.party = nearest if nearest not in lex.non_state_sides else None  # civilians are no armed group's
    if claim.party is None and _home_side_counts(sv, claim):
        attacker = _attacker_side(sv)
        if attacker is not None:
            claim.party = _attacked_side(sv, attacker)  # 'serangan rudal India ... menewaskan 26 warga sipil'
        elif sv.doc_text.home_state not in sv.doc_text.attackers or claim.category == "military":
            claim.party = sv.doc_text.home_state  # '300 warga mengungsi', 'enam prajurit' in a Papua article


def side_of_entity(sv: SentenceView, ent) -> Optional[str]:
    """The canonical side an entity stands for ('Intelijen Tentara Nasional Indonesia' -> Indonesia,
    through the side its name ends with); an entity of no known side keeps its own name ('JNIM')."""
    sides = sv.lexicon.sides
    name = (ent.kb_id_ or ent.text).strip()
    side = sides.side_name(name)
    if side is None:
        words = name.split()
        side = next((sides.side_name(" ".join(words[k:])) for k in range(1, len(words))
                     if sides.side_name(" ".join(words[k:]))), None)
    return side or sides.side_of(ent) or name


def enemy_of(sv: SentenceView, side: Optional[str]) -> Optional[str]:
    """The enemy of `side` in this article: the first of its adversaries the article names (or
    one it names twice as often), else its first adversary; for a side of no listed war, the
    article's home state when that is not `side`."""
    if not side:
        return None
    counts = sv.doc_text.side_counts
    adversaries = sv.lexicon.sides.adversaries.get(side, [])
    named = [a for a in adversaries if counts.get(a)]
    if named:
        # the first listed (armed adversaries come first), unless the article is plainly about another
        first, most = named[0], max(named, key=lambda a: counts[a])
        return most if counts[most] >= 2 * counts[first] else first
    if adversaries:
        return adversaries[0]
    home = sv.doc_text.home_state
    return home if home != side else None


def _attacked_side(sv: SentenceView, attacker: str) -> Optional[str]:
    """The side whose people an attack by `attacker` hits: the state it fights that the article
    names, else the article's home state when that is not the attacker."""
    home = sv.doc_text.home_state
    return sv.doc_text.state_adversary(attacker) or (home if home != attacker else None)


def _attacker_side(sv: SentenceView) -> Optional[str]:
    """The side of an attack named in the sentence: 'serangan udara Israel', 'serangan drone Ukraina'."""
    lex, lower = sv.lexicon, sv.doc_text.columns.lower
    for ent in sv.doc_text.ents_in(sv.sent):
        if ent.label_ != "ACTOR":
            continue
        preceding = lower[max(sv.start, ent.start - 3):ent.start]
        if lex.event_agents.ending_at(preceding, len(preceding))[0]:
            side = lex.sides.side_of(ent)
            if side in lex.sides.adversaries:
                return side
    return None


def _home_side_counts(sv: SentenceView, claim: Claim) -> bool:
    """Civilians and persons of no stated side, and a state's soldiers named without owner, are
    the article's home state's: the one state it is about."""
    if claim.owner is not None or claim.referent:
        return False
    if claim.category in ("people", "civilian"):
        return True
    low, heads = sv.low, sv.lexicon.state_force_heads
    return claim.category == "military" and any(heads.at(low, j)[0] for j in range(claim.match.end, claim.end))


def _adjacent(sv: SentenceView, verb, claim: Claim, claims: List[Claim]) -> bool:
    """The verb governs the claim directly: only adverbs, qualifiers or a list of
    other claims ('meluncurkan 14 drone dan dua rudal') between them."""
    lex, low = sv.lexicon, sv.low
    start, n = verb
    gap = range(claim.end, start) if start >= claim.end else range(start + n, claim.match.qualifier_start)
    listed = {i for c in claims for i in c.covers()}
    return all(k in listed or lex.skippable.at(low, k)[0] or lex.coordinators.at(low, k)[0] or low[k] == ","
               for k in gap)


def _reporter_side(sv: SentenceView) -> Optional[str]:
    """The side of an authority in the sentence that counts its own casualties (a health ministry)."""
    lex = sv.lexicon
    for ent in sv.doc_text.ents_in(sv.sent):
        names = [n.lower() for n in (ent.kb_id_, ent.text) if n]
        if ent.label_ == "ACTOR" and any(n.startswith(r + " ") for n in names for r in lex.reporters):
            side = lex.sides.side_of(ent)
            if side:
                return side
    return None


def _taken_from(sv: SentenceView, claim: Claim, claims: List[Claim]) -> Optional[str]:
    """The side after 'dari' that lost what was captured, in the same clause."""
    lex, low, ents = sv.lexicon, sv.low, sv.ents
    inside = {i for c in claims for i in c.covers()}
    j = claim.end
    while j < min(len(low), claim.end + 15):
        if lex.breakers.at(low, j)[0] or low[j] == ".":
            return None
        n = lex.capture_sources.at(low, j)[0]
        if n and j not in inside:
            k = j + n
            k += lex.owner_links.at(low, k)[0] if k not in ents else 0
            ent = ents.get(k)
            if ent is not None and ent.label_ == "ACTOR":
                return lex.sides.side_of(ent) or ent.kb_id_ or ent.text
            return None
        j += 1
    return None


def _nearest_actor_side(sv: SentenceView, before: int, same_sentence: bool = False) -> Optional[str]:
    """The side of the last actor before doc token `before` (in the sentence, or in the doc)
    that is not an attacker ('serangan Israel')."""
    doc_text, lex = sv.doc_text, sv.lexicon
    floor = sv.start if same_sentence else 0
    lower = doc_text.columns.lower
    for ent in reversed([e for e in doc_text.ents if floor <= e.start and e.end <= before and e.label_ == "ACTOR"]):
        preceding = lower[max(0, ent.start - 3):ent.start]
        if lex.event_agents.ending_at(preceding, len(preceding))[0]:
            continue  # "serangan Israel": the attacker, not the side reporting its losses
        side = lex.sides.side_of(ent)
        if side:
            return side
    return None


def _agent_side(sv: SentenceView, claim: Claim, claims: List[Claim]) -> Optional[str]:
    """The side that did it: the subject of an active verb before the number ('Rusia menembak jatuh
    20 drone'), or the agent after a passive verb ('direbut (oleh) pasukan Azerbaijan')."""
    if claim.predicate_before is not None:
        return _subject_side(sv, claim, claims)
    lex, low, ents = sv.lexicon, sv.low, sv.ents
    after = claim.predicate_after
    if after is not None and (claim.outcome in lex.hostile_outcomes or lex.own_side_verbs.at(low, after[0])[0]):
        verb, n = after
        if lex.agentive.at(low, verb)[0] or lex.possessive.at(low, verb + n)[0]:
            return None
        m = verb + n
        if m < len(low) and low[m] in lex.passive_agent_markers:
            m += 1
        link = lex.owner_links.at(low, m)[0]
        for start in (m, m + link) if link else (m,):
            ent = ents.get(start)
            if ent is not None and ent.label_ == "ACTOR":
                return lex.sides.side_of(ent)
            name_end = sv.capitalised_name(start)
            if name_end > start:
                return lex.sides.side_name(sv.span_text(start, name_end))
    return None


def _subject_side(sv: SentenceView, claim: Claim, claims: List[Claim]) -> Optional[str]:
    """The subject of the active verb before the number: 'Rusia menembak jatuh 20 drone'."""
    lex, low, ents = sv.lexicon, sv.low, sv.ents
    verb, _ = claim.predicate_before
    own = lex.own_side_verbs.at(low, verb)[0]
    if not own and (claim.outcome not in lex.hostile_outcomes or not lex.agentive.at(low, verb)[0]):
        return None
    inside = {i for c in claims for i in c.covers()}
    for j in range(verb - 1, -1, -1):
        if j in inside:
            continue  # an earlier object, not the subject: "menyerang 1.600 target Hizbullah dan menghancurkan"
        if lex.breakers.at(low, j)[0]:
            break
        if lex.event_agents.ending_at(low, j + 1)[0] and j >= verb - 4:
            return None  # "pertempuran itu telah menewaskan": no side did it
        ent = next((e for i, e in ents.items() if i <= j < sv.ent_end(e)), None)
        if ent is not None and ent.label_ == "ACTOR":
            at = ent.start - sv.start
            if any(w in lex.relative_markers for w in low[max(0, at - 2):at]):
                continue  # 'Kashmir yang dikelola Pakistan': a relative clause's agent, not the subject
            return lex.sides.side_of(ent)
        if ent is None and sv.text[j][:1].isupper():
            for width in (3, 2, 1):  # a side the entity pipeline did not mark: "Korea Utara"
                name = sv.span_text(max(0, j - width + 1), j + 1)
                if lex.sides.side_name(name):
                    return lex.sides.side_name(name)
        if ent is None and lex.subject_forces.at(low, j)[0] and j + 1 < len(low) and j + 1 not in ents:
            return sv.doc_text.home_state  # 'pasukan pemerintah menyita', 'petugas menyita': the state's forces
        if ent is None and low[j].endswith("nya") and lex.subject_forces.at([low[j][:-3]], 0)[0]:
            return _nearest_actor_side(sv, sv.start + j)  # 'pasukannya merampas': the forces of who speaks
    return None
