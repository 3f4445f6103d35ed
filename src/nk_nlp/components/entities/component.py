"""nk_entity_resolver: the last word on every entity, after the entity ruler and the NER.

For each entity in doc.ents it
- trims what annotation.md keeps outside a span: classifiers and determiners (`desa`,
  `kota`, `para`, `pihak`), outlet descriptors and relay verbs (`kantor berita`, `dilansir`),
  locative prepositions and speech cues the context patterns matched with the name,
  trailing dashes of datelines, the number before a counted vehicle;
- drops words that only look like entities inside fixed phrases (`gencatan senjata`,
  `pangkalan militer`) and lower-case matches of capitalised names (`sisi`, `as`);
- labels it: knowledge-base names by their record, the rest by their shape (title + name,
  institution + owner, force + owner, equipment noun, domain name);
- decides ACTOR or PLACE for a country, capital or region name by its context: a
  locative word before it (`di`, `ke`, `dari`, `wilayah`, `ibu kota` ...), a dateline, a
  direction after it, or a coordination with such a place make a PLACE; otherwise a state
  acts or owns (ACTOR) and a region or city locates (PLACE);
- joins an equipment noun with the model after it (`jet tempur` + `Su-27`);
- sets the canonical name (CONVENTIONS.md) in span.kb_id_, "" when unknown;
- resolves overlaps, the longer span winning.

Its knowledge (pipeline/kb/) is loaded at initialize and saved with the pipeline.
"""

import re
from bisect import bisect_right
from pathlib import Path
from typing import Callable, Dict, Iterable, Iterator, List, Optional, Sequence, Tuple, Union

import srsly
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans, normalize_slice

from nk_nlp.text.doc_view import TokenColumns
from nk_nlp.extensions import register_extensions
from nk_nlp.knowledge.kb import Knowledge, norm, title_case

TRAILING_PUNCT = {"-", "–", "—", "(", ")", ",", ".", ":", ";", "'s", "’s", "/", "|", "\"", "“", "”", "'"}
LEADING_PUNCT = {"#", "(", "-", "–", "—", "\"", "“", "'", "/", ":", ","}
# A designation written after an equipment noun: Su-27, BM-21, M777, Leopard 2, T-72B3, 2S19.
MODEL_AFTER = re.compile(r"[ \t]+((?:[A-Z][A-Za-z]{0,7}[- ]?)?\d[\dA-Za-z]*(?:-[A-Z0-9]\w*)?)(?=[^\w-]|$)")

Entity = Tuple[int, int, str, str]
OWNED_TERRITORY = {"wilayah", "teritorial", "teritori", "bagian"}
# Function words a title-case headline may leave in lower case.
HEADLINE_LOWER = {"yang", "untuk", "dengan", "dalam", "dari", "pada", "akan", "atau", "oleh", "bagi", "juga", "saat",
                  "demi", "usai", "agar", "karena", "antara", "tanpa", "soal", "jadi", "bisa"}
NAME_CONNECTORS = {"dan", "untuk", "di", "-", "&", "bagi", "of", "for", "the"}
LIST_JOINERS = {",", "dan", "serta", "atau"}
AFTER_LIST_ITEM = {",", "dan", "serta", "atau", ".", ")", "?", "!", ";", ":"}  # start token, end token, label, canonical


class _Tokens(TokenColumns):
    """TokenColumns with `doc[start:end].text` from the columns: the resolver asks for span
    texts at nearly every step."""

    def __init__(self, doc: Doc):
        super().__init__(doc)
        self.end_char = [idx + len(text) for idx, text in zip(self.idx, self.text)]
        self.whole_text = self.doc_text()

    def span_text(self, start: int, end: int) -> str:
        """`doc[start:end].text`."""
        if not 0 <= start < end <= len(self.text):
            start, end = normalize_slice(len(self.text), start, end)
            if start == end:
                return ""
        return self.whole_text[self.idx[start]:self.end_char[end - 1]]


def _indices(items: List[str], item: str) -> Iterator[int]:
    """Where `item` occurs in `items`, in order (list.index scans in C)."""
    i = -1
    while True:
        try:
            i = items.index(item, i + 1)
        except ValueError:
            return
        yield i


class _Phrases(list):
    """Token tuples, longest first, indexed by first and by last word so that a lookup
    tests only the phrases that can match (it runs at every token of every doc)."""

    def __init__(self, phrases: Iterable[Tuple[str, ...]]):
        super().__init__(phrases)
        self.by_first: Dict[str, List[Tuple[str, ...]]] = {}
        self.by_last: Dict[str, List[Tuple[str, ...]]] = {}
        for phrase in self:
            if phrase:
                self.by_first.setdefault(phrase[0], []).append(phrase)
                self.by_last.setdefault(phrase[-1], []).append(phrase)


def _phrases(words: Iterable[str]) -> _Phrases:
    """Multi-word phrases as token tuples, longest first."""
    return _Phrases(sorted({tuple(w.split()) for w in words}, key=len, reverse=True))


def _prefix_len(tokens: List[str], phrases: _Phrases) -> int:
    if not tokens:
        return 0
    for phrase in phrases.by_first.get(tokens[0], ()):
        if tuple(tokens[: len(phrase)]) == phrase:
            return len(phrase)
    return 0


def _suffix_of(tokens: List[str], phrases: _Phrases) -> int:
    """Length of the longest phrase that ends `tokens`."""
    if not tokens:
        return 0
    for phrase in phrases.by_last.get(tokens[-1], ()):
        if len(phrase) <= len(tokens) and tuple(tokens[len(tokens) - len(phrase):]) == phrase:
            return len(phrase)
    return 0


