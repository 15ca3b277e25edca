"""What changed in one service between the directory and an update: field by field, and
exactly: characters that cannot be seen, or that look like others, are named."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Any

from .plain_text import visible

LOOK_ALIKE_RUN = 3  # differing runs this short, outside ASCII, are named by code point


@dataclass(frozen=True)
class Change:
    field: str  # a readable path: "phones[1].number"
    before: str
    after: str

    def shown(self) -> tuple[str, str, str]:
        """(before, after, note) as the preview shows them: hidden characters written out
        as ⟨U+202E⟩; when the two still look alike (another code point for the same letter
        or digit, another Unicode form), the note names the characters that differ,
        'U+006F → U+043E', so that a change is never shown as 'x → x'."""
        before, after = visible(self.before), visible(self.after)
        old, new = _differing(self.before, self.after)
        alike = (before == after
                 or unicodedata.normalize("NFKC", before) == unicodedata.normalize("NFKC", after)
                 or (len(old) <= LOOK_ALIKE_RUN and len(new) <= LOOK_ALIKE_RUN
                     and not (old + new).isascii()))
        note = f"{_code_points(old)} → {_code_points(new)}" if alike else ""
        return before, after, note


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


def _differing(before: str, after: str) -> tuple[str, str]:
    """The parts of two texts between what they share at the start and at the end."""
    start = 0
    while start < min(len(before), len(after)) and before[start] == after[start]:
        start += 1
    end = 0
    while (end < min(len(before), len(after)) - start
           and before[-1 - end] == after[-1 - end]):
        end += 1
    return before[start:len(before) - end], after[start:len(after) - end]


def _code_points(text: str) -> str:
    return " ".join(f"U+{ord(ch):04X}" for ch in text) or "nothing"
