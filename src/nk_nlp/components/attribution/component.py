"""nk_attribution: who says each claim and each quote (annotation.md, "Attribution").

Two passes over the article body:

1. Attribution events, in text order: every cue word (a speech verb with its
   subject before it, a postposed `kata X` / `ujarnya`, `menurut X`, a passive
   `diumumkan oleh X`, a naming sentence `Klaim disampaikan X`) with the ACTOR
   entity it makes responsible. Pronouns and elided subjects are resolved to the
   source of the last attribution before them (else to the nearest earlier
   speaker-capable ACTOR mention), across sentences and paragraphs.
2. Every claim and quote picks its event: for a quote the cue right after its
   closing mark, else the one before its opening mark (also across a colon or a
   line), else the previous quote's speaker; for a claim the nearest cue before it
   in its sentence (else a postposed one after it), overridden by a naming
   sentence that follows, else carried from an earlier attributed claim of the
   same number. No event: the article's own voice (source null).

The results are plain data on the spans: Span._.source {"start","end","text","canonical"},
Span._.cue {"start","end","text"}, Span._.media [{"start","end","text"}, ...].
The knowledge (cue words, pronouns, media cues, ...) is pipeline/lexicons/attribution.json.
"""

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Dict, Iterable, List, Optional, Sequence, Set, Tuple, Union

import srsly
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.training import Example
from spacy.util import ensure_path, registry

from nk_nlp.text.doc_view import TokenColumns
from nk_nlp.extensions import BODY, CLAIMS, QUOTES, register_extensions
from nk_nlp.extensions import span_ref

LEXICON_FILE = "attribution.json"
QUOTE_MARKS = set('"“”„')
SENTENCE_END = set(".!?")


@Language.factory("nk_attribution", default_config={"scorer": {"@scorers": "nk_nlp.attribution_scorer.v1"}})
def make_attribution(nlp: Language, name: str, scorer: Optional[Callable]):
    register_extensions()
    return Attribution(name, scorer)


class AttributionLexicon:
    """The word lists of attribution.json, as lower-case sets."""

    def __init__(self, data: Dict):
        self.data = {k: v for k, v in data.items() if not k.startswith("_")}
        words = lambda key: {w.lower() for w in self.data.get(key, [])}  # noqa: E731
        self.speech_verbs = words("speech_verbs")
        self.postposed = words("postposed_verbs")
        self.postposed_nya = {w + "nya" for w in self.postposed} | words("postposed_pronoun_forms_extra")
        self.postposed_openers = words("postposed_openers")
        self.headline_verbs = words("headline_verbs")
        self.elided_passive_openers = words("elided_passive_openers")
        self.speaker_nouns = words("speaker_nouns")
        self.bare_speaker_nouns = {k.lower(): [w.lower() for w in v] for k, v in self.data.get("bare_speaker_nouns", {}).items()}
        self.according_to = words("according_to")
        self.weak_according_to = words("weak_according_to_nouns")
        self.passive_verbs = words("passive_verbs")
        self.agent_markers = words("passive_agent_markers")
        self.naming_nouns = words("naming_nouns")
        self.determiners = words("naming_determiners")
        self.pronouns = words("pronouns")
        self.adverbs = words("adverbs")
        self.clause_openers = words("clause_openers")
        self.subordinators = words("subordinators")
        self.interposition = words("interposition_starts")
        self.non_speaker_before = words("non_speaker_before")
        self.media_cues = words("media_cues")
        self.publisher_punct = set(self.data.get("publisher_line_punct", []))
        self.subject_window = int(self.data.get("subject_window", 15))
        self.media_window = int(self.data.get("media_cue_window", 6))

    @classmethod
    def from_dir(cls, path: Union[str, Path]) -> "AttributionLexicon":
        return cls(srsly.read_json(Path(path) / LEXICON_FILE))


