import time
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QWidget

from referral_app.app import build_main_window
from referral_app.core.needs import NEED_CODES
from referral_app.store import search_session
from tests.ui.conftest import names, type_query


def settle(qtbot, window, action) -> None:
    """Do something that changes the search and wait for the latest results."""
    with qtbot.waitSignal(window.results_shown, timeout=10_000):
        action()
    qtbot.waitUntil(lambda: not window._running, timeout=10_000)


def test_the_window_opens_on_the_starter_directory(window, tmp_path) -> None:
    assert window.model.rowCount() == 47
    assert "47" in window.result_count.text()
    assert window.banner.isVisible() and "47" in window.banner.text()
    assert "47" in window.statusBar().currentMessage()
    assert window.search_field.hasFocus() or QGuiApplication.focusWindow() is None
    window.grab().save(str(tmp_path / "window.png"))


def test_typing_finds_services_in_english_and_urdu(qtbot, window) -> None:
    type_query(qtbot, window, "madadgaar")
    assert names(window) == ["Madadgaar National Helpline"]
    type_query(qtbot, window, "پناہ")  # the Urdu label of the shelter need
    assert "Dar-ul-Aman (Women Shelter Homes), Punjab" in names(window)
    type_query(qtbot, window, "پناه")  # typed with the Arabic heh
    assert "Dar-ul-Aman (Women Shelter Homes), Punjab" in names(window)


def test_need_buttons_filter_and_show_counts(qtbot, window) -> None:
    button = window.findChild(QAbstractButton, "needFilter_shelter")
    with qtbot.waitSignal(window.counts_shown, timeout=10_000):
        settle(qtbot, window, button.click)
    assert window.model.rowCount() == 6
    assert "(6)" in button.text()
    legal = window.findChild(QAbstractButton, "needFilter_legal")
    assert "(6)" in legal.text()  # how many legal services match the rest of the query
    settle(qtbot, window, legal.click)
    assert window.model.rowCount() == 12  # shelter or legal


def test_province_then_district_with_an_old_name(qtbot, window) -> None:
    province = window.findChild(QComboBox, "provinceFilter")
    settle(qtbot, window, lambda: province.setCurrentIndex(province.findText("Punjab")))
    punjab = window.model.rowCount()
    assert 0 < punjab < 47
    district = window.findChild(QComboBox, "districtFilter")
    assert district.findText("Karachi South") == -1  # the list follows the province
    settle(qtbot, window, lambda: province.setCurrentIndex(0))
    index = district.findText("Nawabshah", Qt.MatchFlag.MatchContains)
    assert district.itemText(index).startswith("Shaheed Benazirabad")
    settle(qtbot, window, lambda: district.setCurrentIndex(index))
    found = names(window)
    assert found and "Sindh Mental Health Authority helpline" in found  # Sindh-wide
    assert "Punjab Women Helpline 1043" not in found


def test_language_serves_free_open_and_verified_filters(qtbot, window) -> None:
    language = window.findChild(QComboBox, "languageFilter")
    settle(qtbot, window, lambda: language.setCurrentIndex(language.findText("Saraiki")))
    assert window.model.rowCount() == 1
    settle(qtbot, window, lambda: language.setCurrentIndex(0))
    open_now = window.findChild(QAbstractButton, "openNowFilter")
    settle(qtbot, window, open_now.click)
    assert 0 < window.model.rowCount() < 47  # the round-the-clock services
    settle(qtbot, window, open_now.click)
    verified = window.findChild(QAbstractButton, "verifiedFilter")
    settle(qtbot, window, verified.click)
    assert window.model.rowCount() == 0  # no starter record is verified
    assert window.empty_message.isVisible() and window.empty_clear.isVisible()
    settle(qtbot, window, window.empty_clear.click)
    assert window.model.rowCount() == 47


def test_empty_state_names_the_query_and_the_filter(qtbot, window) -> None:
    settle(qtbot, window, window.findChild(QAbstractButton, "needFilter_shelter").click)
    type_query(qtbot, window, "xyzzy")
    assert window.empty_message.text() == (
        "No services match 'xyzzy' with the filter Shelter. Clear the filter?")
    settle(qtbot, window, window.findChild(QAbstractButton, "clearFilters").click)
    assert window.empty_message.text().startswith("No services match 'xyzzy'.")
    assert not window.empty_clear.isVisible()


