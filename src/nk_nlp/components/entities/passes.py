"""The document passes that run after every entity is labelled, in the order of `PASSES`:
each takes the entities found so far and returns them with names added, joined, relabelled
or dropped by what the rest of the document shows."""

import re
from typing import Callable, Dict, List, Tuple

from nk_nlp.components.entities.boundaries import DASHES, line_starts, looks_like_person, name_run
from nk_nlp.components.entities.datelines import unknown_datelines
from nk_nlp.components.entities.document import DocEntities, Entity
from nk_nlp.components.entities.known import inner_known, place_entity
from nk_nlp.components.entities.media import media_slots
from nk_nlp.components.entities.organisations import organisations
from nk_nlp.components.entities.people import (names_in_person_slots, person_name_words, surnames_take_full_names,
                                              title_prefixes)
from nk_nlp.components.entities.structured import has_name_after_owner, is_person_entity, structured_actor

# A designation written after an equipment noun: Su-27, BM-21, M777, Leopard 2, T-72B3, 2S19.
MODEL_AFTER = re.compile(r"[ \t]+((?:[A-Z][A-Za-z]{0,7}[- ]?)?\d[\dA-Za-z]*(?:-[A-Z0-9]\w*)?)(?=[^\w-]|$)")


def expand_acronyms(de: DocEntities, entities: List[Entity]) -> List[Entity]:
    """`Pakta Pertahanan Keamanan Bersama (CSTO)`: a capitalised name right before a known
    acronym in brackets names the same body."""
    tok = de.tok
    out = list(entities)
    taken = {i for s, e, _, _ in entities for i in range(s, e)}
    for start, end, label, canonical in entities:
        # `Organisasi X untuk Y (XYU)`: an acronym the KB lacks, in brackets after a body, is that body.
        if label == "ACTOR" and canonical and end + 2 < len(tok) and tok.text[end] == "(" and \
                tok.text[end + 2] == ")" and tok.is_upper[end + 1] and tok.is_alpha[end + 1] and \
                len(tok.text[end + 1]) >= 2 and end + 1 not in taken and \
                not is_person_entity(de, (start, end, label, canonical)):
            out.append((end + 1, end + 2, "ACTOR", canonical))
            taken.add(end + 1)
    ends = {e: n for n, (s, e, _, _) in enumerate(out)}
    for start, end, label, canonical in entities:
        text = tok.span_text(start, end)
        if not (text.isupper() and canonical and start >= 2 and end < len(tok)
                and tok.text[start - 1] == "(" and tok.text[end] == ")"):
            continue
        before = ends.get(start - 1)
        if before is not None:
            b_start, b_end, b_label, b_canonical = out[before]
            if b_label == label and not de.kb.lookup(b_canonical or "") and \
                    not de.kb.lookup(tok.span_text(b_start, b_end)):
                out[before] = (b_start, b_end, b_label, canonical)  # a name the KB lacks, glossed
            continue
        j = start - 2
        words = 0
        connectors = de.lex.acronym_name_connectors
        while j >= 0 and j not in taken and (tok.text[j][:1].isupper() or tok.lower[j] in connectors) \
                and start - 2 - j < 8:
            words += tok.text[j][:1].isupper()
            j -= 1
        first = j + 1
        while first < start - 1 and tok.lower[first] in connectors:
            first += 1
        if words >= 2 and first < start - 1:
            out.append((first, start - 1, label, canonical))
    return sorted(out)


