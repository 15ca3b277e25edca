"""Directory coverage: for each district, which needs have a service that covers it.

A service covers a district at its widest level only: a national service counts as national
everywhere (also where it lists a district), a province-wide one as province-wide in each of
that province's districts, and a service that names districts as the district's own (the
store counts them so, in SQL: store/coverage.py). Counted from the directory alone; no
casework is read.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from .geography import NATIONAL, Place
from .needs import NEED_CODES


@dataclass(frozen=True)
class PlaceCount:
    """How many services cover ``place`` for ``need`` at ``level`` ("own" for a district,
    "province" for a province, "national"), each service counted at its widest level only."""

    level: str
    place: str
    need: str
    services: int
    verified: int  # of them verified in the last 12 months
    dead: int  # of them with a number reported not working


@dataclass(frozen=True)
class NeedCover:
    own: int = 0
    province: int = 0
    national: int = 0
    verified: int = 0
    dead: int = 0

    @property
    def total(self) -> int:
        return self.own + self.province + self.national


@dataclass(frozen=True)
class DistrictCoverage:
    district: Place
    province: Place | None
    cells: dict[str, NeedCover]

    @property
    def missing(self) -> tuple[str, ...]:
        """The needs no service covers here."""
        return tuple(code for code in NEED_CODES if self.cells[code].total == 0)


@dataclass(frozen=True)
class Coverage:
    districts: tuple[DistrictCoverage, ...]
    verified_since: str  # YYYY-MM-DD: a verification on or after it counts as recent
    _by_place: dict[tuple[str, str], int] = field(default_factory=dict, compare=False,
                                                  repr=False)

    def districts_without(self) -> dict[str, int]:
        """For each need, how many of these districts have no service for it."""
        return {code: sum(1 for d in self.districts if d.cells[code].total == 0)
                for code in NEED_CODES}

    def services_in(self, place: str, need: str) -> int:
        """Services that cover ``place`` (a district; a province: its province-wide and
        national ones; the country: the national ones) for ``need``."""
        if not self._by_place:
            for row in self.districts:
                for code, cell in row.cells.items():
                    self._by_place[row.district.code, code] = cell.total
                    self._by_place[row.district.parent, code] = cell.province + cell.national
                    self._by_place[NATIONAL, code] = cell.national
        return self._by_place.get((place, need), 0)

CSV_HEADER = ("province", "district", "need", "services", "own", "province_wide", "national",
              "verified_12_months", "dead_numbers")


def coverage_rows(found: Coverage) -> list[tuple[str | int, ...]]:
    """One row per district and need, in the order of ``CSV_HEADER``."""
    rows: list[tuple[str | int, ...]] = []
    for row in found.districts:
        for code in NEED_CODES:
            cell = row.cells[code]
            rows.append((row.province.name if row.province else "", row.district.name, code,
                         cell.total, cell.own, cell.province, cell.national, cell.verified,
                         cell.dead))
    return rows


def coverage(places: dict[str, Place], counts: Iterable[PlaceCount], verified_since: str,
             province: str | None = None) -> Coverage:
    """Coverage of every district (of ``province`` when given, a province code): a district's
    own services, its province's province-wide ones and the national ones, for each need."""
    found: dict[str, Counter[tuple[str, str]]] = {
        level: Counter() for level in ("own", "province", "national", "verified", "dead")}
    for count in counts:
        found[count.level][count.place, count.need] += count.services
        found["verified"][count.place, count.need] += count.verified
        found["dead"][count.place, count.need] += count.dead
    districts = sorted((p for p in places.values() if p.kind == "district"
                        and (province is None or p.parent == province)),
                       key=lambda p: (places[p.parent].name if p.parent in places else "",
                                      p.name))
    rows = []
    for district in districts:
        cells = {}
        for need in NEED_CODES:
            levels = ((district.code, need), (district.parent, need), (NATIONAL, need))
            cells[need] = NeedCover(
                own=found["own"][levels[0]], province=found["province"][levels[1]],
                national=found["national"][levels[2]],
                verified=sum(found["verified"][key] for key in levels),
                dead=sum(found["dead"][key] for key in levels))
        rows.append(DistrictCoverage(district, places.get(district.parent), cells))
    return Coverage(tuple(rows), verified_since)
