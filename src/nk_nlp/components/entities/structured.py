"""Canonical names of the actors named by their shape: title + name (`Menteri Luar Negeri
Rusia Sergei Lavrov`), institution + owner (`Kementerian Pertahanan Rusia`), force + owner
(`pasukan Rusia` -> `Angkatan Bersenjata Rusia`), organisation heads with a name
(`Organisasi Internasional untuk Migrasi`), and the owner each of them names."""

from typing import Optional, Tuple

from nk_nlp.components.entities.boundaries import is_name_word, looks_like_person
from nk_nlp.components.entities.document import DocEntities, Entity
from nk_nlp.components.entities.known import classify_known
from nk_nlp.components.entities.people import titled_person
from nk_nlp.knowledge.kb import title_case

Owner = Tuple[int, Optional[str], Optional[str]]  # end of the owner, kind, canonical


def structured_actor(de: DocEntities, start: int, end: int) -> Optional[Entity]:
    """Title + name, institution + owner, force + owner: ACTOR with its canonical name."""
    tok = de.tok
    lowers = tok.lower[start:end]
    n_title = de.lex.titles.prefix_len(lowers)
    if n_title and tok.text[start][:1].isupper():
        return titled_person(de, start, end) or titled_actor(de, start, end, n_title)
    organisation = organisation_actor(de, start, end)
    if organisation is not None:
        return organisation
    n_inst = de.lex.institutions.prefix_len(lowers)
    if n_inst:
        return institution_actor(de, start, end, n_inst)
    n_force = de.lex.force_nouns.prefix_len(lowers)
    if n_force:
        return force_actor(de, start, end, n_force)
    return None


def organisation_actor(de: DocEntities, start: int, end: int) -> Optional[Entity]:
    """A capitalised organisation head with a name that may hold function words:
    `Organisasi Internasional untuk Migrasi`, `Jaringan Dokter X`, `Badan PBB untuk Pengungsi X`.
    Institutions that have their own reading (`Kementerian Pertahanan X`) take it unless a
    connector continues the name."""
    tok = de.tok
    if not tok.text[start][:1].isupper() or start in de.headline:
        return None
    lowers = tok.lower[start:end]
    n_head = de.lex.organisation_heads.prefix_len(lowers)
    if not n_head or n_head >= end - start:
        return None
    last, i, connectors = None, start + n_head, 0
    while i < end:
        if is_name_word(de, i) or (tok.text[i] == "-" and last == i - 1):
            last = i
        elif tok.lower[i] in de.lex.name_connectors and i + 1 < end and is_name_word(de, i + 1):
            connectors += 1
        else:
            break
        i += 1
    if last is None:
        return None
    stop = last + 1
    if de.kb.lookup(tok.span_text(start + n_head, stop)) and not de.kb.lookup(tok.span_text(start, stop)):
        if de.lex.institutions.prefix_len(lowers) or de.lex.force_nouns.prefix_len(lowers) or connectors:
            return None  # `Kemenhan X`: the institution reading
        # A descriptor before a known name (`Gerakan Hamas`): the name alone, with its own reading.
        return classify_known(de, start + n_head, stop, "ACTOR", [])
    if de.lex.institutions.prefix_len(lowers) or de.lex.force_nouns.prefix_len(lowers):
        if not connectors:
            return None
    whole = de.kb.actor(tok.span_text(start, stop))
    if whole:
        return (start, stop, "ACTOR", whole["canonical"])
    return (start, stop, "ACTOR", spelled_out(de, start, stop))


def spelled_out(de: DocEntities, start: int, end: int) -> str:
    """The name as written, head capitalised, known acronyms inside spelled out (`PBB`)."""
    tok = de.tok
    parts = []
    for i in range(start, end):
        text = tok.text[i]
        if tok.is_upper[i] and len(text) > 1:
            org = de.kb.actor(text)
            if org is not None and org["type"] == "organisation":
                text = org["canonical"]
        elif i == start:
            text = text[:1].upper() + text[1:]
        parts.append(text + tok.whitespace[i])
    return "".join(parts).strip()


