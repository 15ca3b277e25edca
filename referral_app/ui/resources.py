"""Icons and other files shipped in the package, loaded once."""

from __future__ import annotations

from functools import cache
from importlib import resources

from PySide6.QtGui import QIcon

from ..core.needs import need


@cache
def need_icon(code: str) -> QIcon:
    path = resources.files("referral_app.resources") / "icons" / need(code).icon
    return QIcon(str(path))
