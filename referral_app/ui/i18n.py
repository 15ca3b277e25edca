"""Load the interface translations shipped in resources/i18n (compiled .qm files)."""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QCoreApplication, QTranslator

_installed: dict[str, QTranslator] = {}


def install_translation(language: str = "en") -> bool:
    """Install the translation for ``language`` into the running application (once)."""
    app = QCoreApplication.instance()
    if app is None:
        return False
    if language in _installed:
        return True
    translator = QTranslator(app)
    path = resources.files("referral_app.resources") / "i18n" / f"referral_app_{language}.qm"
    if not translator.load(str(path)):
        return False
    app.installTranslator(translator)
    _installed[language] = translator
    return True
