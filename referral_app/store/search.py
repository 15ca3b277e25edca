"""Search the directory: ranked, filtered, limited, never loading every match."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..core.errors import UserError
from ..core.geography import NATIONAL, Geography
from ..core.models import SearchFilters, ServiceSummary
from ..core.opening_hours import DAYS
from ..core.search_terms import LISTED_STATUSES, language_code, tag
from ..core.text import prefix_query

if TYPE_CHECKING:
    import sqlite_utils

TEXT_COLUMNS = "{names organization body}"


CANDIDATES = 2000  # matches ranked per tier when a word is very common


def match_expression(text: str, filters: SearchFilters, geography: Geography) -> str | None:
    """The FTS5 query for a search, or None when neither text nor filter narrows it."""
    words = prefix_query(text)
    parts = [f"{TEXT_COLUMNS} : ({words})"] if words else []
    return _expression(parts, _tags(filters, geography), _exclusions(filters, listed=True))


def _expression(parts: list[str], tags: list[str], exclusions: list[str]) -> str | None:
    """Clauses joined with AND, then the exclusions with NOT (FTS5 needs something to
    exclude from)."""
    if not parts and not tags:
        return None
    expression = " AND ".join(parts + tags)
    if exclusions:
        expression = f"({expression}) NOT tags : ({' OR '.join(exclusions)})"
    return expression


def _exclusions(filters: SearchFilters, *, listed: bool) -> list[str]:
    """Tag words that rule a service out. Rare words, so excluding them is cheap."""
    out = []
    if listed and not filters.include_inactive:
        out.append("unlisted")
    if filters.gender:
        out += [tag("only", g) for g in ("female", "male") if g != filters.gender]
    return out


def _tags(filters: SearchFilters, geography: Geography) -> list[str]:
    """Filter conditions on the index's tag words, one clause per filter."""
    groups = []
    if filters.needs:
        groups.append([tag("need", code) for code in filters.needs])
    if filters.district:
        place = geography.find(filters.district) or geography.get(filters.district)
        if place is None or place.kind != "district":
            raise UserError(f"There is no district called '{filters.district}' in the directory's "
                            "geography; check the spelling or leave the district out.")
        groups.append([tag("in", place.code), tag("in", place.parent), tag("in", NATIONAL)])
    if filters.province:
        place = geography.find(filters.province) or geography.get(filters.province)
        if place is None or place.kind not in ("province", "country"):
            raise UserError(f"There is no province called '{filters.province}'; use one of "
                            "Punjab, Sindh, Khyber Pakhtunkhwa, Balochistan, Islamabad Capital "
                            "Territory, Gilgit-Baltistan, Azad Jammu and Kashmir.")
        groups.append([tag("in", place.code), tag("within", place.code), tag("in", NATIONAL)])
    if filters.language:
        groups.append([tag("lang", language_code(filters.language))])
    if filters.free_only:
        groups.append(["free"])
    return [f"tags : ({' OR '.join(group)})" for group in groups]


def _conditions(filters: SearchFilters, *, status: bool) -> tuple[str, list[object]]:
    """SQL conditions on the service table (alias s) that the index does not hold."""
    sql, args = "", list[object]()
    if status and not filters.include_inactive:
        sql += f" AND s.status IN ({', '.join('?' * len(LISTED_STATUSES))})"
        args += list(LISTED_STATUSES)
    if filters.age is not None:
        sql += (" AND (s.minimum_age IS NULL OR s.minimum_age <= ?)"
                " AND (s.maximum_age IS NULL OR s.maximum_age >= ?)")
        args += [filters.age, filters.age]
    if filters.children:
        sql += " AND (s.minimum_age IS NULL OR s.minimum_age < 18)"
    if filters.verified_since:
        sql += " AND s.last_verified >= ?"
        args.append(filters.verified_since)
    if filters.open_at is not None:
        day = DAYS[filters.open_at.weekday()]
        now = filters.open_at.strftime("%H:%M")
        sql += (f" AND (s.key IN (SELECT h.root FROM schedule h WHERE {_OPEN})"
                " OR s.key IN (SELECT a.root FROM service_at_location a"
                " JOIN location l ON l.id = a.location_id"
                f" JOIN schedule h ON h.root = l.key WHERE {_OPEN}))")
        args += [f"%{day}%", now, now] * 2
    return sql, args


# A weekly schedule row (alias h) open at a day and time: day pattern, time, time.
_OPEN = ("h.byday LIKE ? AND coalesce(h.freq, 'WEEKLY') = 'WEEKLY' AND h.opens_at <= ? "
         "AND (h.closes_at > ? OR h.closes_at >= '23:59')")

_SORTS = {
    "name": "s.sort_name",
    "district": "coalesce(s.district, '') = '', s.district, s.sort_name",
    "relevance": "s.sort_name",  # without words there is nothing to rank by
}


