"""Pass 1: who speaks where. Every cue word of the article body, in text order, with
the ACTOR entity it makes responsible:

- a speech verb with its subject before it: `X (juga) mengatakan`, `X, dikutip oleh
  ..., mengatakan`, `Dia mengatakan`, `Kementerian itu mengatakan`, an elided subject;
- a postposed cue: `..., kata X`, `” bunyi pernyataan X`, `ujarnya`;
- `menurut X` (weak when it is `menurut informasi X` beside another speaker);
- a passive `diumumkan oleh X`, and a naming sentence `Klaim disampaikan X`;
- `klaim X` after a claim, a headline `Rusia Klaim ...`, and `X: "..."`.

Pronouns and elided subjects are resolved to the source of the last attribution
before them (else to the nearest earlier speaker-capable ACTOR mention), across
sentences and paragraphs.
"""

from typing import List, Optional

from spacy.tokens import Span

from nk_nlp.components.attribution.lexicon import AttributionLexicon
from nk_nlp.components.attribution.model import Event, cue_event
from nk_nlp.components.attribution.structure import QUOTE_MARKS, DocStructure
from nk_nlp.text.doc_view import TokenColumns


def find_events(structure: DocStructure) -> List[Event]:
    """The attribution events of the Doc, in text order."""
    finder = EventFinder(structure)
    finder.find_events()
    return finder.events


