"""What changed in one service between the directory and an update: field by field."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Change:
    field: str  # a readable path: "phones[1].number"
    before: str
    after: str


def flatten(value: Any, path: str = "") -> dict[str, str]:
    """Every leaf of a nested HSDS record by path; lists are indexed, ids left out."""
    out: dict[str, str] = {}
    if isinstance(value, dict):
        for key, item in value.items():
            if key == "id" or key.endswith("_id"):
                continue
            out.update(flatten(item, f"{path}.{key}" if path else key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            out.update(flatten(item, f"{path}[{index}]"))
    else:
        out[path] = "" if value is None else str(value)
    return out


def changes(before: dict[str, Any] | None, after: dict[str, Any]) -> list[Change]:
    old, new = flatten(before or {}), flatten(after)
    return [Change(path, old.get(path, ""), new.get(path, ""))
            for path in sorted(old.keys() | new.keys()) if old.get(path) != new.get(path)]
