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
from .search_plan import Plan

if TYPE_CHECKING:
    import sqlite_utils

TEXT_COLUMNS = "{names organization body}"



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


# The day a service was last verified: by the coordinator (last_verified) or by its publisher
# (HSDS assured_date, when it is a date), whichever is later; '' when neither.
VERIFIED_ON = ("max(coalesce(s.last_verified, ''), CASE WHEN s.assured_date GLOB "
               "'[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]' THEN s.assured_date ELSE '' END)")


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
        sql += f" AND {VERIFIED_ON} >= ?"
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
}


CANDIDATES = 1000  # matches ranked per tier; a very common word ranks only its first ones


def search_keys(
    db: sqlite_utils.Database,
    geography: Geography,
    plan: Plan,
    filters: SearchFilters,
    limit: int,
    offset: int = 0,
    order: str = "relevance",
) -> list[int]:
    """Keys of the services matching a planned search, best first."""
    if order not in (*_SORTS, "relevance"):
        raise ValueError(f"unknown order {order!r}")
    source, where, args = matching(plan, filters, geography)
    if order != "relevance" or not (plan.clauses or plan.groups):
        sort = _SORTS.get(order, "s.sort_name")  # nothing to rank by: browse by name
        sql = f"SELECT s.key {source} {where} ORDER BY {sort}, s.id LIMIT ? OFFSET ?"
        return [k for (k,) in db.execute(sql, [*args, limit, offset])]
    if not source.startswith("FROM service_search"):
        ranking, rank_args = _within(plan, pool=False)
        sql = f"SELECT s.key {source} {where} ORDER BY {ranking} LIMIT ? OFFSET ?"
        return [k for (k,) in db.execute(sql, [*args, *rank_args, limit, offset])]
    return _ranked(db, plan, where, args, limit + offset)[offset:]


def _ranked(db: sqlite_utils.Database, plan: Plan, where: str, args: list[object],
            wanted: int) -> list[int]:
    """The best ``wanted`` services, tier by tier: services with the needs read before those
    that only mention them, and within each, the closest coverage of the places read first.
    Each tier ranks its first CANDIDATES matches (all of them on any real directory)."""
    expression, conditions = str(args[0]), args[1:]
    ranking, rank_args = _within(plan, pool=True)
    cap = max(CANDIDATES, 4 * wanted)
    found: list[int] = []
    for tier in _tiers(plan):
        rank = "f.rank" if plan.has_words else "0"  # bm25 is costly; only words need it
        sql = (f"SELECT s.key FROM (SELECT f.rowid AS key, {rank} AS rank FROM service_search f "
               f"WHERE f.service_search MATCH ? LIMIT ?) c JOIN service s ON s.key = c.key "
               f"{where.replace('WHERE f.service_search MATCH ?', 'WHERE 1')} "
               f"ORDER BY {ranking} LIMIT ?")
        found += [k for (k,) in db.execute(
            sql, [f"({expression}){tier}", cap, *conditions, *rank_args, wanted - len(found)])]
        if len(found) >= wanted:
            break
    return found


def _tiers(plan: Plan) -> list[str]:
    """FTS clauses that split the matches into tiers, best first: with the needs read, then
    by closeness of coverage, then mentioning the groups read, then with the words in the
    names; each split in that order within the one before."""
    splits: list[list[str]] = []
    if plan.needs:
        splits.append([f"tags : ({' OR '.join(tag('need', code) for code in plan.needs)})"])
    if plan.closeness:
        splits.append([f"tags : ({' OR '.join(group)})" for group in plan.closeness])
    if plan.groups and plan.groups not in plan.clauses:
        splits.append([plan.groups])
    if plan.names or plan.read_names:
        splits.append([str(plan.names or plan.read_names)])
    tiers = [""]
    for choices in splits:
        suffixes = []
        for index, clause in enumerate(choices + [""]):
            before = "".join(f" NOT ({earlier})" for earlier in choices[:index])
            suffixes.append((f" AND ({clause})" if clause else "") + before)
        tiers = [tier + suffix for tier in tiers for suffix in suffixes]
    return tiers


def count_matches(db: sqlite_utils.Database, geography: Geography, plan: Plan,
                  filters: SearchFilters) -> int:
    if not _conditions(filters, status=False)[0] and not plan.sql:
        # Everything asked is in the index: count there, without touching the service table.
        expression = _expression(plan.clauses, _tags(filters, geography),
                                 _exclusions(filters, listed=True) + plan.exclusions)
        if expression is not None:
            return int(db.execute("SELECT count(*) FROM service_search WHERE service_search "
                                  "MATCH ?", [expression]).fetchone()[0])
    source, where, args = matching(plan, filters, geography)
    return int(db.execute(f"SELECT count(*) {source} {where}", args).fetchone()[0])


def matching(plan: Plan, filters: SearchFilters, geography: Geography
              ) -> tuple[str, str, list[object]]:
    """FROM and WHERE of a planned search with the filters: (source, where, arguments); with
    the index, the FTS query is the first argument."""
    where, args = _conditions(filters, status=True)
    where += plan.sql
    args += plan.args
    exclusions = _exclusions(filters, listed=False) + plan.exclusions
    expression = _expression(plan.clauses, _tags(filters, geography), exclusions)
    if expression is None:
        if filters.gender:
            where += " AND coalesce(s.gender, ?) = ?"
            args += [filters.gender, filters.gender]
        for word in plan.exclusions:  # a group read with nothing else to match
            where += " AND coalesce(s.gender, '') != ?"
            args.append(word.removeprefix("only"))
        return "FROM service s", f"WHERE 1 {where}", args
    source = "FROM service_search f JOIN service s ON s.key = f.rowid"
    return source, f"WHERE f.service_search MATCH ? {where}", [expression, *args]


def _within(plan: Plan, *, pool: bool) -> tuple[str, list[object]]:
    """ORDER BY terms within a tier (alias c for the pool of matches), and their arguments:
    verified first, the better text match, then by name and id. Without the index (a group
    alone), those mentioning the group first."""
    terms: list[str] = []
    args: list[object] = []
    if not pool and plan.groups:
        terms.append(f"s.key NOT IN ({_matched('service_search')})")
        args.append(plan.groups)
    terms.append("coalesce(s.last_verified, '') = ''")
    if plan.has_words and pool:
        terms.append("round(c.rank, 6)")
    terms.append("s.sort_name, s.id")
    return ", ".join(terms), args


def _matched(table: str) -> str:
    return f"SELECT rowid FROM {table} WHERE {table} MATCH ?"


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
            f"max({VERIFIED_ON}, coalesce((SELECT max(c.made_on) FROM "
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
