"""The bundled fonts: Noto Nastaliq Urdu for Urdu text, Noto Naskh Arabic where Nastaliq's
tall letters would be clipped (menus, reports).

Its own module, so that a slip printed from the command line loads the fonts without the
window's appearance settings and what they bring with them.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from PySide6.QtGui import QFontDatabase

FONT_FILES = ("NotoNastaliqUrdu-Regular.ttf", "NotoNastaliqUrdu-Bold.ttf",
              "NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf")
URDU_FAMILY = "Noto Nastaliq Urdu"
NASKH_FAMILY = "Noto Naskh Arabic"


@cache
def load_fonts() -> tuple[str, ...]:
    """Load the bundled fonts into Qt (once); the families they provide."""
    families: list[str] = []
    folder = resources.files("referral_app.resources") / "fonts"
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFontFromData((folder / name).read_bytes())
        families += QFontDatabase.applicationFontFamilies(font_id)
    return tuple(dict.fromkeys(families))