@dataclass
class Event:
    """One attribution in the text: where it stands, its cue word and the actor it makes responsible."""

    kind: str  # verb, post, nya, menurut, passive, naming, claim_of, colon, carried
    anchor: int  # token index that places the event in the text (the cue word, or the colon)
    cue: Optional[Tuple[int, int]]  # token range of the cue word; None for `X: "..."`
    source: Optional[Span]  # an ACTOR entity of doc.ents
    explicit: bool = True  # False when the source was reached through a pronoun or an elided subject
    media: List[Span] = field(default_factory=list)
    weak: bool = False  # `menurut informasi X` inside another speaker's sentence
    resolved_from: Optional["Event"] = None


def cue_event(kind: str, i: int, source: Optional[Span], **kwargs) -> Event:
    return Event(kind, i, (i, i + 1), source, **kwargs)


class Attribution:
    def __init__(self, name: str, scorer: Optional[Callable] = None, lexicon: Optional[AttributionLexicon] = None):
        self.name = name
        self.scorer = scorer
        self.lexicon = lexicon

    def initialize(self, get_examples: Optional[Callable] = None, nlp: Optional[Language] = None,
                   lexicon_dir: Optional[Union[str, Path]] = None) -> None:
        if lexicon_dir is None:
            raise ValueError("nk_attribution needs lexicon_dir (pipeline/lexicons) at initialize")
        self.lexicon = AttributionLexicon.from_dir(lexicon_dir)

    def to_disk(self, path, exclude=tuple()) -> None:
        path = ensure_path(path)
        path.mkdir(parents=True, exist_ok=True)
        if self.lexicon is not None:
            srsly.write_json(path / LEXICON_FILE, self.lexicon.data)

    def from_disk(self, path, exclude=tuple()) -> "Attribution":
        path = ensure_path(path)
        if (path / LEXICON_FILE).exists():
            self.lexicon = AttributionLexicon.from_dir(path)
        return self

    def score(self, examples: Iterable[Example], **kwargs) -> Dict:
        return self.scorer(examples, **kwargs) if self.scorer is not None else {}

    def __call__(self, doc: Doc) -> Doc:
        if self.lexicon is None:
            raise ValueError("nk_attribution is not initialized: run nlp.initialize() with its lexicon_dir")
        DocAttribution(doc, self.lexicon).run()
        return doc


def media_key(text: str) -> str:
    text = re.sub(r"\.(com|co\.id|id|net|org|tv)$", "", text.lower().strip())
    return re.sub(r"[^0-9a-z]", "", text)


