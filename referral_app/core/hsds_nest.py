"""Nest flat HSDS rows back into HSDS JSON objects (the inverse of ``hsds_records``).

Used to export the directory as an API page, and to read a tabular data package: its CSV rows are
nested into the same JSON shape that an HSDS JSON file has, then read by the same code.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from . import needs as needs_module
from .hsds_records import ORIGIN
from .hsds_tables import EXTRA, PARENT_LINK, TABLES

Row = dict[str, Any]
# (parent id, child table) -> child rows in order
Children = Mapping[tuple[str, str], list[Row]]


class Nester:
    """Builds nested objects; ``location`` and ``term`` look up shared records by id."""

    def __init__(
        self,
        location: Callable[[str], Row | None],
        term: Callable[[str], Row | None],
    ) -> None:
        self._location = location
        self._term = term

    def nest(self, table: str, row: Row, children: Children, parent: str = "") -> Row:
        out = {key: value for key, value in row.items() if key != ORIGIN}
        if parent:  # the link to the parent is implied by the nesting
            out.pop(_LINK_TO_PARENT.get(table) or PARENT_LINK[parent], None)
        for key, child_table in TABLES[table].children:
            items = [
                self.nest(child_table, child, children, table)
                for child in children.get((row["id"], child_table), ())
            ]
            if items:
                out[key] = items
        if table == "service_at_location":
            location = self._location(str(row.get("location_id")))
            if location is not None:
                out["location"] = location
        elif table == "attribute":
            term = self._term(str(row.get("taxonomy_term_id")))
            if term is not None:
                out["taxonomy_term"] = term
        return out


_LINK_TO_PARENT = {"attribute": "link_id", "metadata": "resource_id"}


def with_extra(row: Row) -> Row:
    """A stored row with its extra properties (kept as one JSON object) back in place; the
    declared fields come first, as HSDS lists them."""
    extra = row.pop(EXTRA, None)
    if extra:
        for key, value in json.loads(extra).items():
            row.setdefault(key, value)
    return row


def need_attributes(service_id: str, codes: Iterable[str]) -> list[Row]:
    """The HSDS attributes that carry a service's needs."""
    out = []
    for code in codes:
        need = needs_module.need(code)
        out.append(
            {
                "id": need_attribute_id(service_id, code),
                "taxonomy_term_id": need.term_id,
                "link_entity": "service",
                "label": need.label_en,
                "taxonomy_term": need_term(code),
            }
        )
    return out


def need_attribute_id(service_id: str, code: str) -> str:
    return str(uuid.uuid5(uuid.UUID(service_id), f"need:{code}"))


def need_term(code: str) -> Row:
    """The taxonomy_term row of a need, with its Urdu name as an extension field."""
    need = needs_module.need(code)
    return {
        "id": need.term_id,
        "code": need.code,
        "name": need.label_en,
        "description": f"Services that meet the need: {need.label_en}",
        "taxonomy": needs_module.TAXONOMY_NAME,
        "taxonomy_id": needs_module.TAXONOMY_ID,
        "name_ur": need.label_ur,
    }
