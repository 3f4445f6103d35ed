"""The side an actor speaks for, from the knowledge base: `Kementerian Pertahanan Azerbaijan`
-> `Azerbaijan`, `Brigade Izzuddin al-Qassam` -> `Hamas`, `Ilham Aliyev` -> `Azerbaijan`.

The KB's `affiliation` field is the actor's side, climbed to the top (docs/ledger.md):

- a state, its capital or seat of power is its state (`Baku`, `Kremlin`);
- a KB actor follows its `affiliation` upwards; a non-state armed group attached to a state
  or to nothing is its own side (`Hamas`, not `Palestina`: UCDP counts it as a party), an
  organisation or force with no affiliation is its own side (`Otoritas Nagorno-Karabakh`);
  a person without affiliation has no known side;
- a name the KB does not hold (the resolver builds `Kementerian Pertahanan Azerbaijan`,
  `Angkatan Bersenjata Armenia`) takes the side of its owner: the longest tail of the name
  the KB knows as a state or an actor (`Azerbaijan`, `Tentara Nasional Indonesia`), or as a
  place of a country (`Kepala Kepolisian Daerah Papua` -> `Indonesia`; a breakaway authority
  needs its own KB entry, as `Otoritas Nagorno-Karabakh` has, or it counts for the state).
"""

from functools import lru_cache
from typing import Optional

from nk_nlp.knowledge.kb import Knowledge, load

ACTOR_CATEGORIES = ("person", "organisation", "armed_force", "armed_group")


class Sides:
    def __init__(self, kb: Optional[Knowledge] = None):
        self.kb = kb if kb is not None else load()
        self.side_of = lru_cache(maxsize=4096)(self._side_of)

    def _actor(self, name: str) -> Optional[dict]:
        return next((rec for cat, rec in self.kb.lookup(name) if cat in ACTOR_CATEGORIES), None)

    def _side_of(self, name: Optional[str], depth: int = 0) -> Optional[str]:
        if not name or depth > 8:  # 8: deeper than any affiliation chain, and a guard against cycles
            return None
        state = self.kb.state_of(name)
        if state:
            return state
        actor = self._actor(name)
        if actor is not None:
            parent = actor.get("affiliation")
            if actor["type"] == "armed_group" and (not parent or self.kb.state_of(parent)):
                return actor["canonical"]
            if parent:
                return self._side_of(parent, depth + 1) or parent
            return None if actor["type"] == "person" else actor["canonical"]
        words = name.split()
        for n in range(1, len(words)):  # the owner: the longest known tail
            tail = " ".join(words[n:])
            if self.kb.state_of(tail) or self._actor(tail):
                return self._side_of(tail, depth + 1)
            place = self.kb.place(tail)
            if place is not None and place.get("country"):
                return place["country"]
        return None