def owner_at(de: DocEntities, start: int, end: int) -> Owner:
    """The longest known owner at `start`: (end of owner, kind, canonical); kind is `state`,
    `actor` or `place`, or (start, None, None) when none is known."""
    tok = de.tok
    kb = de.kb
    while start < end and tok.text[start] == "#":
        start += 1
    for stop in range(end, start, -1):
        text = tok.span_text(start, stop)
        state = kb.state_of(text)
        if state:
            return stop, "state", state
        actor = kb.actor(text)
        if actor and actor["type"] != "person":
            return stop, "actor", actor["canonical"]
        place = kb.place(text)
        if place:
            return stop, "place", place["canonical"]
    return start, None, None


def title_parts(de: DocEntities, start: int, end: int) -> Tuple[int, Owner, int]:
    """(end of the title words, owner (end, kind, canonical), start of the name)."""
    tok = de.tok
    i = start + de.lex.titles.prefix_len(tok.lower[start:end])
    while i < end and tok.lower[i] in de.lex.title_words:
        i += 1
    owner = owner_at(de, i, end)
    name_start = owner[0]
    # `... Sudan Jenderal Abdel Fattah al-Burhan`: a rank after the owner is still title.
    while name_start < end - 1 and de.lex.titles.prefix_len(tok.lower[name_start:end]) and \
            tok.text[name_start][:1].isupper() and owner[1] is not None:
        name_start += de.lex.titles.prefix_len(tok.lower[name_start:end])
    return i, owner, name_start


def titled_actor(de: DocEntities, start: int, end: int, n_title: int) -> Optional[Entity]:
    tok = de.tok
    kb = de.kb
    i, (owner_end, owner_kind, owner), name_start = title_parts(de, start, end)
    for s in range(i, end - 1):
        # `Komisaris Tinggi HAM PBB Volker Turk`: a known person closing the span.
        person = kb.person(tok.span_text(s, end))
        if person is not None:
            return (start, end, "ACTOR", person["canonical"])
    if owner_kind is None:
        # Unknown acronyms between title and name are its owner: `Komisaris Jenderal XYZ Nama`.
        j = name_start
        while j < end - 1 and tok.is_upper[j] and tok.is_alpha[j] and len(tok.text[j]) >= 2:
            j += 1
        if j > name_start:
            name_start = j
    name_end = end  # the name as found; `end` may shrink to a known name below
    if name_start < name_end:
        name = tok.span_text(name_start, name_end)
        person = kb.person(name)
        if person is None:
            # Trailing words of a headline: keep the longest known name at the start.
            for stop in range(end - 1, name_start, -1):
                person = kb.person(tok.span_text(name_start, stop))
                if person:
                    end = stop
                    break
        if person is None and owner_kind is None and i == name_start:
            last = kb.person(tok.text[end - 1])
            person = last
        if person is not None:
            return (start, end, "ACTOR", person["canonical"])
        if len([i for i in range(name_start, name_end) if tok.is_alpha[i]]) > 3:
            return None
        return (start, end, "ACTOR", name)
    office = [de.lex.title_abbreviations.get(tok.lower[k], tok.text[k]) for k in range(start, i)]
    office_text = title_case(" ".join(office))
    if owner is not None:
        owner_text = owner if owner_kind == "state" else title_case(tok.span_text(i, owner_end).replace("#", ""))
        office_text = f"{office_text} {owner_text}"
    return (start, end, "ACTOR", office_text)


def institution_actor(de: DocEntities, start: int, end: int, n_inst: int) -> Optional[Entity]:
    tok = de.tok
    lowers = tok.lower[start:end]
    head = tuple(lowers[:n_inst])
    i = start + n_inst
    while i < end and de.lex.ministry_fields.prefix_len(tok.lower[i:end]):
        i += de.lex.ministry_fields.prefix_len(tok.lower[i:end])
    owner_end, owner_kind, owner = owner_at(de, i, end)
    if owner_kind is None and i < end:
        owner_text = tok.span_text(i, end)
        if not owner_text[:1].isupper():
            return None
    elif owner_kind is not None:
        end = owner_end
    if head in de.lex.government_nouns:
        if owner_kind in ("state", "actor"):
            return (start, end, "ACTOR", owner)
        if owner_kind == "place":
            return (start, end, "ACTOR", de.lex.place_authority_template.format(owner=owner))
        return (start, end, "ACTOR", "")
    words = [de.lex.abbreviations.get(lowers[0], tok.text[start])] + tok.text[start + 1:i]
    name = title_case(" ".join(w.lower() if not w.isupper() else w for w in words))
    if owner_kind in ("state", "place", "actor"):
        name = f"{name} {owner}"
    elif i < end:
        name = f"{name} {tok.span_text(i, end)}"
    return (start, end, "ACTOR", name)


