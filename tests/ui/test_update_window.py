"""Updating the directory from the window: preview, field-by-field changes, apply, undo."""

import zipfile

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QAction, QDropEvent
from PySide6.QtWidgets import QMessageBox

from referral_app.core import bundle
from referral_app.core.corrections import Correction
from referral_app.core.errors import UserError
from referral_app.core.signed_corrections import read_signed_corrections
from referral_app.store import corrections, updates
from referral_app.store.directory import Directory
from referral_app.ui import dialogs
from referral_app.ui.update_dialog import UpdatePreview
from tests.conftest import write_json
from tests.fixtures.services import make_id, page, service
from tests.ui.conftest import names, open_window, type_query

PASS = "green tea at four"

KEY = bundle.new_private_key()


def signed_update(tmp_path, trust_on=None):
    with Directory.open(tmp_path / "coordinator") as coordinator:
        coordinator.import_file(write_json(tmp_path / "new.json", page(
            service("Brand New Desk", phone="0333-5555555"))))
        out = tmp_path / "v1.zip"
        updates.build(coordinator, KEY, "Coordinator", 1, out)
    if trust_on is not None:
        with Directory.open(trust_on) as laptop:
            updates.trust(laptop, bundle.public_key_text(KEY.public_key()), "Coordinator", "k")
    return out


def test_preview_apply_and_undo_a_signed_update(qtbot, data_dir, tmp_path, monkeypatch):
    update = signed_update(tmp_path, trust_on=data_dir)
    window = open_window(qtbot, data_dir)
    assert window.findChild(QAction, "updateDirectoryAction") is not None
    preview = window.directory_menu.preview_update(update)
    qtbot.waitUntil(lambda: preview.apply_button.isEnabled(), timeout=10_000)
    assert preview.objectName() == "updatePreview"
    assert "signed and checked" in preview.status.text()
    assert preview.counts.text().startswith("Added 1, changed 0, removed 0, unchanged 47")
    preview.changed.setCurrentRow(0)
    qtbot.waitUntil(lambda: "0333-5555555" in preview.diff.toPlainText(), timeout=10_000)
    with qtbot.waitSignal(window.results_shown, timeout=10_000):
        preview.apply_button.click()
    type_query(qtbot, window, "brand new")
    assert names(window) == ["Brand New Desk"]
    assert window.directory.info()["version"] == "1"
    monkeypatch.setattr(dialogs, "confirm", lambda *args: True)
    menu = window.directory_menu
    with qtbot.waitSignal(menu.changed, timeout=10_000):
        window.findChild(QAction, "undoLastUpdate").trigger()
        # undoing runs off the UI thread; meanwhile nothing else may change the directory
        assert not menu.undo_action.isEnabled() and not menu.local_service_action.isEnabled()
    assert menu.undo_action.isEnabled()
    type_query(qtbot, window, "brand new")
    assert names(window) == []
    with qtbot.waitSignal(menu.message, timeout=10_000) as said:
        window.findChild(QAction, "undoLastUpdate").trigger()
    assert said.args == ["No update has been applied on this laptop; there is nothing to undo."]
    assert menu.undo_action.isEnabled()
    window.runner.wait()


def test_applying_shows_how_far_it_got_and_cannot_be_closed_half_way(qtbot, data_dir,
                                                                      tmp_path, monkeypatch):
    monkeypatch.setattr("referral_app.store.importer.PROGRESS_EVERY", 10)
    update = signed_update(tmp_path, trust_on=data_dir)
    window = open_window(qtbot, data_dir)
    preview = window.directory_menu.preview_update(update)
    qtbot.waitUntil(lambda: preview.apply_button.isEnabled(), timeout=10_000)
    shown: list[tuple[int, int, str]] = []
    preview.progress.valueChanged.connect(lambda value: shown.append(
        (value, preview.progress.maximum(), preview.status.text())))
    with qtbot.waitSignal(preview.applied, timeout=10_000):
        preview.apply_button.click()
        assert not preview.cancel_button.isEnabled()
        preview.reject()  # Esc or the window's close button while applying
        assert preview.isVisible()
    assert (10, 48, "Applying… 10 of 48 services read.") in shown
    assert (40, 48, "Applying… 40 of 48 services read.") in shown
    assert preview.status.text() == "Saving the directory…"  # all read, then written
    window.runner.wait()