def add_datelines(de: DocEntities, entities: List[Entity]) -> List[Entity]:
    """`KHARTOUM, Outlet.com -` and `OUTLET.COM, KHARTOUM -`: the name beside the outlet at the
    head of a line, before the dash, is a place (replacing an ACTOR reading)."""
    tok = de.tok
    by_start = {e[0]: e for e in entities}
    out = list(entities)
    for line in line_starts(de):
        media = by_start.get(line)
        if media is not None and media[2] == "MEDIA" and media[1] < len(tok) and tok.text[media[1]] == ",":
            name_start = media[1] + 1  # OUTLET, NAME -
            name_end = name_run(de, name_start)
            closed = name_end < len(tok) and tok.text[name_end] in DASHES
        else:
            name_start = line  # NAME, OUTLET -
            name_end = name_run(de, name_start)
            media = by_start.get(name_end + 1) if name_end < len(tok) and tok.text[name_end] == "," else None
            closed = media is not None and media[2] == "MEDIA" and media[1] < len(tok) and \
                tok.text[media[1]] in DASHES
        if not closed or name_end == name_start:
            continue
        inside = [e for e in out if name_start <= e[0] < name_end]
        if any(e[2] in ("MEDIA", "EQUIPMENT") for e in inside) or (inside and all(e[2] == "PLACE" for e in inside)):
            continue
        out = [e for e in out if e not in inside] + [place_entity(de, name_start, name_end)]
    return sorted(out)


def names_after_role_and_owner(de: DocEntities, entities: List[Entity]) -> List[Entity]:
    """`juru bicara militer X Ahmad Said`: after a lower-case role and its owner, the capitalised
    words are the person (the role stays outside, the owner is its own ACTOR)."""
    tok = de.tok
    taken = {i for s, e, _, _ in entities for i in range(s, e)}
    added = []
    for start, end, label, canonical in entities:
        if label != "ACTOR" or start in de.headline:
            continue
        before = tok.lower[max(0, start - 2):start]
        if not de.lex.role_titles.suffix_len(before) or tok.text[start - 1][:1].isupper():
            continue
        stop = name_run(de, end, 4)
        words = [k for k in range(end, stop) if tok.is_alpha[k]]
        if len(words) < 2 or taken & set(range(end, stop)):
            continue
        person = de.kb.person(tok.span_text(end, stop))
        if person is not None or not de.kb.lookup(tok.span_text(end, stop)):
            added.append((end, stop, "ACTOR", person["canonical"] if person else tok.span_text(end, stop)))
    return sorted(entities + added)


def extend_place_lists(de: DocEntities, entities: List[Entity]) -> List[Entity]:
    """`desa Talish, Mehdili, Chaxirli dan Guyjag`: unknown capitalised names listed after a
    place are places too."""
    tok = de.tok
    out = sorted(entities)
    taken = {i for s, e, _, _ in out for i in range(s, e)}
    starts = {s: (s, e, l, c) for s, e, l, c in out}
    added: List[Entity] = []
    for ent in out:
        if ent[2] != "PLACE" or ent[0] in de.headline:
            continue
        j = ent[1]
        chain: List[Entity] = []
        closed = False
        while j < len(tok):
            k = j
            while k < len(tok) and tok.lower[k] in de.lex.list_joiners:
                k += 1
            if k == j:
                break
            joined_by_and = any(tok.lower[x] != "," for x in range(j, k))
            if k in starts:
                if starts[k][2] != "PLACE":
                    break
                closed = closed or joined_by_and
                j = starts[k][1]
                continue
            stop = min(name_run(de, k), k + 5)
            while stop > k and (taken & set(range(k, stop)) or tok.text[stop - 1] == "-"):
                stop -= 1
            if stop == k or de.kb.lookup(tok.span_text(k, stop)) or structured_actor(de, k, stop):
                break
            place = de.kb.place(tok.span_text(k, stop))
            chain.append((k, stop, "PLACE", place["canonical"] if place else tok.span_text(k, stop)))
            closed = closed or joined_by_and
            j = stop
        if closed:
            # Only a list closed by `dan` / `serta` / `atau`: `di Gaza, Mahmoud Basal` is no list.
            added.extend(chain)
            taken.update(i for s, e, _, _ in chain for i in range(s, e))
    return sorted(out + added)