class EntityResolver:
    def __init__(self, nlp: Language, name: str = "nk_entity_resolver", kb: Optional[Knowledge] = None):
        self.nlp = nlp
        self.name = name
        self.kb: Optional[Knowledge] = None
        self._title_case_cache: set = set()  # token indices of the current doc's headline lines
        self._tokens: Optional[_Tokens] = None  # the current doc's token attributes
        if kb is not None:
            self._set_kb(kb)

    # ------------------------------------------------------------ knowledge
    def _set_kb(self, kb: Knowledge) -> None:
        self.kb = kb
        w = kb.words
        self.titles = _phrases(w("titles"))
        self.title_words = {x for t in w("titles") for x in t.split()} | set(
            x for f in w("ministry_fields") for x in f.split())
        self.force_nouns = _phrases(w("force_nouns"))
        self.force_modifiers = _phrases(w("force_modifiers"))
        self.institutions = _phrases(w("institution_heads") + list(kb.context.get("ministry_abbreviations", {})))
        self.ministry_fields = _phrases(w("ministry_fields"))
        self.government_nouns = {tuple(g.split()) for g in w("government_nouns")}
        self.trim_leading = _phrases(w("trim_leading"))
        self.trim_words = {t[0] for t in self.trim_leading}
        self.place_classifiers = _phrases(w("place_classifiers"))
        self.outlet_cues = _phrases(w("outlet_cues"))
        self.keep_leading = {norm(k) for k in w("keep_leading")}
        self.locative_before = _phrases(w("locative_before"))
        self.not_locative_after = {k: set(v) for k, v in kb.context.get("locative_not_after", {}).items()}
        self.directions_after = _phrases(w("directions_after"))
        self.direction_words = {d for d in w("directions_after") if " " not in d}
        self.coordinators = set(w("coordinators"))
        self.blocked = _phrases(w("non_entity_phrases"))
        self.person_nouns = set(w("person_nouns"))
        self.name_stopwords = set(w("name_stopwords"))
        self.abbreviations = {k: v for k, v in kb.context.get("ministry_abbreviations", {}).items()}
        self.title_abbreviations = dict(kb.context.get("title_abbreviations", {}))
        self.organisation_heads = _phrases(w("organisation_heads") + w("institution_heads"))
        self.name_connectors = set(w("name_connectors"))
        self.unit_nouns = set(w("unit_nouns"))
        self.capture_verbs = set(w("capture_verbs"))
        self.place_classifier_words = {p for p in w("place_classifiers") if " " not in p}
        self.equipment_modifiers = _phrases(w("equipment_modifiers"))
        self.role_titles = _phrases(w("role_titles_before_owner"))

    def initialize(self, get_examples: Optional[Callable] = None, *, nlp: Optional[Language] = None,
                   kb_dir: Union[str, Path, None] = None) -> None:
        if kb_dir is None:
            raise ValueError("nk_entity_resolver needs kb_dir ([initialize.components.nk_entity_resolver])")
        self._set_kb(Knowledge.from_dir(kb_dir))

    def to_disk(self, path, *, exclude=tuple()) -> None:
        self._require_kb().to_dir(Path(path))

    def from_disk(self, path, *, exclude=tuple()) -> "EntityResolver":
        self._set_kb(Knowledge.from_dir(Path(path)))
        return self

    def to_bytes(self, *, exclude=tuple()) -> bytes:
        return srsly.msgpack_dumps(self._require_kb().to_bytes_dict())

    def from_bytes(self, data: bytes, *, exclude=tuple()) -> "EntityResolver":
        self._set_kb(Knowledge.from_bytes_dict(srsly.msgpack_loads(data)))
        return self

    def _require_kb(self) -> Knowledge:
        if self.kb is None:
            raise ValueError("nk_entity_resolver is not initialized: run nlp.initialize() with kb_dir")
        return self.kb

    # ------------------------------------------------------------ main
    def __call__(self, doc: Doc) -> Doc:
        self._require_kb()
        self._tokens = _Tokens(doc)
        blocked = self._blocked_ranges(doc)
        title_case_lines = self._title_case_lines(doc)
        self._title_case_cache = title_case_lines
        resolved: List[Entity] = []
        for ent in sorted(doc.ents, key=lambda e: e.start):
            ent_end = ent.end
            if ent.ent_id_ == "appositive":
                ent_end = ent.end - 2  # `<Name>, juru bicara`: the name only
                if not self._role_after(doc, ent.end - 1):
                    resolved.extend(self._rescan(doc, ent.start, ent_end, resolved))
                    continue
            for start, end, label in self._candidates(doc, ent.start, ent_end, ent.label_, blocked):
                self._resolve_range(doc, start, end, label, resolved, title_case_lines)
        resolved = self._expand_acronyms(doc, resolved)
        resolved = self._add_datelines(doc, resolved)
        resolved = self._names_after_role_and_owner(doc, resolved)
        resolved = self._extend_place_lists(doc, resolved, title_case_lines)
        resolved = self._join_equipment(doc, resolved)
        resolved = self._names_before_offices(doc, resolved, title_case_lines)
        resolved = self._drop_appositive_offices(doc, resolved)
        resolved = self._unit_owners(doc, resolved)
        resolved = self._repeat_known_in_doc(doc, resolved, title_case_lines)
        spans = [Span(doc, s, e, label=label, kb_id=canonical) for s, e, label, canonical in resolved]
        doc.ents = sorted(filter_spans(spans), key=lambda s: s.start)
        return doc

    def _resolve_range(self, doc: Doc, start: int, end: int, label: str, resolved: List[Entity],
                       title_case_lines: set) -> None:
        """Label one candidate span; what a shortened span leaves over is searched for known names."""
        tok = self._tokens
        start = self._adjectival_militer(doc, start, end, resolved)
        if start >= end:
            return
        if label == "MEDIA" and self._after_outlet_cue(doc, start):
            for stop in range(end - 1, start, -1):
                state = self.kb.state_of(tok.span_text(start, stop))
                rest = tok.span_text(stop, end)
                if state and self.kb.is_country(tok.span_text(start, stop)) and not self.kb.lookup(tok.span_text(start, end)) \
                        and (self.kb.outlet(rest) or rest.isupper()):
                    # `kantor berita Palestina WAFA`: the state owns the agency, the agency is the outlet.
                    resolved.append((start, stop, "ACTOR", state))
                    start = stop
                    break
        result = self._classify(doc, start, end, label, resolved, title_case_lines)
        if result is not None:
            resolved.append(result)
            rest = (result[1], end)
        else:
            rest = (start, end)
        if rest[0] < rest[1]:
            resolved.extend(self._rescan(doc, rest[0], rest[1], resolved))

    def _adjectival_militer(self, doc: Doc, start: int, end: int, resolved: List[Entity]) -> int:
        """`pesawat militer India`, `personel militer Armenia`: here `militer` qualifies the noun
        before it, it does not head a force. Returns the new start (the noun's equipment span,
        if any, is added to `resolved`)."""
        tok = self._tokens
        if tok.lower[start] != "militer" or start == 0 or end - start < 2:
            return start
        taken_until = resolved[-1][1] if resolved else 0
        for n in (3, 2, 1):
            s = start - n
            if s >= taken_until and self.kb.is_equipment_generic(tok.span_text(s, start + 1)):
                resolved.append((s, start + 1, "EQUIPMENT", self.kb.equipment_class(tok.span_text(s, start + 1))))
                return start + 1
        if tok.lower[start - 1] in self.person_nouns:
            return start + 1
        return start

    def _rescan(self, doc: Doc, start: int, end: int, previous: List[Entity]) -> List[Entity]:
        """Known names (KB, or a force/institution/title with a known owner) inside leftover tokens."""
        tok = self._tokens
        found: List[Entity] = []
        i = start
        while i < end:
            hit = None
            j = i + 1
            while j < end - 1 and tok.lower[j] in self.place_classifier_words:
                j += 1  # `Rebut Kota X`
            if tok.lower[i] in self.capture_verbs and j < end and self._is_name_word(j) and \
                    not self.kb.lookup(tok.text[j]):
                # `... Kuasai Goma` left over from a longer match: the word taken is a place.
                stop = j + 1 if j in self._title_case_cache else self._name_run(doc, j)
                found.append(self._place_entity(doc, j, stop))
                i = stop
                continue
            if tok.text[i][:1].isalpha():
                for stop in range(min(end, i + 8), i, -1):
                    text = tok.span_text(i, stop)
                    if self.kb.lookup(text):
                        hit = self._classify_known(doc, i, stop, "", previous + found)
                    elif tok.lower[i] not in self.trim_words:
                        structured = self._structured(doc, i, stop)
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

    # ------------------------------------------------------------ span boundaries
    def _blocked_ranges(self, doc: Doc) -> List[Tuple[int, int]]:
        tok = self._tokens
        lowers = tok.lower
        starts_blocked = self.blocked.by_first
        ranges = []
        i = 0
        while i < len(lowers):
            n = _prefix_len(lowers[i:i + 6], self.blocked) if lowers[i] in starts_blocked else 0
            if n:
                ranges.append((i, i + n))
                i += n
            else:
                i += 1
        return ranges

    def _title_case_lines(self, doc: Doc) -> set:
        """Token indices of lines written in title case (headlines), where capitalisation says nothing."""
        tok = self._tokens
        marked, line = set(), []

        def close(line):
            words = [tok.text[i] for i in line if tok.is_alpha[i] and len(tok.text[i]) > 3
                     and tok.lower[i] not in HEADLINE_LOWER]
            if len(words) >= 3 and sum(word[0].isupper() for word in words) / len(words) >= 0.9:
                marked.update(line)

        for i, text in enumerate(tok.text):
            if "\n" in text or (i > 0 and "\n" in tok.whitespace[i - 1]):
                close(line)
                line = []
            if not tok.is_space[i]:
                line.append(i)
        close(line)
        return marked

    def _candidates(self, doc: Doc, start: int, end: int, label: str,
                    blocked: List[Tuple[int, int]]) -> List[Tuple[int, int, str]]:
        """The span(s) an entity really covers once trigger words, punctuation and fixed phrases are off."""
        # `blocked` is sorted and its ranges disjoint: only those from the first one ending
        # after `start` can overlap (a scan of all of them per entity was quadratic)
        for k in range(bisect_right(blocked, start, key=lambda r: r[1]), len(blocked)):
            b_start, b_end = blocked[k]
            if b_start >= end:
                break
            if b_start <= start and end <= b_end:
                return []
            if b_start <= start < b_end < end:
                start = b_end
            elif start < b_start < end <= b_end:
                end = b_start
        start, end = self._trim(doc, start, end, label)
        if start >= end:
            return []
        return self._split_hyphenated(doc, start, end, label)

    def _trim(self, doc: Doc, start: int, end: int, label: str) -> Tuple[int, int]:
        tok = self._tokens
        kb = self.kb
        changed = True
        while changed and start < end:
            changed = False
            while end > start and (tok.text[end - 1] in TRAILING_PUNCT or tok.is_space[end - 1]):
                end -= 1
            while start < end and (tok.text[start] in LEADING_PUNCT or tok.is_space[start]):
                start += 1
            if start >= end:
                break
            text = tok.span_text(start, end)
            if kb.lookup(text) or norm(text) in self.keep_leading:
                break
            lowers = tok.lower[start:end]
            if _prefix_len(lowers, self.institutions) or _prefix_len(lowers, self.force_nouns):
                break
            n = _prefix_len(lowers, self.trim_leading)
            if n and n < end - start:
                start += n
                changed = True
                continue
            if label == "EQUIPMENT" and tok.like_num[start] and end - start > 1:
                start += 1
                changed = True
            elif lowers[0] in self.title_words and not tok.text[start][:1].isupper() and \
                    _prefix_len(lowers, self.titles) and end - start > _prefix_len(lowers, self.titles):
                # A lower-case role before a name stays outside: `juru bicara [Alina Nikoghosyan]`.
                start += _prefix_len(lowers, self.titles)
                changed = True
        return start, end

    def _split_hyphenated(self, doc: Doc, start: int, end: int, label: str) -> List[Tuple[int, int, str]]:
        """`Armenia-Azerbaijan` names two states: two spans, the hyphen outside both."""
        tok = self._tokens
        hyphens = [i for i in range(start + 1, end - 1) if tok.text[i] == "-"]
        for h in hyphens:
            left, right = tok.span_text(start, h), tok.span_text(h + 1, end)
            if self.kb.state_of(left) and self.kb.state_of(right) and not self.kb.lookup(tok.span_text(start, end)):
                return [(start, h, label), (h + 1, end, label)]
        return [(start, end, label)]

    # ------------------------------------------------------------ labelling
    def _classify(self, doc: Doc, start: int, end: int, label: str, previous: List[Entity],
                  title_case_lines: set) -> Optional[Entity]:
        tok = self._tokens
        kb = self.kb
        text = tok.span_text(start, end)
        if not any(c.isalpha() for c in text):
            return None
        hits = kb.lookup(text)
        if not hits and kb.lookup(text, respect_case=False) and not self._structured(doc, start, end):
            return None  # a capitalised name written in lower case is a common word (`sisi`, `as`)
        if hits:
            return self._classify_known(doc, start, end, label, previous)
        structured = self._structured(doc, start, end)
        if structured is not None:
            return structured
        if kb.looks_like_domain(text):
            return (start, end, "MEDIA", kb.media_brand(text))
        equipment = kb.equipment_class(text)
        if equipment and label == "EQUIPMENT":
            return (start, end, "EQUIPMENT", equipment)
        after_outlet_cue = label == "MEDIA" and self._after_outlet_cue(doc, start)
        for stop in range(end - 1, start, -1):
            # `Jepang Minta` in a headline, `Rafale India`: the known name at the start (not `Kyiv Post`).
            if not after_outlet_cue and kb.lookup(tok.span_text(start, stop)):
                return self._classify_known(doc, start, stop, label, previous)
        if label == "PLACE":
            for split in range(start + 1, end):
                # `di Biak Papua`: an unknown place, then a known one (rescanned by the caller).
                if kb.place(tok.span_text(split, end)):
                    return self._unknown_name(doc, start, split, label, title_case_lines)
        return self._unknown_name(doc, start, end, label, title_case_lines)

    def _classify_known(self, doc: Doc, start: int, end: int, label: str, previous: List[Entity]) -> Optional[Entity]:
        tok = self._tokens
        kb = self.kb
        text = tok.span_text(start, end)
        hits = kb.lookup(text)
        categories = {cat for cat, _ in hits}
        if categories & {"state", "place"} and not (categories & {"person", "organisation", "armed_force",
                                                                  "armed_group", "media"} and label != "PLACE"):
            return self._place_or_actor(doc, start, end, previous)
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

    def _unknown_name(self, doc: Doc, start: int, end: int, label: str, title_case_lines: set) -> Optional[Entity]:
        """A name the knowledge base lacks, found by a context pattern or the NER."""
        tok = self._tokens
        if start in title_case_lines and self._from_context_pattern(doc, start, end) and \
                not self._after_place_classifier(doc, start):
            before = start - 1
            while before > 0 and tok.lower[before] in self.trim_words:
                before -= 1  # `Rebut Kota X`
            if label == "PLACE" and before >= 0 and tok.lower[before] in self.capture_verbs:
                end = start + 1  # `Kuasai Goma`: the one word taken is the place
            else:
                return None  # in a headline every word is capitalised: the pattern proves nothing
        text = tok.span_text(start, end)
        if not text[:1].isupper() and label != "EQUIPMENT":
            return None
        if label == "PLACE":
            if start > 1 and tok.lower[start - 2] in self.not_locative_after.get(tok.lower[start - 1], ()):
                return None  # `telepon dari X`: a source, not a place
            if self._is_dateline(doc, start, end) or self._locative_before(doc, start, ()) or \
                    self._from_context_pattern(doc, start, end) or doc[start:end].ent_id_ == "":
                return (start, end, "PLACE", title_case(text) if text.isupper() else text)
            return None
        if label == "MEDIA":
            return (start, end, "MEDIA", self.kb.media_brand(text))
        if label == "ACTOR":
            if end - start > 4:
                return None
            return (start, end, "ACTOR", text if self._looks_like_person(start, end) else "")
        return (start, end, label, "")

    def _from_context_pattern(self, doc: Doc, start: int, end: int) -> bool:
        """Whether the word before the name is a trigger the context patterns use (trimmed off)."""
        tok = self._tokens
        if start == 0:
            return False
        return bool(_suffix_of(tok.lower[max(0, start - 4):start], self.trim_leading))

    def _after_outlet_cue(self, doc: Doc, start: int) -> bool:
        tok = self._tokens
        return bool(_suffix_of(tok.lower[max(0, start - 4):start], self.outlet_cues))

    def _after_place_classifier(self, doc: Doc, start: int) -> bool:
        tok = self._tokens
        return bool(_suffix_of(tok.lower[max(0, start - 3):start], self.place_classifiers))

    def _looks_like_person(self, start: int, end: int) -> bool:
        tok = self._tokens
        words = [i for i in range(start, end) if tok.is_alpha[i]]
        return 2 <= len(words) <= 4 and all(tok.text[i][:1].isupper() and not tok.is_upper[i] for i in words)

    # ------------------------------------------------------------ structured actors
    def _structured(self, doc: Doc, start: int, end: int) -> Optional[Entity]:
        """Title + name, institution + owner, force + owner: ACTOR with its canonical name."""
        tok = self._tokens
        lowers = tok.lower[start:end]
        n_title = _prefix_len(lowers, self.titles)
        if n_title and tok.text[start][:1].isupper():
            return self._titled(doc, start, end, n_title)
        organisation = self._organisation(doc, start, end)
        if organisation is not None:
            return organisation
        n_inst = _prefix_len(lowers, self.institutions)
        if n_inst:
            return self._institution(doc, start, end, n_inst)
        n_force = _prefix_len(lowers, self.force_nouns)
        if n_force:
            return self._force(doc, start, end, n_force)
        return None

    def _is_name_word(self, i: int) -> bool:
        tok = self._tokens
        return tok.text[i][:1].isupper() and tok.lower[i] not in self.name_stopwords

    def _organisation(self, doc: Doc, start: int, end: int) -> Optional[Entity]:
        """A capitalised organisation head with a name that may hold function words:
        `Organisasi Internasional untuk Migrasi`, `Jaringan Dokter X`, `Badan PBB untuk Pengungsi X`.
        Institutions that have their own reading (`Kementerian Pertahanan X`) take it unless a
        connector continues the name."""
        tok = self._tokens
        if not tok.text[start][:1].isupper() or start in self._title_case_cache:
            return None
        lowers = tok.lower[start:end]
        n_head = _prefix_len(lowers, self.organisation_heads)
        if not n_head or n_head >= end - start:
            return None
        last, i, connectors = None, start + n_head, 0
        while i < end:
            if self._is_name_word(i) or (tok.text[i] == "-" and last == i - 1):
                last = i
            elif tok.lower[i] in self.name_connectors and i + 1 < end and self._is_name_word(i + 1):
                connectors += 1
            else:
                break
            i += 1
        if last is None:
            return None
        stop = last + 1
        if self.kb.lookup(tok.span_text(start + n_head, stop)) and not self.kb.lookup(tok.span_text(start, stop)):
            if _prefix_len(lowers, self.institutions) or _prefix_len(lowers, self.force_nouns) or connectors:
                return None  # `Kemenhan X`: the institution reading
            # A descriptor before a known name (`Gerakan Hamas`): the name alone, with its own reading.
            return self._classify_known(doc, start + n_head, stop, "ACTOR", [])
        if _prefix_len(lowers, self.institutions) or _prefix_len(lowers, self.force_nouns):
            if not connectors:
                return None
        whole = self.kb.actor(tok.span_text(start, stop))
        if whole:
            return (start, stop, "ACTOR", whole["canonical"])
        return (start, stop, "ACTOR", self._spelled_out(doc, start, stop))

    def _spelled_out(self, doc: Doc, start: int, end: int) -> str:
        """The name as written, head capitalised, known acronyms inside spelled out (`PBB`)."""
        tok = self._tokens
        parts = []
        for i in range(start, end):
            text = tok.text[i]
            if tok.is_upper[i] and len(text) > 1:
                org = self.kb.actor(text)
                if org is not None and org["type"] == "organisation":
                    text = org["canonical"]
            elif i == start:
                text = text[:1].upper() + text[1:]
            parts.append(text + tok.whitespace[i])
        return "".join(parts).strip()

    def _role_after(self, doc: Doc, comma: int) -> bool:
        """Whether a role or title follows the comma at `comma - 1`: `<Name>, juru bicara ...`."""
        tok = self._tokens
        if comma < 1 or tok.text[comma - 1] != ",":
            return False
        after = tok.lower[comma:comma + 4]
        if after[:1] and after[0] in {"seorang", "salah"}:
            return True
        return bool(_prefix_len(after, self.titles))

    def _owner(self, doc: Doc, start: int, end: int) -> Tuple[int, Optional[str], Optional[str]]:
        """The longest known owner at `start`: (end of owner, kind, canonical); kind is `state`,
        `actor` or `place`, or (start, None, None) when none is known."""
        tok = self._tokens
        kb = self.kb
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

    def _title_parts(self, doc: Doc, start: int, end: int) -> Tuple[int, Tuple[int, Optional[str], Optional[str]], int]:
        """(end of the title words, owner (end, kind, canonical), start of the name)."""
        tok = self._tokens
        i = start + _prefix_len(tok.lower[start:end], self.titles)
        while i < end and tok.lower[i] in self.title_words:
            i += 1
        owner = self._owner(doc, i, end)
        name_start = owner[0]
        # `... Sudan Jenderal Abdel Fattah al-Burhan`: a rank after the owner is still title.
        while name_start < end - 1 and _prefix_len(tok.lower[name_start:end], self.titles) and \
                tok.text[name_start][:1].isupper() and owner[1] is not None:
            name_start += _prefix_len(tok.lower[name_start:end], self.titles)
        return i, owner, name_start

    def _titled(self, doc: Doc, start: int, end: int, n_title: int) -> Optional[Entity]:
        tok = self._tokens
        kb = self.kb
        i, (owner_end, owner_kind, owner), name_start = self._title_parts(doc, start, end)
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
        office = [self.title_abbreviations.get(tok.lower[k], tok.text[k]) for k in range(start, i)]
        office_text = title_case(" ".join(office))
        if owner is not None:
            owner_text = owner if owner_kind == "state" else title_case(tok.span_text(i, owner_end).replace("#", ""))
            office_text = f"{office_text} {owner_text}"
        return (start, end, "ACTOR", office_text)

    def _institution(self, doc: Doc, start: int, end: int, n_inst: int) -> Optional[Entity]:
        tok = self._tokens
        lowers = tok.lower[start:end]
        head = tuple(lowers[:n_inst])
        i = start + n_inst
        while i < end and _prefix_len(tok.lower[i:end], self.ministry_fields):
            i += _prefix_len(tok.lower[i:end], self.ministry_fields)
        owner_end, owner_kind, owner = self._owner(doc, i, end)
        if owner_kind is None and i < end:
            owner_text = tok.span_text(i, end)
            if not owner_text[:1].isupper():
                return None
        elif owner_kind is not None:
            end = owner_end
        if head in self.government_nouns:
            if owner_kind in ("state", "actor"):
                return (start, end, "ACTOR", owner)
            if owner_kind == "place":
                return (start, end, "ACTOR", f"Otoritas {owner}")
            return (start, end, "ACTOR", "")
        words = [self.abbreviations.get(lowers[0], tok.text[start])] + tok.text[start + 1:i]
        name = title_case(" ".join(w.lower() if not w.isupper() else w for w in words))
        if owner_kind in ("state", "place", "actor"):
            name = f"{name} {owner}"
        elif i < end:
            name = f"{name} {tok.span_text(i, end)}"
        return (start, end, "ACTOR", name)

    def _force(self, doc: Doc, start: int, end: int, n_force: int) -> Optional[Entity]:
        tok = self._tokens
        i = start + n_force
        while i < end and _prefix_len(tok.lower[i:end], self.force_modifiers):
            i += _prefix_len(tok.lower[i:end], self.force_modifiers)
        if i >= end:
            return None  # a force noun with no owner is not marked
        unit_end = self._unit_number_end(doc, start, i, end)
        if unit_end:
            return (start, unit_end, "ACTOR", "")  # owner filled in by _unit_owners
        whole = self.kb.actor(tok.span_text(start, end))
        if whole:
            return (start, end, "ACTOR", whole["canonical"])
        owner_end, owner_kind, owner = self._owner(doc, i, end)
        if owner_kind is None:
            if not tok.text[i][:1].isupper() and tok.text[i] != "#":
                return None
            code = any(c.isdigit() for c in tok.text[i]) or (tok.is_upper[i] and tok.is_alpha[i])
            if code or start in self._title_case_cache:
                # `pemberontak M23`, headline `Milisi Xyz Serbu ...`: the group's name is one word.
                return (start, i + 1, "ACTOR", tok.text[i])
            if not tok.text[start][:1].isupper():
                return (start, end, "ACTOR", tok.span_text(i, end))  # `milisi Xyz`: the group's own name
            return (start, end, "ACTOR", tok.span_text(start, end))
        end = owner_end
        if owner_kind == "state":
            return (start, end, "ACTOR", f"Angkatan Bersenjata {owner}")
        if owner_kind == "actor":
            return (start, end, "ACTOR", owner)
        return (start, end, "ACTOR", f"Angkatan Bersenjata {owner}")

    def _unit_number_end(self, doc: Doc, start: int, i: int, end: int) -> int:
        """End of `Divisi Infanteri ke-22` / `Brigade 47` (a unit named by its number), else 0."""
        tok = self._tokens
        if tok.lower[start] not in self.unit_nouns:
            return 0
        j = i
        while j < end and j - i < 2 and tok.text[j][:1].isupper() and tok.is_alpha[j]:
            j += 1
        if j < end and tok.lower[j] == "ke":
            j += 1
            if j < end and tok.text[j] == "-":
                j += 1
        return j + 1 if j < end and tok.like_num[j] else 0

    # ------------------------------------------------------------ ACTOR or PLACE
    def _place_or_actor(self, doc: Doc, start: int, end: int, previous: List[Entity]) -> Entity:
        tok = self._tokens
        kb = self.kb
        text = tok.span_text(start, end)
        state = kb.state_of(text)
        place = kb.place(text)
        if place is not None and "kind" not in place:
            place = None  # a seat or epithet standing for a state (`Gedung Putih`): as a place, its own name
        place_name = place["canonical"] if place else (title_case(text) if text.isupper() else text)
        if place is not None and place.get("historical") and state:
            place_name = state
        if state is None:
            if end < len(tok) and tok.lower[end] in self.direction_words and tok.text[end][:1].isupper() and \
                    not kb.lookup(tok.span_text(start, end + 1)):
                # `Darfur Utara`, `Kordofan Selatan`: the direction is part of the name.
                return (start, end + 1, "PLACE", tok.span_text(start, end + 1))
            return (start, end, "PLACE", place_name)
        if self._hyphenated_with_state(doc, start, end):
            return (start, end, "ACTOR", state)  # `perbatasan India-Pakistan`: the two states own it
        if self._is_dateline(doc, start, end) or self._locative_before(doc, start, previous) or \
                self._direction_after(doc, end) or self._coordinated_with_place(doc, start, end, previous):
            return (start, end, "PLACE", place_name)
        return (start, end, "ACTOR", state)

    def _hyphenated_with_state(self, doc: Doc, start: int, end: int) -> bool:
        tok = self._tokens
        if end + 1 < len(tok) and tok.text[end] == "-" and not tok.whitespace[end - 1]:
            return any(self.kb.state_of(tok.span_text(end + 1, stop)) for stop in range(end + 2, min(len(tok), end + 4) + 1))
        if start >= 2 and tok.text[start - 1] == "-" and not tok.whitespace[start - 2]:
            return any(self.kb.state_of(tok.span_text(s, start - 1)) for s in range(max(0, start - 4), start - 1))
        return False

    def _prev_index(self, doc: Doc, start: int) -> int:
        tok = self._tokens
        i = start - 1
        while i >= 0 and (tok.text[i] in {"#", "(", "\"", "“"} or tok.is_space[i]):
            i -= 1
        return i

    def _locative_before(self, doc: Doc, start: int, previous: Sequence[Entity] = ()) -> bool:
        tok = self._tokens
        i = self._prev_index(doc, start)
        if i < 0:
            return False
        if tok.text[i] == "," and i > 0:
            return False
        before = tok.lower[max(0, i - 2):i + 1]
        n = _suffix_of(before, self.locative_before)
        if not n:
            return False
        word = before[-1]
        if word in self.not_locative_after and i > 0:
            context = set(tok.lower[max(0, i - 3):i])
            if context & self.not_locative_after[word]:
                return False
        if word in {t[-1] for t in self.directions_after} and tok.text[i][:1].isupper():
            return False  # `Korea Utara`, not `utara X`
        if word in OWNED_TERRITORY and previous:
            # `Karabakh Atas, wilayah [Azerbaijan]`: the territory of a state, the state owns it.
            j = i - 1
            while j >= 0 and tok.text[j] == ",":
                j -= 1
            if previous[-1][1] == j + 1 and previous[-1][2] == "PLACE":
                return False
        return True

    def _direction_after(self, doc: Doc, end: int) -> bool:
        tok = self._tokens
        after = tok.text[end:end + 2]
        if not after or not after[0].islower():
            return False
        return bool(_prefix_len([a.lower() for a in after], self.directions_after))

    def _is_dateline(self, doc: Doc, start: int, end: int) -> bool:
        """`BAKU - ...`, `KARABAKH (Arrahmah.com)`, `IMPIANNEWS.COM (Azerbaijan).` at the head of a line."""
        tok = self._tokens
        at_line_start = start == 0 or "\n" in tok.text[start - 1] or "\n" in tok.whitespace[start - 1] or \
            tok.is_space[start - 1]
        nxt = tok.text[end] if end < len(tok) else ""
        if at_line_start and nxt in {"-", "–", "—", "(", ","} and tok.span_text(start, end).isupper():
            return True
        if at_line_start and nxt in {"-", "–", "—", "--"} and end + 1 < len(tok) and tok.text[end + 1][:1].isupper():
            return True  # `Kyiv - Pasukan ...`
        if at_line_start and nxt == "," and end + 1 < len(tok):
            # `Jakarta, CNN Indonesia --`: place, outlet, dash
            for stop in range(end + 2, min(len(tok), end + 6) + 1):
                if self.kb.outlet(tok.span_text(end + 1, stop)) and stop < len(tok) and tok.text[stop] in {"-", "–", "—", "--"}:
                    return True
        if start >= 2 and tok.text[start - 1] == "(" and nxt == ")":
            j = start - 2
            return self.kb.outlet(tok.text[j]) is not None or self.kb.looks_like_domain(tok.text[j])
        return False

    def _coordinated_with_place(self, doc: Doc, start: int, end: int, previous: List[Entity]) -> bool:
        tok = self._tokens
        i = self._prev_index(doc, start)
        if i < 0 or tok.lower[i] not in self.coordinators or not previous:
            return False
        p_start, p_end, p_label, _ = previous[-1]
        if p_end != i or p_label != "PLACE":
            return False
        if tok.text[i] == ",":
            # `Ibu Kota Azerbaijan, Baku.` but not `di Karabakh, Azerbaijan menang`.
            return end >= len(tok) or tok.text[end] in AFTER_LIST_ITEM or "\n" in tok.text[end]
        return True

    # ------------------------------------------------------------ equipment and appositions
    def _expand_acronyms(self, doc: Doc, entities: List[Entity]) -> List[Entity]:
        """`Pakta Pertahanan Keamanan Bersama (CSTO)`: a capitalised name right before a known
        acronym in brackets names the same body."""
        tok = self._tokens
        out = list(entities)
        taken = {i for s, e, _, _ in entities for i in range(s, e)}
        for start, end, label, canonical in entities:
            # `Organisasi X untuk Y (XYU)`: an acronym the KB lacks, in brackets after a body, is that body.
            if label == "ACTOR" and canonical and end + 2 < len(tok) and tok.text[end] == "(" and \
                    tok.text[end + 2] == ")" and tok.is_upper[end + 1] and tok.is_alpha[end + 1] and \
                    len(tok.text[end + 1]) >= 2 and end + 1 not in taken and not self._is_person_entity(
                        doc, (start, end, label, canonical)):
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
                if b_label == label and not self.kb.lookup(b_canonical or "") and \
                        not self.kb.lookup(tok.span_text(b_start, b_end)):
                    out[before] = (b_start, b_end, b_label, canonical)  # a name the KB lacks, glossed
                continue
            j = start - 2
            words = 0
            while j >= 0 and j not in taken and (tok.text[j][:1].isupper() or tok.lower[j] in NAME_CONNECTORS) \
                    and start - 2 - j < 8:
                words += tok.text[j][:1].isupper()
                j -= 1
            first = j + 1
            while first < start - 1 and tok.lower[first] in NAME_CONNECTORS:
                first += 1
            if words >= 2 and first < start - 1:
                out.append((first, start - 1, label, canonical))
        return sorted(out)

    def _line_starts(self, doc: Doc) -> List[int]:
        tok = self._tokens
        return [i for i in range(len(tok)) if not tok.is_space[i] and (
            i == 0 or "\n" in tok.text[i - 1] or "\n" in tok.whitespace[i - 1] or tok.is_space[i - 1])]

    def _name_run(self, doc: Doc, i: int, limit: int = 3) -> int:
        """End of a run of up to `limit` capitalised words (hyphens inside) from `i`."""
        tok = self._tokens
        j = i
        while j < len(tok) and j - i < limit * 2 and (
                (tok.text[j][:1].isupper() and tok.is_alpha[j] and tok.lower[j] not in self.name_stopwords) or
                (tok.text[j] == "-" and j > i and not tok.whitespace[j - 1] and j + 1 < len(tok)
                 and tok.text[j + 1][:1].isupper())):
            j += 1
        return j

    def _place_entity(self, doc: Doc, start: int, end: int) -> Entity:
        tok = self._tokens
        text = tok.span_text(start, end)
        place = self.kb.place(text)
        if place is not None and "kind" in place:
            return (start, end, "PLACE", place["canonical"])
        return (start, end, "PLACE", title_case(text) if text.isupper() else text)

    def _add_datelines(self, doc: Doc, entities: List[Entity]) -> List[Entity]:
        """`KHARTOUM, Outlet.com -` and `OUTLET.COM, KHARTOUM -`: the name beside the outlet at the
        head of a line, before the dash, is a place (replacing an ACTOR reading)."""
        tok = self._tokens
        dashes = {"-", "–", "—", "--"}
        by_start = {e[0]: e for e in entities}
        out = list(entities)
        for line in self._line_starts(doc):
            media = by_start.get(line)
            if media is not None and media[2] == "MEDIA" and media[1] < len(tok) and tok.text[media[1]] == ",":
                name_start = media[1] + 1  # OUTLET, NAME -
                name_end = self._name_run(doc, name_start)
                closed = name_end < len(tok) and tok.text[name_end] in dashes
            else:
                name_start = line  # NAME, OUTLET -
                name_end = self._name_run(doc, name_start)
                media = by_start.get(name_end + 1) if name_end < len(tok) and tok.text[name_end] == "," else None
                closed = media is not None and media[2] == "MEDIA" and media[1] < len(tok) and \
                    tok.text[media[1]] in dashes
            if not closed or name_end == name_start:
                continue
            inside = [e for e in out if name_start <= e[0] < name_end]
            if any(e[2] in ("MEDIA", "EQUIPMENT") for e in inside) or (inside and all(e[2] == "PLACE" for e in inside)):
                continue
            out = [e for e in out if e not in inside] + [self._place_entity(doc, name_start, name_end)]
        return sorted(out)

    def _names_after_role_and_owner(self, doc: Doc, entities: List[Entity]) -> List[Entity]:
        """`juru bicara militer X Ahmad Said`: after a lower-case role and its owner, the capitalised
        words are the person (the role stays outside, the owner is its own ACTOR)."""
        tok = self._tokens
        taken = {i for s, e, _, _ in entities for i in range(s, e)}
        added = []
        for start, end, label, canonical in entities:
            if label != "ACTOR" or start in self._title_case_cache:
                continue
            before = tok.lower[max(0, start - 2):start]
            if not _suffix_of(before, self.role_titles) or tok.text[start - 1][:1].isupper():
                continue
            stop = self._name_run(doc, end, 4)
            words = [k for k in range(end, stop) if tok.is_alpha[k]]
            if len(words) < 2 or taken & set(range(end, stop)):
                continue
            person = self.kb.person(tok.span_text(end, stop))
            if person is not None or not self.kb.lookup(tok.span_text(end, stop)):
                added.append((end, stop, "ACTOR", person["canonical"] if person else tok.span_text(end, stop)))
        return sorted(entities + added)

    def _names_before_offices(self, doc: Doc, entities: List[Entity], title_case_lines: set) -> List[Entity]:
        """`Maria Kovacs, Utusan Khusus ...`: capitalised words right before a comma and a titled
        office are the office-holder's name (the office itself is dropped after)."""
        tok = self._tokens
        taken = {i for s, e, _, _ in entities for i in range(s, e)}
        added = []
        for start, end, label, _ in entities:
            if label != "ACTOR" or start < 3 or tok.text[start - 1] != "," or start in title_case_lines or \
                    not tok.text[start][:1].isupper() or not _prefix_len(tok.lower[start:end], self.titles):
                continue
            first = start - 1
            while first > 0 and first - 1 not in taken and tok.is_alpha[first - 1] and \
                    tok.text[first - 1][:1].isupper() and tok.lower[first - 1] not in self.name_stopwords and \
                    start - first < 5:
                first -= 1
            name = tok.span_text(first, start - 1)
            if self._looks_like_person(first, start - 1) and not self.kb.lookup(name) and \
                    not _prefix_len(tok.lower[first:start - 1], self.titles) and \
                    (first == 0 or not tok.text[first - 1][:1].isupper()):
                added.append((first, start - 1, "ACTOR", name))
        return sorted(entities + added)

    def _unit_owners(self, doc: Doc, entities: List[Entity]) -> List[Entity]:
        """A unit named by its number (`Divisi Infanteri ke-22`) belongs to the armed force last named."""
        tok = self._tokens
        out, force = [], None
        for start, end, label, canonical in entities:
            if label == "ACTOR" and canonical.startswith("Angkatan Bersenjata "):
                force = canonical
            if label == "ACTOR" and not canonical and tok.lower[start] in self.unit_nouns and tok.like_num[end - 1]:
                canonical = force or tok.span_text(start, end)
            out.append((start, end, label, canonical))
        return out

    def _repeat_known_in_doc(self, doc: Doc, entities: List[Entity], title_case_lines: set) -> List[Entity]:
        """A name the KB lacks but the context proved once (a place after `di`, a person after a
        title, a group after a force noun) is the same entity wherever it recurs in the article;
        a person's surname alone too."""
        tok = self._tokens
        learned: Dict[str, Tuple[str, str]] = {}
        for start, end, label, canonical in entities:
            text = tok.span_text(start, end)
            if label not in ("PLACE", "ACTOR") or not canonical or self.kb.lookup(text) or not text[:1].isupper():
                continue
            if label == "PLACE" and canonical == text:
                learned.setdefault(text, (label, canonical))
            elif label == "ACTOR" and canonical == text and self._looks_like_person(start, end):
                learned.setdefault(text, (label, canonical))
                surname = tok.text[end - 1]
                if len(surname) >= 4 and tok.is_alpha[end - 1] and not self.kb.lookup(surname):
                    learned.setdefault(surname, (label, canonical))
            elif label == "ACTOR" and canonical == text and any(c.isdigit() for c in text) and " " not in text:
                learned.setdefault(text, (label, canonical))  # a group's code name: `M23`
            elif label == "ACTOR" and canonical == tok.span_text(start + 1, end) and \
                    any(c.isdigit() for c in canonical):
                learned.setdefault(canonical, (label, canonical))
        if not learned:
            return entities
        n_doc = len(tok)
        taken = {i for s, e, _, _ in entities for i in range(s, e)}
        added = []
        for text, (label, canonical) in learned.items():
            tokens = [t.text for t in self.nlp.make_doc(text)]
            n = len(tokens)
            for i in _indices(tok.text, tokens[0]):
                if i > n_doc - n or tok.span_text(i, i + n) != text:
                    continue
                if taken & set(range(i, i + n)):
                    continue
                if (i > 0 and tok.text[i - 1] == "-") or (i + n < n_doc and tok.text[i + n] == "-"):
                    continue
                if i + n < n_doc and tok.text[i + n][:1].isupper() and tok.is_alpha[i + n] and \
                        i + n not in title_case_lines:
                    continue  # part of a longer name
                added.append((i, i + n, label, canonical))
                taken.update(range(i, i + n))
        return sorted(entities + added)

    def _extend_place_lists(self, doc: Doc, entities: List[Entity], title_case_lines: set) -> List[Entity]:
        """`desa Talish, Mehdili, Chaxirli dan Guyjag`: unknown capitalised names listed after a
        place are places too."""
        tok = self._tokens
        out = sorted(entities)
        taken = {i for s, e, _, _ in out for i in range(s, e)}
        starts = {s: (s, e, l, c) for s, e, l, c in out}
        added: List[Entity] = []
        for ent in out:
            if ent[2] != "PLACE" or ent[0] in title_case_lines:
                continue
            j = ent[1]
            chain: List[Entity] = []
            closed = False
            while j < len(tok):
                k = j
                while k < len(tok) and tok.lower[k] in LIST_JOINERS:
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
                stop = min(self._name_run(doc, k), k + 5)
                while stop > k and (taken & set(range(k, stop)) or tok.text[stop - 1] == "-"):
                    stop -= 1
                if stop == k or self.kb.lookup(tok.span_text(k, stop)) or self._structured(doc, k, stop):
                    break
                place = self.kb.place(tok.span_text(k, stop))
                chain.append((k, stop, "PLACE", place["canonical"] if place else tok.span_text(k, stop)))
                closed = closed or joined_by_and
                j = stop
            if closed:
                # Only a list closed by `dan` / `serta` / `atau`: `di Gaza, Mahmoud Basal` is no list.
                added.extend(chain)
                taken.update(i for s, e, _, _ in chain for i in range(s, e))
        return sorted(out + added)

    def _join_equipment(self, doc: Doc, entities: List[Entity]) -> List[Entity]:
        """`jet tempur` + `Su-27` -> one span; a generic noun also takes a designation after it."""
        tok = self._tokens
        out: List[Entity] = []
        for ent in entities:
            if out and ent[2] == "EQUIPMENT" and out[-1][2] == "EQUIPMENT" and out[-1][1] == ent[0] and \
                    self.kb.is_equipment_generic(tok.span_text(out[-1][0], out[-1][1])) and \
                    self.kb.is_equipment_model(tok.span_text(ent[0], ent[1])):
                out[-1] = (out[-1][0], ent[1], "EQUIPMENT", ent[3])
                continue
            out.append(ent)
        taken = {i for s, e, _, _ in out for i in range(s, e)}
        extended = []
        text = tok.whole_text
        for start, end, label, canonical in out:
            if label == "EQUIPMENT" and end < len(tok) and self.kb.is_equipment_generic(tok.span_text(start, end)):
                match = MODEL_AFTER.match(text, tok.idx[end - 1] + len(tok.text[end - 1]))
                if match and any(c.isalpha() for c in match.group(1)):
                    model = doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
                    if model is not None and not taken & set(range(model.start, model.end)):
                        end = model.end
            extended.append((start, end, label, canonical))
        return extended

    def _drop_appositive_offices(self, doc: Doc, entities: List[Entity]) -> List[Entity]:
        """`[James Appathurai], Perwakilan Khusus Sekretaris Jenderal [NATO]`: an office after a
        person's name is an appositive; only the names inside it are marked."""
        tok = self._tokens
        out: List[Entity] = []
        for ent in entities:
            start, end, label, canonical = ent
            lowers = tok.lower[start:end]
            if label == "ACTOR" and out and start >= 2 and tok.text[start - 1] == "," and out[-1][1] == start - 1 \
                    and out[-1][2] == "ACTOR" and self._is_person_entity(doc, out[-1]) \
                    and _prefix_len(lowers, self.titles) and not self._has_name_after_owner(doc, start, end):
                out.extend(self._inner_known(doc, start, end))
                continue
            out.append(ent)
        return out

    def _is_person_entity(self, doc: Doc, ent: Entity) -> bool:
        tok = self._tokens
        if self.kb.person(ent[3] or "") is not None:
            return True
        lowers = tok.lower[ent[0]:ent[1]]
        return self._looks_like_person(ent[0], ent[1]) and not _prefix_len(lowers, self.titles) and \
            not _prefix_len(lowers, self.institutions) and not _prefix_len(lowers, self.force_nouns)

    def _has_name_after_owner(self, doc: Doc, start: int, end: int) -> bool:
        return self._title_parts(doc, start, end)[2] < end

    def _inner_known(self, doc: Doc, start: int, end: int) -> List[Entity]:
        tok = self._tokens
        found, i = [], start
        while i < end:
            for stop in range(end, i, -1):
                hits = self.kb.lookup(tok.span_text(i, stop))
                if hits:
                    cat, rec = hits[0]
                    label = {"state": "ACTOR", "place": "PLACE", "media": "MEDIA", "equipment": "EQUIPMENT"}.get(
                        cat, "ACTOR")
                    canonical = rec["canonical"] if cat != "state" else self.kb.state_of(tok.span_text(i, stop))
                    found.append((i, stop, label, canonical))
                    i = stop
                    break
            else:
                i += 1
        return found


@Language.factory(
    "nk_entity_resolver",
    requires=["doc.ents"],
    assigns=["doc.ents"],
    default_config={},
)
def make_entity_resolver(nlp: Language, name: str) -> EntityResolver:
    register_extensions()
    return EntityResolver(nlp, name)
