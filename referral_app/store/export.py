"""Read the directory back out as HSDS: nested JSON services, or a tabular data package."""

from __future__ import annotations

import csv
import json
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from ..core.hsds_nest import Nester, need_attributes, need_term, with_extra
from ..core.hsds_package import FORMULA_GUARD, FORMULA_GUARD_KEY
from ..core.hsds_tables import BOOL, EXTRA, LOOKUP_FILES, NESTED_ONE, SATELLITES, TABLES
from ..core.needs import NEEDS

if TYPE_CHECKING:
    import sqlite_utils

BATCH = 500
Row = dict[str, Any]


def _clean(table: str, row: Row) -> Row:
    """A stored row as HSDS: no empty fields, true/false for flags, the publisher's extra
    properties after the declared fields."""
    kinds = TABLES[table].fields
    out = {}
    for key, value in row.items():
        if value is None or key not in kinds:
            continue
        out[key] = bool(value) if kinds[key] == BOOL else value
    if row.get(EXTRA):
        out[EXTRA] = row[EXTRA]
    return with_extra(out)


def _select(db: sqlite_utils.Database, table: str, where: str, args: list[Any],
            extra: tuple[str, ...] = ()) -> list[Row]:
    columns = [*extra, *TABLES[table].fields, EXTRA]
    sql = f"SELECT {', '.join(columns)} FROM {table} WHERE {where}"
    return [dict(zip(columns, row, strict=True)) for row in db.execute(sql, args)]


def nested_services(db: sqlite_utils.Database, keys: list[int] | None = None
                    ) -> Iterator[Row]:
    """Every service (or those with these keys) as a fully nested HSDS object, in name order
    (in the order of ``keys``), a batch at a time."""
    if keys is None:
        keys = [k for (k,) in db.execute("SELECT key FROM service ORDER BY sort_name, id")]
    for start in range(0, len(keys), BATCH):
        yield from nested_batch(db, keys[start : start + BATCH])


def nested_batch(db: sqlite_utils.Database, keys: list[int]) -> list[Row]:
    marks = ",".join("?" * len(keys))
    services = _select(db, "service", f"key IN ({marks})", keys, extra=("key",))
    order = {key: i for i, key in enumerate(keys)}
    services.sort(key=lambda row: order[row["key"]])
    needs: dict[int, list[str]] = defaultdict(list)
    for key, need in db.execute(
        f"SELECT service_key, need FROM service_need WHERE service_key IN ({marks}) ORDER BY need",
        keys,
    ):
        needs[key].append(need)
    location_ids = sorted({location for (location,) in db.execute(
        f"SELECT location_id FROM service_at_location WHERE root IN ({marks})", keys)})
    org_ids = sorted({str(row["organization_id"]) for row in services if row["organization_id"]})
    locations = _select(db, "location", f"id IN ({','.join('?' * len(location_ids))})",
                        location_ids, extra=("key",))
    orgs = _select(db, "organization", f"id IN ({','.join('?' * len(org_ids))})", org_ids,
                   extra=("key",))
    children = _children(db, keys + [row["key"] for row in locations + orgs])
    terms = _terms(db, children)
    nester = Nester(location=lambda _id: None, term=terms.get)
    nested_locations = {
        row["id"]: nester.nest("location", _clean("location", row), children[row["key"]])
        for row in locations
    }
    nested_orgs = {
        row["id"]: _organization(nester.nest("organization", _clean("organization", row),
                                             children[row["key"]]))
        for row in orgs
    }
    nester = Nester(location=nested_locations.get, term=terms.get)
    out = []
    for row in services:
        service = nester.nest("service", _clean("service", row), children[row["key"]])
        if row["organization_id"] in nested_orgs:
            service["organization"] = nested_orgs[row["organization_id"]]
        attributes = need_attributes(row["id"], needs[row["key"]])
        if attributes:
            service["attributes"] = attributes + service.get("attributes", [])
        out.append(service)
    return out


def _organization(org: Row) -> Row:
    org.setdefault("description", "")  # required by HSDS; empty when no source gave one
    return org


Children = dict[tuple[str, str], list[Row]]