@pytest.mark.logs_errors
def test_an_update_that_fails_while_applying_says_so_and_changes_nothing(
        qtbot, data_dir, tmp_path, monkeypatch) -> None:
    update = signed_update(tmp_path, trust_on=data_dir)
    window = open_window(qtbot, data_dir)
    preview = window.directory_menu.preview_update(update)
    qtbot.waitUntil(lambda: preview.apply_button.isEnabled(), timeout=10_000)
    before = window.directory.stats()

    def broken(*_args, **_kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(updates, "apply", broken)
    preview.apply_button.click()
    qtbot.waitUntil(lambda: "could not be applied" in preview.status.text(), timeout=10_000)
    assert preview.cancel_button.isEnabled()
    assert window.directory.stats() == before
    preview.reject()
    assert not preview.isVisible()
    window.runner.wait()


def test_a_file_changed_between_preview_and_apply_is_refused(qtbot, data_dir, tmp_path):
    update = signed_update(tmp_path, trust_on=data_dir)
    window = open_window(qtbot, data_dir)
    preview = window.directory_menu.preview_update(update)
    qtbot.waitUntil(lambda: preview.apply_button.isEnabled(), timeout=10_000)
    before = window.directory.stats()
    with zipfile.ZipFile(update) as source:  # same signed manifest, another number
        members = {name: source.read(name) for name in source.namelist()}
    members["services.json"] = members["services.json"].replace(b"0333-5555555",
                                                                b"0333-5555556")
    with zipfile.ZipFile(update, "w") as target:
        for name, data in members.items():
            target.writestr(name, data)
    preview.apply_button.click()
    qtbot.waitUntil(lambda: "does not match its manifest" in preview.status.text(),
                    timeout=10_000)
    assert window.directory.stats() == before
    window.runner.wait()


def test_while_an_update_is_written_other_changes_wait_with_a_sentence(qtbot, data_dir,
                                                                       tmp_path) -> None:
    update = signed_update(tmp_path, trust_on=data_dir)
    window = open_window(qtbot, data_dir)
    menu = window.directory_menu
    preview = menu.preview_update(update)
    qtbot.waitUntil(lambda: preview.apply_button.isEnabled(), timeout=10_000)
    desk = window.directory.search("madadgaar")[0]
    preview.applying.emit(True)  # what the preview says when Apply starts
    assert not menu.undo_action.isEnabled() and not menu.local_service_action.isEnabled()
    with qtbot.waitSignal(menu.message) as said:
        menu.record_correction(Correction(desk.id, desk.name, "verified", new_value="2026-11-28"))
    assert said.args == ["The directory is being updated; try again when it is finished."]
    assert corrections.open_corrections(window.directory) == []
    preview.applying.emit(False)
    assert menu.undo_action.isEnabled() and menu.local_service_action.isEnabled()
    menu.record_correction(Correction(desk.id, desk.name, "verified", new_value="2026-11-28"))
    assert len(corrections.open_corrections(window.directory)) == 1
    window.runner.wait()


def test_corrections_that_cannot_be_dropped_stay_and_the_update_is_still_in(
        qtbot, data_dir, tmp_path, monkeypatch) -> None:
    from referral_app.core.errors import DatabaseError
    from referral_app.ui import update_dialog

    update = signed_update(tmp_path, trust_on=data_dir)
    window = open_window(qtbot, data_dir)
    kept = Correction("s-1", "Some Desk", "phone", "1", "2", id=7)
    monkeypatch.setattr(update_dialog.corrections, "open_corrections", lambda *a: [kept])

    def busy(*_args):
        raise DatabaseError("Another import or update is running on this directory; wait for "
                            "it to finish and try again.")

    monkeypatch.setattr(update_dialog, "_drop", busy)
    preview = window.directory_menu.preview_update(update)
    qtbot.waitUntil(lambda: preview.apply_button.isEnabled(), timeout=10_000)
    preview.conflicts.item(0).setCheckState(Qt.CheckState.Checked)
    with qtbot.waitSignal(preview.applied, timeout=10_000):
        preview.apply_button.click()
    assert "Another import or update" in preview.status.text() and preview.isVisible()
    assert preview.cancel_button.isEnabled()
    assert window.directory.info()["version"] == "1"
    window.runner.wait()


def test_an_untrusted_update_cannot_be_applied(qtbot, data_dir, tmp_path) -> None:
    update = signed_update(tmp_path)
    window = open_window(qtbot, data_dir)
    preview = window.directory_menu.preview_update(update)
    qtbot.waitUntil(lambda: "does not trust" in preview.status.text(), timeout=10_000)
    assert not preview.apply_button.isEnabled()
    window.runner.wait()


def test_an_unsigned_file_needs_confirming(qtbot, data_dir, tmp_path) -> None:
    plain = write_json(tmp_path / "plain.json", page(service("Plain Desk")))
    window = open_window(qtbot, data_dir)
    preview = window.directory_menu.preview_update(plain)
    qtbot.waitUntil(lambda: "not signed" in preview.status.text(), timeout=10_000)
    assert not preview.apply_button.isEnabled()
    preview.unsigned.setChecked(True)
    assert preview.apply_button.isEnabled()
    with qtbot.waitSignal(window.results_shown, timeout=10_000):
        preview.apply_button.click()
    type_query(qtbot, window, "plain desk")
    assert names(window) == ["Plain Desk"]
    window.runner.wait()


def test_an_unsigned_file_taken_in_can_be_undone(qtbot, data_dir, tmp_path,
                                                 monkeypatch) -> None:
    plain = write_json(tmp_path / "plain.json", page(service("Plain Desk")))
    window = open_window(qtbot, data_dir)
    preview = window.directory_menu.preview_update(plain)
    qtbot.waitUntil(lambda: "not signed" in preview.status.text(), timeout=10_000)
    preview.unsigned.setChecked(True)
    with qtbot.waitSignal(window.results_shown, timeout=10_000):
        preview.apply_button.click()
    (entry,) = updates.history(window.directory)
    assert (entry.version, entry.publisher, entry.key_id, entry.added) == (0, "plain.json", "",
                                                                           1)
    menu = window.directory_menu
    menu.show_history()
    box = window.findChild(QMessageBox, "historyDialog")
    assert box.text().startswith("File plain.json, not signed, ")
    assert box.text().endswith(": added 1, changed 0, removed 0")
    box.close()
    monkeypatch.setattr(dialogs, "confirm", lambda *args: True)
    with qtbot.waitSignal(menu.changed, timeout=10_000):
        window.findChild(QAction, "undoLastUpdate").trigger()
    type_query(qtbot, window, "plain desk")
    assert names(window) == []
    assert updates.history(window.directory) == []
    assert window.directory.count("") == 47
    window.runner.wait()


def test_dropping_a_file_on_the_window_opens_the_preview(qtbot, data_dir, tmp_path) -> None:
    plain = write_json(tmp_path / "plain.json", page(service("Dropped Desk")))
    window = open_window(qtbot, data_dir)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(plain))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    previews = window.findChildren(UpdatePreview)
    assert len(previews) == 1
    qtbot.waitUntil(lambda: "not signed" in previews[0].status.text(), timeout=10_000)
    window.runner.wait()