def join_equipment(de: DocEntities, entities: List[Entity]) -> List[Entity]:
    """`jet tempur` + `Su-27` -> one span; a generic noun also takes a designation after it."""
    tok = de.tok
    out: List[Entity] = []
    for ent in entities:
        if out and ent[2] == "EQUIPMENT" and out[-1][2] == "EQUIPMENT" and out[-1][1] == ent[0] and \
                de.kb.is_equipment_generic(tok.span_text(out[-1][0], out[-1][1])) and \
                de.kb.is_equipment_model(tok.span_text(ent[0], ent[1])):
            out[-1] = (out[-1][0], ent[1], "EQUIPMENT", ent[3])
            continue
        out.append(ent)
    return extend_equipment(de, out)


def extend_equipment(de: DocEntities, entities: List[Entity]) -> List[Entity]:
    """One span from the class noun through its modifiers, participial phrase and model
    (annotation.md): `sistem rudal jarak jauh S-400`, `peluncur roket BM-27 Uragan MLRS`,
    `truk bermuatan amunisi`, `senjata api laras panjang jenis AK-47`; `militer` after an
    equipment noun stays with it and the owner after it is its own ACTOR
    (`[kendaraan militer] [Rusia]`)."""
    tok = de.tok
    n_doc = len(tok)
    by_start = {e[0]: e for e in entities}
    out: List[Entity] = []
    owners: List[Entity] = []
    dropped = set()
    for ent in entities:
        if ent in dropped:
            continue
        start, end, label, canonical = ent
        if label != "EQUIPMENT" or start in de.headline or not class_noun_phrase(de, start, end):
            if label == "EQUIPMENT" and end + 1 < n_doc and tok.text[end] == "-" and not tok.whitespace[end - 1] \
                    and not tok.whitespace[end] and tok.text[end + 1][:1].isalnum() and end not in by_start:
                ent = (start, end + 2, label, canonical)  # `SS2-V4`: the model's second half
            out.append(ent)
            continue
        j, modelled = end, False
        while j < n_doc:
            nxt = by_start.get(j)
            if nxt is not None and nxt[2] == "EQUIPMENT" and not modelled and (
                    tok.text[j][:1].isupper() or any(c.isdigit() for c in tok.text[j]) or
                    de.kb.is_equipment_model(tok.span_text(nxt[0], nxt[1]))):
                dropped.add(nxt)  # `sistem rudal` + `S-400`, `Sistem` + `Patriot`
                j, modelled = nxt[1], True
                continue
            if nxt is not None and nxt[2] == "ACTOR" and tok.lower[j] in de.lex.adjectival_force_words:
                dropped.add(nxt)  # `kendaraan` + `militer Rusia`: the owner alone is the actor
                owners.extend(inner_known(de, j + 1, nxt[1]))
                j += 1
                continue
            if nxt is not None:
                break
            lowers = tok.lower[j:j + 3]
            n = de.lex.equipment_modifiers.prefix_len(lowers) or de.lex.equipment_descriptors.prefix_len(lowers)
            if n and not modelled:
                j += n
                continue
            n = de.lex.equipment_participles.prefix_len(lowers)
            if n and not modelled:
                j += n
                after = by_start.get(j)
                if after is not None and after[2] == "EQUIPMENT":
                    dropped.add(after)  # `truk bermuatan` + `amunisi`
                    j = after[1]
                elif j < n_doc and de.kb.is_equipment_generic(tok.text[j]):
                    j += 1
                continue
            if tok.lower[j] in de.lex.equipment_model_markers and j + 1 < n_doc and not modelled:
                model = model_at(de, j + 1)
                if model > j + 1:
                    j, modelled = model, True
                    continue
                break
            model = model_at(de, j)
            if model > j:
                j, modelled = model, True
                continue
            if modelled and j < n_doc and tok.is_upper[j] and tok.is_alpha[j] and len(tok.text[j]) >= 3 and \
                    not de.kb.lookup(tok.text[j]):
                j += 1  # `BM-27 Uragan MLRS`: the system's acronym
                continue
            break
        if j > end and tok.span_text(end, j).strip():
            end = j
            while end > start and tok.is_space[end - 1]:
                end -= 1
        out.append((start, end, label, canonical))
    out = [e for e in out if e not in dropped]
    return sorted(out + owners)


