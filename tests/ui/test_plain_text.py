"""Directory data is shown as plain text everywhere: markup in a file is shown as it is written,
never read as bold text, a picture, a link or a green "signed and checked"."""

import os
from pathlib import Path

import segno
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QColor, QGuiApplication, QImage, QTextDocument
from PySide6.QtWidgets import QLabel, QMessageBox

from referral_app.core import bundle
from referral_app.core.slip import Slip, slip_entry
from referral_app.store import updates
from referral_app.store.directory import Directory
from referral_app.ui import dialogs
from referral_app.ui.service_table_model import Column
from referral_app.ui.slip_pdf import QR_BORDER, QR_SCALE, slip_html
from tests.conftest import write_json
from tests.fixtures.services import page, service
from tests.ui.conftest import open_window, type_query, without_isolates

RICH = ('<b>Bold</b> <img src="x.png"> <a href="https://example.org">link</a> '
        "<font color=green>signed and checked</font>")
KEY = bundle.new_private_key()
# REFERRAL_APP_SHOTS=FOLDER keeps the screenshots, to look at them; nothing is written otherwise
SHOTS = os.environ.get("REFERRAL_APP_SHOTS", "")


def rich_service(name: str = "Rich Desk " + RICH) -> dict:
    out = service(name, org="Trust " + RICH, district="Multan", province="Punjab",
                  languages=("Urdu " + RICH,), description=RICH, alert=RICH,
                  eligibility_description=RICH, application_process=RICH,
                  fees_description=RICH, interpretation_services=RICH, verified_by=RICH,
                  required_documents=[{"id": "5a1f9c1e-0000-4000-8000-000000000001",
                                       "document": RICH}])
    out["phones"][0]["description"] = RICH
    address = out["service_at_locations"][0]["location"]["addresses"][0]
    address["address_1"] = RICH
    return out


def shot(widget, name: str) -> None:
    """The widget as drawn; kept in $REFERRAL_APP_SHOTS when that is set."""
    image = widget.grab()
    assert not image.isNull()
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        image.save(str(Path(SHOTS) / f"{name}.png"))


def rendered(markup: str) -> str:
    document = QTextDocument()
    document.setHtml(markup)
    return document.toPlainText()


def test_rich_text_in_every_field_is_shown_literally_in_results_and_details(
        qtbot, data_dir, tmp_path) -> None:
    with Directory.open(data_dir) as directory:
        directory.import_file(write_json(tmp_path / "rich.json", page(rich_service())))
    window = open_window(qtbot, data_dir)
    type_query(qtbot, window, "rich desk")
    index = window.model.index(0, Column.NAME)
    assert index.data() == "Rich Desk " + RICH
    assert window.model.index(0, Column.ORGANIZATION).data() == "Trust " + RICH
    assert rendered(index.data(Qt.ItemDataRole.ToolTipRole)) == "Rich Desk " + RICH
    window.select_row(0)
    qtbot.waitUntil(lambda: window.detail.view is not None, timeout=10_000)
    shown = window.detail.browser.toPlainText()
    assert shown.count(RICH) >= 12, shown  # every field, each written out as it is
    assert "Rich Desk " + RICH in shown and "Trust " + RICH in shown
    assert "<img" not in window.detail.browser.toHtml().replace("&lt;img", "")
    window.resize(1400, 900)
    shot(window, "rich-details")
    window.runner.wait()


