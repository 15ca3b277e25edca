"""Making a referral in the window: unlock, add services, consent, send, slip, quick exit."""


import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit, QPushButton

from referral_app.app import build_main_window
from referral_app.store.casework import CASEWORK_FILE
from referral_app.ui import dialogs
from referral_app.ui.unlock_dialog import UnlockDialog
from tests.fixtures.pdf import pdf_pages, pdf_text
from tests.ui.conftest import PASS, open_window, type_query


@pytest.fixture
def window(unlocked_window):
    return unlocked_window


def add(qtbot, window, text: str) -> None:
    type_query(qtbot, window, text)
    window.select_row(0)
    window.findChild(QPushButton, "addToReferral").click()


def test_a_referral_from_search_to_saved(qtbot, window) -> None:
    panel = window.referral_panel
    assert window.findChild(QLineEdit, "caseCodeField").text() == "ORG-2026-0001"
    add(qtbot, window, "madadgaar")
    add(qtbot, window, "dastak")
    assert window.side.currentWidget() is panel
    assert [panel.services.item(i).text() for i in range(panel.services.count())] == [
        "Madadgaar National Helpline", "Dastak"]
    panel.reason.setText("needs legal advice")
    window.findChild(QPushButton, "saveReferral").click()
    assert panel.saved_id is not None
    store = window.session.store
    saved = store.referral(panel.saved_id)
    assert saved.case_code == "ORG-2026-0001" and len(saved.services) == 2
    assert window.referrals.tree.topLevelItemCount() == 1


def test_sending_without_consent_needs_a_written_reason(qtbot, window, monkeypatch) -> None:
    panel = window.referral_panel
    add(qtbot, window, "madadgaar")
    panel.save()
    answers = iter([None, "threatened tonight: risk to life"])
    monkeypatch.setattr(dialogs, "ask_reason", lambda *args: next(answers))
    panel.mark_sent()  # cancelled: nothing is sent
    service = window.session.store.referral(panel.saved_id).services[0]
    assert service.sent_on == ""
    panel.mark_sent()
    service = window.session.store.referral(panel.saved_id).services[0]
    assert service.sent_on and service.override_reason == "threatened tonight: risk to life"
    trail = [what for _, _, what in window.session.store.audit_trail(panel.saved_id)]
    assert trail[-1].endswith("without consent, because: threatened tonight: risk to life")


def test_with_consent_it_is_sent_without_asking(qtbot, window, monkeypatch) -> None:
    panel = window.referral_panel
    add(qtbot, window, "madadgaar")
    panel.consent_given.setChecked(True)
    panel.share["needs"].setChecked(True)
    panel.appointment.setText("2026-12-01 10:30")
    panel.save_consent()
    panel.save()
    monkeypatch.setattr(dialogs, "ask_reason", lambda *args: pytest.fail("asked for a reason"))
    panel.mark_sent()
    service = window.session.store.referral(panel.saved_id).services[0]
    assert service.consent.given and service.consent.shared == ("case_code", "needs")
    assert service.appointment == "2026-12-01T10:30" and service.sent_on


def test_a_bad_appointment_is_one_sentence(qtbot, window) -> None:
    panel = window.referral_panel
    add(qtbot, window, "madadgaar")
    panel.appointment.setText("next tuesday")
    panel.save_consent()
    assert panel.error.text().startswith("Write the appointment as date and time")


def test_the_slip_is_exported(qtbot, window, monkeypatch, tmp_path) -> None:
    add(qtbot, window, "madadgaar")
    out = tmp_path / "slip.pdf"
    monkeypatch.setattr(dialogs, "choose_pdf_path", lambda *args: out)
    with qtbot.waitSignal(window.referral_panel.written, timeout=10_000):
        window.findChild(QPushButton, "exportSlip").click()
    text = pdf_text(out)
    assert "Madadgaar National Helpline" in text and "1098" in text
    assert "ORG-2026-0001" in text


