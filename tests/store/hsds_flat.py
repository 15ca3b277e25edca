"""HSDS JSON flattened to its records, to compare a file with what the directory exports.

Nesting may repeat or move a record (a location under its organization or under the service
that uses it); what must survive is each record (table and id) with every value it holds.
"""

from __future__ import annotations

from typing import Any

from referral_app.core.hsds_records import as_stored
from referral_app.core.hsds_tables import PARENT_LINK, TABLES

_SHARED = {"organization": "organization", "location": "location",
           "taxonomy_term": "taxonomy_term", "locations": "location", "services": "service"}
_LINKS = {"attribute": "link_id", "metadata": "resource_id"}

Flat = dict[tuple[str, str], dict[str, Any]]


def flatten(obj: dict[str, Any], table: str = "service", out: Flat | None = None,
            parent: str = "") -> Flat:
    """Every record in ``obj`` by (table, id): its values without what nests in it, and
    without the link to the record it nests in (the nesting says it)."""
    out = {} if out is None else out
    children = dict(TABLES[table].children)
    values: dict[str, Any] = {}
    for key, value in as_stored(obj, table).items():
        child = children.get(key) or (_SHARED.get(key) if key not in
                                      TABLES[table].fields else None)
        if child and isinstance(value, list):
            for item in value:
                flatten(item, child, out, table)
        elif child and isinstance(value, dict):
            flatten(value, child, out, table)
        else:
            values[key] = value
    if parent:
        values.pop(_LINKS.get(table) or PARENT_LINK.get(parent, ""), None)
    key = (table, str(obj.get("id")))
    out[key] = {**values, **out.get(key, {})}  # the first copy is the one kept
    return out


def lost(source: Flat, exported: Flat) -> list[str]:
    """Each value of ``source`` that ``exported`` does not hold the same."""
    found = []
    for key, values in source.items():
        if key not in exported:
            found.append(f"{key} is missing")
            continue
        found += [f"{key} {field}: {value!r} became {exported[key].get(field)!r}"
                  for field, value in values.items() if exported[key].get(field) != value]
    return found