class EventFinder:
    """Pass 1 over one Doc (built per Doc; reads the DocStructure, fills `events`)."""

    def __init__(self, structure: DocStructure):
        self.structure = structure
        self.events: List[Event] = []
        # what the rules read, from the structure (plain references: the rules run per token)
        self.doc, self.lex, self.tokens = structure.doc, structure.lex, structure.tokens
        self.actors, self.actor_starting, self.actor_ending = structure.actors, structure.actor_starting, structure.actor_ending
        self.in_quote, self.in_body, self.sent_of = structure.in_quote, structure.in_body, structure.sent_of
        self.low, self.sent_bounds = structure.low, structure.sent_bounds
        self.first_word, self.speaker_capable = structure.first_word, structure.speaker_capable
        self.last_person: Optional[Event] = None  # the person who spoke last, for `ia`, `dia`, `-nya`

    def find_events(self) -> None:
        doc, lex = self.doc, self.lex
        last: Optional[Event] = None  # the last attribution with a source, for pronouns
        for i, low in enumerate(self.tokens.lower):
            if not self.in_body[i] or self.in_quote[i]:
                continue
            event: Optional[Event] = None
            if low in lex.postposed_nya:
                event = self.anaphoric("nya", i, last, personal=True)
            elif low == "klaim" and i + 1 < len(doc) and (i + 1) in self.actor_starting and not self.postposed_position(i):
                event = cue_event("claim_of", i, self.actor_starting[i + 1])  # `... klaim Kemenhan Azerbaijan`
            elif low in lex.headline_verbs and (i - 1) in self.actor_ending and not self.in_quote[i - 1]:
                event = cue_event("verb", i, self.actor_ending[i - 1])  # `Rusia Klaim Tembak Jatuh ...`
            elif low in lex.passive_verbs or low in lex.elided_passive_openers:
                event = self.passive_event(i, last)
            elif low in lex.according_to:
                event = self.according_event(i, last)
            elif low in lex.speech_verbs:
                event = self.verb_event(i, last)
            elif low in lex.claim_making_verbs and self.low(i + 1 if i + 1 < len(doc) else i) == "klaim":
                event = self.verb_event(i, last)  # `X membuat klaim`
                event.cue = (i, i + 2)
            elif low in lex.postposed and self.postposed_position(i):
                event = self.postposed_event(i, last)
            # a ":" token's lower form is ":" too: testing it first reads the text column only at a colon
            elif low == ":" and self.tokens.text[i] == ":" and (i - 1) in self.actor_ending and not self.in_quote[i - 1]:
                event = Event("colon", i, None, self.actor_ending[i - 1])  # `X: "..."`, `Zelensky: 31.000 ...`
            if event is None:
                continue
            self.events.append(event)
            if event.source is not None and event.kind != "claim_of":
                last = event
                if self.structure.is_person(event.source):
                    self.last_person = event
        self.mark_weak()

    def postposed_position(self, i: int) -> bool:
        start, _ = self.sent_bounds(i)
        first = self.first_word(start, i + 1)
        if first == i:
            return True
        prev = self.tokens.text[i - 1]
        return prev in {",", ";"} or prev in QUOTE_MARKS or "\n" in prev or self.low(i - 1) in self.lex.postposed_openers

    def anaphoric(self, kind: str, i: int, last: Optional[Event], head_noun: Optional[str] = None,
                  personal: bool = False) -> Event:
        """A pronoun, a definite description or an elided subject: the last attribution's
        source, else the nearest earlier speaker-capable ACTOR mention. A head noun
        (`Kementerian itu`) must agree with the earlier mention; `kelompok itu` is any
        actor but a person. A personal pronoun (`ia`, `dia`, `-nya`: `katanya`) is the
        person who spoke last, not a state or an organisation named in between."""
        if personal and self.last_person is not None and (last is None or not self.structure.is_person(last.source)):
            last = self.last_person
        agrees = self.agreement(head_noun)
        if last is not None and agrees(last.source):
            return cue_event(kind, i, last.source, explicit=False, resolved_from=last)
        if head_noun in self.lex.anaphor_kinds:  # `Negara itu`: the last speaker of that kind, not a name in between
            for event in reversed(self.events):
                if event.source is not None and event.kind != "claim_of" and agrees(event.source):
                    return cue_event(kind, i, event.source, explicit=False, resolved_from=event)
        for ent in reversed(self.actors):
            if ent.end <= i and self.in_body[ent.start] and self.speaker_capable(ent) and agrees(ent):
                return cue_event(kind, i, ent, explicit=False)
        if self.lex.anaphor_kinds.get(head_noun) == "source" and self.last_person is not None:
            return cue_event(kind, i, self.last_person.source, explicit=False, resolved_from=self.last_person)
        return cue_event(kind, i, None, explicit=False)

    def agreement(self, head_noun: Optional[str]):
        """Whether an actor can be what `head_noun` refers back to: its kind (anaphor_kinds:
        `negara` a state, `kelompok` and `pihaknya` anything but a person, `sumber` an
        anonymous source), else a name sharing the noun (`Kementerian itu`)."""
        is_person, kind = self.structure.is_person, self.lex.anaphor_kinds.get(head_noun)
        if head_noun is None:
            return lambda ent: True
        if kind == "state":
            return self.structure.is_state
        if kind == "organisation":
            return lambda ent: not is_person(ent)
        names = self.lex.bare_speaker_nouns.get(head_noun, [head_noun])
        return lambda ent: any(n in f"{ent.text} {ent.kb_id_}".lower() for n in names)

    def pronoun(self, kind: str, i: int, last: Optional[Event], k: int) -> Event:
        """The pronoun at k: a personal one (`dia`) the person who spoke last; `pihaknya`
        an organisation or side (the speaker of its own sentence speaking for their side);
        `mereka` the last attribution."""
        low = self.low(k)
        if low in self.lex.anaphor_kinds and (last is None or self.sent_of[last.anchor] != self.sent_of[i]):
            return self.anaphoric(kind, i, last, low)  # `X mengatakan pihaknya mencatat`: X's side, through X
        return self.anaphoric(kind, i, last, personal=low in self.lex.personal_pronouns)

    def passive_event(self, i: int, last: Optional[Event]) -> Optional[Event]:
        doc, lex = self.doc, self.lex
        k = i + 1
        while k < len(doc) and self.low(k) in lex.agent_markers:
            k += 1
        role = k
        while role < min(len(doc), k + 4) and self.tokens.is_lower[role] and self.low(role) in lex.speaker_nouns:
            role += 1  # `disampaikan juru bicara OCHA Jens Laerke`
        ent = self.actor_starting.get(k) or self.actor_starting.get(role)
        if ent is not None and ent.start == role and role > k:
            ent = self.actor_starting.get(ent.end) or ent  # the person after the organisation
        start, _ = self.sent_bounds(i)
        head = [self.low(j) for j in range(start, i) if not self.tokens.is_punct[j] and not self.tokens.is_space[j]]
        if ent is None:
            after = self.low(i + 1) if i + 1 < len(doc) else ""
            if not head and self.low(i) in lex.elided_passive_openers and after in {",", "bahwa"}:
                return self.anaphoric("passive", i, last)  # `Ditambahkan, ...`
            return None
        is_naming = len(head) in (1, 2) and head[0] in lex.naming_nouns and (len(head) == 1 or head[1] in lex.determiners)
        return cue_event("naming" if is_naming else "passive", i, ent)

    def according_event(self, i: int, last: Optional[Event]) -> Optional[Event]:
        lex = self.lex
        _, end = self.sent_bounds(i)
        if i + 1 < end and self.low(i + 1) in lex.pronouns:
            return self.pronoun("menurut", i, last, i + 1)
        weak = i + 1 < end and self.low(i + 1) in lex.weak_according_to
        for k in range(i + 1, min(end, i + 12)):
            if self.tokens.text[k] in {",", ";"} or self.in_quote[k]:
                break
            ent = self.actor_starting.get(k)
            if ent is not None:  # `menurut sumber keamanan X`: the source itself, not evidence
                return cue_event("menurut", i, ent, weak=weak and ent.start > i + 1)
            head_noun = definite_head(self.tokens, self.lex, k, i + 1)
            if head_noun is not None:
                return self.anaphoric("menurut", i, last, head_noun)
        return None

    def postposed_event(self, i: int, last: Optional[Event]) -> Optional[Event]:
        """`..., kata X`, `” bunyi pernyataan X`, `kata dia`, `kata kementerian itu`."""
        lex = self.lex
        _, end = self.sent_bounds(i)
        for k in range(i + 1, min(end, i + 7)):
            ent = self.actor_starting.get(k)
            if ent is not None:
                following = self.actor_starting.get(ent.end)  # `kata Menteri Pertahanan X Nama` chains
                return cue_event("post", i, following or ent)
            if self.low(k) in lex.pronouns:
                return self.pronoun("post", i, last, k)
            head_noun = definite_head(self.tokens, self.lex, k, i + 1)
            if head_noun is not None:
                return self.anaphoric("post", i, last, head_noun)
            if self.tokens.is_punct[k] or self.tokens.is_space[k] or "\n" in self.tokens.text[k] or self.low(k) in lex.speech_verbs:
                break  # the speaker follows the cue within its own phrase
            if self.low(k) in lex.clause_openers or self.low(k) == "yang":
                break  # `..., jelas bahwa Rusia ...`: not a cue
        return None

    def verb_event(self, i: int, last: Optional[Event]) -> Event:
        """A speech verb with its subject before it: `X (juga) mengatakan`,
        `X, dikutip oleh ..., mengatakan`, `Dia mengatakan`, `Kementerian itu mengatakan`,
        or an elided subject."""
        lex = self.lex
        start, _ = self.sent_bounds(i)
        j = i - 1
        while j >= start and self.low(j) in lex.adverbs:
            j -= 1
        if j < start or self.tokens.is_space[j] or self.tokens.text[j] in QUOTE_MARKS:
            return self.elided(i, last)
        ent = self.actor_ending_at(j, start)  # also `Militer Israel (IDF) mengklaim`
        if ent is not None and not self.in_quote[ent.start]:
            if not self.speaker_capable(ent):  # `X yang berafiliasi dengan Y mengklaim`: X
                ent = self.subject_before_relative(ent, start) or ent
            if not self.structure.is_person(ent):  # `Pendeta X dari Gereja Y mengatakan`: X
                ent = self.person_before_affiliation(ent, start) or ent
            return cue_event("verb", i, ent)
        low = self.low(j)
        if low in lex.pronouns:
            return self.pronoun("verb", i, last, j)
        head_noun = definite_head(self.tokens, self.lex, j, start)
        if head_noun is not None:
            return self.anaphoric("verb", i, last, head_noun)
        if self.tokens.text[j] == "," or self.tokens.text[j] in "—–":
            ent = self.subject_before_parenthesis(j, start)
            return cue_event("verb", i, ent) if ent is not None else self.elided(i, last)
        if low in lex.clause_openers or self.tokens.is_punct[j]:
            return self.elided(i, last)
        ent = self.subject_before_interposition(j, start)
        return cue_event("verb", i, ent)  # None: a subject that is no actor, `laporan lain menyebut`

    def actor_ending_at(self, j: int, start: int) -> Optional[Span]:
        """The ACTOR ending at token j; for a bracketed acronym there (`X (IDF)`), X, else
        the acronym when it is the one recognised."""
        if self.tokens.text[j] != ")":
            return self.actor_ending.get(j)
        for k in range(j - 1, max(start, j - 4) - 1, -1):
            if self.tokens.text[k] == "(":
                return (self.actor_ending.get(k - 1) if k > start else None) or self.actor_starting.get(k + 1)
        return None

    def subject_before_relative(self, ent: Span, start: int) -> Optional[Span]:
        """`Kelompok X (ACR) yang berafiliasi dengan Y mengklaim`: the subject is X, not Y."""
        for k in range(ent.start - 1, max(start, ent.start - 10) - 1, -1):
            if self.low(k) == "yang":
                found = self.actor_ending_at(k - 1, start) if k > start else None
                return found if found is not None and self.speaker_capable(found) else None
        return None

    def person_before_affiliation(self, ent: Span, start: int) -> Optional[Span]:
        k = ent.start - 1
        if k <= start or self.low(k) not in self.lex.affiliation_prepositions:
            return None
        person = self.actor_ending.get(k - 1)
        return person if person is not None and self.structure.is_person(person) else None

    def subject_before_parenthesis(self, comma: int, start: int) -> Optional[Span]:
        """`Aliyev, dikutip oleh kantor berita negara Azertac, mengatakan`; of a name and
        its role in apposition (`Pendeta X, Ketua Y, mengatakan`) the person."""
        found = self._subject_before_parenthesis(comma, start)
        if found is not None and not self.structure.is_person(found):
            k = found.start - 1
            if k > start and self.tokens.text[k] == ",":
                person = self.actor_ending.get(k - 1)
                if person is not None and self.structure.is_person(person):
                    return person
        return found

    def _subject_before_parenthesis(self, comma: int, start: int) -> Optional[Span]:
        for k in range(comma - 1, max(start, comma - self.lex.subject_window) - 1, -1):
            ent = self.actor_ending.get(k)
            if ent is None or self.in_quote[ent.start]:
                continue
            after = ent.end
            while after < comma and after - ent.end < 4 and self.tokens.is_title[after] and self.tokens.is_alpha[after]:
                after += 1  # `Juru bicara M23 Lawrence Kanyuka, ...`: a name the recognizer missed
            if after < len(self.doc) and self.tokens.text[after] in {",", "—", "–"}:
                return ent
        return None

    def subject_before_interposition(self, j: int, start: int) -> Optional[Span]:
        """`Presiden X dalam percakapan telepon itu menekankan`: an actor, then a phrase
        opened by a preposition or a time word, then the verb. Also an actor followed by
        a capitalised name the entity recognizer missed (`militer Israel Daniel Hagari menyebut`)."""
        for k in range(j, max(start, j - self.lex.subject_window) - 1, -1):
            ent = self.actor_ending.get(k)
            if ent is None:
                continue
            if ent.end > j or not self.speaker_capable(ent):
                return None
            between = self.doc[ent.end:j + 1]
            if self.low(ent.end) in self.lex.interposition:
                return ent
            if self.tokens.text[ent.end] == "," and ent.end + 1 <= j and self.low(ent.end + 1) in self.lex.interposition:
                return ent  # `Nama Orang, dalam keterangan tertulis ..., mengatakan`
            if len(between) <= 4 and all(t.is_title and t.is_alpha for t in between):
                return ent
            return None
        return None

    def elided(self, i: int, last: Optional[Event]) -> Event:
        """No subject before the verb: a coordinated clause shares the subject of the
        sentence's earlier attribution; a leading `Selain/Setelah ...,` clause the
        subject of the main clause; otherwise the last attribution."""
        start, end = self.sent_bounds(i)
        for event in reversed(self.events):
            if event.anchor < start:
                break
            if event.source is not None and event.kind != "claim_of":
                return cue_event("verb", i, event.source, explicit=event.explicit, resolved_from=event)
        first = self.first_word(start, i)
        if first is not None and self.low(first) in self.lex.subordinators:
            comma = next((k for k in range(i, end) if self.tokens.text[k] == "," and not self.in_quote[k]), None)
            if comma is not None:
                for ent in self.actors:
                    if comma < ent.start < end and self.speaker_capable(ent):
                        return cue_event("verb", i, ent, explicit=False)
        return self.anaphoric("verb", i, last)

    def mark_weak(self) -> None:
        """`menurut informasi X` is evidence of another speaker of the same sentence."""
        for event in self.events:
            if event.weak:
                sent = self.sent_of[event.anchor]
                event.weak = any(other is not event and self.sent_of[other.anchor] == sent for other in self.events)


def definite_head(tokens: TokenColumns, lex: AttributionLexicon, determiner: int, start: int) -> Optional[str]:
    """The head noun of `Kementerian itu`, `juru bicara tersebut` ending at `determiner`
    when it names a kind of speaker, or a bare `militer` opening its clause; None otherwise."""
    lower = tokens.lower
    if lower[determiner] in lex.bare_speaker_nouns:
        before = determiner - 1
        opens_clause = before < start or tokens.is_punct[before] or tokens.is_space[before] or (
            lower[before] in lex.clause_openers or lower[before] in lex.according_to)
        return lower[determiner] if opens_clause else None
    if (determiner > start and lower[determiner - 1] in lex.definite_before
            and lower[determiner] in lex.speaker_nouns):
        return lower[determiner]  # `sang sumber`
    if lower[determiner] not in lex.determiners:
        return None
    k = determiner - 1
    while k >= start and tokens.is_alpha[k] and lower[k] in lex.speaker_nouns:
        k -= 1
    if k == determiner - 1:
        return None
    return lower[k + 1]
