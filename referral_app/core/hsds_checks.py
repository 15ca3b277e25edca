"""Checks of single HSDS values: each kind of value has one test and one plain complaint."""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

UUID_PATTERN = (
    r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
)
_UUID = re.compile(UUID_PATTERN)
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:[^\s]+")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+")


def _is_text(value: Any) -> bool:
    return isinstance(value, str)


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _is_bool(value: Any) -> bool:
    return isinstance(value, bool)


def _is_uuid(value: Any) -> bool:
    return isinstance(value, str) and _UUID.fullmatch(value) is not None


def _is_date(value: Any) -> bool:
    if not isinstance(value, str) or len(value) != 10:
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _is_partial_date(value: Any) -> bool:
    if not isinstance(value, str):
        return False
    if len(value) == 10:
        return _is_date(value)
    padded = {4: value + "-01-01", 7: value + "-01"}.get(len(value))
    return padded is not None and _is_date(padded)


def _is_datetime(value: Any) -> bool:
    if not isinstance(value, str) or "T" not in value:
        return False
    try:
        datetime.fromisoformat(value)
    except ValueError:
        return False
    return True


def _is_uri(value: Any) -> bool:
    return isinstance(value, str) and _SCHEME.fullmatch(value) is not None


def _is_email(value: Any) -> bool:
    return isinstance(value, str) and _EMAIL.fullmatch(value) is not None


_CHECKS: dict[str, tuple[Callable[[Any], bool], str]] = {
    "str": (_is_text, "must be text"),
    "phone": (_is_text, "must be text"),  # and one dialable number: see hsds_records
    "num": (_is_number, "must be a number"),
    "bool": (_is_bool, "must be true or false"),
    "id": (_is_uuid, "must be a UUID such as 3f2504e0-4f89-41d3-9a0c-0305e82c3301"),
    "date": (_is_date, "must be a date written YYYY-MM-DD"),
    "partial_date": (_is_partial_date, "must be a date written YYYY-MM-DD, YYYY-MM or YYYY"),
    "datetime": (_is_datetime, "must be a date and time such as 2024-05-01T10:30:00Z"),
    "uri": (_is_uri, "must be a web address with its scheme, such as https://example.org"),
    "email": (_is_email, "must be an e-mail address"),
}


def check(kind: str, value: Any) -> str | None:
    """None when ``value`` is a valid value of ``kind``, else what is wrong with it."""
    if kind.startswith("enum:"):
        words = kind[5:].split("|")
        if isinstance(value, str) and value in words:
            return None
        return "must be one of: " + ", ".join(words)
    test, complaint = _CHECKS[kind]
    return None if test(value) else complaint


def checker(kind: str) -> Callable[[Any], str | None]:
    """A one-argument check for ``kind``, resolved once for speed."""
    if kind.startswith("enum:"):
        words = frozenset(kind[5:].split("|"))
        message = "must be one of: " + ", ".join(kind[5:].split("|"))
        return lambda value: None if isinstance(value, str) and value in words else message
    test, complaint = _CHECKS[kind]
    return lambda value: None if test(value) else complaint
