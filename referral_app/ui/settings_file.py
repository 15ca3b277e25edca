"""Every setting the window keeps in settings.ini, declared once with its default and what it
may be; and reading one, defensively.

The file is plain text that anybody (or a half-finished write) can change. A value that is
missing, of the wrong kind or out of its range is never used: its default is, and a line in the
log says which key was set aside and why.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from ..core.errors import UserError
from ..core.needs import NEED_CODES
from ..core.phone_number import desk_phone
from ..core.referral import DEFAULT_PATTERN
from .casework_session import DEFAULT_IDLE_MINUTES
from .i18n import LANGUAGES

log = logging.getLogger(__name__)
MAX_TEXT = 500  # characters: a staff code, an organisation, a pattern, a filter


@dataclass(frozen=True)
class Setting:
    default: Any
    convert: Callable[[Any], Any]  # the stored value as the window uses it; ValueError if not
    allowed: Callable[[Any], bool] = lambda _value: True


def _text(value: Any) -> str:
    if isinstance(value, list):  # an unquoted "a, b" is read back as a list
        value = ", ".join(map(str, value))
    if not isinstance(value, str) or len(value) > MAX_TEXT:
        raise ValueError("not a line of text")
    return value


def _desk_phone(value: Any) -> str:
    """One dialable number, as Settings checks it (one saved before it did is not printed)."""
    try:
        return desk_phone(_text(value))
    except UserError as error:
        raise ValueError(str(error)) from error


def _whole(value: Any) -> int:
    if type(value) is int:  # as set in this run; read back from the file, it is text
        return value
    text = _text(value).strip()
    if not text.lstrip("-").isdigit() or len(text) > 9:
        raise ValueError("not a whole number")
    return int(text)


def _flag(value: Any) -> bool:
    if value in ("1", 1, True, "true"):
        return True
    if value in ("", "0", 0, False, "false"):
        return False
    raise ValueError("neither on nor off")


def _bytes(value: Any) -> QByteArray:
    if isinstance(value, QByteArray):
        return value
    if isinstance(value, bytes):
        return QByteArray(value)
    raise ValueError("not saved by the window")


def _between(low: int, high: int) -> Callable[[Any], bool]:
    return lambda value: low <= value <= high


SETTINGS: dict[str, Setting] = {
    "appearance/language": Setting("", _text, lambda v: v in ("", *LANGUAGES)),
    "appearance/text_scale": Setting(100, _whole, _between(100, 200)),
    "appearance/high_contrast": Setting(False, _flag),
    "caseworker/staff_code": Setting("", _text),
    "caseworker/organization": Setting("", _text),
    "caseworker/desk_phone": Setting("", _desk_phone),
    "caseworker/case_code_pattern": Setting(DEFAULT_PATTERN, _text, bool),
    # the idle lock is a timer of milliseconds: 35,792 minutes would overflow it
    "caseworker/idle_minutes": Setting(DEFAULT_IDLE_MINUTES, _whole, _between(1, 240)),
    "window/geometry": Setting(None, _bytes),
    "window/splitter": Setting(None, _bytes),
    "filters/needs": Setting("", _text,
                             lambda v: all(code in NEED_CODES for code in v.split(",") if code)),
    "filters/province": Setting("", _text),
    "filters/district": Setting("", _text),
    "filters/language": Setting("", _text),
    "filters/serves": Setting("", _text),
    "filters/order": Setting("relevance", _text),
    "filters/free": Setting(False, _flag),
    "filters/open_now": Setting(False, _flag),
    "filters/verified": Setting(False, _flag),
}


def read(settings: QSettings, key: str) -> Any:
    """The value of a declared setting, or its default when it is missing or cannot be used."""
    setting = SETTINGS[key]
    try:
        stored = settings.value(key)
    except Exception as error:  # a value Qt cannot even read back
        log.warning("settings.ini: %s cannot be read (%s); using the default", key, error)
        return setting.default
    if stored is None:
        return setting.default
    try:
        value = setting.convert(stored)
        if not setting.allowed(value):
            raise ValueError("out of range")
    except (ValueError, TypeError, OverflowError) as error:
        log.warning("settings.ini: %s = %.60r cannot be used (%s); using the default %r", key,
                    stored, error, setting.default)
        return setting.default
    return value
