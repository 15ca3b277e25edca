"""Search the directory: ranked, filtered, limited, never loading every match."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

import sqlite_utils

from ..core.errors import UserError
from ..core.geography import NATIONAL, Geography
from ..core.models import SearchFilters, ServiceSummary
from ..core.search_terms import language_code, tag
from ..core.text import prefix_query

TEXT_COLUMNS = "{names organization body}"
ORDERS = {"relevance", "name", "district"}


def match_expression(text: str, filters: SearchFilters, geography: Geography) -> str | None:
    """The FTS5 query for a search, or None when neither text nor filter narrows it."""
    parts = []
    words = prefix_query(text)
    if words:
        parts.append(f"{TEXT_COLUMNS} : ({words})")
    tags = _filter_tags(filters, geography)
    parts += [f"tags : ({' OR '.join(group)})" for group in tags]
    return " AND ".join(parts) if parts else None


def _filter_tags(filters: SearchFilters, geography: Geography) -> list[list[str]]:
    groups = []
    if not filters.include_inactive:
        groups.append(["listed"])
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
    if filters.gender:
        groups.append([tag("gender", "all"), tag("gender", filters.gender)])
    if filters.free_only:
        groups.append(["free"])
    return groups


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
    match = match_expression(text, filters, geography)
    age_sql, age_args = _age_condition(filters)
    has_words = prefix_query(text) is not None
    if order not in ORDERS:
        raise ValueError(f"unknown order {order!r}")
    sort = {"name": "s.sort_name", "district": "s.district IS NULL OR s.district = '', "
            "s.district, s.sort_name"}.get(order, "")
    if match is None:
        sql = f"SELECT s.key FROM service s WHERE 1 {age_sql} ORDER BY s.sort_name LIMIT ? OFFSET ?"
        return [k for (k,) in db.execute(sql, [*age_args, limit, offset])]
    if has_words and not age_sql and order == "relevance":
        sql = ("SELECT rowid FROM service_search WHERE service_search MATCH ? "
               "ORDER BY rank LIMIT ? OFFSET ?")
        return [k for (k,) in db.execute(sql, [match, limit, offset])]
    if has_words and order == "relevance":
        sql = (f"SELECT f.rowid FROM service_search f JOIN service s ON s.key = f.rowid "
               f"WHERE service_search MATCH ? {age_sql} ORDER BY f.rank LIMIT ? OFFSET ?")
        return [k for (k,) in db.execute(sql, [match, *age_args, limit, offset])]
    sql = (f"SELECT s.key FROM service s WHERE s.key IN "
           f"(SELECT rowid FROM service_search WHERE service_search MATCH ?) {age_sql} "
           f"ORDER BY {sort or 's.sort_name'} LIMIT ? OFFSET ?")
    return [k for (k,) in db.execute(sql, [match, *age_args, limit, offset])]


def count_matches(db: sqlite_utils.Database, geography: Geography, text: str,
                  filters: SearchFilters) -> int:
    match = match_expression(text, filters, geography)
    age_sql, age_args = _age_condition(filters)
    if match is None:
        return int(db.execute(f"SELECT count(*) FROM service s WHERE 1 {age_sql}",
                              age_args).fetchone()[0])
    sql = (f"SELECT count(*) FROM service s WHERE s.key IN "
           f"(SELECT rowid FROM service_search WHERE service_search MATCH ?) {age_sql}")
    return int(db.execute(sql, [match, *age_args]).fetchone()[0])


def _age_condition(filters: SearchFilters) -> tuple[str, list[int]]:
    if filters.age is None:
        return "", []
    return ("AND (s.minimum_age IS NULL OR s.minimum_age <= ?) "
            "AND (s.maximum_age IS NULL OR s.maximum_age >= ?)", [filters.age, filters.age])


def summaries(db: sqlite_utils.Database, keys: Sequence[int]) -> list[ServiceSummary]:
    """Result lines for these services, in the order of ``keys``."""
    if not keys:
        return []
    marks = ",".join("?" * len(keys))
    rows = {
        row[0]: row
        for row in db.execute(
            "SELECT s.key, s.id, s.name, coalesce(s.name_ur, ''), coalesce(o.name, ''), "
            "coalesce(s.city, ''), coalesce(s.district, ''), coalesce(s.province, ''), "
            "coalesce(s.last_verified, ''), coalesce(s.source_date, ''), s.status "
            f"FROM service s LEFT JOIN organization o ON o.id = s.organization_id "
            f"WHERE s.key IN ({marks})", list(keys),
        )
    }
    needs: dict[int, list[str]] = defaultdict(list)
    for key, need in db.execute(
        f"SELECT service_key, need FROM service_need WHERE service_key IN ({marks})", list(keys)
    ):
        needs[key].append(need)
    phones = _phones(db, list(rows))
    out = []
    for key in keys:
        row = rows.get(key)
        if row is None:
            continue
        out.append(ServiceSummary(
            id=row[1], name=row[2], name_ur=row[3], organization=row[4],
            needs=tuple(sorted(needs[key])), phones=tuple(phones.get(key, ())), city=row[5],
            district=row[6], province=row[7], last_verified=row[8], source_date=row[9],
            status=row[10],
        ))
    return out


def _phones(db: sqlite_utils.Database, keys: list[int]) -> dict[int, list[str]]:
    """Each service's phone numbers: its own first, then those of its locations."""
    marks = ",".join("?" * len(keys))
    found: dict[int, list[str]] = defaultdict(list)
    for root, number in db.execute(
        f"SELECT root, number FROM phone WHERE root IN ({marks}) "
        "ORDER BY root, parent_type != 'service', position", keys,
    ):
        if number not in found[root]:
            found[root].append(number)
    for root, number in db.execute(
        "SELECT a.root, p.number FROM service_at_location a "
        "JOIN location l ON l.id = a.location_id JOIN phone p ON p.root = l.key "
        f"WHERE a.root IN ({marks}) ORDER BY a.root, a.position, p.position", keys,
    ):
        if number not in found[root]:
            found[root].append(number)
    return found
