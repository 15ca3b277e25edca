"""The interface language: compiled translations shipped in resources/i18n, one at a time."""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

LANGUAGES = ("en", "ur")
_current: list[QTranslator] = []
_language: list[str] = []


def system_language() -> str:
    """'ur' when the laptop is set to Urdu, else 'en'."""
    return "ur" if QLocale.system().language() == QLocale.Language.Urdu else "en"


def install_translation(language: str) -> bool:
    """Make ``language`` the interface language of the running application. Qt then sends
    every widget a LanguageChange event, and each one sets its texts again."""
    app = QCoreApplication.instance()
    if app is None or language not in LANGUAGES:
        return False
    if _language == [language] and _current:
        return True  # already in force: no needless LanguageChange for every widget
    translator = QTranslator(app)
    path = resources.files("referral_app.resources") / "i18n" / f"referral_app_{language}.qm"
    if not translator.load(str(path)):
        return False
    for old in _current:
        app.removeTranslator(old)
    _current[:] = [translator]
    _language[:] = [language]
    app.installTranslator(translator)
    return True