def class_noun_phrase(de: DocEntities, start: int, end: int) -> bool:
    """An equipment class noun with its lower-case modifiers (`sistem rudal jarak jauh`), no model yet."""
    tok = de.tok
    text = tok.span_text(start, end)
    if de.kb.is_equipment_generic(text):
        return True
    return text[1:].islower() and not any(c.isdigit() for c in text) and bool(de.kb.equipment_class(text))


def model_at(de: DocEntities, j: int) -> int:
    """End of a model designation or calibre starting at token j (`S-400`, `SS2-V4`, `AK-47`,
    `5,56 mm`, `Caracal`), j when there is none."""
    tok = de.tok
    if j >= len(tok) or j == 0 or j in de.headline:
        return j
    match = MODEL_AFTER.match(tok.full_text, tok.idx[j - 1] + len(tok.text[j - 1]))
    if match and any(c.isalpha() for c in match.group(1)) and match.start(1) == tok.idx[j]:
        model = de.doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
        if model is not None:
            return model.end
    if tok.like_num[j] and j + 1 < len(tok) and tok.lower[j + 1] in ("mm", "cm", "inci", "milimeter"):
        return j + 2
    k = j
    while k < len(tok) and k - j < 2 and tok.is_alpha[k] and tok.text[k][:1].isupper() and \
            not tok.is_upper[k] and tok.lower[k] not in de.lex.name_stopwords and not de.kb.lookup(tok.text[k]):
        k += 1
    return k
def names_before_offices(de: DocEntities, entities: List[Entity]) -> List[Entity]:
    """`Maria Kovacs, Utusan Khusus ...`: capitalised words right before a comma and a titled
    office are the office-holder's name (the office itself is dropped after)."""
    tok = de.tok
    taken = {i for s, e, _, _ in entities for i in range(s, e)}
    added = []
    for start, end, label, _ in entities:
        if label != "ACTOR" or start < 3 or tok.text[start - 1] != "," or start in de.headline or \
                not tok.text[start][:1].isupper() or not de.lex.titles.prefix_len(tok.lower[start:end]):
            continue
        first = start - 1
        while first > 0 and first - 1 not in taken and tok.is_alpha[first - 1] and \
                tok.text[first - 1][:1].isupper() and tok.lower[first - 1] not in de.lex.name_stopwords and \
                start - first < 5:
            first -= 1
        name = tok.span_text(first, start - 1)
        if looks_like_person(de, first, start - 1) and not de.kb.lookup(name) and \
                not de.lex.titles.prefix_len(tok.lower[first:start - 1]) and \
                (first == 0 or not tok.text[first - 1][:1].isupper()):
            added.append((first, start - 1, "ACTOR", name))
    return sorted(entities + added)


def drop_appositive_offices(de: DocEntities, entities: List[Entity]) -> List[Entity]:
    """`[James Appathurai], Perwakilan Khusus Sekretaris Jenderal [NATO]`: an office after a
    person's name is an appositive; only the names inside it are marked."""
    tok = de.tok
    out: List[Entity] = []
    for ent in entities:
        start, end, label, canonical = ent
        lowers = tok.lower[start:end]
        if label == "ACTOR" and out and start >= 2 and tok.text[start - 1] == "," and out[-1][1] == start - 1 \
                and out[-1][2] == "ACTOR" and is_person_entity(de, out[-1]) \
                and de.lex.titles.prefix_len(lowers) and not has_name_after_owner(de, start, end):
            out.extend(inner_known(de, start, end))
            continue
        out.append(ent)
    return out


def unit_owners(de: DocEntities, entities: List[Entity]) -> List[Entity]:
    """A unit named by its number (`Divisi Infanteri ke-22`) belongs to the armed force last named."""
    tok = de.tok
    out, force = [], None
    for start, end, label, canonical in entities:
        if label == "ACTOR" and canonical.startswith(de.lex.state_force_prefix):
            force = canonical
        if label == "ACTOR" and not canonical and tok.lower[start] in de.lex.unit_nouns and tok.like_num[end - 1]:
            canonical = force or tok.span_text(start, end)
        out.append((start, end, label, canonical))
    return out