def search_keys(
    db: sqlite_utils.Database,
    geography: Geography,
    text: str,
    filters: SearchFilters,
    limit: int,
    offset: int = 0,
    order: str = "relevance",
) -> list[int]:
    """Keys of the matching services, best first."""
    if order not in _SORTS:
        raise ValueError(f"unknown order {order!r}")
    words = prefix_query(text)
    tags = _tags(filters, geography)
    if words and order == "relevance":
        return _ranked(db, words, tags, _exclusions(filters, listed=True),
                       _conditions(filters, status=False), limit, offset)
    where, args = _narrowed(words, tags, filters)
    sql = f"SELECT s.key FROM service s WHERE 1 {where} ORDER BY {_SORTS[order]} LIMIT ? OFFSET ?"
    return [k for (k,) in db.execute(sql, [*args, limit, offset])]


def _narrowed(words: str | None, tags: list[str], filters: SearchFilters
              ) -> tuple[str, list[object]]:
    """SQL conditions on the service table for a search without ranking."""
    where, args = _conditions(filters, status=True)
    expression = _expression([f"{TEXT_COLUMNS} : ({words})"] if words else [], tags,
                             _exclusions(filters, listed=False))
    if expression:
        where += " AND s.key IN (SELECT rowid FROM service_search WHERE service_search MATCH ?)"
        args.append(expression)
    elif filters.gender:
        where += " AND coalesce(s.gender, ?) = ?"
        args += [filters.gender, filters.gender]
    return where, args


def _ranked(db: sqlite_utils.Database, words: str, tags: list[str], exclusions: list[str],
            conditions: tuple[str, list[object]], limit: int, offset: int) -> list[int]:
    """Services whose names hold every word, best first, from the small names index; then
    those that hold the words anywhere. A very common word ranks only its first CANDIDATES
    matches there, so that typing stays fast on a large directory; another word makes the
    ranking exact again."""
    where, args = conditions
    wanted = limit + offset
    names = _expression([f"names : ({words})"], tags, exclusions)
    found = _best(db, "service_name_search", str(names), where, args, wanted,
                  max(CANDIDATES, 4 * wanted))
    if len(found) < wanted:
        seen = set(found)
        anywhere = str(_expression([f"{TEXT_COLUMNS} : ({words})"], tags, exclusions))
        more = _best(db, "service_search", anywhere, where, args, wanted + len(found),
                     max(CANDIDATES, 4 * wanted))
        found += [key for key in more if key not in seen][: wanted - len(found)]
    return found[offset:wanted]


def _best(db: sqlite_utils.Database, table: str, expression: str, where: str,
          args: list[object], limit: int, cap: int) -> list[int]:
    """The best ``limit`` of the first ``cap`` matches of ``expression`` in ``table``."""
    join = "JOIN service s ON s.key = f.rowid" if where else ""
    sql = (f"SELECT rowid FROM (SELECT f.rowid AS rowid, f.rank AS rank FROM {table} f {join} "
           f"WHERE f.{table} MATCH ? {where} LIMIT ?) ORDER BY rank LIMIT ?")
    return [k for (k,) in db.execute(sql, [expression, *args, cap, limit])]


def count_matches(db: sqlite_utils.Database, geography: Geography, text: str,
                  filters: SearchFilters) -> int:
    words, tags = prefix_query(text), _tags(filters, geography)
    if not _conditions(filters, status=False)[0]:
        # Everything asked is in the index: count there, without touching the service table.
        expression = _expression([f"{TEXT_COLUMNS} : ({words})"] if words else [], tags,
                                 _exclusions(filters, listed=True))
        if expression is not None:
            return int(db.execute("SELECT count(*) FROM service_search WHERE service_search "
                                  "MATCH ?", [expression]).fetchone()[0])
    where, args = _narrowed(words, tags, filters)
    return int(db.execute(f"SELECT count(*) FROM service s WHERE 1 {where}", args).fetchone()[0])


def summaries(db: sqlite_utils.Database, keys: Sequence[int]) -> list[ServiceSummary]:
    """Result lines for these services, in the order of ``keys``: one query."""
    if not keys:
        return []
    marks = ",".join("?" * len(keys))
    rows = {
        row[0]: row
        for row in db.execute(
            "SELECT s.key, s.id, s.name, coalesce(s.name_ur, ''), coalesce(o.name, ''), "
            "coalesce(s.city, ''), coalesce(s.district, ''), coalesce(s.province, ''), "
            "max(coalesce(s.last_verified, ''), coalesce((SELECT max(c.made_on) FROM "
            "local_correction c WHERE c.service_id = s.id AND c.kind = 'verified' "
            "AND c.status = 'open'), '')), coalesce(s.source_date, ''), s.status, "
            "coalesce(s.need_codes, ''), coalesce(s.phone_numbers, '') "
            f"FROM service s LEFT JOIN organization o ON o.id = s.organization_id "
            f"WHERE s.key IN ({marks})", list(keys),
        )
    }
    return [
        ServiceSummary(
            id=row[1], name=row[2], name_ur=row[3], organization=row[4],
            needs=tuple(row[11].split()), phones=tuple(filter(None, row[12].split("\n"))),
            city=row[5], district=row[6], province=row[7], last_verified=row[8],
            source_date=row[9], status=row[10],
        )
        for row in map(rows.get, keys) if row is not None
    ]
