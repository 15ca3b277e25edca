"""Places: country, provinces and districts, found by name or by any alias; and cities known by
a name no district has (Karachi), each standing for the districts it spans."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .text import fold

NATIONAL = "pk"


@dataclass(frozen=True)
class Place:
    code: str
    kind: str  # "country", "province" or "district"
    name: str
    name_ur: str
    parent: str

    @property
    def province(self) -> str:
        """The code of the province this place is in (itself for a province)."""
        return self.code if self.kind == "province" else self.parent


class Geography:
    def __init__(self, places: Iterable[Place], aliases: Iterable[tuple[str, str]],
                 cities: Iterable[tuple[Sequence[str], Sequence[str]]] = ()) -> None:
        """``cities``: (its names, the codes of the districts it spans), each."""
        self.places = {place.code: place for place in places}
        self._cities: dict[str, tuple[str, ...]] = {}
        self._city_names: list[str] = []
        for names, codes in cities:
            self._city_names += names[:1]
            for name in names:
                self._cities[_key(name)] = tuple(c for c in codes if c in self.places)
        self._by_name: dict[str, str] = {}
        self._aliases: dict[str, list[str]] = {}
        self._found: dict[str, Place | None] = {}
        for place in self.places.values():
            for name in (place.name, place.name_ur):
                if name:
                    self._by_name.setdefault(_key(name), place.code)
        for alias, code in aliases:
            self._by_name.setdefault(_key(alias), code)
            self._aliases.setdefault(code, []).append(alias)

    def find(self, name: str | None) -> Place | None:
        """The place called ``name`` (any spelling we know), or None."""
        if not name:
            return None
        if name in self._found:
            return self._found[name]
        place = self._find(name)
        if len(self._found) < 100_000:
            self._found[name] = place
        return place

    def _find(self, name: str) -> Place | None:
        code = self._by_name.get(_key(name))
        if code is None and name.strip().lower() in self.places:
            code = name.strip().lower()
        return self.places.get(code) if code else None

    def get(self, code: str) -> Place | None:
        return self.places.get(code)

    def within(self, codes: Iterable[str], areas: Iterable[str]) -> bool:
        """True when every place in ``codes`` (a service's coverage) lies inside one of
        ``areas`` (province or district codes); a service that covers nothing we know, or the
        whole country, lies inside no area."""
        codes, areas = set(codes), set(areas)
        if not codes:
            return False
        for code in codes:
            place = self.places.get(code)
            if code not in areas and not (place and place.kind == "district"
                                          and place.parent in areas):
                return False
        return True

    def area(self, name: str) -> Place | None:
        """The province or district called ``name`` (old names too), or None."""
        place = self.find(name)
        return place if place is not None and place.kind in ("province", "district") else None

    def city(self, name: str | None) -> list[Place]:
        """The districts of the city called ``name`` (Karachi: its seven), when no place is
        called so; else none."""
        if not name or self.find(name) is not None:
            return []
        return [self.places[code] for code in self._cities.get(_key(name), ())]

    def areas(self, name: str) -> list[Place]:
        """The province or district called ``name``, or the districts of the city called so;
        empty when the name is none of these."""
        place = self.area(name)
        return [place] if place is not None else self.city(name)

    def city_names(self) -> list[str]:
        """The cities known by a name no district has (their first names)."""
        return sorted(self._city_names)

    def aliases_of(self, code: str) -> list[str]:
        """Other names of a place (old names, abbreviations), in Latin letters first."""
        return sorted(self._aliases.get(code, ()), key=lambda a: (not a.isascii(), a))

    def names_of(self, code: str) -> list[str]:
        """Every name of a place, to put in the search index."""
        place = self.places.get(code)
        if place is None:
            return []
        return [n for n in (place.name, place.name_ur, *self._aliases.get(code, ())) if n]


def _key(name: str) -> str:
    return re.sub(r"[^\w]+", " ", fold(name)).strip()
