"""Generate the entity-ruler patterns from the knowledge base.

    python -m nk_nlp.knowledge.patterns [KB_DIR] [OUT_DIR]     (defaults: pipeline/kb, pipeline/patterns)

writes two JSONL files, committed with the repo and loaded by the entity_ruler at
initialize (reader nk_nlp.read_patterns.v1):

- entities_kb.jsonl: one phrase pattern per knowledge-base name (matched on LOWER; the
  nk_entity_resolver rejects a lower-case match of a capitalised name);
- entities_context.jsonl: token patterns for names the knowledge base lacks, found by
  their shape and context: title or rank + capitalised name, institution noun + owner,
  force noun + owner, place classifier or locative preposition + name, dateline,
  outlet shapes (domains, `kantor berita X`, `dilansir X`), speech cue + name.
  These spans include their trigger word; the resolver trims it (annotation.md keeps
  classifiers and descriptors outside the span).

Every pattern carries an `id` naming its family, so the ruler's choices can be traced.
"""

import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Dict, List, Set, Tuple

import srsly

from nk_nlp.data import packaged
from nk_nlp.knowledge.kb import Knowledge

PIPELINE = packaged("pipeline")

# A capitalised name piece (Title, UPPER, SINDOnews), a hyphen inside a name, or a
# lower-case particle of Arabic / European names.
NAME_TOKEN_REGEX = r"^(?:[A-Z][\w'’.]*|-|al|el|bin|ibn|von|der|van)$"
UPPER_TOKEN_REGEX = r"^[A-Z][A-Z'’.]{2,}$"
DOMAIN_REGEX = (
    r"(?i)^(?:www\.)?[a-z0-9][a-z0-9-]*\.(?:co\.id|co\.uk|com|id|net|org|tv|news|info|ru|ua|il|az|am|tr)$"
)
DASHES = ["-", "–", "—"]


def _name(stop: List[str], op: str) -> Dict:
    return {"TEXT": {"REGEX": NAME_TOKEN_REGEX}, "LOWER": {"NOT_IN": stop}, "OP": op}


def _first_name(stop: List[str]) -> Dict:
    # A name starts with a capital (not a hyphen or particle).
    return {"TEXT": {"REGEX": r"^[A-Z]"}, "LOWER": {"NOT_IN": stop}}


def _grouped(phrases: List[str], capitalised: bool = False) -> List[List[Dict]]:
    """Token prefixes matching exactly the `phrases`, in as few patterns as a set test per
    token allows (the Matcher tries every pattern at every token; a set test is far cheaper):
    phrases of one length that differ only in their last word share a pattern, and so do
    those groups that differ only in their first word (`kapal perang`, `kapal selam` ->
    `kapal {perang, selam}`; every pattern still matches only listed phrases)."""
    def token(words: Set[str]) -> Dict:
        if capitalised:
            return {"ORTH": {"IN": sorted({v for w in words for v in (w[:1].upper() + w[1:], w.upper())})}}
        return {"LOWER": next(iter(words))} if len(words) == 1 else {"LOWER": {"IN": sorted(words)}}

    lasts: Dict[Tuple[str, ...], Set[str]] = defaultdict(set)
    for phrase in {tuple(p.split()) for p in phrases}:
        lasts[phrase[:-1]].add(phrase[-1])
    firsts: Dict[Tuple, Set[str]] = defaultdict(set)
    for head, last_words in lasts.items():
        if head:
            firsts[(head[1:], frozenset(last_words))].add(head[0])
    prefixes = [[token(lasts[()])]] if () in lasts else []
    for (middle, last_words), first_words in firsts.items():
        prefixes.append([token(first_words)] + [token({w}) for w in middle] + [token(set(last_words))])
    return sorted(prefixes, key=lambda p: json.dumps(p, sort_keys=True))


def kb_patterns(kb: Knowledge) -> List[Dict]:
    patterns = []
    for label, alias in sorted(kb.surface_forms()):
        patterns.append({"label": label, "pattern": alias, "id": "kb"})
    # Reduplicated plurals are one token: `rudal-rudal`, `tank-tank`.
    single = sorted({g.lower() for item in kb.equipment for g in item.get("generic", []) if " " not in g and g.islower()})
    patterns.append({"label": "EQUIPMENT", "id": "reduplicated",
                     "pattern": [{"LOWER": {"IN": [f"{g}-{g}" for g in single]}}]})
    # Heads with a modifier after them: `rudal pencegat`, `drone serang`, `peluncur roket ganda`.
    modifiers = sorted({w for m in kb.words("equipment_modifiers") for w in m.split()})
    heads = sorted({g.lower() for item in kb.equipment for g in item.get("generic", []) if g.islower()})
    for head in _grouped(heads):
        patterns.append({"label": "EQUIPMENT", "id": "equipment_modifier",
                         "pattern": head + [{"LOWER": {"IN": modifiers}, "OP": "+"}]})
    counted = sorted({w for item in kb.equipment for w in item.get("counted", [])})
    if counted:
        # Vehicles count as equipment among losses (`55 mobil`); the resolver drops the number.
        patterns.append({"label": "EQUIPMENT", "id": "counted_vehicle",
                         "pattern": [{"LIKE_NUM": True}, {"LOWER": {"IN": counted}}]})
    return patterns


