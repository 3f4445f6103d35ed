"""The knowledge base behind nk_nlp's entities: actors, places, media, equipment.

Pure Python over the JSONL files in pipeline/kb/ (no spaCy), so any component or
script can ask: the canonical name of an actor mention, the state behind a capital,
an epithet or a force's owner, whether a name is a country or a city, the class of
a weapon, the brand of an outlet.

    kb = Knowledge.from_dir("pipeline/kb")
    kb.state_of("Moskow")              -> "Rusia"
    kb.person("Presiden Putin")        -> None (titles are the resolver's job); kb.person("Putin")["canonical"]
    kb.equipment_class("jet tempur Su-27") -> "pesawat tempur"
    kb.media_brand("SINDOnews.com")    -> "SINDOnews"

Files: actors.jsonl (person / organisation / state / armed_force / armed_group),
places.jsonl (country / region / city / district / sea ...), media.jsonl, equipment.jsonl
(class, generic names, model designations) and context.json (the context words the
patterns and the resolver use).
"""

import json
import re
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Dict, Iterable, Iterator, List, Optional, Tuple, Union

from nk_nlp.data import packaged
from nk_nlp.knowledge.fuzzy import FuzzyNames

KB_FILES = ("actors.jsonl", "places.jsonl", "media.jsonl", "equipment.jsonl", "context.json")
ACTOR_TYPES = ("person", "organisation", "state", "armed_force", "armed_group")
STATE_KINDS = ("country",)
LOOKUP_CACHE_SIZE = 65536
# The entity label of each lookup category (every actor type is an ACTOR).
CATEGORY_LABELS = {"state": "ACTOR", "place": "PLACE", "media": "MEDIA", "equipment": "EQUIPMENT"}

_DASHES = str.maketrans({"‐": "-", "‑": "-", "–": "-", "—": "-", "’": "'", "‘": "'", "`": "'"})
_SPACE_AROUND_HYPHEN = re.compile(r"\s*-\s*")
_DOMAIN = re.compile(
    r"^(?:https?://)?(?:www\.)?(?P<brand>[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*?)"
    r"\.(?:co\.id|co\.uk|com|id|net|org|tv|news|co|info|ru|ua|il|in|pk|az|am|tr)$",
    re.IGNORECASE,
)


@lru_cache(maxsize=65536)  # the resolver normalises the same few strings over and over
def norm(text: str) -> str:
    """Lookup key: no accents, lower case, single spaces, no hashtag, hyphens unspaced."""
    text = unicodedata.normalize("NFKD", text.translate(_DASHES))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = " ".join(text.replace("#", " ").split()).lower()
    return _SPACE_AROUND_HYPHEN.sub("-", text)


def _is_all_caps(alias: str) -> bool:
    return alias.isupper() and sum(c.isalpha() for c in alias) >= 2


def case_ok(text: str, alias: str) -> bool:
    """Whether `text` (matched case-insensitively) is written as the alias's case demands:
    all-capitals names (`AS`, `ANTARA`) in capitals, other capitalised names with a capital."""
    if _is_all_caps(alias):
        written = text.replace("#", "").strip()
        return written.upper() == written
    if any(c.isupper() for c in alias):
        return any(c.isupper() for c in text)
    return True


def title_case(text: str) -> str:
    """`KEMENTERIAN luar negeri` -> `Kementerian Luar Negeri`; keeps inner capitals (`SINDOnews`, `PBB`)."""
    words = []
    for word in text.split():
        if word.isupper() and len(word) > 3 or word.islower():
            word = "-".join(part[:1].upper() + part[1:].lower() for part in word.split("-"))
        words.append(word)
    return " ".join(words)


def _forgivable(category: str, alias: str) -> bool:
    """Whether a misspelling may find this name (Knowledge.lookup_fuzzy)."""
    return category not in ("equipment", "media") and alias[:1].isupper()