def _children(db: sqlite_utils.Database, roots: list[int]) -> dict[int, Children]:
    """The owned rows of each record, by (parent id, table), in their stored order."""
    found: dict[int, Children] = defaultdict(lambda: defaultdict(list))
    if not roots:
        return found
    marks = ",".join("?" * len(roots))
    for table in SATELLITES:
        for row in _select(db, table, f"root IN ({marks}) ORDER BY root, position", roots,
                           extra=("root", "parent_id")):
            root, parent = row.pop("root"), row.pop("parent_id")
            found[root][(parent, table)].append(_clean(table, row))
    return found


def _terms(db: sqlite_utils.Database, children: dict[int, Children]) -> dict[str, Row]:
    ids = sorted({str(row.get("taxonomy_term_id")) for owned in children.values()
                  for (_, table), rows in owned.items() if table == "attribute" for row in rows})
    if not ids:
        return {}
    rows = _select(db, "taxonomy_term", f"id IN ({','.join('?' * len(ids))})", ids)
    return {row["id"]: _clean("taxonomy_term", row) for row in rows}


def write_json(db: sqlite_utils.Database, out: IO[str], keys: list[int] | None = None) -> int:
    """Write an HSDS API page holding every service (or those with these keys); the number
    of services."""
    total = db.execute("SELECT count(*) FROM service").fetchone()[0] if keys is None \
        else len(keys)
    out.write(json.dumps({
        "total_items": total, "total_pages": 1, "page_number": 1, "size": total,
        "first_page": True, "last_page": True, "empty": total == 0,
    }, ensure_ascii=False)[:-1])
    out.write(', "contents": [\n')
    for index, service in enumerate(nested_services(db, keys)):
        if index:
            out.write(",\n")
        out.write(json.dumps(service, ensure_ascii=False, sort_keys=False))
    out.write("\n]}\n")
    return int(total)


# -- the tabular data package -----------------------------------------------------------------

# A text cell that begins with one of these is a formula to a spreadsheet (tab and carriage
# return too: some spreadsheets drop them and read what follows). Such a cell, and one that
# begins with the guard itself, is written with the guard before it; the package says so
# (FORMULA_GUARD_KEY in datapackage.json), and an import of a package that says so removes
# one leading guard from every cell (core.hsds_files). A phone number +92 ... is written
# '+92 ...: still read as dialled, never as a sum.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", FORMULA_GUARD)


