"""File > Import a spreadsheet: the first rows, a column-by-column choice guessed from the Urdu
and English headers, unknown needs and places matched by hand, a check that names rows and
columns, then the import; the choices are kept for next month's sheet."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from referral_app.ui import dialogs
from referral_app.ui.sheet_dialog import MAPPINGS_FOLDER
from tests.fixtures.sheets import HEADERS, write_sheet


def opened_sheet(qtbot, menu, path: Path):
    """The import dialog of the sheet at ``path``, once it has been read."""
    with qtbot.waitSignal(menu.sheet_shown, timeout=10_000) as opened:
        menu.open_sheet(path)
    return opened.args[0]


def test_a_sheet_is_mapped_checked_and_imported(qtbot, window, data_dir, tmp_path: Path
                                                ) -> None:
    sheet = write_sheet(tmp_path / "services.xlsx")
    menu = window.directory_menu
    dialog = opened_sheet(qtbot, menu, sheet)
    assert dialog.preview.rowCount() == 4 and dialog.preview.columnCount() == len(HEADERS)
    assert dialog.preview.item(0, 0).text() == "Fictional Legal Desk"
    assert dialog.field_boxes["نام"].currentData() == "name"
    assert dialog.field_boxes["ضلع"].currentData() == "district"
    assert dialog.field_boxes["فون نمبر"].currentData() == "phone"
    # needs and places the app does not know are listed to be matched
    assert set(dialog.need_boxes) == {"Sewing classes"}
    assert set(dialog.place_boxes) == {"Lhr City"}
    need = dialog.need_boxes["Sewing classes"]
    need.setCurrentIndex(need.findData("livelihood"))
    place = dialog.place_boxes["Lhr City"]
    place.setCurrentIndex(place.findData("pb-lahore"))
    assert not dialog.import_button.isEnabled()  # checked first
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=10_000)
    assert dialog.report.toPlainText().startswith(
        "Would import 4 service(s); 0 row(s) have problems.")
    for label in dialog.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText
    with qtbot.waitSignal(menu.changed, timeout=10_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    names = {row[0] for row in window.directory.db.execute(
        "SELECT name FROM service WHERE name LIKE 'Fictional%'")}
    assert names == {"Fictional Legal Desk", "Fictional Counselling Line",
                     "Fictional Shelter Home", "Fictional Skills Centre"}
    saved = list((data_dir / MAPPINGS_FOLDER).glob("sheet-*.json"))
    assert len(saved) == 1
    # next month's sheet, with the same headers: everything is already chosen
    again = opened_sheet(qtbot, menu, write_sheet(tmp_path / "services-next.xlsx"))
    assert again.need_boxes == {} and again.place_boxes == {}
    assert again.field_boxes["نام"].currentData() == "name"
    again.close()
    # the sheet is in the update history and can be undone like any file taken in
    from referral_app.store import updates

    assert updates.undo_last(window.directory).publisher == "services.xlsx"
    assert window.directory.db.execute(
        "SELECT count(*) FROM service WHERE name LIKE 'Fictional%'").fetchone()[0] == 0


def test_a_row_with_a_bad_phone_is_named_and_nothing_is_imported(qtbot, window,
                                                                 tmp_path: Path) -> None:
    sheet = tmp_path / "list.csv"
    sheet.write_text("Name,Phone\nFictional Desk,0300-0000001\nFictional Line,call us\n",
                     encoding="utf-8")
    before = window.directory.db.execute("SELECT count(*) FROM service").fetchone()[0]
    dialog = opened_sheet(qtbot, window.directory_menu, sheet)
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=10_000)
    shown = dialog.report.toPlainText()
    assert "list.csv, row 3, column '\u2068Phone\u2069': '\u2068call us\u2069' holds " \
           "letters" in shown  # quoted parts set apart: an Urdu column name stays in order
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)  # not skipping: refused
    qtbot.waitUntil(lambda: "Nothing was imported" in dialog.report.toPlainText(),
                    timeout=10_000)
    after = window.directory.db.execute("SELECT count(*) FROM service").fetchone()[0]
    assert after == before
    dialog.close()


def test_a_damaged_sheet_is_one_sentence_in_the_status_bar(qtbot, window, tmp_path: Path,
                                                           monkeypatch) -> None:
    damaged = tmp_path / "broken.xlsx"
    damaged.write_bytes(b"PK\x03\x04 not a workbook")
    monkeypatch.setattr(dialogs, "choose_spreadsheet", lambda *_: damaged)
    with qtbot.waitSignal(window.directory_menu.message, timeout=5_000) as said:
        window.directory_menu.sheet_action.trigger()
    assert said.args[0].startswith("broken.xlsx is not a spreadsheet this app can read")


def test_an_older_format_is_previewed_with_its_changes(qtbot, window, tmp_path: Path) -> None:
    """Update directory… takes an Open Referral UK page: it is converted, counted, and a
    service's fields are shown as they will be."""
    import json

    from tests.core.test_older_formats import ORUK_PAGE

    page = tmp_path / "page.json"
    page.write_text(json.dumps(ORUK_PAGE), encoding="utf-8")
    preview = window.directory_menu.preview_update(page)
    qtbot.waitUntil(lambda: preview.changed.count() == 1, timeout=10_000)
    assert preview.counts.text().startswith("Added 1, changed 0")
    preview.changed.setCurrentRow(0)
    qtbot.waitUntil(lambda: "Fictional Drop-in" in preview.diff.toPlainText(), timeout=10_000)
    preview.close()


def test_an_imported_sheet_is_checked_and_a_copy_kept_for_a_repair(qtbot, data_dir,
                                                                   tmp_path: Path,
                                                                   monkeypatch) -> None:
    # as after an update: a repair would otherwise go back to a copy from before the sheet
    from referral_app.ui import directory_check
    from tests.ui.conftest import open_window

    monkeypatch.setattr(directory_check, "CHECK_AFTER_MS", 3_600_000)  # not the start's check
    window = open_window(qtbot, data_dir)
    menu = window.directory_menu
    dialog = opened_sheet(qtbot, menu, write_sheet(tmp_path / "services.xlsx"))
    for boxes, value in ((dialog.need_boxes, "livelihood"), (dialog.place_boxes, "pb-lahore")):
        for box in boxes.values():
            box.setCurrentIndex(box.findData(value))
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=10_000)
    with qtbot.waitSignal(window.directory_check.checked, timeout=10_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert [p.name[:16] for p in (data_dir / "backups").iterdir()] == ["directory-sound-"]
    window.runner.wait()


def test_the_column_choices_fit_a_narrow_dialog_at_twice_the_text_size(
        qtbot, window, tmp_path: Path) -> None:
    # half a small laptop's screen, large text: each column's name goes over its choice,
    # rather than the choices scrolling across
    from PySide6.QtWidgets import QScrollArea

    from referral_app.ui.appearance import Appearance

    window.set_appearance(Appearance("en", 200, False))
    dialog = opened_sheet(qtbot, window.directory_menu, write_sheet(tmp_path / "services.xlsx"))
    dialog.resize(520, 700)
    qtbot.waitUntil(lambda: dialog.width() == 520)
    across = dialog.findChild(QScrollArea, "sheetChoices").horizontalScrollBar()
    for _ in range(40):  # the layout settles over a few event-loop rounds
        if across.maximum() == 0:
            break
        qtbot.wait(50)
    assert across.maximum() == 0
    dialog.reject()
    window.set_appearance(Appearance("en", 100, False))
