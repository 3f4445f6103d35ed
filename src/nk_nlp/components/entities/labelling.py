"""One candidate span, labelled: the known name, the structured actor, the equipment noun,
the domain name or the unknown name a context pattern proved; what a shortened span leaves
over is searched again for known names."""

from typing import List, Optional

from nk_nlp.components.entities.boundaries import (after_outlet_cue, after_place_classifier, candidates,
                                                   from_context_pattern, is_name_word, looks_like_person,
                                                   name_run)
from nk_nlp.components.entities.document import DocEntities, Entity
from nk_nlp.components.entities.known import classify_known, is_dateline, locative_before, place_entity
from nk_nlp.components.entities.structured import role_after, structured_actor
from nk_nlp.knowledge.kb import title_case


def resolve_entities(de: DocEntities) -> List[Entity]:
    """Every entity of `doc.ents`, trimmed, split and labelled, in document order."""
    resolved: List[Entity] = []
    for ent in sorted(de.doc.ents, key=lambda e: e.start):
        ent_end = ent.end
        if ent.ent_id_ == "appositive":
            ent_end = ent.end - 2  # `<Name>, juru bicara`: the name only
            if not role_after(de, ent.end - 1):
                resolved.extend(rescan(de, ent.start, ent_end, resolved))
                continue
        for start, end, label in candidates(de, ent.start, ent_end, ent.label_):
            resolve_range(de, start, end, label, resolved)
    return resolved


def resolve_range(de: DocEntities, start: int, end: int, label: str, resolved: List[Entity]) -> None:
    """Label one candidate span; what a shortened span leaves over is searched for known names."""
    tok = de.tok
    start = adjectival_force_word(de, start, end, resolved)
    if start >= end:
        return
    if label == "MEDIA" and after_outlet_cue(de, start):
        for stop in range(end - 1, start, -1):
            state = de.kb.state_of(tok.span_text(start, stop))
            rest = tok.span_text(stop, end)
            if state and de.kb.is_country(tok.span_text(start, stop)) and not de.kb.lookup(tok.span_text(start, end)) \
                    and (de.kb.outlet(rest) or rest.isupper()):
                # `kantor berita Palestina WAFA`: the state owns the agency, the agency is the outlet.
                resolved.append((start, stop, "ACTOR", state))
                start = stop
                break
    result = classify(de, start, end, label, resolved)
    if result is not None:
        resolved.append(result)
        rest = (result[1], end)
    else:
        rest = (start, end)
    if rest[0] < rest[1]:
        resolved.extend(rescan(de, rest[0], rest[1], resolved))


def adjectival_force_word(de: DocEntities, start: int, end: int, resolved: List[Entity]) -> int:
    """`pesawat militer India`, `personel militer Armenia`: here `militer` qualifies the noun
    before it, it does not head a force. Returns the new start (the noun's equipment span,
    if any, is added to `resolved`)."""
    tok = de.tok
    if tok.lower[start] not in de.lex.adjectival_force_words or start == 0 or end - start < 2:
        return start
    taken_until = resolved[-1][1] if resolved else 0
    for n in (3, 2, 1):
        s = start - n
        if s >= taken_until and de.kb.is_equipment_generic(tok.span_text(s, start + 1)):
            resolved.append((s, start + 1, "EQUIPMENT", de.kb.equipment_class(tok.span_text(s, start + 1))))
            return start + 1
    if tok.lower[start - 1] in de.lex.person_nouns:
        return start + 1
    return start


