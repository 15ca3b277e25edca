"""The chips under the search field say how the query was read, and can be taken back."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QToolButton

from tests.ui.conftest import names, open_window, type_query


def chips(window) -> list[str]:
    return [chip.text().removesuffix("  ✕") for chip in window.chips.chips]


def click(qtbot, window, button) -> None:
    with qtbot.waitSignal(window.results_shown, timeout=10_000):
        button.click()
    qtbot.waitUntil(lambda: not window._running, timeout=10_000)


def test_shelter_lahore_is_read_as_a_need_and_a_place(qtbot, window) -> None:
    type_query(qtbot, window, "shelter lahore")
    assert window.chips.isVisible()
    assert chips(window) == ["Shelter", "covering Lahore"]
    assert names(window) == ["Dastak", "Dar-ul-Aman (Women Shelter Homes), Punjab",
                             "Shaheed Benazir Bhutto Centres for Women (crisis centres)"]


def test_removing_a_chip_searches_that_word_as_plain_text(qtbot, window) -> None:
    type_query(qtbot, window, "shelter lahore")
    place = window.findChild(QToolButton, "queryChip_place")
    assert place.accessibleName() == "Remove: covering Lahore"
    click(qtbot, window, place)
    assert chips(window) == ["Shelter"]
    # "lahore" is now a word to find in the text: only Dastak, in Lahore, has it
    assert names(window) == ["Dastak"]


def test_one_click_searches_the_words_as_typed(qtbot, window) -> None:
    type_query(qtbot, window, "wakeel")
    assert chips(window) == ["Legal aid"]
    assert len(names(window)) == 6
    plain = window.findChild(QAbstractButton, "searchPlainWords")
    click(qtbot, window, plain)
    assert chips(window) == [] and names(window) == []
    assert window.findChild(QLabel, "queryReadAs").text() == "Searching the words as typed."
    assert window.empty_message.isVisible()  # one plain sentence, no error
    click(qtbot, window, plain)  # and back
    assert chips(window) == ["Legal aid"]


def test_a_misspelt_word_is_read_and_says_so(qtbot, window) -> None:
    type_query(qtbot, window, "shleter")
    assert chips(window) == ["Shelter"]
    assert "spelling corrected" in window.chips.chips[0].toolTip()
    assert len(names(window)) == 6


def test_chips_are_in_urdu_in_the_urdu_window(qtbot, data_dir) -> None:
    window = open_window(qtbot, data_dir, language="ur")
    try:
        type_query(qtbot, window, "shelter lahore")
        assert chips(window) == ["پناہ گاہ", "لاہور میں دستیاب"]
        assert window.chips.layoutDirection() == Qt.LayoutDirection.RightToLeft
    finally:
        window.runner.wait()


def test_the_chips_go_when_the_field_is_cleared(qtbot, window) -> None:
    type_query(qtbot, window, "shelter lahore")
    type_query(qtbot, window, "dastak")
    assert not window.chips.isVisible()


def test_ctrl_u_in_the_search_field_opens_the_update_file(qtbot, window, monkeypatch) -> None:
    opened = []
    monkeypatch.setattr(window.directory_menu, "choose_update", lambda: opened.append(1))
    window.directory_menu.update_action.triggered.disconnect()
    window.directory_menu.update_action.triggered.connect(window.directory_menu.choose_update)
    window.activateWindow()
    window.search_field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.search_field)
    window.search_field.setText("shelter")
    with qtbot.waitSignal(window.directory_menu.update_action.triggered, timeout=5000):
        qtbot.keyClick(window.search_field, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
    assert opened == [1]
    assert window.search_field.text() == "shelter"  # the line was not deleted


def paste(qtbot, window, text: str) -> None:
    with qtbot.waitSignal(window.results_shown, timeout=10_000):
        window.search_field.setText(text)
    qtbot.waitUntil(lambda: not window._running, timeout=10_000)


def test_bad_input_gives_results_or_one_sentence(qtbot, window) -> None:
    for text in ("x" * 10_000, "!!!???", "\u200f\u202e\u200b", "astrology"):
        paste(qtbot, window, text)
        if window.model.rowCount() == 0:
            assert window.empty_message.isVisible()
            assert window.empty_message.text().count(".") <= 2
    paste(qtbot, window, "legal " + "word " * 3000)
    assert window.chips.isVisible()
    assert "first 12 words" in window.findChild(QLabel, "queryReadAs").text()


def test_many_chips_wrap_onto_more_rows_with_large_text(qtbot, window) -> None:
    from referral_app.ui.appearance import Appearance

    window.set_appearance(Appearance("en", 200, False))
    window.resize(683, 740)
    qtbot.waitUntil(lambda: window.width() == 683)
    type_query(qtbot, window, "shelter legal women lahore counselling health quetta multan")
    chips = window.chips.chips
    assert len(chips) == 8
    qtbot.waitUntil(lambda: len({chip.y() for chip in chips}) > 1)
    across = window.scroller.horizontalScrollBar()
    qtbot.waitUntil(lambda: across.maximum() == 0)
    plain = window.chips.plain_button  # "Search the words as typed instead", after them
    assert plain.y() >= max(chip.y() for chip in chips)
    window.set_appearance(Appearance("en", 100, False))
