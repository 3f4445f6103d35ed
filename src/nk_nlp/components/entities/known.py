"""What the knowledge base says about a span: the label and canonical name of a known name,
and whether a country, capital or region name is an ACTOR or a PLACE here: a locative word
before it (`di`, `ke`, `dari`, `wilayah`, `ibu kota` ...), a dateline, a direction after it,
or a coordination with such a place make a PLACE; otherwise a state acts or owns (ACTOR)
and a region or city locates (PLACE)."""

from typing import List, Optional, Sequence

from nk_nlp.components.entities.boundaries import DASHES, prev_index
from nk_nlp.components.entities.document import DocEntities, Entity
from nk_nlp.knowledge.kb import CATEGORY_LABELS, title_case

CLAUSE_END = {".", ")", "?", "!", ";", ":"}  # with the list joiners: what may follow a list item


def classify_known(de: DocEntities, start: int, end: int, label: str, previous: List[Entity]) -> Optional[Entity]:
    """A name the KB knows: a state or place (ACTOR or PLACE by context), an outlet, an actor, equipment."""
    tok = de.tok
    kb = de.kb
    text = tok.span_text(start, end)
    hits = kb.lookup(text)
    categories = {cat for cat, _ in hits}
    if categories & {"state", "place"} and not (categories & {"person", "organisation", "armed_force",
                                                              "armed_group", "media"} and label != "PLACE"):
        return place_or_actor(de, start, end, previous)
    if "media" in categories and (label == "MEDIA" or not categories - {"media"}):
        return (start, end, "MEDIA", kb.media_brand(text))
    actor = kb.actor(text)
    if actor is not None:
        return (start, end, "ACTOR", actor["canonical"])
    if "equipment" in categories:
        return (start, end, "EQUIPMENT", kb.equipment_class(text) or "")
    if "media" in categories:
        return (start, end, "MEDIA", kb.media_brand(text))
    return None


def place_or_actor(de: DocEntities, start: int, end: int, previous: List[Entity]) -> Entity:
    """A known country, capital or region: PLACE where the context locates, else a state ACTOR."""
    tok = de.tok
    kb = de.kb
    text = tok.span_text(start, end)
    state = kb.state_of(text)
    place = kb.place(text)
    if place is not None and "kind" not in place:
        place = None  # a seat or epithet standing for a state (`Gedung Putih`): as a place, its own name
    place_name = place["canonical"] if place else (title_case(text) if text.isupper() else text)
    if place is not None and place.get("historical") and state:
        place_name = state
    if state is None:
        if end < len(tok) and tok.lower[end] in de.lex.direction_words and tok.text[end][:1].isupper() and \
                not kb.lookup(tok.span_text(start, end + 1)):
            # `Darfur Utara`, `Kordofan Selatan`: the direction is part of the name.
            return (start, end + 1, "PLACE", tok.span_text(start, end + 1))
        return (start, end, "PLACE", place_name)
    if hyphenated_with_state(de, start, end):
        return (start, end, "ACTOR", state)  # `perbatasan India-Pakistan`: the two states own it
    if is_dateline(de, start, end) or locative_before(de, start, previous) or \
            direction_after(de, end) or coordinated_with_place(de, start, end, previous):
        return (start, end, "PLACE", place_name)
    return (start, end, "ACTOR", state)


def hyphenated_with_state(de: DocEntities, start: int, end: int) -> bool:
    tok = de.tok
    if end + 1 < len(tok) and tok.text[end] == "-" and not tok.whitespace[end - 1]:
        return any(de.kb.state_of(tok.span_text(end + 1, stop)) for stop in range(end + 2, min(len(tok), end + 4) + 1))
    if start >= 2 and tok.text[start - 1] == "-" and not tok.whitespace[start - 2]:
        return any(de.kb.state_of(tok.span_text(s, start - 1)) for s in range(max(0, start - 4), start - 1))
    return False


