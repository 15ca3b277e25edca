"""Keep the derived data of services up to date: search index, coverage, list columns.

Derived data is always rebuilt from the stored rows, for any set of services, in batches: after
an import, after a correction, or when a shared location or organization changed.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

import sqlite_utils

from ..core.geography import Geography, Place
from ..core.search_terms import IndexEntry, ServiceFacts, index_entry

BATCH = 500
_SERVICE_COLUMNS = (
    "key", "id", "name", "alternate_name", "slip_name", "name_ur", "slip_name_ur",
    "description", "description_ur", "organization_id", "status", "gender", "free_of_charge",
)


def load_geography(db: sqlite_utils.Database) -> Geography:
    places = [Place(*row) for row in db.execute(
        "SELECT code, kind, name, coalesce(name_ur, ''), coalesce(parent, '') FROM place"
    )]
    aliases = db.execute("SELECT alias, code FROM place_alias").fetchall()
    return Geography(places, aliases)


def reindex(db: sqlite_utils.Database, keys: Iterable[int], geography: Geography) -> None:
    """Rebuild the derived data of the services with these keys (inside the caller's
    transaction)."""
    ordered = sorted(set(keys))
    for start in range(0, len(ordered), BATCH):
        batch = ordered[start : start + BATCH]
        entries = [index_entry(facts, geography) for facts in _gather(db, batch)]
        _write(db, batch, entries)


def _in(values: Sequence[Any]) -> str:
    return "(" + ",".join("?" * len(values)) + ")"


def _gather(db: sqlite_utils.Database, keys: list[int]) -> list[ServiceFacts]:
    rows = db.execute(
        f"SELECT {', '.join(_SERVICE_COLUMNS)} FROM service WHERE key IN {_in(keys)}", keys
    ).fetchall()
    facts = {row[1]: ServiceFacts(row[0], dict(zip(_SERVICE_COLUMNS, row, strict=True)))
             for row in rows}
    ids = list(facts)
    for key, need in db.execute(
        f"SELECT s.id, n.need FROM service_need n JOIN service s ON s.key = n.service_key "
        f"WHERE n.service_key IN {_in(keys)} ORDER BY n.need", keys
    ):
        facts[key].needs.append(need)
    org_ids = list({str(f.row["organization_id"]) for f in facts.values()
                    if f.row["organization_id"]})
    orgs = {
        row[0]: [n for n in row[1:] if n]
        for row in db.execute(
            f"SELECT id, name, alternate_name, name_ur FROM organization WHERE id IN {_in(org_ids)}",
            org_ids,
        )
    }
    for f in facts.values():
        f.organization = orgs.get(str(f.row["organization_id"]), [])
    located = db.execute(
        f"SELECT root_id, location_id FROM service_at_location WHERE root_id IN {_in(ids)} "
        "ORDER BY root_id, position", ids
    ).fetchall()
    location_ids = list({location for _, location in located})
    location_names = {
        row[0]: [n for n in row[1:] if n]
        for row in db.execute(
            f"SELECT id, name, name_ur FROM location WHERE id IN {_in(location_ids)}",
            location_ids,
        )
    }
    addresses: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for root, city, region, state in db.execute(
        f"SELECT root_id, city, coalesce(region, ''), state_province FROM address "
        f"WHERE root_id IN {_in(location_ids)} ORDER BY root_id, position", location_ids
    ):
        addresses[root].append((city or "", region, state or ""))
    by_root_languages: dict[str, list[tuple[str, str]]] = defaultdict(list)
    roots = ids + location_ids
    for root, name, code in db.execute(
        f"SELECT root_id, coalesce(name, ''), coalesce(code, '') FROM language "
        f"WHERE root_id IN {_in(roots)}", roots
    ):
        by_root_languages[root].append((name, code))
    for service_id, location_id in located:
        f = facts[service_id]
        f.locations.append(location_names.get(location_id, []))
        f.addresses += addresses.get(location_id, [])
        f.languages += by_root_languages.get(location_id, [])
    for service_id, f in facts.items():
        f.languages += by_root_languages.get(service_id, [])
    for root, name in db.execute(
        f"SELECT root_id, name FROM service_area WHERE root_id IN {_in(ids)} AND name IS NOT NULL "
        "ORDER BY root_id, position", ids
    ):
        facts[root].areas.append(name)
    for root, number in db.execute(
        f"SELECT root_id, number FROM phone WHERE root_id IN {_in(ids)} ORDER BY root_id, position",
        ids,
    ):
        facts[root].phones.append(number)
    return list(facts.values())


def _write(db: sqlite_utils.Database, keys: list[int], entries: list[IndexEntry]) -> None:
    conn = db.conn
    conn.execute(f"DELETE FROM service_search WHERE rowid IN {_in(keys)}", keys)
    conn.execute(f"DELETE FROM service_coverage WHERE service_key IN {_in(keys)}", keys)
    conn.executemany(
        "INSERT INTO service_search (rowid, names, organization, body, tags) VALUES (?,?,?,?,?)",
        [(e.key, e.names, e.organization, e.body, e.tags) for e in entries],
    )
    conn.executemany(
        "INSERT INTO service_coverage (service_key, place) VALUES (?, ?)",
        [(e.key, code) for e in entries for code in e.coverage],
    )
    conn.executemany(
        "UPDATE service SET sort_name = ?, city = ?, district = ?, province = ? WHERE key = ?",
        [(e.sort_name, e.city, e.district, e.province, e.key) for e in entries],
    )