def write_package(db: sqlite_utils.Database, folder: Path) -> int:
    """Write the directory as CSV files with datapackage.json into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    resources = []
    looked_up: dict[str, dict[str, Row]] = defaultdict(dict)  # units and taxonomies met
    for table, rows in _tables(db):
        spec = TABLES[table]
        columns = [*spec.columns, *_extra_columns(db, table)]
        if table in looked_up:  # programs only nested in a service go in programs.csv too
            rows = _and_the_rest(rows, looked_up.pop(table))
        resources.append(_write_csv(folder, table, spec.csv_file, columns,
                                    _with_nested_ids(table, rows, looked_up)))
    for table, (file_name, names) in LOOKUP_FILES.items():
        resources.append(_write_csv(folder, table, file_name, list(names),
                                    iter(looked_up[table].values())))
    package = {
        "name": "referral-app-directory",
        "title": "Referral App directory (HSDS 3.1 tabular data package)",
        "profile": "tabular-data-package",
        FORMULA_GUARD_KEY: FORMULA_GUARD,
        "resources": resources,
    }
    (folder / "datapackage.json").write_text(
        json.dumps(package, ensure_ascii=False, indent=1), encoding="utf-8"
    )
    return int(db.execute("SELECT count(*) FROM service").fetchone()[0])


def _write_csv(folder: Path, table: str, file_name: str, columns: list[str],
               rows: Iterator[Row]) -> Row:
    """Write one CSV file of the package; its entry in datapackage.json."""
    with (folder / file_name).open("w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(columns)
        for row in rows:
            writer.writerow([_cell(row.get(c)) for c in columns])
    return {
        "name": table,
        "path": file_name,
        "profile": "tabular-data-resource",
        "schema": {"fields": [{"name": c} for c in columns], "primaryKey": "id"},
    }


def _with_nested_ids(table: str, rows: Iterator[Row],
                     looked_up: dict[str, dict[str, Row]]) -> Iterator[Row]:
    """Rows with the id of each object nested one at a time (a capacity's unit) in its id
    field, and the object noted to be written to its own file."""
    nested = [(key, lookup, id_field) for (owner, key), (lookup, id_field)
              in NESTED_ONE.items() if owner == table]
    for row in rows:
        for key, lookup, id_field in nested:
            obj = row.get(key)
            if isinstance(obj, dict) and isinstance(obj.get("id"), str):
                row.setdefault(id_field, obj["id"])
                looked_up[lookup].setdefault(obj["id"], obj)
        yield row


def _and_the_rest(rows: Iterator[Row], more: dict[str, Row]) -> Iterator[Row]:
    """The rows, then those of ``more`` whose id was not among them."""
    for row in rows:
        more.pop(str(row.get("id")), None)
        yield row
    yield from more.values()


def _extra_columns(db: sqlite_utils.Database, table: str) -> list[str]:
    """The names of the publishers' extra properties of a table that hold one plain value
    (text, a number, true or false), by name: each becomes a column of its CSV file. An
    extra property that holds a list or an object travels only in the JSON export."""
    declared = set(TABLES[table].fields)
    names = db.execute(
        f"SELECT DISTINCT j.key FROM {table} t, json_each(t.{EXTRA}) j "
        "WHERE t.extra IS NOT NULL AND j.type NOT IN ('object', 'array', 'null') "
        "ORDER BY j.key").fetchall()
    return [name for (name,) in names if name not in declared]


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return FORMULA_GUARD + value if value.startswith(FORMULA_STARTS) else value
    if isinstance(value, dict | list):
        return ""  # not a plain value: see _extra_columns
    return str(value)


def _tables(db: sqlite_utils.Database) -> Iterator[tuple[str, Iterator[Row]]]:
    for table in ("organization", "service", "location"):
        yield table, (_clean(table, row) for row in _select(db, table, "1 ORDER BY id", []))
    for table in SATELLITES:
        if table == "attribute":
            yield table, _attributes(db)
        else:
            yield table, _merged(db, table)
    yield "taxonomy_term", _all_terms(db)


def _merged(db: sqlite_utils.Database, table: str) -> Iterator[Row]:
    """One row per id: a row kept under several parents carries each parent's link. Rows come
    in the order they have under their first parent: a CSV file has no other way to keep the
    order of a service's phones (the first is the one on its slip)."""
    columns = [*TABLES[table].fields, EXTRA]
    # where each row first comes: its parent's id and its place there (ids, not keys, so that
    # the order is the same in every directory holding the same data)
    place = "parent_id || printf(':%09d', position)"
    sql = (f"SELECT {', '.join(columns)}, min({place}) OVER (PARTITION BY id) AS first_place "
           f"FROM {table} ORDER BY first_place, id, {place}")
    current: Row = {}
    for *values, _ in db.execute(sql):
        row = _clean(table, dict(zip(columns, values, strict=True)))
        if current and current["id"] == row["id"]:
            for key, value in row.items():
                current.setdefault(key, value)
            continue
        if current:
            yield current
        current = row
    if current:
        yield current


def _attributes(db: sqlite_utils.Database) -> Iterator[Row]:
    for key, service_id in db.execute("SELECT key, id FROM service ORDER BY id"):
        codes = [n for (n,) in db.execute(
            "SELECT need FROM service_need WHERE service_key = ? ORDER BY need", [key])]
        for attribute in need_attributes(service_id, codes):
            attribute.pop("taxonomy_term")
            yield dict(attribute, link_id=service_id)
    yield from _merged(db, "attribute")


def _all_terms(db: sqlite_utils.Database) -> Iterator[Row]:
    own = {need.term_id for need in NEEDS}
    for need in NEEDS:
        yield need_term(need.code)
    for row in _select(db, "taxonomy_term", "1 ORDER BY id", []):
        if row["id"] not in own:
            yield _clean("taxonomy_term", row)
