"""Which column of a coordinator's sheet holds what, guessed from the headers (English or
Urdu) and saved as a small JSON file so that next month's sheet imports in one step.

A mapping names, for each column it uses, the field it fills; and the words the coordinator
matched by hand: needs ("وکیل" -> legal) and places ("Lhr" -> pb-lahore). The file:

    {"referral_app_sheet_mapping": 1,
     "columns": {"نام": "name", "Phone": "phone", ...},
     "needs": {"وکیل": "legal"}, "districts": {"lhr": "pb-lahore"}}
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import UserError
from .needs import NEED_CODES
from .text import fold

FORMAT_KEY = "referral_app_sheet_mapping"
VERSION = 1
MAX_MAPPING_BYTES = 1 << 20

# The fields a column can fill, in the order the window asks for them.
FIELDS = ("name", "name_ur", "organization", "description", "phone", "email", "website",
          "address", "district", "province", "needs", "hours", "languages")
REQUIRED = ("name",)
# Fields that may take more than one column (their values are put together).
MANY = frozenset({"phone", "needs", "languages", "description"})

# Header words, in English and Urdu, for each field. A header equal to one of them is a
# sure guess; a header holding one as a word is a likely one.
_WORDS: dict[str, tuple[str, ...]] = {
    "name": ("name", "service", "service name", "name of service", "name of the service",
             "نام", "سروس", "سروس کا نام", "خدمت", "خدمت کا نام"),
    "name_ur": ("urdu name", "name urdu", "name in urdu", "name ur", "اردو نام", "نام اردو",
                "نام اردو میں"),
    "organization": ("organisation", "organization", "organisation name", "organization name",
                     "org", "ngo", "department", "agency", "ادارہ", "ادارے کا نام", "تنظیم",
                     "محکمہ"),
    "description": ("description", "details", "services offered", "remarks", "notes",
                    "تفصیل", "تفصیلات", "خدمات", "ریمارکس"),
    "phone": ("phone", "phone number", "phone no", "telephone", "tel", "contact",
              "contact number", "contact no", "mobile", "cell", "helpline", "number", "فون",
              "فون نمبر", "ٹیلیفون", "موبائل", "رابطہ", "رابطہ نمبر", "نمبر", "ہیلپ لائن"),
    "email": ("email", "e mail", "email address", "ای میل"),
    "website": ("website", "web", "url", "site", "ویب سائٹ"),
    "address": ("address", "location", "office address", "پتہ", "پتا", "مقام"),
    "district": ("district", "city", "town", "ضلع", "شہر"),
    "province": ("province", "region", "صوبہ"),
    "needs": ("need", "needs", "service type", "type of service", "category", "type",
              "support", "ضرورت", "ضروریات", "قسم", "مدد"),
    "hours": ("hours", "timing", "timings", "time", "opening hours", "office hours", "days",
              "اوقات", "اوقات کار", "وقت", "دن"),
    "languages": ("language", "languages", "languages spoken", "زبان", "زبانیں"),
}
# Headers that hold none of the fields although they hold a field's word.
_NOT_FIELDS = ("sr", "sr no", "s no", "serial", "serial no", "serial number", "no", "id",
               "contact person", "focal person", "نمبر شمار", "سیریل نمبر")
_KEY = re.compile(r"[^\w]+")


def _key(text: str) -> str:
    return _KEY.sub(" ", fold(text)).strip()


_SKIPPED = frozenset(_key(word) for word in _NOT_FIELDS)
_EXACT = {_key(word): name for name, words in _WORDS.items() for word in words}
_PARTS = sorted(((_key(word), name) for name, words in _WORDS.items() for word in words),
                key=lambda pair: -len(pair[0]))


def value_key(text: str) -> str:
    """How a written need or place is looked up: folded, punctuation made spaces."""
    return _key(text)


@dataclass
class SheetMapping:
    columns: dict[str, str] = field(default_factory=dict)  # column header -> field
    needs: dict[str, str] = field(default_factory=dict)  # value_key(word) -> need code
    districts: dict[str, str] = field(default_factory=dict)  # value_key(name) -> place code

    def columns_of(self, name: str) -> list[str]:
        return [column for column, target in self.columns.items() if target == name]

    def missing(self) -> list[str]:
        """Required fields no column fills."""
        return [name for name in REQUIRED if not self.columns_of(name)]

    def as_json(self) -> dict[str, Any]:
        return {FORMAT_KEY: VERSION, "columns": self.columns, "needs": self.needs,
                "districts": self.districts}

    def save(self, path: Path) -> None:
        text = json.dumps(self.as_json(), ensure_ascii=False, indent=1)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            partial = path.with_name(path.name + ".partial")
            partial.write_text(text + "\n", encoding="utf-8")
            partial.replace(path)
        except OSError as error:
            raise UserError(f"Cannot save the column mapping to {path}: {error.strerror}.") \
                from error


def guess(columns: tuple[str, ...] | list[str]) -> SheetMapping:
    """A mapping guessed from the headers: a header equal to a known word first, then one
    that holds a known word; each field once, except those that may take several columns."""
    mapping = SheetMapping()
    taken: set[str] = set()
    for sure in (True, False):
        for column in columns:
            if column in mapping.columns:
                continue
            target = _guess_one(_key(column), sure)
            if target and (target in MANY or target not in taken):
                mapping.columns[column] = target
                taken.add(target)
    return mapping


def _guess_one(key: str, sure: bool) -> str | None:
    if key in _SKIPPED:
        return None
    if sure:
        return _EXACT.get(key)
    padded = f" {key} "
    return next((name for word, name in _PARTS if f" {word} " in padded), None)


def load(path: Path) -> SheetMapping:
    """A saved mapping; UserError (one sentence) when the file is not one."""
    try:
        with path.open("rb") as file:
            data = file.read(MAX_MAPPING_BYTES + 1)
    except OSError as error:
        raise UserError(f"Cannot read the column mapping {path.name}: {error.strerror}.") \
            from error
    bad = UserError(f"{path.name} is not a column mapping this app saved; make one by "
                    "importing the sheet in the window.")
    if len(data) > MAX_MAPPING_BYTES:
        raise bad
    try:
        obj = json.loads(data.decode("utf-8-sig"))
    except ValueError as error:
        raise bad from error
    if not isinstance(obj, dict) or obj.get(FORMAT_KEY) != VERSION:
        raise bad
    parts = [obj.get(key, {}) for key in ("columns", "needs", "districts")]
    if not all(isinstance(p, dict) and all(isinstance(k, str) and isinstance(v, str)
                                           for k, v in p.items()) for p in parts):
        raise bad
    columns, needs, districts = parts
    unknown = sorted(set(columns.values()) - set(FIELDS))
    if unknown:
        raise UserError(f"{path.name} maps a column to {unknown[0]!r}, which is not a field "
                        f"this app fills; use one of: {', '.join(FIELDS)}.")
    wrong = sorted(set(needs.values()) - set(NEED_CODES))
    if wrong:
        raise UserError(f"{path.name} matches a need to {wrong[0]!r}, which is not a need "
                        f"code; use one of: {', '.join(NEED_CODES)}.")
    return SheetMapping(dict(columns), dict(needs), dict(districts))


def saved_name(columns: tuple[str, ...] | list[str]) -> str:
    """The file name a mapping is saved under in the data folder: the same headers (in any
    order) find the same mapping next month."""
    digest = hashlib.sha256("\n".join(sorted(columns)).encode("utf-8")).hexdigest()
    return f"sheet-{digest[:16]}.json"
