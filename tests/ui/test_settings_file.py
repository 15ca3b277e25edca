"""Garbage in settings.ini never stops the window from starting: each bad or out-of-range value
falls back to its default, with a log line."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import QSettings

from referral_app.store.directory import Directory
from referral_app.ui import settings_file
from referral_app.ui.appearance import Appearance
from referral_app.ui.casework_session import DEFAULT_IDLE_MINUTES
from referral_app.ui.caseworker import Caseworker
from tests.ui.conftest import open_window

GARBAGE = """[appearance]
language=xx
text_scale=abc
high_contrast=@Variant(\\0\\0\\0\\x7f\\0\\0\\0\\x13garbage)

[caseworker]
staff_code=@Invalid()
organization=a, b, c
desk_phone=@ByteArray(\\xff\\xfe)
case_code_pattern=
idle_minutes=35792

[window]
geometry=abc
splitter=@ByteArray(not a splitter)

[filters]
needs=@Variant(\\0\\0\\0\\x7f\\0\\0\\0\\x13garbage)
province=1, 2
district=@ByteArray(\\x01)
language=999999999999999999999999
serves=@Rect(1 2 3 4)
order=nonsense
free=maybe
open_now=@Point(1 2)
verified=
"""


# Qt itself says so when it meets a value of a type it does not know (the @Variant lines)
@pytest.mark.qt_log_ignore("QVariant::load: unknown user type")
def test_a_settings_file_full_of_garbage_opens_the_window(qtbot, data_dir, caplog) -> None:
    Directory.open(data_dir).close()
    (data_dir / "settings.ini").write_text(GARBAGE, encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="referral_app"):
        window = open_window(qtbot, data_dir, language=None)
    assert window.appearance.text_scale == 100
    assert window.caseworker.idle_minutes == DEFAULT_IDLE_MINUTES
    assert window.panel.sort_order() == "relevance"
    assert window.model.rowCount() > 0
    logged = caplog.text
    for key in ("appearance/text_scale", "caseworker/idle_minutes", "window/geometry"):
        assert f"settings.ini: {key}" in logged
    window.runner.wait()


@pytest.mark.parametrize(("key", "text", "expected"), [
    ("appearance/text_scale", "abc", 100),
    ("appearance/text_scale", "175", 175),
    ("appearance/text_scale", "99999999999999999999999", 100),
    ("appearance/text_scale", "60", 100),
    ("caseworker/idle_minutes", "35792", DEFAULT_IDLE_MINUTES),
    ("caseworker/idle_minutes", "0", DEFAULT_IDLE_MINUTES),
    ("caseworker/idle_minutes", "240", 240),
    ("appearance/high_contrast", "1", True),
    ("appearance/high_contrast", "yes please", False),
    ("caseworker/staff_code", "CW-7", "CW-7"),
])
def test_each_value_is_checked_against_its_declaration(tmp_path, key, text, expected) -> None:
    path = tmp_path / "settings.ini"
    section, name = key.split("/")
    path.write_text(f"[{section}]\n{name}={text}\n", encoding="utf-8")
    settings = QSettings(str(path), QSettings.Format.IniFormat)
    assert settings_file.read(settings, key) == expected


def test_what_is_saved_is_read_back(tmp_path) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    Appearance("ur", 150, True).save(settings)
    Caseworker("CW-1", "NGO, Lahore", "042-1234567", "ORG-{year}-{n:04}", 30).save(settings)
    settings.sync()
    again = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert Appearance.load(again) == Appearance("ur", 150, True)
    assert Caseworker.load(again) == Caseworker("CW-1", "NGO, Lahore", "042-1234567",
                                                "ORG-{year}-{n:04}", 30)
