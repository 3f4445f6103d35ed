"""The people of the article: person mentions the entity layer missed or cut short.

Indonesian news names a speaker with a title and a rank of any length before the name,
and the source is the person, title included in the span (annotation.md):

- a rank or honorific, then the name: `Kepala Kepolisian Resor X Ajun Komisaris Besar
  Nama Orang`, `Kapendam XVIII/Kasuari Kolonel Inf Nama Orang`, `Pendeta Nama Orang`;
  the span runs back over the title chain (`Kepala ...`) when a position title opens it;
- a name in apposition to a role: `Juru bicara X, Nama Orang, mengatakan`,
  `Warga setempat, Nama Orang, ...`;
- a surname alone after the full name was given: `ujar Orang`, `Orang mengakui`.

Each mention's canonical name is the name without title or rank (a surname resolves to
the full name given earlier). The mentions become ACTOR entities (they replace the
entities they overlap), so every source stays one of the record's ACTOR entities.
"""

from typing import Dict, List, Optional, Set, Tuple

from spacy.tokens import Span

MAX_NAME = 5  # tokens of a personal name


class PeopleFinder:
    """Person mentions of one Doc, in text order (a fresh object per Doc)."""

    def __init__(self, structure):
        self.s = structure
        self.doc, self.lex, self.tok = structure.doc, structure.lex, structure.tokens
        self.labels: Dict[int, str] = {}  # token -> label of the entity covering it
        self.entity_of: Dict[int, Span] = {}
        for ent in structure.ents:
            for k in range(ent.start, ent.end):
                self.labels[k] = ent.label_
                self.entity_of[k] = ent
        self.full_names: List[Tuple[Tuple[str, ...], str]] = []  # (name tokens, canonical) seen so far

    # what a token is
    def name_like(self, k: int, wrong: Optional[Span] = None) -> bool:
        """A word of a personal name: capitalised, not a title, rank, month or day, not in
        a place, outlet or weapon (unless in `wrong`, an entity known to be misread)."""
        if k >= len(self.doc) or not self.s.in_body[k] or self.s.in_quote[k]:
            return False
        text, low = self.tok.text[k], self.tok.lower[k]
        if low in self.lex.name_particles and k + 1 < len(self.doc) and self.tok.text[k + 1] == "-":
            return True  # `al-Yafei`
        if not (self.tok.is_title[k] and self.tok.is_alpha[k]) and not (len(text) == 1 and text.isupper()):
            return False
        if low in self.lex.not_names:
            return False
        if self.labels.get(k) in ("PLACE", "MEDIA", "EQUIPMENT") and (wrong is None or not wrong.start <= k < wrong.end):
            return False
        return self.rank_at(k) == 0 and self.position_at(k) == 0

    def phrase_at(self, k: int, phrases: Set[Tuple[str, ...]], longest: int) -> int:
        """Length of the longest phrase of `phrases` starting at token k (0: none)."""
        if self.tok.lower[k] not in self.lex.phrase_starts:
            return 0  # most tokens: no rank, position or unit starts with them
        for n in range(min(longest, len(self.doc) - k), 0, -1):
            if tuple(self.tok.lower[k:k + n]) in phrases:
                return n
        return 0

    def rank_at(self, k: int) -> int:
        return self.phrase_at(k, self.lex.ranks, self.lex.ranks_longest)

    def position_at(self, k: int) -> int:
        return self.phrase_at(k, self.lex.positions, self.lex.positions_longest)

    def name_run(self, k: int, wrong: Optional[Span] = None) -> int:
        """End of the personal name starting at k (k itself when there is none); `al-Yafei` is one word."""
        end = k
        while end < len(self.doc) and end - k < MAX_NAME:
            if self.tok.text[end] == "-" and end > k and end + 1 < len(self.doc) and self.tok.is_title[end + 1]:
                end += 2
            elif self.name_like(end, wrong):
                end += 1
            else:
                break
        return end

    # the kinds of person mention
    def find(self) -> List[Span]:
        mentions: List[Span] = []
        k, length = 0, len(self.doc)
        lower, text, is_title, starts = self.tok.lower, self.tok.text, self.tok.is_title, self.lex.phrase_starts
        in_body, in_quote = self.s.in_body, self.s.in_quote
        while k < length:
            mention = None
            if in_body[k] and not in_quote[k]:  # the cheap tests first: most tokens start nothing
                if lower[k] in starts:
                    mention = self.ranked(k) or self.titled(k)
                if mention is None and text[k] == ",":
                    mention = self.appositive(k)
                if mention is None and self.full_names and (is_title[k] or lower[k] in self.lex.name_particles):
                    mention = self.surname(k)
            if mention is None:
                k += 1
                continue
            mentions.append(mention)
            k = mention.end
        return mentions

    def ranked(self, k: int) -> Optional[Span]:
        """`[Kepala Penerangan Kodam X] Letkol Inf Nama Orang`, `Pendeta Nama Orang`."""
        n = self.rank_at(k)
        if not n or not self.s.in_body[k] or self.s.in_quote[k]:
            return None
        name_start = k + n
        while name_start < len(self.doc) and self.tok.lower[name_start] in self.lex.branches:
            name_start += 1  # `Brigjen TNI`, `Kolonel Inf`, `Kombes Pol`
        around = self.entity_of.get(k)
        # a place or outlet running over the rank (`Bintang AKBP Nama`) is misread
        name_end = self.name_run(name_start, around if around is not None and around.label_ != "ACTOR" else None)
        if name_end == name_start:
            return None
        if around is not None and around.start < k and around.end >= name_end:
            if around.label_ == "ACTOR" and around.end == name_end and \
                    around.kb_id_ == self.doc[name_start:name_end].text:
                # the entity layer read the whole title run already (`Kepala X Satgas Y Brigjen Pol Nama`)
                return self.mention(around.start, name_start, name_end)
            return None  # `Jaringan Dokter Sudan`: a name of an organisation, no rank
        return self.mention(self.title_start(k), name_start, name_end)

    def titled(self, k: int) -> Optional[Span]:
        """`Juru bicara Kementerian Pertahanan Nama Orang`: a position, its owner (an entity),
        then a name of two words or more. The role and its owner stay outside the person,
        the owner its own ACTOR (annotation.md: `juru bicara militer X <Name>`)."""
        n = self.position_at(k)
        if not n or not self.s.in_body[k] or self.s.in_quote[k] or (k > 0 and self.position_at(k - 1)):
            return None
        owner = self.entity_of.get(k + n)
        if owner is None or owner.start != k + n or owner.label_ not in ("ACTOR", "PLACE"):
            return None
        name_end = self.name_run(owner.end)
        if name_end - owner.end < 2:
            return None
        return self.mention(owner.end, owner.end, name_end)

    def title_start(self, rank: int) -> int:
        """Where the title chain before a rank begins: back over title words, names of
        units and numbers (`Kepala Penerangan Kodam XVII/Cenderawasih`), to a position title."""
        start, _ = self.s.sent_bounds(rank)
        k, opened = rank - 1, rank
        while k >= start and not self.tok.is_space[k] and not self.s.in_quote[k]:
            text = self.tok.text[k]
            if self.position_at(k) and self.tok.is_title[k]:
                opened = k  # `Kepala ...`; a lower-case role stays outside (`juru bicara SAF Kolonel X`)
            elif not (text[:1].isupper() or text[:1].isdigit() or text in "/-" or self.tok.lower[k] in self.lex.title_words):
                break
            k -= 1
        return opened

    def appositive(self, k: int) -> Optional[Span]:
        """`Juru bicara X, Nama Orang, ...`: a name between commas after a role."""
        if self.tok.text[k] != "," or k + 1 >= len(self.doc):
            return None
        end = self.name_run(k + 1)
        if end - (k + 1) < 2 or end >= len(self.doc) or self.tok.text[end] not in {",", "—", "–"}:
            return None
        start, _ = self.s.sent_bounds(k)
        before = self.tok.lower[max(start, k - 8):k]
        if not any(self.position_at(j) for j in range(max(start, k - 8), k)) and not set(before) & self.lex.person_roles:
            return None
        return self.mention(k + 1, k + 1, end)

    def speaking_organisations(self) -> List[Span]:
        """Organisations no entity covers, found where they speak:
        - an upper-case acronym as the subject of a speech verb (`JNIM juga mengaku`,
          `ISWAP, melalui kantor berita X, mengklaim`, a headline `TPNPB Klaim ...`), with
          the unit name after it (`TPNPB Kodap III Nama`); canonical the entity it stands in
          brackets after elsewhere (`Nama Panjang (JNIM)`), else none;
        - an Indonesian unit or office and its name (`Satgas X`, `Polres X`, `Pusat
          Penerangan TNI`) as such a subject or after `menurut (data) ...`."""
        found: List[Span] = []
        k, length = 0, len(self.doc)
        while k < length:
            if (not self.tok.text[k][:1].isupper() or not self.s.in_body[k] or self.s.in_quote[k]
                    or self.labels.get(k) in ("MEDIA", "EQUIPMENT")):
                k += 1
                continue
            text, unit = self.tok.text[k], self.phrase_at(k, self.lex.units, self.lex.units_longest)
            acronym = (text.isupper() and self.tok.is_alpha[k] and len(text) >= 3 and k not in self.labels
                       and self.tok.lower[k] not in self.lex.not_names)
            end = self.unit_name(k + max(unit, 1)) if (acronym or (unit and self.tok.is_title[k])) else k
            if end > k + unit and (self.speaks(end) or (unit and self.according_to_before(k))):
                known = self.entity_of.get(k)  # a unit the KB resolved keeps its canonical
                if known is not None and (known.start, known.end) == (k, end) and known.kb_id_:
                    k = end
                    continue
                kb_id = self.expansion(text) if acronym else ""
                found.append(Span(self.doc, k, end, label="ACTOR", kb_id=kb_id))
                k = end
            else:
                k += 1
        return found

    def anonymous_sources(self) -> List[Span]:
        """Anonymous sources with an owner (CHANGES.md: ACTORs): `sumber militer Israel`,
        `sumber keamanan Pakistan`: the head, descriptive words, then the owner's ACTOR
        entity (which may hold a force noun: `militer Israel`). Canonical: the phrase
        with the owner's canonical (`sumber keamanan Pakistan`)."""
        found: List[Span] = []
        lex = self.lex
        for k, low in enumerate(self.tok.lower):
            if low not in lex.anonymous_heads or not self.s.in_body[k] or self.s.in_quote[k] or k in self.labels:
                continue
            j = k + 1
            while j < len(self.doc) and j - k <= 3 and j not in self.entity_of and self.tok.lower[j] in lex.anonymous_words:
                j += 1
            owner = self.entity_of.get(j)
            if owner is None or owner.start != j or owner.label_ != "ACTOR":
                continue
            words = [t.lower_ for t in self.doc[k:j]]
            tail = [t for t in owner if not t.is_lower]
            lead = [t.lower_ for t in owner[:len(owner) - len(tail)]]
            name = " ".join(t.text for t in tail)
            if not lead or not (owner.kb_id_ or "").endswith(name):
                name = owner.kb_id_ or owner.text  # `sumber keamanan Pakistan`
            found.append(Span(self.doc, k, owner.end, label="ACTOR", kb_id=" ".join(words + lead + [name])))
        return found

    def unit_name(self, k: int) -> int:
        """End of a unit's name from k: capitalised words, numerals, `XVII/Nama`, `Nama-Nama`."""
        end = k
        while end < len(self.doc) and end - k < 6:
            text = self.tok.text[end]
            if text in "/-" and end > k and end + 1 < len(self.doc) and self.tok.text[end + 1][:1].isupper():
                end += 2
            elif (text[:1].isupper() or text.isdigit()) and not self.tok.is_punct[end]:
                if self.tok.lower[end] in self.lex.speech_verbs or self.tok.lower[end] in self.lex.headline_verbs:
                    break  # `Satgas X Klaim ...` in a headline
                end += 1
            else:
                break
        return end

    def according_to_before(self, k: int) -> bool:
        """`menurut X`, `menurut catatan X`, `berdasarkan data X`."""
        j = k - 1
        if j >= 0 and self.tok.lower[j] in self.lex.weak_according_to:
            j -= 1
        return j >= 0 and self.tok.lower[j] in self.lex.according_to

    def speaks(self, k: int) -> bool:
        """A speech verb at k (after adverbs), or after a parenthesis `, melalui ..., `."""
        lex, low = self.lex, self.tok.lower
        while k < len(self.doc) and low[k] in lex.adverbs:
            k += 1
        if k >= len(self.doc):
            return False
        if low[k] in lex.speech_verbs or low[k] in lex.headline_verbs:
            return True
        if self.tok.text[k] != ",":
            return False
        comma = next((j for j in range(k + 1, min(len(self.doc), k + 10)) if self.tok.text[j] == ","), None)
        return comma is not None and comma + 1 < len(self.doc) and low[comma + 1] in lex.speech_verbs

    def expansion(self, acronym: str) -> str:
        for ent in self.s.ents:
            after = self.doc[ent.end:ent.end + 3]
            if ent.label_ == "ACTOR" and len(after) == 3 and after[0].text == "(" and after[1].text == acronym and after[2].text == ")":
                return ent.kb_id_
        return ""

    def surname(self, k: int) -> Optional[Span]:
        """A name given in full earlier, now in part (`ujar Orang`)."""
        if not self.full_names or not self.name_like(k) or (k > 0 and self.name_like(k - 1)):
            return None
        end = self.name_run(k)
        part = tuple(self.tok.text[k:end])
        for name, canonical in reversed(self.full_names):
            if len(part) < len(name) and name[len(name) - len(part):] == part:
                return self.span(k, end, canonical)
        return None

    def mention(self, start: int, name_start: int, name_end: int) -> Span:
        tokens = tuple(self.tok.text[name_start:name_end])
        name = self.doc[name_start:name_end].text
        for full, canonical in reversed(self.full_names):  # `Kolonel Orang` after `Kolonel Nama Orang`
            if len(full) > len(tokens) and full[-1] == tokens[-1]:
                return self.span(start, name_end, canonical)
        self.full_names.append((tokens, name))
        return self.span(start, name_end, name)

    def span(self, start: int, end: int, canonical: str) -> Span:
        return Span(self.doc, start, end, label="ACTOR", kb_id=canonical)


def with_people(doc, people: List[Span]) -> None:
    """Set the new speaker mentions as ACTOR entities, replacing the entities they overlap."""
    if not people:
        return
    covered, new = set(), []
    for person in people:  # the people first, then the organisations
        if not any(k in covered for k in range(person.start, person.end)):
            covered.update(range(person.start, person.end))
            new.append(person)
    people = new
    kept = [e for e in doc.ents if not any(k in covered for k in range(e.start, e.end))]
    doc.ents = sorted(kept + people, key=lambda e: e.start)