def test_quick_exit_hides_locks_and_clears(qtbot, window) -> None:
    add(qtbot, window, "madadgaar")
    window.show_settings()
    window.show_shortcuts()
    in_front = QApplication.activeWindow() or window  # the key goes where the focus is
    qtbot.keyClick(in_front, Qt.Key.Key_Q,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert not window.isVisible()
    assert not [d for d in window.findChildren(QDialog) if d.isVisible()]
    assert not window.session.is_open
    assert window.search_field.text() == "" and window.model.rowCount() == 0
    assert window.detail.view is None and window.referral_panel.services.count() == 0
    window.show()
    assert not window.referral_panel.unlock_button.isHidden()  # the passphrase first
    assert window.referral_panel.form.isHidden()


def test_escape_three_times_is_a_quick_exit(qtbot, window) -> None:
    window.activateWindow()
    qtbot.keyClick(window.search_field, Qt.Key.Key_Escape)
    assert window.isVisible()
    qtbot.keyClick(window.search_field, Qt.Key.Key_Escape)
    qtbot.keyClick(window.search_field, Qt.Key.Key_Escape)
    assert not window.isVisible() and not window.session.is_open


def test_lock_now_and_idle_lock(qtbot, window) -> None:
    window.lock_action.trigger()
    assert not window.session.is_open and not window.referral_panel.unlock_button.isHidden()
    window.session.unlock(PASS)
    assert window.session.is_open
    window.session._idle.setInterval(50)
    window.session._idle.start()
    qtbot.waitUntil(lambda: not window.session.is_open, timeout=2_000)


def test_outcome_and_audit_in_the_referrals_view(qtbot, window) -> None:
    add(qtbot, window, "madadgaar")
    window.referral_panel.save()
    view = window.referrals
    child = view.tree.topLevelItem(0).child(0)
    view.tree.setCurrentItem(child)
    view.outcome.setCurrentIndex(view.outcome.findData("accepted"))
    view.follow_up.setText("2020-01-01")
    view.set_outcome()
    top = view.tree.topLevelItem(0)
    assert top.text(2) == "2020-01-01" and top.text(3) == "Overdue"
    view.tree.setCurrentItem(view.tree.topLevelItem(0))
    assert "accepted, follow up on 2020-01-01" in view.audit.toPlainText()
    view.follow_up.setText("soon")
    view.tree.setCurrentItem(view.tree.topLevelItem(0).child(0))
    view.set_outcome()
    assert view.error.text().startswith("Write the follow-up date")


def test_keyboard_search_details_add_to_referral(qtbot, window) -> None:
    window.activateWindow()
    type_query(qtbot, window, "helpline")
    qtbot.keyClick(window.search_field, Qt.Key.Key_Down)
    qtbot.keyClick(window.results, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert window.referral_panel.services.count() == 1


def test_the_passphrase_dialog_refuses_bad_input(qtbot, data_dir) -> None:
    window = build_main_window(data_dir, language="en")
    qtbot.addWidget(window)
    dialog = UnlockDialog(window.session, window)
    qtbot.addWidget(dialog)
    assert dialog.creating
    dialog.passphrase.setText("green tea at four")
    dialog.again.setText("green tea at five")
    dialog.try_open()
    assert "not the same" in dialog.findChild(QLabel, "passphraseError").text()
    assert not (data_dir / CASEWORK_FILE).exists()
    dialog.again.setText("green tea at four")
    dialog.try_open()
    assert window.session.is_open
    window.session.lock()
    unlock = UnlockDialog(window.session, window)
    qtbot.addWidget(unlock)
    assert not unlock.creating
    unlock.passphrase.setText("wrong")
    unlock.try_open()
    assert "does not open" in unlock.error.text() and not window.session.is_open
    window.runner.wait()


def test_the_service_copy_holds_only_what_she_agreed_to(qtbot, window, monkeypatch,
                                                       tmp_path) -> None:
    panel = window.referral_panel
    add(qtbot, window, "madadgaar")
    panel.reason.setText("private reason she did not agree to share")
    panel.sex.setCurrentIndex(panel.sex.findData("female"))
    panel.consent_given.setChecked(True)
    panel.share["sex"].setChecked(True)
    panel.save_consent()
    out = tmp_path / "copy.pdf"
    monkeypatch.setattr(dialogs, "choose_pdf_path", lambda *args: out)
    with qtbot.waitSignal(window.referral_panel.written, timeout=10_000):
        window.findChild(QPushButton, "exportCopy").click()
    text = pdf_text(out)
    assert "ORG-2026-0001" in text and "female" in text and "normal" in text
    assert "private reason" not in text
    assert "Signature" in text


def test_caseworker_settings_reach_the_referral(qtbot, window) -> None:
    window.show_settings()
    dialog = window._settings_dialog
    dialog.staff_code.setText("CW-42")
    dialog.organization.setText("Test NGO")
    dialog.pattern.setText("TST-{number:03d}")
    dialog.staff_code.editingFinished.emit()
    assert window.caseworker.staff_code == "CW-42"
    assert window.settings.value("caseworker/organization") == "Test NGO"
    window.referral_panel.new_referral()
    assert window.referral_panel.case_code.text() == "TST-001"
    assert window.referral_panel.referral().referred_by == "CW-42"


def test_a_desk_phone_that_cannot_be_dialled_is_not_saved(qtbot, window) -> None:
    window.show_settings()
    dialog = window._settings_dialog
    dialog.desk_phone.setText("042-1111111")
    dialog.desk_phone.editingFinished.emit()
    assert window.caseworker.desk_phone == "042-1111111"
    dialog.desk_phone.setText("\u202e687-742-111")
    dialog.desk_phone.editingFinished.emit()
    assert window.caseworker.desk_phone == "042-1111111"
    assert not dialog.desk_phone_error.isHidden()
    assert dialog.desk_phone_error.text().startswith("This number cannot be printed")
    dialog.desk_phone.setText("")
    dialog.desk_phone.editingFinished.emit()
    assert window.caseworker.desk_phone == "" and dialog.desk_phone_error.isHidden()
    # one saved by an older version is not printed
    from referral_app.ui.caseworker import Caseworker

    window.settings.setValue("caseworker/desk_phone", "\u202e687-742-111")
    assert Caseworker.load(window.settings).desk_phone == ""


def test_slip_options_one_per_page_in_urdu(qtbot, window, monkeypatch, tmp_path) -> None:
    panel = window.referral_panel
    add(qtbot, window, "madadgaar")
    add(qtbot, window, "1099")
    panel.slip_language.setCurrentIndex(panel.slip_language.findData("en"))
    panel.one_per_page.setChecked(True)
    panel.large_print.setChecked(True)
    panel.page_size.setCurrentIndex(panel.page_size.findData("A5"))
    out = tmp_path / "slips.pdf"
    monkeypatch.setattr(dialogs, "choose_pdf_path", lambda *args: out)
    with qtbot.waitSignal(panel.written, timeout=10_000):
        panel.export_slip()
    pages = pdf_pages(out)
    assert len(pages) >= 2
    assert "1098" in pages[0] and "1099" not in pages[0]


def test_a_slip_that_cannot_be_written_is_one_sentence(qtbot, window, monkeypatch,
                                                       tmp_path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    add(qtbot, window, "madadgaar")
    monkeypatch.setattr(dialogs, "choose_pdf_path", lambda *args: blocker / "slip.pdf")
    window.referral_panel.export_slip()
    qtbot.waitUntil(lambda: window.referral_panel.error.text() != "", timeout=10_000)
    assert window.referral_panel.error.text().startswith("Cannot write")


def test_printing_goes_to_the_chosen_printer(qtbot, window, monkeypatch, tmp_path) -> None:
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    monkeypatch.setattr(dialogs, "choose_printer", lambda parent: printer)
    add(qtbot, window, "madadgaar")
    window.findChild(QPushButton, "printSlip").click()
    assert (tmp_path / "printed.pdf").read_bytes().startswith(b"%PDF")


def test_changing_the_passphrase_in_the_window(qtbot, window, data_dir) -> None:
    from referral_app.ui.unlock_dialog import ChangePassphraseDialog

    dialog = ChangePassphraseDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.old.setText("wrong")
    dialog.new.setText("a much longer passphrase")
    dialog.again.setText("a much longer passphrase")
    dialog.try_change()
    assert "does not open" in dialog.error.text()
    dialog.old.setText(PASS)
    dialog.try_change()
    window.session.lock()
    window.session.unlock("a much longer passphrase")
    assert window.session.is_open


def test_a_handout_carries_no_case_data(qtbot, window, monkeypatch, tmp_path) -> None:
    add(qtbot, window, "madadgaar")
    window.referral_panel.appointment.setText("2026-12-01 10:30")
    window.referral_panel.save_consent()
    out = tmp_path / "handout.pdf"
    monkeypatch.setattr(dialogs, "choose_pdf_path", lambda *args: out)
    with qtbot.waitSignal(window.referral_panel.written, timeout=10_000):
        window.findChild(QPushButton, "exportHandout").click()
    text = pdf_pages(out)[0]
    assert "Madadgaar National Helpline" in text and "1098" in text
    assert "ORG-2026-0001" not in text


def test_saving_with_an_empty_or_used_case_code_is_one_sentence(qtbot, window) -> None:
    panel = window.referral_panel
    add(qtbot, window, "madadgaar")
    panel.case_code.setText("")
    panel.save()
    assert panel.error.text().startswith("Give the case a code") and panel.saved_id is None
    panel.case_code.setText("ORG-2026-0001")
    panel.save()
    panel.new_referral()
    add(qtbot, window, "madadgaar")
    panel.case_code.setText("ORG-2026-0001")
    panel.save()
    assert "already used" in panel.error.text()


def test_nothing_of_a_case_reaches_the_log(qtbot, window, caplog, monkeypatch) -> None:
    import logging

    caplog.set_level(logging.DEBUG)
    panel = window.referral_panel
    add(qtbot, window, "madadgaar")
    panel.reason.setText("UNIQUE-REASON-TEXT")
    panel.save()
    monkeypatch.setattr(dialogs, "ask_reason", lambda *args: "UNIQUE-OVERRIDE-TEXT")
    panel.mark_sent()
    window.quick_exit()
    logged = "\n".join(record.getMessage() for record in caplog.records)
    for secret in ("ORG-2026-0001", "UNIQUE-REASON-TEXT", "UNIQUE-OVERRIDE-TEXT"):
        assert secret not in logged


def test_her_needs_follow_the_services_and_can_be_changed(qtbot, window) -> None:
    panel = window.referral_panel
    add(qtbot, window, "madadgaar")  # an emergency helpline
    assert panel.need_boxes["emergency"].isChecked()
    panel.need_boxes["legal"].setChecked(True)
    panel.save()
    assert window.session.store.referral(panel.saved_id).needs == ("legal", "emergency")


def test_the_first_add_asks_the_passphrase_then_adds_the_service(qtbot, data_dir) -> None:
    window = open_window(qtbot, data_dir)  # locked: no casework file yet
    type_query(qtbot, window, "madadgaar")
    window.select_row(0)
    window.findChild(QPushButton, "addToReferral").click()
    dialog = window.findChild(UnlockDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.passphrase.setText(PASS)
    dialog.again.setText(PASS)
    dialog.try_open()
    panel = window.referral_panel
    assert window.session.is_open
    assert [panel.services.item(i).text() for i in range(panel.services.count())] == [
        "Madadgaar National Helpline"]
    window.runner.wait()


@pytest.mark.parametrize("how", ["new referral", "lock and unlock"])
def test_undo_never_brings_back_the_last_survivors_words(qtbot, window, how) -> None:
    panel = window.referral_panel
    panel.reason.setFocus()
    qtbot.keyClicks(panel.reason, "fled a brick kiln")
    if how == "new referral":
        panel.new_referral()
    else:
        window.session.lock()
        window.session.unlock(PASS)
    assert panel.reason.text() == ""
    qtbot.keyClick(panel.reason, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert panel.reason.text() == ""
    assert not panel.reason.isUndoAvailable()
