"""The window checks the whole directory in the background after it shows; a damaged one is
one message with a Restore button that restores it and shows it again."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from referral_app import app
from referral_app.core.errors import UserError
from referral_app.store import repair
from referral_app.store.database import DIRECTORY_FILE
from referral_app.store.directory import Directory
from referral_app.ui import directory_check
from referral_app.ui.appearance import Appearance
from referral_app.ui.appearance import apply as apply_appearance
from tests.fixtures.damage import damage, damage_header
from tests.ui.conftest import open_window

# REFERRAL_APP_SHOTS=FOLDER keeps the screenshots, to look at them; nothing is written otherwise
SHOTS = os.environ.get("REFERRAL_APP_SHOTS", "")


def _damaged_window(qtbot, data_dir: Path, language: str = "en"):
    Directory.open(data_dir).close()
    damage(data_dir / DIRECTORY_FILE, "service_sort_name")
    window = open_window(qtbot, data_dir, language)  # a cheap open: the damage is not seen
    window.directory_check.start()
    qtbot.waitUntil(lambda: window.directory_check.box is not None, timeout=10_000)
    return window


def _shot(box: QMessageBox, name: str) -> None:
    image = box.grab()
    assert not image.isNull() and image.width() > 200
    if SHOTS:
        image.save(str(Path(SHOTS) / name))


def test_a_damaged_directory_is_found_after_the_window_shows_and_restored(qtbot,
                                                                          data_dir) -> None:
    window = _damaged_window(qtbot, data_dir)
    box = window.directory_check.box
    assert box.objectName() == "directoryDamaged" and box.isVisible()
    assert box.text().startswith("The directory of services on this laptop is damaged")
    _shot(box, "directory-damaged.png")
    with qtbot.waitSignal(window.directory_check.restored, timeout=20_000), \
            qtbot.waitSignal(window.results_shown, timeout=20_000):
        box.findChild(QPushButton, "restoreDirectory").click()
    repair.check(data_dir)  # sound now
    assert any(p.name.startswith("directory.db.damaged-") for p in data_dir.iterdir())
    assert window.model.rowCount() > 0
    assert window.statusBar().currentMessage().startswith(
        "The directory is restored from the starter directory; the damaged file is kept as")
    window.runner.wait()


def test_the_message_and_its_buttons_are_in_urdu(qtbot, data_dir) -> None:
    window = _damaged_window(qtbot, data_dir, "ur")
    box = window.directory_check.box
    words = [box.text(), box.windowTitle(), *(b.text() for b in box.buttons())]
    assert all(not any("a" <= c.lower() <= "z" for c in text) for text in words), words
    _shot(box, "directory-damaged-urdu.png")
    box.findChild(QPushButton, "restoreLater").click()
    assert window.directory_check.box is None
    window.runner.wait()


def test_a_sound_directory_shows_nothing(qtbot, window) -> None:
    with qtbot.waitSignal(window.directory_check.checked, timeout=10_000):
        window.directory_check.start()
    assert window.directory_check.box is None


def test_damage_found_at_start_asks_first_and_restores_before_the_window_opens(
        qtbot, data_dir, monkeypatch) -> None:
    Directory.open(data_dir).close()
    damage_header(data_dir / DIRECTORY_FILE)
    with pytest.raises(UserError):
        app.build_main_window(data_dir)
    asked = []

    def answer(folder: Path, _settings: Path) -> bool:
        asked.append(folder)
        repair.repair(folder)
        return True

    monkeypatch.setattr(directory_check, "restore_at_start", answer)
    window = app._window_or_restore(data_dir)
    assert asked == [data_dir] and window is not None
    qtbot.addWidget(window)
    repair.check(data_dir)
    QApplication.processEvents()


@pytest.mark.parametrize("answer", ["restoreDirectory", "restoreLater"])
def test_at_start_the_question_is_asked_in_the_chosen_language(qtbot, data_dir,
                                                               answer) -> None:
    Directory.open(data_dir).close()
    damage_header(data_dir / DIRECTORY_FILE)
    (data_dir / "settings.ini").write_text("[appearance]\nlanguage=ur\n", encoding="utf-8")
    seen = []

    def click() -> None:
        box = QApplication.activeModalWidget()
        seen.append(box.text())
        box.findChild(QPushButton, answer).click()

    QTimer.singleShot(0, click)
    try:
        restored = directory_check.restore_at_start(data_dir, data_dir / "settings.ini")
    finally:
        apply_appearance(QApplication.instance(), Appearance())  # English again
    assert seen and seen[0].startswith("اس لیپ ٹاپ")
    assert restored == (answer == "restoreDirectory")
    if restored:
        repair.check(data_dir)
    else:
        with pytest.raises(UserError):
            repair.check(data_dir)


def test_a_damaged_page_met_while_the_window_is_built_asks_to_restore(qtbot, data_dir):
    """A page that the opening check does not read, but building the window does (the
    figures it keeps about the whole directory): the start asks to restore, as for a damaged
    header, never a silent end."""
    import sys

    from referral_app.app import build_main_window
    from referral_app.core.errors import DirectoryDamagedError
    from referral_app.store.directory import Directory
    from tests.fixtures.damage import damage_leaf

    Directory.open(data_dir).close()
    damage_leaf(data_dir / "directory.db", "window_figure")
    hook = sys.excepthook
    with pytest.raises(DirectoryDamagedError):
        build_main_window(data_dir, language="en")
    assert sys.excepthook == hook  # the half-built window left nothing installed


def test_a_damaged_service_page_met_by_the_first_search_offers_to_restore(qtbot, data_dir):
    """A page of services that neither the opening check nor building the window reads (its
    figures are kept): the first search meets it, and the window says so and offers to
    restore at once."""
    from referral_app.app import build_main_window
    from tests.fixtures.damage import damage_leaf

    Directory.open(data_dir).close()
    damage_leaf(data_dir / "directory.db")
    window = build_main_window(data_dir, language="en")
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.results_shown, timeout=10_000):
        window.show()
    qtbot.waitUntil(lambda: window.directory_check.box is not None, timeout=10_000)
    assert window.directory_check.box.objectName() == "directoryDamaged"
    assert "damaged" in window.empty_message.text()
    window.directory_check.box.findChild(QPushButton, "restoreLater").click()
    window.runner.wait()



def test_the_check_after_start_keeps_a_first_copy_and_none_after(qtbot, data_dir,
                                                                 monkeypatch) -> None:
    """The check a little after the window shows copies the directory for a repair when no
    copy is kept; at the next start, with the file's time moved, it copies nothing again."""
    import time

    monkeypatch.setattr(directory_check, "CHECK_AFTER_MS", 0)
    backups = data_dir / repair.BACKUPS
    for start in range(2):
        window = open_window(qtbot, data_dir)  # its check is asked as it shows
        qtbot.waitUntil(lambda w=window: w.directory_check._scheduled
                        and not w.directory_check.checking and backups.exists(),
                        timeout=10_000)
        window.runner.wait()
        copies = sorted(backups.iterdir())
        assert [p.name[:16] for p in copies] == ["directory-sound-"], start
        if start == 0:
            first = copies[0]
            time.sleep(0.05)
            (data_dir / DIRECTORY_FILE).touch()  # as keeping the window's figures does
        else:
            assert copies == [first]
        window.close()


