"""How the window looks: language and direction, the bundled Urdu fonts, text size, contrast."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from .fonts import URDU_FAMILY, load_fonts
from .i18n import LANGUAGES, install_translation, system_language
from .settings_file import read

TEXT_SCALES = (100, 125, 150, 175, 200)
URDU_EXTRA_POINTS = 1.5  # Nastaliq reads small beside Latin text of the same size


@dataclass(frozen=True)
class Appearance:
    language: str = "en"
    text_scale: int = 100  # percent
    high_contrast: bool = False

    @classmethod
    def load(cls, settings: QSettings, language: str | None = None) -> Appearance:
        chosen = language or read(settings, "appearance/language")
        return cls(
            language=chosen if chosen in LANGUAGES else system_language(),
            text_scale=read(settings, "appearance/text_scale"),
            high_contrast=read(settings, "appearance/high_contrast"),
        )

    def save(self, settings: QSettings) -> None:
        settings.setValue("appearance/language", self.language)
        settings.setValue("appearance/text_scale", self.text_scale)
        settings.setValue("appearance/high_contrast", "1" if self.high_contrast else "")

    @property
    def right_to_left(self) -> bool:
        return self.language == "ur"


_base_font: list[QFont] = []


def apply(app: QApplication, appearance: Appearance) -> None:
    """Apply an appearance to the whole application, at once."""
    load_fonts()
    if not _base_font:
        _base_font.append(QFont(app.font()))
    base = _base_font[0]
    font = QFont(base)
    size = base.pointSizeF() if base.pointSizeF() > 0 else 9.0
    if appearance.right_to_left:
        size += URDU_EXTRA_POINTS
        font.setFamilies([URDU_FAMILY, *base.families()])
    font.setPointSizeF(size * appearance.text_scale / 100)
    app.setFont(font)
    install_translation(appearance.language)
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if appearance.right_to_left
                           else Qt.LayoutDirection.LeftToRight)
    app.setPalette(high_contrast_palette() if appearance.high_contrast
                   else app.style().standardPalette())


def high_contrast_palette() -> QPalette:
    """White on black with yellow for the selection and links."""
    palette = QPalette()
    black, white, yellow = QColor("#000000"), QColor("#ffffff"), QColor("#ffff00")
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base,
                 QPalette.ColorRole.Button, QPalette.ColorRole.AlternateBase,
                 QPalette.ColorRole.ToolTipBase):
        palette.setColor(role, black)
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                 QPalette.ColorRole.ButtonText, QPalette.ColorRole.ToolTipText,
                 QPalette.ColorRole.PlaceholderText):
        palette.setColor(role, white)
    palette.setColor(QPalette.ColorRole.Highlight, yellow)
    palette.setColor(QPalette.ColorRole.HighlightedText, black)
    palette.setColor(QPalette.ColorRole.Link, yellow)
    return palette