def test_corrections_in_the_details_and_sent_to_a_file(qtbot, data_dir, tmp_path,
                                                       monkeypatch) -> None:

    from PySide6.QtWidgets import QPushButton

    window = open_window(qtbot, data_dir, passphrase=PASS)  # the casework keeps the key
    type_query(qtbot, window, "madadgaar")
    window.select_row(0)
    window.findChild(QPushButton, "markVerified").click()
    window.detail.browser.anchorClicked.emit(QUrl("not-working:0"))
    monkeypatch.setattr(dialogs, "ask_correction", lambda *args: ("hours", "09:00-17:00"))
    window.findChild(QPushButton, "correctService").click()
    qtbot.waitUntil(lambda: window.model.index(0, 5).data() == "Verified this month",
                    timeout=10_000)
    # the value is set apart, so that in an Urdu line 09:00-17:00 is not shown as 17:00-09:00
    qtbot.waitUntil(lambda: "opening hours: \u206809:00-17:00\u2069" in
                    window.detail.browser.toPlainText(), timeout=10_000)
    assert "reported not working" in window.detail.browser.toPlainText()
    out = tmp_path / "fixes.json"
    monkeypatch.setattr(dialogs, "choose_json_path", lambda *args: out)
    window.findChild(QAction, "sendCorrections").trigger()
    kinds = [c.kind for c in read_signed_corrections(out.read_bytes(), "f").corrections]
    assert kinds == ["verified", "number_not_working", "hours"]
    window.runner.wait()