def test_a_stale_slow_result_never_replaces_a_newer_one(qtbot, window, monkeypatch) -> None:
    real_find = search_session.find

    def find(path, text, filters, order, limit):
        if text == "slow":
            time.sleep(0.5)
        return real_find(path, text, filters, order, limit)

    monkeypatch.setattr(search_session, "find", find)
    window.search_field.setText("slow")
    window.search_field.setText("madadgaar")
    qtbot.waitUntil(lambda: not window._running and names(window) == [
        "Madadgaar National Helpline"], timeout=10_000)
    qtbot.wait(700)
    assert names(window) == ["Madadgaar National Helpline"]


@pytest.mark.logs_errors
def test_a_failed_search_is_one_plain_sentence(qtbot, window, monkeypatch) -> None:
    import sqlite3

    def broken(*args):
        raise sqlite3.DatabaseError("database disk image is malformed")

    monkeypatch.setattr(search_session, "find", broken)
    type_query(qtbot, window, "anything")
    assert window.empty_message.text().startswith("The search could not be run")
    assert window.model.rowCount() == 0


def test_keyboard_path_search_results_details_and_back(qtbot, window) -> None:
    window.activateWindow()
    type_query(qtbot, window, "helpline")
    qtbot.keyClick(window.search_field, Qt.Key.Key_Down)
    assert window.results.hasFocus()
    assert window.results.currentIndex().row() == 0
    qtbot.keyClick(window.results, Qt.Key.Key_Down)
    assert window.results.currentIndex().row() == 1
    chosen = window.model.service(1)
    assert window.detail.view.id == chosen.id
    qtbot.keyClick(window.results, Qt.Key.Key_Return)
    assert window.detail.browser.hasFocus()
    qtbot.keyClick(window.detail.browser, Qt.Key.Key_Escape)
    assert window.search_field.hasFocus()
    qtbot.keyClick(window.search_field, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search_field.hasFocus()


def test_details_show_everything_and_hide_a_confidential_address(qtbot, window) -> None:
    type_query(qtbot, window, "dastak")
    window.results.selectRow(0)
    detail = window.detail
    text = detail.browser.toPlainText()
    assert "Address withheld: call first" in text
    assert "Lahore" not in text.split("Address withheld")[1].split("Covers")[0]
    assert "Source: https://" in text and "Unverified" in text
    detail.copy_details()
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith("Dastak") and "Address withheld: call first" in copied
    detail.browser.anchorClicked.emit(QUrl("show-address"))
    assert "Lahore" in detail.browser.toPlainText().split("Address")[-1]
    assert "Address withheld" in detail.plain_text()  # copying never reveals it


def test_a_phone_can_be_copied(qtbot, window) -> None:
    type_query(qtbot, window, "madadgaar")
    window.results.selectRow(0)
    with qtbot.waitSignal(window.detail.copied) as copied:
        window.detail.browser.anchorClicked.emit(QUrl("copy-phone:0"))
    assert copied.args == ["1098"]


def test_filters_and_layout_are_remembered(qtbot, data_dir, window) -> None:
    settle(qtbot, window, window.findChild(QAbstractButton, "needFilter_legal").click)
    language = window.findChild(QComboBox, "sortOrder")
    settle(qtbot, window, lambda: language.setCurrentIndex(1))
    window.close()
    assert (data_dir / "settings.ini").exists()
    again = build_main_window(data_dir)
    qtbot.addWidget(again)
    with qtbot.waitSignal(again.results_shown, timeout=10_000):
        again.show()
    assert again.findChild(QAbstractButton, "needFilter_legal").isChecked()
    assert again.findChild(QComboBox, "sortOrder").currentIndex() == 1
    assert again.model.rowCount() == 6
    again.runner.wait()


def test_every_control_has_a_name_and_an_accessible_name(window) -> None:
    for need in NEED_CODES:
        assert window.findChild(QAbstractButton, f"needFilter_{need}") is not None
    for name in ("searchField", "provinceFilter", "districtFilter", "languageFilter",
                 "openNowFilter", "freeOnlyFilter", "clearFilters", "resultsView",
                 "resultCount", "serviceDetail", "starterBanner"):
        assert window.findChild(QWidget, name) is not None, name
    interactive = (QAbstractButton, QComboBox, QLineEdit)
    unnamed = [w for w in window.findChildren(QWidget)
               if isinstance(w, interactive) and w.isVisible() and not w.accessibleName()
               and w.parent() is not None and not isinstance(w.parent(), QComboBox)]
    assert unnamed == []


def test_shortcuts_are_listed_under_help(window) -> None:
    text = window.shortcut_text()
    for key in ("Ctrl+F", "Down arrow", "Enter", "Esc", "F1"):
        assert key in text


def test_serves_and_free_filters_on_a_small_directory(qtbot, data_dir, tmp_path) -> None:
    from referral_app.store.directory import Directory
    from tests.conftest import write_json
    from tests.fixtures.services import page, service

    with Directory.open(data_dir, starter=False) as directory:
        directory.import_file(write_json(tmp_path / "s.json", page(
            service("Women Only Desk", gender="female", free=True),
            service("Men Only Desk", gender="male"),
            service("Adult Desk", min_age=18),
            service("Open Desk"),
        )))
    window = build_main_window(data_dir)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.results_shown, timeout=10_000):
        window.show()
    serves = window.findChild(QComboBox, "servesFilter")
    settle(qtbot, window, lambda: serves.setCurrentIndex(serves.findData("women")))
    assert sorted(names(window)) == ["Adult Desk", "Open Desk", "Women Only Desk"]
    settle(qtbot, window, lambda: serves.setCurrentIndex(serves.findData("children")))
    assert sorted(names(window)) == ["Men Only Desk", "Open Desk", "Women Only Desk"]
    settle(qtbot, window, lambda: serves.setCurrentIndex(0))
    settle(qtbot, window, window.findChild(QAbstractButton, "freeOnlyFilter").click)
    assert names(window) == ["Women Only Desk"]
    assert not window.banner.isVisible() or "4" in window.banner.text()
    window.runner.wait()