def context_patterns(kb: Knowledge) -> List[Dict]:
    stop = kb.words("name_stopwords")
    hashtag = {"ORTH": "#", "OP": "?"}
    patterns: List[Dict] = []

    # An owner ends before the next force, institution, title or weapon word, so that
    # `Pasukan Azerbaijan Eksekusi Tentara Armenia` leaves `Tentara Armenia` its own match.
    heads = kb.words("force_nouns") + kb.words("institution_heads") + kb.words("titles")
    heads += [g for item in kb.equipment for g in item.get("generic", [])]
    owner_stop = sorted(set(stop) | {h.split()[0] for h in heads})

    def add(label: str, family: str, head: List[Dict], name_max: int, first_stop: List[str] = (),
            owner: bool = False) -> None:
        words_stop = owner_stop if owner else stop
        first = _first_name(words_stop + list(first_stop))
        rest = [_name(words_stop, f"{{0,{name_max - 1}}}")] if name_max > 1 else []
        patterns.append({"label": label, "id": family, "pattern": head + [hashtag, first] + rest})

    # Title or rank, capitalised, + name and/or owner: `Menteri Pertahanan Azerbaijan Zakir Hasanov`.
    # One pattern for all title words (the Matcher tries every pattern at every token).
    title_forms = set()
    for head in {t.split()[0] for t in kb.words("titles")}:
        title_forms.add(head[:1].upper() + head[1:])
        if len(head) <= 4:  # PM, KSAL: also in capitals
            title_forms.add(head.upper())
    add("ACTOR", "title", [{"ORTH": {"IN": sorted(title_forms)}}], 10)
    # A title with a unit code (digits or Roman numerals, a name after the slash), then maybe
    # a rank and a name: `Kapendam XIV/Abc`, `Komandan Kodim 1234/Xyz Letkol Inf Nama Orang`.
    patterns.append({"label": "ACTOR", "id": "title", "pattern": [
        {"ORTH": {"IN": sorted(title_forms)}}, _name(stop, "{0,3}"), {"TEXT": {"REGEX": r"^(?:\d+|[IVXL]+)$"}},
        {"ORTH": "/"}, _first_name(stop), _name(stop, "{0,7}")]})
    # Institution noun + fields + owner: `kementerian luar negeri Rusia`, `pemerintah Armenia`.
    fields = sorted({w for f in kb.words("ministry_fields") for w in f.split()})
    for head in _grouped(kb.words("institution_heads")):
        add("ACTOR", "institution", head + [{"LOWER": {"IN": fields}, "OP": "*"}], 4, owner=True)
    # Force noun + modifiers + owner: `pasukan sniper militer Azerbaijan`, `milisi Houthi`.
    modifiers = sorted({w for m in kb.words("force_modifiers") for w in m.split()})
    for head in _grouped(kb.words("force_nouns")):
        add("ACTOR", "force", head + [{"LOWER": {"IN": modifiers}, "OP": "*"}], 3, owner=True)
    # Place classifier + name: `desa Talysh`, `distrik Jabrayil`, `kota Pokrovsk`.
    for head in _grouped(kb.words("place_classifiers")):
        add("PLACE", "place_classifier", head, 3)
    # Locative preposition + name: `di Kherson`, `ke Rafah`, `dari X`, `ke arah X`.
    for head in _grouped(kb.words("locative_heads")):
        add("PLACE", "locative", head, 3, kb.words("locative_name_stop"))
    # A list opened after a place noun: `dua desa, yakni X dan Y` (the rest of the list joins in the resolver).
    place_nouns = [p for p in kb.words("place_classifiers") if " " not in p]
    place_nouns += [f"{p}-{p}" for p in place_nouns]
    for opener in _grouped(kb.words("list_openers")):
        patterns.append({"label": "PLACE", "id": "place_list", "pattern": [{"LOWER": {"IN": sorted(place_nouns)}},
                         {"ORTH": ",", "OP": "?"}] + opener + [_first_name(stop), _name(stop, "{0,2}")]})
    # Taking ground: `merebut X`, headline `Kuasai X`.
    for head in _grouped(kb.words("capture_verbs")):
        add("PLACE", "capture", head, 3, kb.words("locative_name_stop"), owner=True)
    # Organisation head + capitalised name, with function words inside:
    # `Organisasi Internasional untuk Migrasi`, `Jaringan Dokter X`, `Badan PBB untuk Pengungsi X`.
    connectors = kb.words("name_connectors")
    name = _name(stop, "+")
    for cap in _grouped(sorted(set(kb.words("organisation_heads")) | set(kb.words("institution_heads"))),
                        capitalised=True):
        patterns.append({"label": "ACTOR", "id": "organisation", "pattern": cap + [dict(name, OP="{1,5}")]})
        patterns.append({"label": "ACTOR", "id": "organisation",
                         "pattern": cap + [dict(name, OP="{1,4}"), {"LOWER": {"IN": connectors}},
                                           dict(name, OP="{1,4}")]})
    # Institution + armed force as its owner: `Staf Umum Angkatan Bersenjata X`.
    force_first = sorted({f.split()[0] for f in kb.words("force_nouns")})
    force_second = sorted({f.split()[1] for f in kb.words("force_nouns") if " " in f})
    for head in _grouped(kb.words("institution_heads")):
        add("ACTOR", "institution_force", head + [{"LOWER": {"IN": force_first}},
                                                         {"LOWER": {"IN": force_second}, "OP": "?"}], 3, owner=True)
    # Unit with an ordinal or number: `Divisi Infanteri ke-22`, `Brigade Mekanis ke-47`, `Batalyon 101`.
    # Indonesian units add their name after a slash: `Yonif 751/Raider`, `Kodim 1702/Jayawijaya`.
    slash_name = [{"ORTH": "/"}, {"TEXT": {"REGEX": r"^[A-Z]"}}, {"TEXT": {"REGEX": r"^[A-Z]"}, "OP": "{0,2}"}]
    for head in _grouped(kb.words("unit_nouns")):
        unit = head + [{"LOWER": {"IN": modifiers}, "OP": "*"}, {"TEXT": {"REGEX": r"^[A-Z]\w*$"}, "OP": "{0,2}"},
                       {"LOWER": "ke", "OP": "?"}, {"ORTH": "-", "OP": "?"}, {"LIKE_NUM": True}]
        patterns.append({"label": "ACTOR", "id": "unit", "pattern": unit})
        patterns.append({"label": "ACTOR", "id": "unit", "pattern": unit + slash_name})
    # A name followed by an appositive role: `<First Last>, juru bicara ...` (the role is trimmed).
    role_firsts = sorted({t.split()[0] for t in kb.words("titles")})
    # Only a lower-case role: a capitalised office after the comma keeps its own match (the
    # resolver then finds the name before it); the resolver cuts the span at the comma.
    patterns.append({"label": "ACTOR", "id": "appositive", "pattern": [
        _first_name(stop + role_firsts), _name(stop, "{1,3}"), {"ORTH": ","},
        {"LOWER": {"IN": role_firsts + ["seorang", "salah"]}, "IS_LOWER": True}]})
    # Dateline: `YEREVAN -`, `KHARTOUM –`, `KARABAKH (Arrahmah.com)`.
    upper = {"TEXT": {"REGEX": UPPER_TOKEN_REGEX}, "LOWER": {"NOT_IN": stop}}
    patterns.append({"label": "PLACE", "id": "dateline",
                     "pattern": [upper, dict(upper, OP="{0,2}"), {"ORTH": {"IN": DASHES + ["("]}}]})
    # Outlets: domain names, possibly with a hyphenated head (`SALAM-ONLINE.COM`).
    domain = {"TEXT": {"REGEX": DOMAIN_REGEX}}
    patterns.append({"label": "MEDIA", "id": "domain", "pattern": [domain]})
    patterns.append({"label": "MEDIA", "id": "domain",
                     "pattern": [{"TEXT": {"REGEX": r"^[A-Za-z0-9]+$"}}, {"ORTH": "-"}, domain]})
    # Outlet descriptor or relay verb + name: `kantor berita Azertac`, `dilansir Daily Sabah`.
    for head in _grouped(kb.words("outlet_cues")):
        add("MEDIA", "outlet_cue", head, 4)
    # Speech cue + name: `kata James Appathurai`.
    # (A title after the cue is left to the title patterns: `kata Komisaris Jenderal X Nama`.)
    title_firsts = sorted({t.split()[0] for t in kb.words("titles")})
    for head in _grouped(kb.words("speech_cues_before_name")):
        add("ACTOR", "speech_cue", head, 4, title_firsts)
    return patterns


def write_patterns(kb_dir: Path = PIPELINE / "kb", out_dir: Path = PIPELINE / "patterns") -> None:
    kb = Knowledge.from_dir(kb_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    srsly.write_jsonl(out_dir / "entities_kb.jsonl", kb_patterns(kb))
    srsly.write_jsonl(out_dir / "entities_context.jsonl", context_patterns(kb))


if __name__ == "__main__":
    args = [Path(a) for a in sys.argv[1:]]
    write_patterns(*args)
