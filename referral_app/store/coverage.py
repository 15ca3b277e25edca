"""Directory coverage read from the directory database (no casework): which needs each
district has a service for, how many were verified lately, and numbers reported not working."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

from ..core.coverage import Coverage, ServiceReach, coverage
from ..core.errors import UserError
from ..core.geography import Place
from .directory import Directory

RECENT = timedelta(days=365)


def directory_coverage(directory: Directory, province: str | None = None,
                       today: date | None = None) -> Coverage:
    """Coverage of every district, or of one province's (a name or a code)."""
    code = _province_code(directory, province) if province else None
    since = ((today or date.today()) - RECENT).isoformat()
    db = directory.db.conn
    places: dict[int, list[str]] = defaultdict(list)
    for key, place in db.execute("SELECT service_key, place FROM service_coverage"):
        places[key].append(place)
    needs: dict[int, list[str]] = defaultdict(list)
    for key, need in db.execute("SELECT service_key, need FROM service_need"):
        needs[key].append(need)
    verified = {key for (key,) in db.execute(
        "SELECT key FROM service WHERE last_verified >= ?", [since])}
    dead = {key for (key,) in db.execute(
        "SELECT s.key FROM service s JOIN local_correction c ON c.service_id = s.id "
        "WHERE c.kind = 'number_not_working' AND c.status = 'open'")}
    reach = (ServiceReach(tuple(needs[key]), tuple(codes), key in verified, key in dead)
             for key, codes in places.items() if key in needs)
    return coverage(directory.geography.places, reach, since, code)


def _province_code(directory: Directory, name: str) -> str:
    place: Place | None = directory.geography.find(name)
    if place is None or place.kind != "province":
        known = ", ".join(p.name for p in directory.provinces())
        raise UserError(f"There is no province called '{name}'; choose one of: {known}.")
    return place.code
