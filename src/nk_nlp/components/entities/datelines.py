"""Datelines the outlet list does not know: `Kota, Outlet –` and `Kota -` at the head of a
body line (the layouts of Indonesian regional sites: `Jayapura, Jubi –`, `Jayapura - ...`).
The name before the comma or dash is the PLACE; a capitalised name between the comma and
the dash is the outlet (MEDIA)."""

from typing import List

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
        if line in de.headline or (line in taken and line not in known_places):
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