def test_the_check_after_start_waits_for_a_pause_in_typing(qtbot, window,
                                                           monkeypatch) -> None:
    """The whole file is read at a pause, not beside the searches of someone typing."""
    import time

    from tests.ui.conftest import type_query

    monkeypatch.setattr(directory_check, "QUIET_SECONDS", 0.6)
    check = window.directory_check
    type_query(qtbot, window, "legal")
    check._start_at_a_pause()
    assert not check.checking  # typed just now: asked again in a moment
    typed = check.typed_at
    with qtbot.waitSignal(check.checked, timeout=10_000):
        pass
    assert time.monotonic() - typed >= 0.6


def test_a_restore_from_a_kept_copy_says_when_it_was_kept(tmp_path) -> None:
    # what was taken in after that day may have to be taken in again; the time is the one the
    # repair read when it used the copy, so it stays when the copy's file is gone since
    from datetime import datetime

    for name in ("directory-sound-20261120-101500-000000.db",
                 "directory-before-corrections-20261120-101500.db"):
        done = repair.Repaired(aside=tmp_path / "directory.db.damaged-x",
                               restored_from=tmp_path / name,
                               kept_at=datetime(2026, 11, 20, 10, 15))
        assert directory_check.restored_text(done) == (
            "The directory is restored from the copy kept on \u20662026-11-20 10:15\u2069; "
            "the damaged file is kept as \u2066directory.db.damaged-x\u2069.")