def test_the_correct_dialog_names_the_service_as_plain_text(qtbot, data_dir, tmp_path,
                                                            monkeypatch) -> None:
    with Directory.open(data_dir) as directory:
        directory.import_file(write_json(tmp_path / "rich.json", page(rich_service())))
    window = open_window(qtbot, data_dir)
    type_query(qtbot, window, "rich desk")
    window.select_row(0)
    qtbot.waitUntil(lambda: window.detail.view is not None, timeout=10_000)
    asked = []
    monkeypatch.setattr(dialogs, "ask_correction", lambda *args: asked.append(args))
    window.detail.correct_button.click()
    parent, title, kinds = asked[0]
    assert title == "Correct Rich Desk " + RICH
    dialog = dialogs.correction_dialog(parent, title, kinds)
    qtbot.addWidget(dialog)
    heading = dialog.findChild(QLabel, "correctionTitle")
    assert heading.text() == title
    assert heading.textFormat() == Qt.TextFormat.PlainText
    dialog.show()
    shot(dialog, "rich-correct-dialog")
    window.runner.wait()


def test_the_update_preview_shows_names_and_changes_literally(qtbot, data_dir, tmp_path):
    window = open_window(qtbot, data_dir)
    file = write_json(tmp_path / "plain.json", page(rich_service()))
    preview = window.directory_menu.preview_update(file)
    qtbot.waitUntil(lambda: preview.changed.count() == 1, timeout=10_000)
    assert without_isolates(preview.changed.item(0).text()) == f"Rich Desk {RICH} (new)"
    preview.changed.setCurrentRow(0)
    qtbot.waitUntil(lambda: f"name: — → \u2068Rich Desk {RICH}\u2069"
                    in preview.diff.toPlainText(), timeout=10_000)
    for label in (preview.status, preview.counts, preview.conflicts_label):
        assert label.textFormat() == Qt.TextFormat.PlainText
    shot(preview, "rich-preview")
    preview.reject()
    window.runner.wait()


def test_a_refused_file_cannot_make_its_own_green_headline(qtbot, data_dir, tmp_path) -> None:
    window = open_window(qtbot, data_dir)
    lying = service("Lying Desk") | {"status": "<font color=green>Signed</font>"}
    preview = window.directory_menu.preview_update(write_json(tmp_path / "bad.json",
                                                              page(lying)))
    qtbot.waitUntil(lambda: "Nothing was imported" in preview.status.text(), timeout=10_000)
    assert "<font color=green>Signed</font>" in preview.status.text()
    assert preview.status.textFormat() == Qt.TextFormat.PlainText
    shot(preview, "rich-refused")
    preview.reject()
    window.runner.wait()


def test_the_update_history_shows_a_publisher_name_literally(qtbot, data_dir, tmp_path):
    with Directory.open(tmp_path / "coordinator") as coordinator:
        coordinator.import_file(write_json(tmp_path / "new.json", page(
            service("Brand New Desk", phone="0333-5555555"))))
        update = tmp_path / "v1.zip"
        updates.build(coordinator, KEY, RICH, 1, update)
    with Directory.open(data_dir) as laptop:
        updates.trust(laptop, bundle.public_key_text(KEY.public_key()), "Coordinator", "k")
        updates.apply(laptop, updates.check(laptop, update))
        shown_as = updates.history(laptop)[0].publisher
    window = open_window(qtbot, data_dir)
    window.findChild(QAction, "updateHistory").trigger()
    box = window.findChild(QMessageBox, "historyDialog")
    label = box.findChild(QLabel, "qt_msgbox_label")
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert shown_as in label.text()
    shot(box, "rich-history")
    box.close()
    window.runner.wait()


def qr_modules(image: QImage) -> list[list[bool]]:
    """The dark and light modules of a QR image as slip_pdf draws it, read back pixel by
    pixel from the middle of each module."""
    size = image.width() // QR_SCALE - 2 * QR_BORDER
    middle = QR_SCALE // 2
    return [[QColor(image.pixel((QR_BORDER + col) * QR_SCALE + middle,
                                (QR_BORDER + row) * QR_SCALE + middle)).lightness() < 128
             for col in range(size)] for row in range(size)]


