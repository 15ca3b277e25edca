"""Qt's own button words (OK, Cancel, Yes, No, Close), listed so that our translation carries
them: Qt ships no Urdu for its standard buttons, and a dialog whose buttons stay English in an
Urdu window stops a caseworker at the moment she needs to act. Never called: the list only
tells the translation tools which words to keep."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

# The words of the default platform theme (Windows and most desktops) ...
PLATFORM_THEME = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
)
# ... and of the GNOME theme, which spells some of them with an underlined letter.
GNOME_THEME = (
    QT_TRANSLATE_NOOP("QGnomeTheme", "&OK"),
    QT_TRANSLATE_NOOP("QGnomeTheme", "&Cancel"),
    QT_TRANSLATE_NOOP("QGnomeTheme", "&Close"),
    QT_TRANSLATE_NOOP("QGnomeTheme", "&Save"),
)