def test_a_local_service_is_searchable_and_sent(qtbot, data_dir, tmp_path, monkeypatch):
    import json

    window = open_window(qtbot, data_dir, passphrase=PASS)
    monkeypatch.setattr(dialogs, "ask_local_service", lambda *args: {
        "name": "Kasur Women's Desk", "organization": "District Office", "phone": "049-1234567",
        "area": "Kasur", "need": "legal"})
    window.findChild(QAction, "addLocalService").trigger()
    type_query(qtbot, window, "kasur desk")
    assert names(window)[0] == "Kasur Women's Desk"  # then national services with a desk
    window.select_row(0)
    qtbot.waitUntil(lambda: "added here" in window.detail.browser.toPlainText(), timeout=10_000)
    assert "{" not in window.detail.browser.toPlainText()  # the service, not its data
    out = tmp_path / "fixes.json"
    monkeypatch.setattr(dialogs, "choose_json_path", lambda *args: out)
    window.findChild(QAction, "sendCorrections").trigger()
    sent = read_signed_corrections(out.read_bytes(), "f").corrections
    assert sent[0].kind == "new_service"
    assert json.loads(sent[0].new_value)["phones"][0]["number"] == "049-1234567"
    monkeypatch.setattr(dialogs, "ask_local_service", lambda *args: {
        "name": " ", "organization": "", "phone": "", "area": "", "need": "legal"})
    window.findChild(QAction, "addLocalService").trigger()
    assert window.statusBar().currentMessage() == "Give the service a name."
    window.runner.wait()


def test_trusting_a_publisher_in_the_settings(qtbot, data_dir, tmp_path, monkeypatch) -> None:
    public = tmp_path / "coord.pub"
    public.write_text(bundle.public_key_text(KEY.public_key()))
    window = open_window(qtbot, data_dir)
    window.show_settings()
    dialog = window._settings_dialog
    monkeypatch.setattr(dialogs, "choose_public_key", lambda *args: public)
    monkeypatch.setattr(dialogs, "ask_text", lambda *args: "Punjab coordinator")
    dialog.add_key.click()
    assert dialog.publishers.count() == 1
    assert bundle.fingerprint(KEY.public_key()) in dialog.publishers.item(0).text()
    bad = tmp_path / "bad.pub"
    bad.write_text("nonsense")
    monkeypatch.setattr(dialogs, "choose_public_key", lambda *args: bad)
    dialog.add_key.click()
    assert "not a Referral App public key" in dialog.trust_error.text()
    dialog.publishers.setCurrentRow(0)
    dialog.remove_key.click()
    assert dialog.publishers.count() == 0
    window.runner.wait()


def test_a_long_list_of_changes_says_how_much_of_it_is_listed(qtbot, data_dir, tmp_path,
                                                               monkeypatch) -> None:
    monkeypatch.setattr("referral_app.store.importer.MAX_CHANGED_KEPT", 5)
    Directory.open(data_dir, starter=False).close()  # a laptop without the starter directory
    update = signed_update(tmp_path, trust_on=data_dir)
    window = open_window(qtbot, data_dir)
    preview = window.directory_menu.preview_update(update)
    qtbot.waitUntil(lambda: preview.apply_button.isEnabled(), timeout=10_000)
    assert preview.counts.text().splitlines() == [
        "Added 48, changed 0, removed 0, unchanged 0.", "The first 5 are listed below."]
    assert preview.changed.count() == 5
    preview.reject()
    window.runner.wait()


def test_applying_says_how_many_corrections_made_here_it_carries(qtbot, data_dir,
                                                                 tmp_path) -> None:
    from tests.fixtures.carried import update_carrying_a_verification

    update = update_carrying_a_verification(data_dir, tmp_path)
    window = open_window(qtbot, data_dir)
    preview = window.directory_menu.preview_update(update)
    qtbot.waitUntil(lambda: preview.apply_button.isEnabled(), timeout=10_000)
    with qtbot.waitSignal(window.directory_menu.message, timeout=10_000) as said:
        preview.apply_button.click()
    assert said.args == ["The directory is updated; 1 correction made here is now in it and "
                         "closed."]
    assert corrections.open_corrections(window.directory) == []
    window.runner.wait()