def locative_before(de: DocEntities, start: int, previous: Sequence[Entity] = ()) -> bool:
    tok = de.tok
    i = prev_index(de, start)
    if i < 0:
        return False
    if tok.text[i] == "," and i > 0:
        return False
    before = tok.lower[max(0, i - 2):i + 1]
    n = de.lex.locative_before.suffix_len(before)
    if not n:
        return False
    word = before[-1]
    if word in de.lex.not_locative_after and i > 0:
        context = set(tok.lower[max(0, i - 3):i])
        if context & de.lex.not_locative_after[word]:
            return False
    if word in de.lex.direction_last_words and tok.text[i][:1].isupper():
        return False  # `Korea Utara`, not `utara X`
    if word in de.lex.owned_territory_words and previous:
        # `Karabakh Atas, wilayah [Azerbaijan]`: the territory of a state, the state owns it.
        j = i - 1
        while j >= 0 and tok.text[j] == ",":
            j -= 1
        if previous[-1][1] == j + 1 and previous[-1][2] == "PLACE":
            return False
    return True


def direction_after(de: DocEntities, end: int) -> bool:
    tok = de.tok
    after = tok.text[end:end + 2]
    if not after or not after[0].islower():
        return False
    return bool(de.lex.directions_after.prefix_len([a.lower() for a in after]))


def is_dateline(de: DocEntities, start: int, end: int) -> bool:
    """`BAKU - ...`, `KARABAKH (Arrahmah.com)`, `IMPIANNEWS.COM (Azerbaijan).` at the head of a line."""
    tok = de.tok
    at_line_start = start == 0 or "\n" in tok.text[start - 1] or "\n" in tok.whitespace[start - 1] or \
        tok.is_space[start - 1]
    nxt = tok.text[end] if end < len(tok) else ""
    if at_line_start and nxt in {"-", "–", "—", "(", ","} and tok.span_text(start, end).isupper():
        return True
    if at_line_start and nxt in DASHES and end + 1 < len(tok) and tok.text[end + 1][:1].isupper():
        return True  # `Kyiv - Pasukan ...`
    if at_line_start and nxt == "," and end + 1 < len(tok):
        # `Jakarta, CNN Indonesia --`: place, outlet, dash
        for stop in range(end + 2, min(len(tok), end + 6) + 1):
            if de.kb.outlet(tok.span_text(end + 1, stop)) and stop < len(tok) and tok.text[stop] in DASHES:
                return True
    if start >= 2 and tok.text[start - 1] == "(" and nxt == ")":
        j = start - 2
        return de.kb.outlet(tok.text[j]) is not None or de.kb.looks_like_domain(tok.text[j])
    return False


def coordinated_with_place(de: DocEntities, start: int, end: int, previous: List[Entity]) -> bool:
    tok = de.tok
    i = prev_index(de, start)
    if i < 0 or tok.lower[i] not in de.lex.coordinators or not previous:
        return False
    p_start, p_end, p_label, _ = previous[-1]
    if p_end != i or p_label != "PLACE":
        return False
    if tok.text[i] == ",":
        # `Ibu Kota Azerbaijan, Baku.` but not `di Karabakh, Azerbaijan menang`.
        after = tok.text[end] if end < len(tok) else ""
        return end >= len(tok) or after in de.lex.list_joiners or after in CLAUSE_END or "\n" in after
    return True


def place_entity(de: DocEntities, start: int, end: int) -> Entity:
    tok = de.tok
    text = tok.span_text(start, end)
    place = de.kb.place(text)
    if place is not None and "kind" in place:
        return (start, end, "PLACE", place["canonical"])
    return (start, end, "PLACE", title_case(text) if text.isupper() else text)


def inner_known(de: DocEntities, start: int, end: int) -> List[Entity]:
    tok = de.tok
    found, i = [], start
    while i < end:
        for stop in range(end, i, -1):
            hits = de.kb.lookup(tok.span_text(i, stop))
            if hits:
                cat, rec = hits[0]
                label = CATEGORY_LABELS.get(cat, "ACTOR")
                canonical = rec["canonical"] if cat != "state" else de.kb.state_of(tok.span_text(i, stop))
                found.append((i, stop, label, canonical))
                i = stop
                break
        else:
            i += 1
    return found