def government_forces(de: DocEntities, entities: List[Entity]) -> List[Entity]:
    """`pasukan pemerintah`, `tentara federal` with no owner after them: the armed forces of
    the state the article names as such, the nearest before (else the first after)."""
    tok = de.tok
    forces = [(s, c) for s, _, label, c in entities if label == "ACTOR" and c.startswith(de.lex.state_force_prefix)]
    if not forces:
        return entities
    taken = {i for s, e, _, _ in entities for i in range(s, e)}
    added = []
    for i in range(len(tok) - 1):
        if tok.lower[i + 1] not in de.lex.government_force_words or i in taken or i + 1 in taken:
            continue
        if not de.lex.force_nouns.prefix_len(tok.lower[i:i + 1]) or i in de.headline:
            continue
        if i + 2 < len(tok) and tok.text[i + 2][:1].isupper() and tok.is_alpha[i + 2]:
            continue  # `pasukan pemerintah Yaman`: the owner is named, the structured reading holds
        before = [c for s, c in forces if s < i]
        added.append((i, i + 2, "ACTOR", before[-1] if before else forces[0][1]))
    return sorted(entities + added)


def repeat_known_in_doc(de: DocEntities, entities: List[Entity]) -> List[Entity]:
    """A name the KB lacks but the context proved once (a place after `di`, a person after a
    title, a group after a force noun) is the same entity wherever it recurs in the article;
    a person's surname alone too."""
    tok = de.tok
    learned: Dict[str, Tuple[str, str]] = {}
    for start, end, label, canonical in entities:
        text = tok.span_text(start, end)
        if not canonical or not text[:1].isupper() or de.kb.lookup(text):
            continue
        if label == "MEDIA" and canonical == text and text.replace(" ", "").isalpha():
            learned.setdefault(text, (label, canonical))  # an outlet a dateline proved: `Jayapura, Jubi –`
        elif label == "PLACE" and canonical == text:
            learned.setdefault(text, (label, canonical))
        elif label == "ACTOR" and canonical == text and looks_like_person(de, start, end):
            learned.setdefault(text, (label, canonical))
            surname = tok.text[end - 1]
            if len(surname) >= 4 and tok.is_alpha[end - 1] and not de.kb.lookup(surname):
                learned.setdefault(surname, (label, canonical))
        elif label == "ACTOR" and canonical == text and any(c.isdigit() for c in text) and " " not in text:
            learned.setdefault(text, (label, canonical))  # a group's code name: `M23`
        elif label == "ACTOR" and canonical == tok.span_text(start + 1, end) and \
                any(c.isdigit() for c in canonical):
            learned.setdefault(canonical, (label, canonical))
    for word, canonical in person_name_words(de, entities).items():
        learned.setdefault(word, ("ACTOR", canonical))  # `Guleid` after `... Liban Ahmed Guleid`
    if not learned:
        return entities
    n_doc = len(tok)
    taken = {i for s, e, _, _ in entities for i in range(s, e)}
    added = []
    for text, (label, canonical) in learned.items():
        for i, end in de.spelled(text):
            n = end - i
            if taken & set(range(i, i + n)):
                continue
            if (i > 0 and tok.text[i - 1] == "-") or (i + n < n_doc and tok.text[i + n] == "-"):
                continue
            if i + n < n_doc and tok.text[i + n][:1].isupper() and tok.is_alpha[i + n] and \
                    i + n not in de.headline:
                continue  # part of a longer name
            added.append((i, i + n, label, canonical))
            taken.update(range(i, i + n))
    return sorted(entities + added)


Pass = Callable[[DocEntities, List[Entity]], List[Entity]]
PASSES: Tuple[Pass, ...] = (
    expand_acronyms,
    add_datelines,
    unknown_datelines,
    media_slots,
    names_after_role_and_owner,
    extend_place_lists,
    join_equipment,
    title_prefixes,
    names_in_person_slots,
    names_before_offices,
    drop_appositive_offices,
    unit_owners,
    government_forces,
    organisations,
    repeat_known_in_doc,
    surnames_take_full_names,
)
