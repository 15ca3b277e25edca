"""Keep the derived data of services up to date: search index, coverage, list columns.

Derived data is always rebuilt from the stored rows, for any set of services, in batches: after
an import, after a correction, or when a shared location or organization changed.
"""

from __future__ import annotations

import functools
import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from importlib import resources
from typing import TYPE_CHECKING, Any

from ..core.geography import Geography, Place
from ..core.search_terms import LIST_COLUMNS, IndexEntry, ServiceFacts, index_entry
from .writer import delete_where_in, insert_rows

if TYPE_CHECKING:
    import sqlite_utils

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
    return Geography(places, aliases, _cities())


@functools.cache
def _cities() -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    """The cities of the packaged geography: (their names, their districts' codes)."""
    data = json.loads((resources.files("referral_app.db") / "geography.json").read_text(
        encoding="utf-8"))
    return tuple((tuple(filter(None, (c["name"], c.get("name_ur", ""), *c.get("aliases", [])))),
                  tuple(c["districts"])) for c in data.get("cities", []))


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
    facts = {row[0]: ServiceFacts(row[0], dict(zip(_SERVICE_COLUMNS, row, strict=True)))
             for row in rows}
    for key, need in db.execute(
        f"SELECT service_key, need FROM service_need WHERE service_key IN {_in(keys)} "
        "ORDER BY need", keys
    ):
        facts[key].needs.append(need)
    org_ids = list({str(f.row["organization_id"]) for f in facts.values()
                    if f.row["organization_id"]})
    orgs = {
        row[0]: [n for n in row[1:] if n]
        for row in db.execute(
            "SELECT id, name, alternate_name, name_ur FROM organization "
            f"WHERE id IN {_in(org_ids)}",
            org_ids,
        )
    }
    for f in facts.values():
        f.organization = orgs.get(str(f.row["organization_id"]), [])
    located = db.execute(
        f"SELECT a.root, l.key, l.name, l.name_ur FROM service_at_location a "
        f"JOIN location l ON l.id = a.location_id WHERE a.root IN {_in(keys)} "
        "ORDER BY a.root, a.position", keys
    ).fetchall()
    location_keys = list({row[1] for row in located})
    addresses: dict[int, list[tuple[str, str, str]]] = defaultdict(list)
    for root, city, region, state in db.execute(
        f"SELECT root, city, coalesce(region, ''), state_province FROM address "
        f"WHERE root IN {_in(location_keys)} ORDER BY root, position", location_keys
    ):
        addresses[root].append((city or "", region, state or ""))
    languages: dict[int, list[tuple[str, str]]] = defaultdict(list)
    roots = keys + location_keys
    for root, name, code in db.execute(
        f"SELECT root, coalesce(name, ''), coalesce(code, '') FROM language "
        f"WHERE root IN {_in(roots)}", roots
    ):
        languages[root].append((name, code))
    for service_key, location_key, name, name_ur in located:
        f = facts[service_key]
        f.locations.append([n for n in (name, name_ur) if n])
        f.addresses += addresses.get(location_key, [])
        f.languages += languages.get(location_key, [])
    for key, f in facts.items():
        f.languages += languages.get(key, [])
    for root, name in db.execute(
        f"SELECT root, name FROM service_area WHERE root IN {_in(keys)} AND name IS NOT NULL "
        "ORDER BY root, position", keys
    ):
        facts[root].areas.append(name)
    phones: dict[int, list[str]] = defaultdict(list)
    for root, number in db.execute(
        f"SELECT root, number FROM phone WHERE root IN {_in(roots)} "
        "ORDER BY root, parent_type != 'service', position", roots
    ):
        phones[root].append(number)
    for key, f in facts.items():
        f.phones += phones.get(key, [])
    for service_key, location_key, _, _ in located:
        facts[service_key].phones += phones.get(location_key, [])
    return list(facts.values())


def _write(db: sqlite_utils.Database, keys: list[int], entries: list[IndexEntry]) -> None:
    conn = db.conn
    for table in ("service_search", "service_name_search"):
        conn.execute(f"DELETE FROM {table} WHERE rowid IN {_in(keys)}", keys)
    conn.execute(f"DELETE FROM service_coverage WHERE service_key IN {_in(keys)}", keys)
    write_entries(db, entries, fresh=True)


def write_entries(db: sqlite_utils.Database, entries: list[IndexEntry], *, fresh: bool,
                  list_columns: bool = True) -> None:
    """Write index entries; unless ``fresh``, first remove what the services had. The
    service rows' list columns are updated too, unless they were written with the rows."""
    conn = db.conn
    if not fresh:
        keys = [e.key for e in entries]
        delete_where_in(conn, "service_search", "rowid", keys)
        delete_where_in(conn, "service_name_search", "rowid", keys)
        delete_where_in(conn, "service_coverage", "service_key", keys)
    insert_rows(conn, "INSERT INTO service_search (rowid, names, organization, body, tags)",
                [(e.key, e.names, e.organization, e.body, e.tags) for e in entries])
    insert_rows(conn, "INSERT INTO service_name_search (rowid, names, tags)",
                [(e.key, e.names, e.tags) for e in entries])
    insert_rows(conn, "INSERT INTO service_coverage (service_key, place)",
                [(e.key, code) for e in entries for code in e.coverage])
    if list_columns:
        assignments = ", ".join(f"{column} = ?" for column in LIST_COLUMNS)
        conn.executemany(
            f"UPDATE service SET {assignments} WHERE key = ?",
            [(*e.list_columns().values(), e.key) for e in entries],
        )