def _read_jsonl(path: Path) -> List[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


class Knowledge:
    """Alias indexes over the knowledge base records (records are kept as read)."""

    def __init__(self, actors: List[dict], places: List[dict], media: List[dict], equipment: List[dict], context: dict):
        self.actors, self.places, self.media, self.equipment, self.context = actors, places, media, equipment, context
        self._index: Dict[str, List[Tuple[str, dict, str]]] = {}
        self._states: Dict[str, str] = {}
        self._equipment_generic: Dict[str, str] = {}
        self._equipment_models: Dict[str, str] = {}
        self._build()
        # Names a misspelling may stand for: capitalised names of actors and places; not equipment
        # (models one letter apart differ), outlets (brands are words: `Republika`), or
        # lower-case aliases (phrases: `aparat keamanan`).
        self._fuzzy = FuzzyNames(key for key, hits in self._index.items()
                                 if any(_forgivable(category, alias) for category, _, alias in hits))
        # The resolver asks about the same strings many times per doc, and the indexes never
        # change after _build: lookups and equipment classes are cached per instance.
        self._cached_lookup = lru_cache(maxsize=LOOKUP_CACHE_SIZE)(self._lookup)
        self._cached_equipment_class = lru_cache(maxsize=LOOKUP_CACHE_SIZE)(self._equipment_class)
        self._cached_fuzzy = lru_cache(maxsize=LOOKUP_CACHE_SIZE)(self._lookup_fuzzy)

    def __reduce__(self):
        """Pickled as its records (the caches do not pickle; the indexes are rebuilt)."""
        return (Knowledge, (self.actors, self.places, self.media, self.equipment, self.context))

    # ---------------------------------------------------------------- loading
    @classmethod
    def from_dir(cls, path: Union[str, Path]) -> "Knowledge":
        path = Path(path)
        missing = [name for name in KB_FILES if not (path / name).exists()]
        if missing:
            raise FileNotFoundError(f"knowledge base {path} lacks {', '.join(missing)}")
        with open(path / "context.json", encoding="utf-8") as f:
            context = json.load(f)
        return cls(
            _read_jsonl(path / "actors.jsonl"),
            _read_jsonl(path / "places.jsonl"),
            _read_jsonl(path / "media.jsonl"),
            _read_jsonl(path / "equipment.jsonl"),
            context,
        )

    def to_dir(self, path: Union[str, Path]) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        for name, records in (("actors", self.actors), ("places", self.places), ("media", self.media),
                              ("equipment", self.equipment)):
            with open(path / f"{name}.jsonl", "w", encoding="utf-8") as f:
                for record in records:
                    f.write(json.dumps(record, ensure_ascii=False) + "\n")
        with open(path / "context.json", "w", encoding="utf-8") as f:
            json.dump(self.context, f, ensure_ascii=False, indent=1)

    @classmethod
    def from_files(cls, data: Dict[str, object]) -> "Knowledge":
        """From the contents of the KB_FILES, by file name (as a component carries them)."""
        return cls(*(data[name] for name in KB_FILES))

    def to_files(self) -> Dict[str, object]:
        """The contents of the KB_FILES, by file name: the inverse of `from_files`."""
        return dict(zip(KB_FILES, (self.actors, self.places, self.media, self.equipment, self.context)))

    def to_bytes_dict(self) -> dict:
        return {"actors": self.actors, "places": self.places, "media": self.media, "equipment": self.equipment,
                "context": self.context}

    @classmethod
    def from_bytes_dict(cls, data: dict) -> "Knowledge":
        return cls(data["actors"], data["places"], data["media"], data["equipment"], data["context"])

    # ---------------------------------------------------------------- indexes
    @staticmethod
    def names(record: dict) -> List[str]:
        """Every surface form of a record: canonical (unless `match_canonical` is false) and aliases."""
        names = [] if record.get("match_canonical") is False else [record["canonical"]]
        return names + list(record.get("aliases", []))

    def _add(self, alias: str, category: str, record: dict) -> None:
        self._index.setdefault(norm(alias), []).append((category, record, alias))

    def _build(self) -> None:
        for place in self.places:
            category = "state" if place["kind"] in STATE_KINDS else "place"
            for alias in self.names(place):
                self._add(alias, category, place)
                if category == "state":
                    self._states[norm(alias)] = place["canonical"]
            stands_for = place.get("capital_of") or place.get("stands_for")
            if stands_for:
                for alias in self.names(place):
                    self._states.setdefault(norm(alias), stands_for)
        for actor in self.actors:
            for alias in self.names(actor):
                self._add(alias, actor["type"], actor)
                if actor["type"] == "state":
                    self._states[norm(alias)] = actor["canonical"]
        for outlet in self.media:
            for alias in self.names(outlet):
                self._add(alias, "media", outlet)
        for item in self.equipment:
            for generic in item.get("generic", []):
                self._equipment_generic[norm(generic)] = item["canonical"]
                self._add(generic, "equipment", item)
            for model in item.get("models", []):
                self._equipment_models[norm(model)] = item["canonical"]
                self._add(model, "equipment", item)
            for counted in item.get("counted", []):
                self._equipment_generic.setdefault(norm(counted), item["canonical"])

    # ---------------------------------------------------------------- lookups
    def lookup(self, text: str, respect_case: bool = True) -> List[Tuple[str, dict]]:
        """(category, record) for every record with `text` as a name; category is an
        actor type, `place` or `state` (a country), `media` or `equipment`."""
        return list(self._cached_lookup(text, respect_case))  # a list of its own: the cached one stays intact

    def _lookup(self, text: str, respect_case: bool) -> List[Tuple[str, dict]]:
        hits = self._index.get(norm(text), [])
        return [(cat, rec) for cat, rec, alias in hits if not respect_case or case_ok(text, alias)]

    def lookup_fuzzy(self, text: str) -> List[Tuple[str, dict]]:
        """(category, record) of the one known name `text` misspells or transliterates
        (knowledge/fuzzy.py: long names only, one edit or a transliteration variant); [] when
        none, or when the spelling is as close to names of two different canonicals."""
        return list(self._cached_fuzzy(text))

    def _lookup_fuzzy(self, text: str) -> List[Tuple[str, dict]]:
        hits = [(cat, rec) for key in self._fuzzy.find(norm(text)) for cat, rec, alias in self._index[key]
                if _forgivable(cat, alias)]
        return hits if len({rec["canonical"] for _, rec in hits}) == 1 else []

    def _first(self, text: str, categories: Iterable[str]) -> Optional[dict]:
        """The first record of `categories` named `text`; for a capitalised name the KB lacks,
        the one it misspells (lookup_fuzzy). `lookup` itself stays exact: the resolver reads
        it as "the ruler knows this name"."""
        categories = set(categories)
        hits = self.lookup(text)
        if not hits and text[:1].isupper():
            hits = self.lookup_fuzzy(text)
        return next((rec for cat, rec in hits if cat in categories), None)

    def state_of(self, text: str) -> Optional[str]:
        """The state a name stands for: the country itself, its capital or seat of power,
        an epithet (`Negeri Beruang Merah`), or None."""
        key = norm(text)
        if key not in self._states:
            return None
        if not any(case_ok(text, alias) for _, _, alias in self._index.get(key, [])):
            return None
        return self._states[key]

    def place(self, text: str) -> Optional[dict]:
        return self._first(text, ("state", "place"))

    def is_country(self, text: str) -> bool:
        return self._first(text, ("state",)) is not None

    def is_city(self, text: str) -> bool:
        place = self._first(text, ("place",))
        return place is not None and place["kind"] == "city"

    def actor(self, text: str) -> Optional[dict]:
        """A person, organisation, armed force or group (not a state: see state_of)."""
        return self._first(text, ("person", "organisation", "armed_force", "armed_group"))

    def person(self, text: str) -> Optional[dict]:
        return self._first(text, ("person",))

    def outlet(self, text: str) -> Optional[dict]:
        return self._first(text, ("media",))

    def media_brand(self, text: str) -> str:
        """The outlet's brand: KB canonical, else the name without domain suffix in its usual casing."""
        outlet = self.outlet(text)
        if outlet:
            return outlet["canonical"]
        match = _DOMAIN.match(text.strip())
        brand = match.group("brand") if match else text.strip()
        outlet = self.outlet(brand)
        if outlet:
            return outlet["canonical"]
        if (brand.isupper() and len(brand) > 4) or brand.islower():  # `SANA`, `AFP`: acronyms stay
            brand = "-".join(part[:1].upper() + part[1:].lower() for part in brand.split("-"))
        return brand

    @staticmethod
    def looks_like_domain(text: str) -> bool:
        return bool(_DOMAIN.match(text.strip())) and " " not in text.strip()

    def equipment_class(self, text: str) -> Optional[str]:
        """Class of a piece of equipment: the whole name, else a model designation inside it,
        else the longest generic name it starts with (`Jet Tempur Su-27` -> `pesawat tempur`)."""
        return self._cached_equipment_class(norm(text))  # uncached, it scans every model name

    def _equipment_class(self, key: str) -> Optional[str]:
        first, _, rest = key.partition(" ")
        half = first.split("-")
        if len(half) == 2 and half[0] == half[1]:
            key = " ".join([half[0]] + ([rest] if rest else []))  # `rudal-rudal`, `tank-tank`: plurals
        if key in self._equipment_models:
            return self._equipment_models[key]
        if key in self._equipment_generic:
            return self._equipment_generic[key]
        padded = f" {key} "
        models = [m for m in self._equipment_models if f" {m} " in padded]
        if models:
            return self._equipment_models[max(models, key=len)]
        words = key.split()
        for n in range(len(words), 0, -1):
            head = " ".join(words[:n])
            if head in self._equipment_generic:
                return self._equipment_generic[head]
        return None

    def is_equipment_generic(self, text: str) -> bool:
        return norm(text) in self._equipment_generic

    def is_equipment_model(self, text: str) -> bool:
        return norm(text) in self._equipment_models

    # ---------------------------------------------------------------- for pattern generation
    def surface_forms(self) -> Iterator[Tuple[str, str]]:
        """(label, alias) for every name the entity ruler should know, states as ACTOR."""
        seen = set()
        for key, hits in self._index.items():
            for category, _, alias in hits:
                label = CATEGORY_LABELS.get(category, "ACTOR")
                if (label, alias) not in seen:
                    seen.add((label, alias))
                    yield label, alias

    def words(self, name: str) -> List[str]:
        """A context word list from context.json."""
        return list(self.context.get(name, []))


@lru_cache(maxsize=4)
def load(path: Optional[str] = None) -> Knowledge:
    """The knowledge base in `path` (default: the one nk_nlp ships, pipeline/kb), cached."""
    if path is None:
        path = str(packaged("pipeline", "kb"))
    return Knowledge.from_dir(path)