class DocAttribution:
    """The attribution of one Doc (a fresh object per Doc: nothing leaks between docs)."""

    def __init__(self, doc: Doc, lexicon: AttributionLexicon):
        self.doc = doc
        self.lex = lexicon
        self.tokens = TokenColumns(doc)
        self._text: Optional[str] = None
        self._claim_numbers: Dict[Tuple[int, int], Optional[Tuple]] = {}  # claim_number by claim (start, end), this doc only
        ents = doc.ents  # spaCy builds the entity Spans again at each `doc.ents`
        self.actors = [e for e in ents if e.label_ == "ACTOR"]
        self.media_ents = [e for e in ents if e.label_ == "MEDIA"]
        self.actor_starting = {e.start: e for e in self.actors}
        self.actor_ending = {e.end - 1: e for e in self.actors}
        self.quotes = sorted(doc.spans.get(QUOTES, []), key=lambda s: s.start)
        self.claims = sorted(doc.spans.get(CLAIMS, []), key=lambda s: s.start)
        self.in_quote = self._mask(self.quotes)
        self.in_claim = self._mask(self.claims)
        self.in_body = self._mask(doc.spans[BODY]) if BODY in doc.spans else [True] * len(doc)
        self.sentences = self._sentences()
        self.sent_of = [0] * len(doc)
        for n, (start, end) in enumerate(self.sentences):
            for i in range(start, end):
                self.sent_of[i] = n
        self.publisher_keys = self._publishers()
        self.events: List[Event] = []

    # -- structure ---------------------------------------------------------
    def _mask(self, spans: Iterable[Span]) -> List[bool]:
        mask = [False] * len(self.doc)
        for span in spans:
            for i in range(span.start, span.end):
                mask[i] = True
        return mask

    def _sentences(self) -> List[Tuple[int, int]]:
        """Sentences for attribution: the Doc's, never cutting a quote, and with a
        lower-case continuation after a closing mark (`."` `ujarnya.`) kept with it."""
        doc = self.doc
        if doc.has_annotation("SENT_START"):
            sents = [(s.start, s.end) for s in doc.sents]
        else:
            sents = [(0, len(doc))]
        merged: List[List[int]] = []
        for start, end in sents:
            if merged and self._continues(merged[-1], start):
                merged[-1][1] = end
            else:
                merged.append([start, end])
        return [(s, e) for s, e in merged]

    def _continues(self, previous: List[int], start: int) -> bool:
        tok = self.tokens
        if any(q.start < start < q.end + 1 for q in self.quotes):
            return True  # a sentence boundary inside a quote, or right before its closing mark
        first, last = tok.text[start], tok.text[previous[1] - 1]
        if "\n" in first:
            return False
        if first in QUOTE_MARKS and last in SENTENCE_END:
            return True  # `...!` `” bunyi pernyataan X`
        if last in QUOTE_MARKS and (tok.is_lower[start] or tok.is_punct[start]):
            return True  # `..."` `ujarnya.`
        return False

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = self.tokens.doc_text()
        return self._text

    def _publishers(self) -> Set[str]:
        """Keys of the publishing outlet: a MEDIA entity heading a line (`VIVA –`,
        `SALAM-ONLINE.COM:`), in a dateline (`KARABAKH (Arrahmah.com)`,
        `GAZA, Republika.co.id --`) or in a credit line."""
        text = self.text
        keys: Set[str] = set()
        for ent in self.media_ents:
            line_start = text.rfind("\n", 0, ent.start_char) + 1
            line_end = text.find("\n", ent.end_char)
            line_end = len(text) if line_end < 0 else line_end
            before = text[line_start:ent.start_char].replace("\u00a0", " ")
            after = text[ent.end_char:line_end].replace("\u00a0", " ").lstrip()
            line = text[line_start:line_end].strip()
            heads_line = not before.strip() and (not after or after[0] in self.lex.publisher_punct)
            dateline = re.fullmatch(r"\s*[A-Z][A-Z .'-]*[(,]\s*", before) is not None and (
                not after or after[0] in self.lex.publisher_punct
            )
            credit = line.startswith("(") and line.endswith(")") and len(line) < 80
            if heads_line or dateline or credit:
                keys.update(self._media_keys(ent))
        return keys

    @staticmethod
    def _media_keys(ent: Span) -> Set[str]:
        keys = {media_key(ent.text)}
        if ent.kb_id_:
            keys.add(media_key(ent.kb_id_))
        return {k for k in keys if k}

    def is_publisher(self, ent: Span) -> bool:
        for key in self._media_keys(ent):
            for pub in self.publisher_keys:
                if key == pub or (min(len(key), len(pub)) >= 3 and (key.startswith(pub) or pub.startswith(key))):
                    return True
        return False

    def low(self, i: int) -> str:
        return self.tokens.lower[i]

    def sent_bounds(self, i: int) -> Tuple[int, int]:
        return self.sentences[self.sent_of[i]]

    def first_word(self, start: int, end: int) -> Optional[int]:
        is_space, is_punct = self.tokens.is_space, self.tokens.is_punct
        return next((k for k in range(start, end) if not is_space[k] and not is_punct[k]), None)

    def speaker_capable(self, ent: Span) -> bool:
        if self.in_quote[ent.start] or self.in_claim[ent.start]:
            return False
        return ent.start == 0 or self.low(ent.start - 1) not in self.lex.non_speaker_before

    # -- pass 1: events ----------------------------------------------------
    def run(self) -> None:
        self.find_events()
        for event in self.events:
            self.attach_media(event)
        quote_events: Dict[int, Optional[Event]] = {}
        for n, quote in enumerate(self.quotes):
            previous = (self.quotes[n - 1], quote_events[n - 1]) if n else None
            quote_events[n] = self.quote_event(quote, previous)
            self.write(quote, self.as_result(quote_events[n], quote))
        claim_results: List[Tuple[Span, Dict]] = []
        for claim in self.claims:
            container = next((n for n, q in enumerate(self.quotes) if q.start <= claim.start and claim.end <= q.end), None)
            if container is not None:
                result = self.as_result(quote_events[container], self.quotes[container])
            else:
                result = self.claim_result(claim, claim_results)
            claim_results.append((claim, result))
            self.write(claim, result)

    def find_events(self) -> None:
        doc, lex = self.doc, self.lex
        last: Optional[Event] = None  # the last attribution with a source, for pronouns
        for i, low in enumerate(self.tokens.lower):
            if not self.in_body[i] or self.in_quote[i]:
                continue
            event: Optional[Event] = None
            if low in lex.postposed_nya:
                event = self.anaphoric("nya", i, last)
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
        self.mark_weak()

    def postposed_position(self, i: int) -> bool:
        start, _ = self.sent_bounds(i)
        first = self.first_word(start, i + 1)
        if first == i:
            return True
        prev = self.tokens.text[i - 1]
        return prev in {",", ";"} or prev in QUOTE_MARKS or "\n" in prev or self.low(i - 1) in self.lex.postposed_openers

    def anaphoric(self, kind: str, i: int, last: Optional[Event], head_noun: Optional[str] = None) -> Event:
        """A pronoun, a definite description or an elided subject: the last attribution's
        source, else the nearest earlier speaker-capable ACTOR mention. A head noun
        (`Kementerian itu`) must agree with the earlier mention."""
        names = [head_noun] if head_noun is None or head_noun not in self.lex.bare_speaker_nouns else self.lex.bare_speaker_nouns[head_noun]
        agrees = lambda ent: head_noun is None or any(n in f"{ent.text} {ent.kb_id_}".lower() for n in names)  # noqa: E731
        if last is not None and agrees(last.source):
            return cue_event(kind, i, last.source, explicit=False, resolved_from=last)
        for ent in reversed(self.actors):
            if ent.end <= i and self.in_body[ent.start] and self.speaker_capable(ent) and agrees(ent):
                return cue_event(kind, i, ent, explicit=False)
        return cue_event(kind, i, None, explicit=False)

    def definite(self, determiner: int, start: int) -> Optional[str]:
        """The head noun of `Kementerian itu`, `juru bicara tersebut` ending at `determiner`
        when it names a kind of speaker, or a bare `militer` opening its clause; None otherwise."""
        if self.low(determiner) in self.lex.bare_speaker_nouns:
            before = determiner - 1
            opens_clause = before < start or self.tokens.is_punct[before] or self.tokens.is_space[before] or (
                self.low(before) in self.lex.clause_openers or self.low(before) in self.lex.according_to)
            return self.low(determiner) if opens_clause else None
        if self.low(determiner) not in self.lex.determiners:
            return None
        k = determiner - 1
        while k >= start and self.tokens.is_alpha[k] and self.low(k) in self.lex.speaker_nouns:
            k -= 1
        if k == determiner - 1:
            return None
        return self.low(k + 1)

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
        doc, lex = self.doc, self.lex
        _, end = self.sent_bounds(i)
        if i + 1 < end and self.low(i + 1) in lex.pronouns:
            return self.anaphoric("menurut", i, last)
        weak = i + 1 < end and self.low(i + 1) in lex.weak_according_to
        for k in range(i + 1, min(end, i + 12)):
            if self.tokens.text[k] in {",", ";"} or self.in_quote[k]:
                break
            ent = self.actor_starting.get(k)
            if ent is not None:
                return cue_event("menurut", i, ent, weak=weak)
            head_noun = self.definite(k, i + 1)
            if head_noun is not None:
                return self.anaphoric("menurut", i, last, head_noun)
        return None

    def postposed_event(self, i: int, last: Optional[Event]) -> Optional[Event]:
        """`..., kata X`, `” bunyi pernyataan X`, `kata dia`, `kata kementerian itu`."""
        doc, lex = self.doc, self.lex
        _, end = self.sent_bounds(i)
        for k in range(i + 1, min(end, i + 7)):
            ent = self.actor_starting.get(k)
            if ent is not None:
                following = self.actor_starting.get(ent.end)  # `kata Menteri Pertahanan X Nama` chains
                return cue_event("post", i, following or ent)
            if self.low(k) in lex.pronouns:
                return self.anaphoric("post", i, last)
            head_noun = self.definite(k, i + 1)
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
        doc, lex = self.doc, self.lex
        start, _ = self.sent_bounds(i)
        j = i - 1
        while j >= start and self.low(j) in lex.adverbs:
            j -= 1
        if j < start or self.tokens.is_space[j] or self.tokens.text[j] in QUOTE_MARKS:
            return self.elided(i, last)
        ent = self.actor_ending.get(j)
        if ent is not None and not self.in_quote[ent.start]:
            return cue_event("verb", i, ent)
        low = self.low(j)
        if low in lex.pronouns:
            return self.anaphoric("verb", i, last)
        head_noun = self.definite(j, start)
        if head_noun is not None:
            return self.anaphoric("verb", i, last, head_noun)
        if self.tokens.text[j] == "," or self.tokens.text[j] in "—–":
            ent = self.subject_before_parenthesis(j, start)
            return cue_event("verb", i, ent) if ent is not None else self.elided(i, last)
        if low in lex.clause_openers or self.tokens.is_punct[j]:
            return self.elided(i, last)
        ent = self.subject_before_interposition(j, start)
        return cue_event("verb", i, ent)  # None: a subject that is no actor, `laporan lain menyebut`

    def subject_before_parenthesis(self, comma: int, start: int) -> Optional[Span]:
        """`Aliyev, dikutip oleh kantor berita negara Azertac, mengatakan`."""
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

    # -- media -------------------------------------------------------------
    def attach_media(self, event: Event) -> None:
        event.media = self.relaying_media(self.event_region(event))
        origin = event.resolved_from
        if origin is not None:
            seen = {(m.start, m.end) for m in event.media}
            event.media = sorted(event.media + [m for m in origin.media if (m.start, m.end) not in seen],
                                 key=lambda m: m.start)

    def event_region(self, event: Event) -> Tuple[int, int]:
        """The event's sentence, cut at the other events in it."""
        start, end = self.sent_bounds(event.anchor)
        for other in self.events:
            if other is event or not (start <= other.anchor < end):
                continue
            if other.anchor < event.anchor:
                start = max(start, other.anchor + 1)
            elif other.anchor > event.anchor:
                end = min(end, other.anchor)
        source = event.source
        if source is not None and source.start < start and self.sent_of[source.start] == self.sent_of[event.anchor]:
            start = source.start
        return start, end

    def relaying_media(self, region: Tuple[int, int]) -> List[Span]:
        """MEDIA mentions of the region that relay: after a media cue (`dikutip`,
        `lansir`, `akun`, `kepada`, ...) or reporting themselves (`Al Jazeera melaporkan`)."""
        start, end = region
        lex = self.lex
        found: List[Span] = []
        for ent in self.media_ents:
            if not (start <= ent.start and ent.end <= end) or self.in_quote[ent.start] or self.is_publisher(ent):
                continue
            window = range(max(start, ent.start - lex.media_window), ent.start)
            after = ent.end
            while after < len(self.doc) and self.low(after) in lex.adverbs:
                after += 1
            reports = after < len(self.doc) and self.low(after) in lex.speech_verbs
            if reports or any(self.low(k) in lex.media_cues for k in window):
                found.append(ent)
        return found

    # -- pass 2: claims and quotes -------------------------------------------
    def quote_event(self, quote: Span, previous: Optional[Tuple[Span, Optional[Event]]]) -> Optional[Event]:
        """The cue right after the closing mark, else the last one before the opening
        mark in the sentence, else a speaker on the line before a colon, else a naming
        sentence after the quote (`Demikian disampaikan X`), else the previous quote's speaker."""
        sent_start, sent_end = self.sent_bounds(quote.start)
        close = quote.end  # the closing mark's token
        for event in self.events:
            anchor = event.anchor
            if event.kind == "verb" and event.explicit and event.source is not None and event.source.start >= close:
                anchor = min(anchor, event.source.start)  # `"...," Menteri X mengatakan.`
            if close <= anchor < sent_end and anchor - close <= 8 and not self.crosses_sentence_end(close, anchor):
                if event.kind != "claim_of":
                    return event
        head = [e for e in self.events if sent_start <= e.anchor < quote.start and not e.weak and e.kind != "claim_of"]
        if head:
            return head[-1]
        for event in (self.line_before_colon(quote), self.naming_after(quote), self.continued_quote(quote, previous)):
            if event is not None:
                return event
        return self.speaker_of_previous_sentence(quote, sent_start)

    def speaker_of_previous_sentence(self, quote: Span, sent_start: int) -> Optional[Event]:
        """A quote opening its sentence with no cue anywhere near continues the speaker of
        the sentence just before it (`X menjelaskan, ... . "Kami ..."`)."""
        if self.first_word(sent_start, quote.start) is not None or sent_start == 0:
            return None
        previous_sent = self.sent_of[sent_start - 1]
        candidates = [e for e in self.events if self.sent_of[e.anchor] == previous_sent
                      and e.source is not None and e.kind != "claim_of" and not e.weak]
        if not candidates:
            return None
        event = candidates[-1]
        return Event("carried", quote.start, None, event.source, explicit=False, media=list(event.media))

    def crosses_sentence_end(self, start: int, end: int) -> bool:
        text = self.tokens.text
        return any(text[k] in SENTENCE_END or "\n" in text[k] for k in range(start + 1, end))

    def line_before_colon(self, quote: Span) -> Optional[Event]:
        """`Zelensky menulis di Telegram:` on the line before the quote."""
        doc = self.doc
        k = quote.start - 2  # the token before the opening mark
        while k >= 0 and self.tokens.is_space[k]:
            k -= 1
        if k < 0 or self.tokens.text[k] != ":":
            return None
        before = [e for e in self.events if e.anchor <= k and self.sent_of[e.anchor] == self.sent_of[k]]
        return before[-1] if before else None

    def naming_after(self, quote: Span) -> Optional[Event]:
        sent = self.sent_of[quote.end] if quote.end < len(self.doc) else self.sent_of[quote.start]
        if sent + 1 >= len(self.sentences):
            return None
        start, _ = self.sentences[sent + 1]
        first = self.first_word(start, self.sentences[sent + 1][1])
        for event in self.events:
            if event.kind == "naming" and self.sent_of[event.anchor] == sent + 1 and first is not None:
                return event
        return None

    def continued_quote(self, quote: Span, previous: Optional[Tuple[Span, Optional[Event]]]) -> Optional[Event]:
        """A quote standing alone right after an attributed quote continues its speaker."""
        if previous is None or previous[1] is None or previous[1].source is None:
            return None
        previous_quote, previous_event = previous
        if self.text[previous_quote.end_char:quote.start_char].count("\n\n") > 1:
            return None
        attribution_end = max(previous_quote.end + 1, previous_event.anchor + 1,
                              previous_event.source.end if previous_event.source.start > previous_quote.end else 0)
        gap = [t for t in self.doc[attribution_end:max(attribution_end, quote.start - 1)] if t.is_alpha]
        if len(gap) > 6 or any(previous_quote.end <= e.anchor < quote.start and e is not previous_event for e in self.events):
            return None
        return Event("carried", quote.start, None, previous_event.source, explicit=False, media=list(previous_event.media))

    def claim_event(self, claim: Span) -> Optional[Event]:
        """The nearest attribution before the claim in its sentence, else a postposed one after it."""
        sent = self.sent_of[claim.start]
        start, _ = self.sentences[sent]
        same = [e for e in self.events if self.sent_of[e.anchor] == sent and e.kind != "claim_of"]
        same = [e for e in same if e.kind != "colon" or e.anchor - start <= 8]  # `Zelensky: ...` heads a sentence
        strong = [e for e in same if not e.weak] or same
        before = [e for e in strong if e.anchor < claim.start]
        if before:
            return before[-1]
        after = [e for e in strong if e.anchor >= claim.end and (e.kind in ("post", "nya", "menurut", "passive")
                                                                  or self.ends_sentence(e))]
        return after[0] if after else None

    def ends_sentence(self, event: Event) -> bool:
        """`..., Kementerian Kesehatan Gaza mengatakan.`: a speech verb closing its sentence."""
        if event.kind != "verb" or event.cue is None:
            return False
        _, end = self.sent_bounds(event.anchor)
        rest = [t for t in self.doc[event.cue[1]:end] if not t.is_space]
        return all(t.is_punct for t in rest)

    def naming_event(self, claim: Span, current: Optional[Event]) -> Optional[Event]:
        """A sentence right after the claim's that names who made it: `Klaim
        disampaikan X` outright; `klaim X` when X names the same side more specifically."""
        sent = self.sent_of[claim.start]
        for event in self.events:
            if self.sent_of[event.anchor] != sent + 1:
                continue
            if event.kind == "naming":
                return event
            if event.kind == "claim_of" and (
                current is None or current.source is None or self.more_specific(event.source, current.source)
            ):
                return event
        return None

    @staticmethod
    def more_specific(named: Span, current: Span) -> bool:
        """`Kementerian Pertahanan Azerbaijan` names `Baku` (canonical Azerbaijan) more precisely."""
        side = (current.kb_id_ or current.text).lower()
        name = f"{named.kb_id_} {named.text}".lower()
        return bool(side) and side in name and (named.kb_id_ or named.text).lower() != side

    def claim_result(self, claim: Span, earlier: List[Tuple[Span, Dict]]) -> Dict:
        event = self.claim_event(claim)
        local_cue = self.cue_ref(event)
        naming = self.naming_event(claim, event)
        if naming is not None:
            result = self.as_result(naming, claim)
            if local_cue is not None:
                result["cue"] = local_cue
                result["media"] = self.merge_media(event.media, naming.media)
            return result
        if event is None or event.source is None or not event.explicit:
            repeated = self.repeated_from(claim, earlier)
            if repeated is not None:
                return dict(repeated, cue=local_cue or repeated["cue"])
        return self.as_result(event, claim)

    def repeated_from(self, claim: Span, earlier: List[Tuple[Span, Dict]]) -> Optional[Dict]:
        key = self.claim_number(claim)
        if key is None:
            return None
        for other, result in reversed(earlier):
            if result["source"] is not None and self.claim_number(other) == key:
                return result
        return None

    def claim_number(self, claim: Span) -> Optional[Tuple]:
        key = (claim.start, claim.end)
        if key not in self._claim_numbers:
            self._claim_numbers[key] = self._claim_number(claim)
        return self._claim_numbers[key]

    def _claim_number(self, claim: Span) -> Optional[Tuple]:
        ext = claim._  # spaCy makes a new Underscore at each `claim._`
        value, low, high = ext.value, ext.low, ext.high
        if value is not None or low is not None or high is not None:
            return (value, low, high, ext.category)
        return (self.low(claim.start),) if len(claim) else None

    @staticmethod
    def merge_media(*groups: Sequence[Span]) -> List[Dict]:
        seen, merged = set(), []
        for m in sorted((m for g in groups for m in g), key=lambda m: m.start):
            if (m.start, m.end) not in seen:
                seen.add((m.start, m.end))
                merged.append(span_ref(m))
        return merged

    def cue_ref(self, event: Optional[Event]) -> Optional[Dict]:
        if event is None or event.cue is None or event.source is None:
            return None
        return span_ref(self.doc[event.cue[0]:event.cue[1]])

    def as_result(self, event: Optional[Event], target: Span) -> Dict:
        if event is None or event.source is None:
            # the article's own voice; an outlet it relays still counts (`..., lapor WAFA`)
            return {"source": None, "cue": None, "media": self.merge_media(self.relaying_media(self.sent_bounds(target.start)))}
        return {"source": span_ref(event.source, canonical=True), "cue": self.cue_ref(event), "media": self.merge_media(event.media)}

    def write(self, span: Span, result: Dict) -> None:
        ext = span._
        for name, value in result.items():
            setattr(ext, name, value)