def rescan(de: DocEntities, start: int, end: int, previous: List[Entity]) -> List[Entity]:
    """Known names (KB, or a force/institution/title with a known owner) inside leftover tokens."""
    tok = de.tok
    found: List[Entity] = []
    i = start
    while i < end:
        hit = None
        j = i + 1
        while j < end - 1 and tok.lower[j] in de.lex.place_classifier_words:
            j += 1  # `Rebut Kota X`
        if tok.lower[i] in de.lex.capture_verbs and j < end and is_name_word(de, j) and \
                not de.kb.lookup(tok.text[j]):
            # `... Kuasai Goma` left over from a longer match: the word taken is a place.
            stop = j + 1 if j in de.headline else name_run(de, j)
            found.append(place_entity(de, j, stop))
            i = stop
            continue
        if tok.text[i][:1].isalpha():
            for stop in range(min(end, i + 8), i, -1):
                text = tok.span_text(i, stop)
                if de.kb.lookup(text):
                    hit = classify_known(de, i, stop, "", previous + found)
                elif tok.lower[i] not in de.lex.trim_words:
                    structured = structured_actor(de, i, stop)
                    if structured is not None and structured[3]:
                        hit = structured
                if hit is not None:
                    break
        if hit is not None:
            found.append(hit)
            i = hit[1]
        else:
            i += 1
    return found


def classify(de: DocEntities, start: int, end: int, label: str, previous: List[Entity]) -> Optional[Entity]:
    tok = de.tok
    kb = de.kb
    text = tok.span_text(start, end)
    if not any(c.isalpha() for c in text):
        return None
    hits = kb.lookup(text)
    if not hits and kb.lookup(text, respect_case=False) and not structured_actor(de, start, end):
        return None  # a capitalised name written in lower case is a common word (`sisi`, `as`)
    if hits:
        return classify_known(de, start, end, label, previous)
    structured = structured_actor(de, start, end)
    if structured is not None:
        return structured
    if kb.looks_like_domain(text):
        return (start, end, "MEDIA", kb.media_brand(text))
    equipment = kb.equipment_class(text)
    if equipment and label == "EQUIPMENT":
        return (start, end, "EQUIPMENT", equipment)
    cued = label == "MEDIA" and after_outlet_cue(de, start)
    for stop in range(end - 1, start, -1):
        # `Jepang Minta` in a headline, `Rafale India`: the known name at the start (not `Kyiv Post`).
        if not cued and kb.lookup(tok.span_text(start, stop)):
            return classify_known(de, start, stop, label, previous)
    if label == "PLACE":
        for split in range(start + 1, end):
            # `di Biak Papua`: an unknown place, then a known one (rescanned by the caller).
            if kb.place(tok.span_text(split, end)):
                return unknown_name(de, start, split, label)
    return unknown_name(de, start, end, label)


def unknown_name(de: DocEntities, start: int, end: int, label: str) -> Optional[Entity]:
    """A name the knowledge base lacks, found by a context pattern or the NER."""
    tok = de.tok
    if start in de.headline and from_context_pattern(de, start, end) and \
            not after_place_classifier(de, start):
        before = start - 1
        while before > 0 and tok.lower[before] in de.lex.trim_words:
            before -= 1  # `Rebut Kota X`
        if label == "PLACE" and before >= 0 and tok.lower[before] in de.lex.capture_verbs:
            end = start + 1  # `Kuasai Goma`: the one word taken is the place
        else:
            return None  # in a headline every word is capitalised: the pattern proves nothing
    text = tok.span_text(start, end)
    if not text[:1].isupper() and label != "EQUIPMENT":
        return None
    if label == "PLACE":
        if start > 1 and tok.lower[start - 2] in de.lex.not_locative_after.get(tok.lower[start - 1], ()):
            return None  # `telepon dari X`: a source, not a place
        if is_dateline(de, start, end) or locative_before(de, start, ()) or \
                from_context_pattern(de, start, end) or de.doc[start:end].ent_id_ == "":
            return (start, end, "PLACE", title_case(text) if text.isupper() else text)
        return None
    if label == "MEDIA":
        return (start, end, "MEDIA", de.kb.media_brand(text))
    if label == "ACTOR":
        if end - start > 4:
            return None
        return (start, end, "ACTOR", text if looks_like_person(de, start, end) else "")
    return (start, end, label, "")
