"""Directory coverage read from the directory database (no casework): which needs each
district has a service for, how many were verified lately, and numbers reported not working."""

from __future__ import annotations

from datetime import date, timedelta

from ..core.coverage import Coverage, PlaceCount, coverage
from ..core.errors import UserError
from ..core.geography import Place
from .directory import Directory

RECENT = timedelta(days=365)


def directory_coverage(directory: Directory, province: str | None = None,
                       today: date | None = None) -> Coverage:
    """Coverage of every district, or of one province's (a name or a code)."""
    code = _province_code(directory, province) if province else None
    since = ((today or date.today()) - RECENT).isoformat()
    counts = [PlaceCount(level, place, need, services, verified, dead)
              for level, place, needs, services, verified, dead
              in directory.db.conn.execute(_COUNTS, [since])
              for need in needs.split()]
    return coverage(directory.geography.places, counts, since, code)


# Each service at its widest level: a place it covers is left out when the service is also
# national, or (for a district) covers the district's whole province. Then services, recently
# verified ones and ones with a number reported not working, by place and the needs they
# serve (the service's need_codes, written with its service_need rows: grouping by them
# sorts half the rows a join with service_need would).
_COUNTS = """
WITH widest AS (
    SELECT c.service_key, c.place,
           CASE WHEN c.place = 'pk' THEN 'national'
                WHEN p.kind = 'province' THEN 'province' ELSE 'own' END AS level
    FROM service_coverage c JOIN place p ON p.code = c.place
    WHERE (c.place = 'pk' OR NOT EXISTS (
          SELECT 1 FROM service_coverage n WHERE n.service_key = c.service_key
          AND n.place = 'pk'))
      AND (p.kind != 'district' OR NOT EXISTS (
          SELECT 1 FROM service_coverage w WHERE w.service_key = c.service_key
          AND w.place = p.parent))
),
dead AS (
    SELECT DISTINCT s.key FROM service s JOIN local_correction r ON r.service_id = s.id
    WHERE r.kind = 'number_not_working' AND r.status = 'open'
)
SELECT widest.level, widest.place, s.need_codes, count(*),
       sum(coalesce(s.last_verified >= ?1, 0)), sum(dead.key IS NOT NULL)
FROM widest
JOIN service s ON s.key = widest.service_key
LEFT JOIN dead ON dead.key = widest.service_key
WHERE s.need_codes != ''
GROUP BY widest.place, s.need_codes
"""

def _province_code(directory: Directory, name: str) -> str:
    place: Place | None = directory.geography.find(name)
    if place is None or place.kind != "province":
        known = ", ".join(p.name for p in directory.provinces())
        raise UserError(f"There is no province called '{name}'; choose one of: {known}.")
    return place.code
