"""In the window: a damaged casework file is one sentence with the last good copy offered back;
a backup a caseworker makes and restores from the File menu; the passphrase hint and wait."""

import json
import shutil
import time

import pytest
from PySide6.QtWidgets import QPushButton

from referral_app.store.casework import CASEWORK_FILE, CaseworkStore
from referral_app.store.casework_copies import kept_copies
from referral_app.store.unlock_delay import TRIES_FILE
from referral_app.ui import dialogs
from referral_app.ui.unlock_dialog import UnlockDialog
from tests.store.casework_damage import damage_page, referral_table_page
from tests.store.test_casework import PASS, referral
from tests.ui.conftest import open_window


def casework_with_referrals(data_dir, *codes: str) -> None:
    store = CaseworkStore.create(data_dir, PASS, PASS, who="CW-07")
    for code in codes:
        store.create_referral(referral(code))
    store.lock()


@pytest.fixture
def damaged(data_dir):
    casework_with_referrals(data_dir, "ORG-2026-0001", "ORG-2026-0002")
    return damage_page(data_dir, referral_table_page(data_dir, PASS))


def unlock_dialog(qtbot, window) -> UnlockDialog:
    dialog = UnlockDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.passphrase.setText(PASS)
    return dialog


def test_a_damaged_file_is_said_and_the_last_good_copy_restored(qtbot, data_dir,
                                                               damaged) -> None:
    window = open_window(qtbot, data_dir)
    dialog = unlock_dialog(qtbot, window)
    dialog.try_open()
    assert not window.session.is_open
    assert dialog.error.text().startswith("The casework file is damaged, so referrals cannot "
                                          "be read; the last good copy was made on ")
    restore = dialog.findChild(QPushButton, "restoreCopy")
    assert restore.isVisible() and restore.text().startswith("Restore the copy from \u20662026-")
    restore.click()
    assert window.session.is_open and not dialog.isVisible()
    assert window.referrals.tree.topLevelItemCount() == 2
    assert window.statusBar().currentMessage().startswith("Put back the casework from ")
    assert window.statusBar().currentMessage().endswith(": 2 referrals.")
    assert [p.read_bytes() for p in data_dir.glob("casework-damaged-*.db")] == [damaged]
    window.runner.wait()


def test_an_older_file_is_said_and_the_newer_copy_restored(qtbot, data_dir) -> None:
    casework_with_referrals(data_dir, "ORG-2026-0001", "ORG-2026-0002")
    shutil.copyfile(kept_copies(data_dir)[-1].path, data_dir / CASEWORK_FILE)  # no referral
    window = open_window(qtbot, data_dir)
    dialog = unlock_dialog(qtbot, window)
    dialog.try_open()
    assert not window.session.is_open
    assert dialog.error.text().startswith("The casework file is older than the copy kept on ")
    restore = dialog.findChild(QPushButton, "restoreCopy")
    assert restore.isVisible()
    restore.click()
    assert window.session.is_open and window.referrals.tree.topLevelItemCount() == 2
    window.runner.wait()


def test_a_read_that_fails_is_the_sentence_not_an_empty_list(qtbot, data_dir) -> None:
    casework_with_referrals(data_dir, "ORG-2026-0001")
    page = referral_table_page(data_dir, PASS)
    window = open_window(qtbot, data_dir, passphrase=PASS)
    assert window.referrals.tree.topLevelItemCount() == 1
    damage_page(data_dir, page)
    window.session.store.db.execute("PRAGMA shrink_memory")
    window.referrals.refresh()
    assert window.referrals.tree.topLevelItemCount() == 0
    assert window.referrals.error.text().startswith("The casework file is damaged")
    window.runner.wait()


def test_back_up_and_restore_from_the_file_menu(qtbot, data_dir, tmp_path,
                                                monkeypatch) -> None:
    casework_with_referrals(data_dir, "ORG-2026-0001")
    window = open_window(qtbot, data_dir, passphrase=PASS)
    names = [a.objectName() for a in window.file_menu.actions()]
    assert "backUpCasework" in names and "restoreCasework" in names
    usb = tmp_path / "usb" / "casework-backup.db"
    usb.parent.mkdir()
    monkeypatch.setattr(dialogs, "choose_backup_path", lambda *args: usb)
    window.casework_menu.backup_action.trigger()
    assert usb.exists() and "backed up to" in window.statusBar().currentMessage()
    window.session.require().create_referral(referral("ORG-2026-0002"))
    window.referrals.refresh()
    assert window.referrals.tree.topLevelItemCount() == 2

    monkeypatch.setattr(dialogs, "choose_backup_file", lambda *args: usb)
    monkeypatch.setattr(dialogs, "confirm", lambda *args: True)
    monkeypatch.setattr(dialogs, "ask_passphrase", lambda *args: "not the passphrase")
    before = (data_dir / CASEWORK_FILE).read_bytes()
    window.casework_menu.restore_action.trigger()
    assert "does not open with this passphrase" in window.statusBar().currentMessage()
    assert (data_dir / CASEWORK_FILE).read_bytes() == before  # nothing changed
    assert window.session.is_open and window.referrals.tree.topLevelItemCount() == 2

    monkeypatch.setattr(dialogs, "ask_passphrase", lambda *args: PASS)
    window.casework_menu.restore_action.trigger()
    assert window.session.is_open
    assert window.referrals.tree.topLevelItemCount() == 1
    assert window.statusBar().currentMessage().endswith(": 1 referral.")
    assert [p.read_bytes() for p in data_dir.glob("casework-before-restore-*.db")] == [before]
    window.runner.wait()


def test_backing_up_while_locked_asks_for_the_passphrase_first(qtbot, data_dir, tmp_path,
                                                               monkeypatch) -> None:
    casework_with_referrals(data_dir, "ORG-2026-0001")
    window = open_window(qtbot, data_dir)
    out = tmp_path / "backup.db"
    monkeypatch.setattr(dialogs, "choose_backup_path", lambda *args: out)
    window.casework_menu.backup_action.trigger()
    dialog = window.findChild(UnlockDialog)
    assert dialog is not None and dialog.isVisible() and not out.exists()
    dialog.passphrase.setText(PASS)
    dialog.try_open()
    assert out.exists()
    window.runner.wait()


def test_the_strength_hint_and_the_wait_after_wrong_tries(qtbot, data_dir) -> None:
    window = open_window(qtbot, data_dir)
    create = UnlockDialog(window.session, window)
    qtbot.addWidget(create)
    create.passphrase.setText("Pakistan@123")
    assert create.strength.text().startswith("Strength: weak")
    create.again.setText("Pakistan@123")
    create.try_open()
    assert "too easy to guess" in create.error.text() and not window.session.is_open
    create.passphrase.setText(PASS)
    create.again.setText(PASS)
    create.try_open()
    window.session.lock()
    (data_dir / TRIES_FILE).write_text(json.dumps({"wrong": 5, "last": time.time()}))
    dialog = unlock_dialog(qtbot, window)
    dialog.try_open()
    assert dialog.error.text().startswith("Wait ") and not window.session.is_open
    window.runner.wait()
