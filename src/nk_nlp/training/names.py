"""Generated names of each kind, for mention replacement: people in many naming
traditions (Faker's locale name lists, Cyrillic ones transliterated, and Papuan-style
names built from syllables), places and forces (toponyms built from the syllables and
endings of several regions), acronyms and equipment designations of the same shape.

Deterministic: everything comes from one seeded random.Random (Faker instances are
seeded from it). A name the `forbidden` set holds (lower case: the knowledge base, the
patterns, the training text) is never produced.
"""

import random
import re
import string
from typing import Callable, Dict, Iterable, List, Optional, Set

# Latin-script locales whose person names Faker lists, and Cyrillic ones transliterated.
LATIN_LOCALES = ("id_ID", "en_US", "de_DE", "fr_FR", "es_ES", "tr_TR", "pl_PL", "nl_NL", "it_IT", "pt_BR",
                 "hu_HU", "en_IN", "zu_ZA", "yo_NG", "ha_NG", "sw", "az_AZ", "vi_VN")
CYRILLIC_LOCALES = ("ru_RU", "uk_UA")
CYRILLIC = dict(zip("абвгґдеєжзиіїйклмнопрстуфхцчшщьюяыэъё",
                    ["a", "b", "v", "h", "g", "d", "e", "ye", "zh", "z", "y", "i", "yi", "y", "k", "l", "m", "n", "o",
                     "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "yu", "ya", "y", "e", "", "yo"]))

# Syllables and endings of place names by region (sounds, not names).
TOPONYM_STYLES = {
    "papua": (["wa", "we", "wi", "ka", "ke", "ki", "ku", "ma", "mo", "mu", "ta", "ti", "to", "ya", "yo", "ga", "go",
               "gi", "ba", "bi", "pa", "po", "ni", "no", "la", "lo", "de", "di", "sa", "si"], ["", "", "ma", "nik", "ga", "pa", "rek"]),
    "jawa": (["su", "ka", "wa", "ngi", "sa", "ri", "ja", "tu", "ra", "ma", "lo", "pu", "ge", "ba", "ti", "pa", "ndo", "mbo"],
             ["rejo", "harjo", "sari", "jaya", "mulyo", "wangi", "agung", "redjo", "karta"]),
    "slavic": (["vo", "lo", "zo", "mi", "ra", "ko", "bro", "sta", "pe", "che", "ni", "do", "hor", "vel", "pry", "kra"],
               ["vka", "ivka", "ove", "ino", "sk", "ovo", "yne", "ichi", "ets"]),
    "arab": (["qa", "ma", "ra", "fu", "sha", "ha", "zu", "ja", "ba", "ta", "da", "ka", "su", "na"], ["iyah", "an", "ur", "aj", "ein"]),
    "caucasus": (["ag", "ba", "ke", "su", "gu", "ja", "ma", "ha", "ku", "sha", "da"], ["li", "ly", "kend", "abad", "lar", "dere"]),
    "sahel": (["ka", "du", "ga", "ma", "sa", "bu", "ni", "ko", "ta", "da", "fo"], ["ri", "na", "ra", "di", "bo", "ma"]),
}
PAPUAN_NAME_SYLLABLES = ["ke", "go", "ya", "wa", "nda", "mu", "ni", "ta", "bu", "lo", "we", "ra", "di", "ma", "ki", "so"]
PAPUAN_GIVEN = ["Yance", "Otis", "Markus", "Yulianus", "Petrus", "Simon", "Agus", "Marthen", "Yosua", "Benny", "Demianus",
                "Elias", "Ruben", "Lukas", "Yunus", "Teriana", "Maria", "Ester", "Naomi", "Selfina"]


class NameGenerator:
    def __init__(self, seed: int, forbidden: Iterable[str] = (), use_faker: bool = True):
        self.rng = random.Random(seed)
        self.forbidden: Set[str] = {f.lower() for f in forbidden}
        self.fakers = self._fakers() if use_faker else {}

    def _fakers(self) -> Dict[str, object]:
        try:
            from faker import Faker
        except ImportError as err:  # a development dependency: pip install -e ".[train]"
            raise ImportError("generating training data needs Faker: pip install -e '.[train]'") from err
        fakers = {}
        for locale in LATIN_LOCALES + CYRILLIC_LOCALES:
            fake = Faker(locale)
            fake.seed_instance(self.rng.randrange(2**31))
            fakers[locale] = fake
        return fakers

    def _unused(self, make: Callable[[], str], tries: int = 200) -> str:
        for _ in range(tries):
            name = make()
            parts = [p.lower() for p in re.findall(r"[^\W_]+", name) if not p.isdigit()]
            if name and not any(part in self.forbidden for part in parts) and name.lower() not in self.forbidden:
                return name
        raise ValueError(f"no unused name after {tries} tries")

    # people
    def person_parts(self, n: int) -> List[str]:
        """`n` name words of one person (given names then family name), one tradition."""
        return self._unused(lambda: " ".join(self._person(n))).split()

    def _person(self, n: int) -> List[str]:
        tradition = self.rng.random()
        if tradition < 0.2:  # Papuan-style: a Christian given name and a built family name
            family = "".join(self.rng.choice(PAPUAN_NAME_SYLLABLES) for _ in range(self.rng.choice((2, 3)))).capitalize()
            given = [self.rng.choice(PAPUAN_GIVEN) for _ in range(n - 1)]
            return given + [family] if n > 1 else [family]
        locales = list(self.fakers) or [None]
        locale = self.rng.choice(locales)
        if locale is None:
            return [self.word("papua") for _ in range(n)]
        fake = self.fakers[locale]
        words = [fake.first_name() for _ in range(max(0, n - 1))] + [fake.last_name()]
        words = [w for part in words for w in part.replace("-", " ").split()][:n]
        if locale in CYRILLIC_LOCALES:
            words = [transliterate(w) for w in words]
        while len(words) < n:
            words.insert(0, fake.first_name().split()[0])
        return [w.capitalize() if w.islower() else w for w in words]

    # places, forces, outlets, equipment words
    def word(self, style: Optional[str] = None) -> str:
        """One capitalised name word built from a region's syllables."""
        style = style or self.rng.choice(list(TOPONYM_STYLES))
        syllables, endings = TOPONYM_STYLES[style]

        def make() -> str:
            n = self.rng.choice((1, 2, 2, 3))
            return ("".join(self.rng.choice(syllables) for _ in range(n)) + self.rng.choice(endings)).capitalize()

        return self._unused(lambda: (lambda w: w if len(w) >= 4 else "")(make()))

    def acronym(self, length: int) -> str:
        length = max(2, length)  # every single letter is a word of some text
        return self._unused(lambda: "".join(self.rng.choice(string.ascii_uppercase) for _ in range(length)))

    def shaped(self, token: str) -> str:
        """A designation of the same shape: letters for letters (same case), digits for digits."""

        def make() -> str:
            out = []
            for i, ch in enumerate(token):
                if ch.isdigit():
                    out.append(self.rng.choice("123456789" if i == 0 or not token[i - 1].isdigit() else string.digits))
                elif ch.isupper():
                    out.append(self.rng.choice(string.ascii_uppercase))
                elif ch.islower():
                    out.append(self.rng.choice(string.ascii_lowercase))
                else:
                    out.append(ch)
            return "".join(out)

        for _ in range(200):  # its letter runs unused (single letters are in every text)
            name = make()
            if not any(len(run) > 1 and run.lower() in self.forbidden for run in re.findall(r"[^\W\d_]+", name)):
                return name
        raise ValueError(f"no unused designation of the shape {token!r}")


def transliterate(word: str) -> str:
    out = "".join(CYRILLIC.get(ch.lower(), ch) for ch in word)
    return out.capitalize() if word[:1].isupper() else out