def test_results_page_in_as_the_view_scrolls(qtbot, data_dir, tmp_path) -> None:
    from referral_app.store.directory import Directory
    from tests.conftest import write_json
    from tests.fixtures.services import page, service

    with Directory.open(data_dir, starter=False) as directory:
        directory.import_file(write_json(tmp_path / "many.json", page(
            *(service(f"Legal Desk {i:03d}") for i in range(250)))))
    window = build_main_window(data_dir)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.counts_shown, timeout=10_000):
        window.show()
    assert window.model.rowCount() == 100 and window.model.total == 250
    assert "250" in window.result_count.text()
    window.results.scrollToBottom()
    qtbot.waitUntil(lambda: window.model.rowCount() > 100, timeout=5_000)
    while window.model.canFetchMore(window.model.index(-1, -1)):
        window.model.fetchMore(window.model.index(-1, -1))
    assert window.model.rowCount() == 250
    assert len(set(names(window))) == 250
    window.runner.wait()


def test_a_keystroke_whose_first_result_stays_draws_no_details_again(qtbot, window,
                                                                    monkeypatch) -> None:
    """Typing on while the first result stays the same leaves its details as they are; a new
    first result, or the same service changed, is drawn."""
    type_query(qtbot, window, "helplin")
    first = window.detail.view
    drawn: list[object] = []
    real_render = window.detail._render
    monkeypatch.setattr(window.detail, "_render", lambda: (drawn.append(1), real_render()))
    qtbot.keyClick(window.search_field, "e")
    qtbot.waitUntil(lambda: not window._running, timeout=10_000)
    assert window.detail.view == first and drawn == []
    window.detail.show_service(replace(first, name=first.name + " (moved)"))
    assert drawn == [1]
    assert "(moved)" in window.detail.browser.toPlainText()