def test_the_number_shown_is_the_number_copied_and_the_number_in_the_qr_code(
        qtbot, data_dir, tmp_path) -> None:
    urdu_digits = service("Digit Desk", phone="۱۱۱-۲۴۷-۷۸۶")  # as typed on an Urdu keyboard
    with Directory.open(data_dir) as directory:
        directory.import_file(write_json(tmp_path / "digits.json", page(urdu_digits)))
    window = open_window(qtbot, data_dir)
    type_query(qtbot, window, "digit desk")
    assert window.model.index(0, Column.PHONE).data() == "\u2066111-247-786\u2069"
    window.select_row(0)
    qtbot.waitUntil(lambda: window.detail.view is not None, timeout=10_000)
    assert "\u2066111-247-786\u2069" in window.detail.browser.toPlainText()
    with qtbot.waitSignal(window.detail.copied) as copied:
        window.detail.browser.anchorClicked.emit(QUrl("copy-phone:0"))
    assert copied.args == ["111-247-786"] == [QGuiApplication.clipboard().text()]
    markup, images = slip_html(Slip((slip_entry(window.detail.view),), language="en"))
    assert "<b>\u2066111-247-786\u2069</b>" in markup  # printed under the QR code as shown
    expected = segno.make("tel:111247786", error="m").matrix
    assert qr_modules(images["qr0"]) == [[bool(module) for module in row] for row in expected]
    window.runner.wait()


def test_text_an_older_version_kept_unchecked_cannot_lie_either(qtbot, data_dir) -> None:
    # A directory filled before these checks: a name and a number with a right-to-left
    # override, written straight into the database as an older version could have kept them.
    with Directory.open(data_dir) as directory, directory.db.conn:
        directory.db.execute("UPDATE service SET name = ? WHERE name = ?",
                             ["TIP \u202eksed enilpleh",
                              "National Trafficking in Persons (TIP) Hotline"])
        changed = directory.db.execute("UPDATE phone SET number = ? WHERE number = ?",
                                       ["\u202e687-742-111", "111-247-786"]).rowcount
    assert changed
    window = open_window(qtbot, data_dir)
    type_query(qtbot, window, "tip hotline")
    row = next(row for row in range(window.model.rowCount())
               if "ksed" in window.model.index(row, Column.NAME).data())
    assert window.model.index(row, Column.NAME).data() == "TIP ksed enilpleh"  # as it reads
    window.select_row(row)
    qtbot.waitUntil(lambda: window.detail.view is not None, timeout=10_000)
    shown = window.detail.browser.toPlainText()
    assert "\u202e" not in window.detail.view.name
    assert "⟨U+202E⟩687-742-111" in shown  # never "111-247-786"
    window.runner.wait()


def test_the_preview_shows_a_change_in_invisible_characters(qtbot, data_dir, tmp_path):
    tip = "National Trafficking in Persons (TIP) Hotline"
    with Directory.open(data_dir) as directory:
        (service_id,) = directory.db.execute("SELECT id FROM service WHERE name = ?",
                                             [tip]).fetchone()
        published = directory.service(service_id)
        with directory.db.conn:  # as an older version could have kept it
            directory.db.execute("UPDATE phone SET number = ? WHERE number = ?",
                                 ["111-247-786\u200b", "111-247-786"])
    published["last_verified"] = "2026-11-01"  # the update verifies it (and so changes it)
    file = write_json(tmp_path / "fix.json", page(published))
    window = open_window(qtbot, data_dir)
    preview = window.directory_menu.preview_update(file)
    qtbot.waitUntil(lambda: preview.changed.count() == 1, timeout=10_000)
    preview.changed.setCurrentRow(0)
    qtbot.waitUntil(lambda: "phones[0].number" in preview.diff.toPlainText(), timeout=10_000)
    assert ("phones[0].number: \u2068111-247-786⟨U+200B⟩\u2069 → \u2068111-247-786\u2069 "
            "(\u2068U+200B → nothing\u2069)") in preview.diff.toPlainText().splitlines()
    preview.reject()
    window.runner.wait()