def test_sending_corrections_signs_them_with_the_key_the_casework_keeps(qtbot, data_dir,
                                                                        tmp_path, monkeypatch):
    from referral_app.core.referral import Priority, Referral, ReferralService
    from referral_app.core.text import isolated
    from referral_app.store import laptops
    from referral_app.store.casework import CaseworkStore
    from referral_app.ui.unlock_dialog import UnlockDialog

    with Directory.open(data_dir) as directory:
        desk = directory.search("madadgaar")[0]
        corrections.record(directory, Correction(desk.id, desk.name, "verified",
                                                 new_value="2026-11-28"))
    casework = CaseworkStore.create(data_dir, PASS, PASS, "CW-1")
    casework.create_referral(Referral(
        case_code="ORG-2026-0042", priority=Priority.URGENT, age_band="18-24", sex="female",
        reason="needs a safe place tonight", services=[ReferralService(desk.id, desk.name)]))
    casework.lock()
    window = open_window(qtbot, data_dir)
    out = tmp_path / "fixes.json"
    monkeypatch.setattr(dialogs, "choose_json_path", lambda *args: out)
    window.findChild(QAction, "sendCorrections").trigger()
    assert not out.exists()  # the casework is locked: the key is in it
    assert "Unlock the casework to sign" in window.statusBar().currentMessage()
    unlock = window.findChild(UnlockDialog)
    assert unlock is not None and not unlock.creating
    unlock.passphrase.setText(PASS)
    unlock.try_open()
    store = window.session.require()
    key = store.laptop_key().public_key()
    assert f"1 correction saved to {out}, signed by this laptop (key "\
           f"{isolated(bundle.fingerprint(key))})" == window.statusBar().currentMessage()
    with Directory.open(tmp_path / "coordinator") as coordinator:
        with pytest.raises(UserError, match="not registered here"):
            laptops.receive(coordinator, out.read_bytes(), out.name)
        laptops.register(coordinator, bundle.public_key_text(key), "Lahore desk 3", "k")
        received = laptops.receive(coordinator, out.read_bytes(), out.name)
    assert [c.kind for c in received.signed.corrections] == ["verified"]
    assert "ORG-2026-0042" not in out.read_text() and "safe place" not in out.read_text()
    window.runner.wait()


def test_the_window_leaves_out_a_bad_phone_and_keeps_the_service(qtbot, data_dir,
                                                                  tmp_path) -> None:
    hotline = service("Withheld Desk", phone="0300-0000001")
    hotline["phones"].insert(0, {"id": make_id("withheld", "phone"),
                                 "number": "call the office"})
    plain = write_json(tmp_path / "plain.json", page(hotline))
    window = open_window(qtbot, data_dir)
    preview = window.directory_menu.preview_update(plain)
    qtbot.waitUntil(lambda: "not signed" in preview.status.text(), timeout=10_000)
    assert "Left out, each service kept without it: 1" in preview.counts.text()
    assert "phones[0].number" in preview.counts.text()
    preview.unsigned.setChecked(True)
    with qtbot.waitSignal(window.results_shown, timeout=10_000):
        preview.apply_button.click()
    type_query(qtbot, window, "withheld desk")
    assert names(window) == ["Withheld Desk"]
    window.runner.wait()


def test_an_applied_update_is_checked_whole_in_the_background(qtbot, data_dir, tmp_path,
                                                             monkeypatch):
    """Applying does not read the whole file; the window's full check runs once the update is
    in, and keeps a copy of the sound directory for a repair."""
    from referral_app.ui import directory_check

    monkeypatch.setattr(directory_check, "CHECK_AFTER_MS", 3_600_000)  # not the start's check
    update = signed_update(tmp_path, trust_on=data_dir)
    window = open_window(qtbot, data_dir)
    preview = window.directory_menu.preview_update(update)
    qtbot.waitUntil(lambda: preview.apply_button.isEnabled(), timeout=10_000)
    with qtbot.waitSignal(window.directory_check.checked, timeout=10_000):
        preview.apply_button.click()
    assert [p.name[:16] for p in (data_dir / "backups").iterdir()] == ["directory-sound-"]
    window.runner.wait()
