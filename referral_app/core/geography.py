"""Places: country, provinces and districts, found by name or by any alias."""

from __future__ import annotations

import re
from collections.abc import Iterable
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
    def __init__(self, places: Iterable[Place], aliases: Iterable[tuple[str, str]]) -> None:
        self.places = {place.code: place for place in places}
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