def force_actor(de: DocEntities, start: int, end: int, n_force: int) -> Optional[Entity]:
    tok = de.tok
    i = start + n_force
    while i < end and de.lex.force_modifiers.prefix_len(tok.lower[i:end]):
        i += de.lex.force_modifiers.prefix_len(tok.lower[i:end])
    if i >= end:
        return None  # a force noun with no owner is not marked
    unit_end = unit_number_end(de, start, i, end)
    if unit_end:
        return (start, unit_end, "ACTOR", "")  # owner filled in by _unit_owners
    for stop in range(end, i, -1):
        # `Satgas Damai Cartenz` (+ a headline's verb): the longest known force at the start.
        whole = de.kb.actor(tok.span_text(start, stop))
        if whole:
            return (start, stop, "ACTOR", whole["canonical"])
    owner_end, owner_kind, owner = owner_at(de, i, end)
    if owner_kind is None:
        if not tok.text[i][:1].isupper() and tok.text[i] != "#":
            return None
        code = any(c.isdigit() for c in tok.text[i]) or (tok.is_upper[i] and tok.is_alpha[i])
        if code or start in de.headline:
            # `pemberontak M23`, headline `Milisi Xyz Serbu ...`: the group's name is one word.
            return (start, i + 1, "ACTOR", tok.text[i])
        if not tok.text[start][:1].isupper():
            return (start, end, "ACTOR", tok.span_text(i, end))  # `milisi Xyz`: the group's own name
        spelled = de.lex.title_abbreviations.get(tok.lower[start])  # `Satgas X` -> `Satuan Tugas X`
        return (start, end, "ACTOR", f"{spelled} {tok.span_text(start + 1, end)}" if spelled else tok.span_text(start, end))
    end = owner_end
    if owner_kind == "state":
        return (start, end, "ACTOR", de.lex.state_force_template.format(owner=owner))
    if owner_kind == "actor":
        return (start, end, "ACTOR", owner)
    return (start, end, "ACTOR", de.lex.state_force_template.format(owner=owner))


def unit_number_end(de: DocEntities, start: int, i: int, end: int) -> int:
    """End of `Divisi Infanteri ke-22` / `Brigade 47` (a unit named by its number), else 0."""
    tok = de.tok
    if tok.lower[start] not in de.lex.unit_nouns:
        return 0
    j = i
    while j < end and j - i < 2 and tok.text[j][:1].isupper() and tok.is_alpha[j]:
        j += 1
    if j < end and tok.lower[j] in de.lex.ordinal_markers:
        j += 1
        if j < end and tok.text[j] == "-":
            j += 1
    return j + 1 if j < end and tok.like_num[j] else 0


def role_after(de: DocEntities, comma: int) -> bool:
    """Whether a role or title follows the comma at `comma - 1`: `<Name>, juru bicara ...`."""
    tok = de.tok
    if comma < 1 or tok.text[comma - 1] != ",":
        return False
    after = tok.lower[comma:comma + 4]
    if after[:1] and after[0] in de.lex.role_openers_after_comma:
        return True
    return bool(de.lex.titles.prefix_len(after))


def is_person_entity(de: DocEntities, ent: Entity) -> bool:
    tok = de.tok
    if de.kb.person(ent[3] or "") is not None:
        return True
    known = de.kb.actor(tok.span_text(ent[0], ent[1])) or de.kb.actor(ent[3] or "")
    if known is not None and known["type"] != "person":
        return False  # `Arakan Army`: a known group, shaped like a name
    lowers = tok.lower[ent[0]:ent[1]]
    return looks_like_person(de, ent[0], ent[1]) and not de.lex.titles.prefix_len(lowers) and \
        not de.lex.institutions.prefix_len(lowers) and not de.lex.force_nouns.prefix_len(lowers) and \
        not de.lex.organisation_heads.prefix_len(lowers)


def has_name_after_owner(de: DocEntities, start: int, end: int) -> bool:
    return title_parts(de, start, end)[2] < end
