"""Datelines the outlet list does not know: `Kota, Outlet –` (also with `--`), `Kota -` and
`OUTLET.CO, Kota -` at the head of a body line (the layouts of Indonesian regional sites:
`Jayapura, Jubi –`, `Jayapura - ...`).
The name before the comma or dash is the PLACE; a capitalised name between the comma and
the dash is the outlet (MEDIA)."""

from typing import List, Set

from nk_nlp.components.entities.boundaries import DASHES, line_starts, name_run
from nk_nlp.components.entities.document import DocEntities, Entity
from nk_nlp.components.entities.known import place_entity


def unknown_datelines(de: DocEntities, entities: List[Entity]) -> List[Entity]:
    tok = de.tok
    n = len(tok)
    taken = {i for s, e, _, _ in entities for i in range(s, e)}
    added: List[Entity] = []
    known_places = {s: e for s, e, label, _ in entities if label == "PLACE"}
    for line in line_starts(de):
        if line in de.headline:
            continue
        domain = domain_first(de, line, taken)
        if domain:
            added.extend(domain)
            continue
        if line in taken and line not in known_places:
            continue
        known = line in known_places  # `Merauke, Outlet –`: the city is known, the outlet may not be
        name_end = known_places[line] if known else name_run(de, line)
        if name_end == line or name_end >= n:
            continue
        outlet = None
        if tok.text[name_end] == "," and name_end + 1 < n:
            outlet_end = name_run(de, name_end + 1)
            if outlet_end > name_end + 1 and outlet_end < n and tok.text[outlet_end] in DASHES and \
                    not taken & set(range(name_end + 1, outlet_end)):
                outlet = (name_end + 1, outlet_end)
                dash = outlet_end
            else:
                continue
        elif tok.text[name_end] in DASHES and tok.whitespace[name_end - 1]:
            dash = name_end  # `Jayapura - Satgas ...`: spaced dash, not a hyphenated name
        else:
            continue
        dash = after_dashes(de, dash)
        if dash + 1 >= n or not tok.text[dash + 1][:1].isupper():
            continue
        if not known:
            if taken & set(range(line, name_end)):
                continue
            if de.kb.lookup(tok.span_text(line, name_end)) and not de.kb.place(tok.span_text(line, name_end)):
                continue  # a known actor opening a sentence after a dash (`Hamas - ...`) is no dateline
            added.append(place_entity(de, line, name_end))
        if outlet is not None:
            added.append((outlet[0], outlet[1], "MEDIA", de.kb.media_brand(tok.span_text(*outlet))))
    return sorted(entities + added)


def after_dashes(de: DocEntities, dash: int) -> int:
    """The last dash of `--` (tokenized as two dashes)."""
    while dash + 1 < len(de.tok) and de.tok.text[dash + 1] in DASHES:
        dash += 1
    return dash


def domain_first(de: DocEntities, line: int, taken: Set[int]) -> List[Entity]:
    """`OUTLET.CO, Kota -`: a domain the outlet patterns missed heading the line, then the place."""
    tok = de.tok
    n = len(tok)
    if line in taken or line + 2 >= n or tok.text[line + 1] != "," or not de.kb.looks_like_domain(tok.text[line]):
        return []
    name_end = name_run(de, line + 2)
    if name_end == line + 2 or name_end >= n or tok.text[name_end] not in DASHES or taken & set(range(line + 2, name_end)):
        return []
    dash = after_dashes(de, name_end)
    if dash + 1 >= n or not tok.text[dash + 1][:1].isupper():
        return []
    return [(line, line + 1, "MEDIA", de.kb.media_brand(tok.text[line])), place_entity(de, line + 2, name_end)]
