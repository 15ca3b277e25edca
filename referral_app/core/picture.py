"""The coordination picture drawn from the merged figures of many laptops and the directory's
coverage: where referrals meet few services, which services fail referrals most, and how the
months go."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from .figures import DAY_BANDS, FAILED, Figures


@dataclass(frozen=True)
class UnmetNeed:
    place: str
    need: str
    referrals: int
    services: int  # services in the directory that cover the place for the need

    @property
    def per_service(self) -> float | None:
        """Referrals per service; None where no service covers it."""
        return self.referrals / self.services if self.services else None


@dataclass(frozen=True)
class FailingService:
    service: str
    failed: int
    referrals: int


@dataclass(frozen=True)
class MonthFigures:
    month: str
    referrals: int
    failed: int


@dataclass(frozen=True)
class Picture:
    laptops: int
    unmet: tuple[UnmetNeed, ...]
    failing: tuple[FailingService, ...]
    months: tuple[MonthFigures, ...]
    follow_up: tuple[tuple[str, int], ...]  # (band of days, referrals)
    left_out: int  # cells under the smallest count that laptops left out

    @property
    def referrals(self) -> int:
        return sum(m.referrals for m in self.months)


def picture(figures: Figures, laptops: int,
            services_in: Callable[[str, str], int]) -> Picture:
    """``services_in(place, need)`` says how many services the directory has there for it."""
    by_place: Counter[tuple[str, str]] = Counter()
    by_month: Counter[str] = Counter()
    failed_month: Counter[str] = Counter()
    for (month, need, place, outcome), count in figures.tables["referrals"].items():
        by_place[place, need] += count
        by_month[month] += count
        if outcome in FAILED:
            failed_month[month] += count
    unmet = [UnmetNeed(place, need, count, services_in(place, need))
             for (place, need), count in by_place.items()]
    unmet.sort(key=lambda u: (u.services > 0, -(u.per_service or u.referrals), u.place, u.need))
    total: Counter[str] = Counter()
    failed: Counter[str] = Counter()
    for (service, outcome), count in figures.tables["services"].items():
        total[service] += count
        if outcome in FAILED:
            failed[service] += count
    failing = sorted((FailingService(s, failed[s], total[s]) for s in failed),
                     key=lambda f: (-f.failed, -f.referrals, f.service))
    months = tuple(MonthFigures(m, by_month[m], failed_month[m]) for m in sorted(by_month))
    bands: Counter[str] = Counter()
    for (_month, _need, band), count in figures.tables["follow_up"].items():
        bands[band] += count
    return Picture(laptops, tuple(unmet), tuple(failing), months,
                   tuple((band, bands[band]) for band in DAY_BANDS),
                   sum(figures.left_out.values()))


PICTURE_CSV_HEADER = ("table", "place", "need", "service", "month", "days", "referrals",
                      "services", "failed")


def picture_rows(found: Picture, names: Callable[[str], str]) -> list[tuple[str | int, ...]]:
    """The picture as rows for a spreadsheet, in the order of ``PICTURE_CSV_HEADER``;
    ``names`` gives a place's or a service's name."""
    rows: list[tuple[str | int, ...]] = []
    for u in found.unmet:
        rows.append(("unmet need", names(u.place), u.need, "", "", "", u.referrals,
                     u.services, ""))
    for f in found.failing:
        rows.append(("failed referrals", "", "", names(f.service), "", "", f.referrals, "",
                     f.failed))
    for m in found.months:
        rows.append(("month", "", "", "", m.month, "", m.referrals, "", m.failed))
    for band, count in found.follow_up:
        rows.append(("days to follow-up", "", "", "", "", band, count, "", ""))
    return rows
