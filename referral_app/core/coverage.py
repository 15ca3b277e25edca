"""Directory coverage: for each district, which needs have a service that covers it.

A service covers a district at its widest level only: a national service counts as national
everywhere (also where it lists a district), a province-wide one as province-wide in each of
that province's districts, and a service that names districts as the district's own. Counted
from the directory alone; no casework is read.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from .geography import NATIONAL, Place
from .needs import NEED_CODES


@dataclass(frozen=True)
class ServiceReach:
    """What coverage needs to know of one service."""

    needs: tuple[str, ...]
    places: tuple[str, ...]  # place codes from the directory's coverage
    verified: bool  # verified in the last 12 months
    dead_number: bool  # a number of it is reported not working


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

    def districts_without(self) -> dict[str, int]:
        """For each need, how many of these districts have no service for it."""
        return {code: sum(1 for d in self.districts if d.cells[code].total == 0)
                for code in NEED_CODES}

    def services_in(self, place: str, need: str) -> int:
        """Services that cover ``place`` (a district; a province: its province-wide and
        national ones; the country: the national ones) for ``need``."""
        for row in self.districts:
            cell = row.cells[need]
            if row.district.code == place:
                return cell.total
            if row.district.parent == place:
                return cell.province + cell.national
        if place == NATIONAL and self.districts:
            return self.districts[0].cells[need].national
        return 0


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


def coverage(places: dict[str, Place], services: Iterable[ServiceReach], verified_since: str,
             province: str | None = None) -> Coverage:
    """Coverage of every district (of ``province`` when given, a province code)."""
    counts: dict[str, Counter[tuple[str, str]]] = {
        level: Counter() for level in ("own", "province", "national", "verified", "dead")}
    for service in services:
        for level, place in _widest(places, service.places):
            for need in service.needs:
                counts[level][place, need] += 1
                if service.verified:
                    counts["verified"][place, need] += 1
                if service.dead_number:
                    counts["dead"][place, need] += 1
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
                own=counts["own"][levels[0]], province=counts["province"][levels[1]],
                national=counts["national"][levels[2]],
                verified=sum(counts["verified"][key] for key in levels),
                dead=sum(counts["dead"][key] for key in levels))
        rows.append(DistrictCoverage(district, places.get(district.parent), cells))
    return Coverage(tuple(rows), verified_since)


def _widest(places: dict[str, Place], codes: tuple[str, ...]) -> list[tuple[str, str]]:
    """(level, place) pairs a service counts at, each district or province once."""
    if NATIONAL in codes:
        return [("national", NATIONAL)]
    provinces = {c for c in codes if (p := places.get(c)) is not None and p.kind == "province"}
    found = [("province", c) for c in sorted(provinces)]
    for code in dict.fromkeys(codes):
        place = places.get(code)
        if place is not None and place.kind == "district" and place.parent not in provinces:
            found.append(("own", code))
    return found
