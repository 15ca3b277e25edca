"""Urdu and English, right to left, keyboard only, large text."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QMenu,
    QWidget,
)

from tests.ui.conftest import names, open_window, type_query
from tests.ui.test_translations import I18N, messages


def english_sources() -> set[str]:
    return {source.replace("&", "") for (_, source) in messages(I18N / "referral_app_ur.ts")
            if any(c.isalpha() for c in source) and source not in ("Enter", "Esc", "Tab")}


def visible_texts(window) -> list[str]:
    texts = [window.windowTitle()]
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        texts += [widget.accessibleName(), widget.accessibleDescription()]
    texts += [menu.title() for menu in window.findChildren(QMenu)]
    texts += [action.text() for action in window.actions()]
    model = window.model
    texts += [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    return [t.replace("&", "") for t in texts if t]


def test_urdu_window_is_right_to_left_and_fully_translated(qtbot, data_dir) -> None:
    window = open_window(qtbot, data_dir, "ur")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.isRightToLeft()
    assert window.result_count.text() == "47 خدمات ملیں"
    assert QApplication.font().families()[0] == "Noto Nastaliq Urdu"
    window.show_shortcuts()
    window.show_settings()
    texts = visible_texts(window)
    assert "بند کریں" in texts  # the shortcuts box's own button too
    left_in_english = sorted(set(texts) & english_sources())
    assert left_in_english == []
    window.runner.wait()


def test_english_only_names_are_marked_in_the_urdu_window(qtbot, data_dir) -> None:
    window = open_window(qtbot, data_dir, "ur")
    index = window.model.index(0, 0)
    assert index.data(Qt.ItemDataRole.FontRole).italic()
    tip = QTextDocument()
    tip.setHtml(index.data(Qt.ItemDataRole.ToolTipRole))  # as a tooltip shows it
    assert tip.toPlainText().endswith("(صرف انگریزی میں)")
    window.runner.wait()


def test_switching_language_changes_direction_and_words_at_once(qtbot, data_dir) -> None:
    window = open_window(qtbot, data_dir, "en")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert window.search_field.placeholderText().startswith("Search")
    window.show_settings()
    language = window.findChild(QComboBox, "languageSetting")
    language.setCurrentIndex(language.findData("ur"))
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.search_field.placeholderText().startswith("نام")
    assert window.findChild(QAbstractButton, "needFilter_shelter").text().startswith("پناہ گاہ")
    assert window.model.headerData(0, Qt.Orientation.Horizontal) == "خدمت"
    assert window.result_count.text() == "47 خدمات ملیں"
    language.setCurrentIndex(language.findData("en"))
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert window.result_count.text() == "47 services found"
    assert window.settings.value("appearance/language") == "en"
    window.runner.wait()


def test_the_chosen_language_is_remembered(qtbot, data_dir) -> None:
    window = open_window(qtbot, data_dir, None)
    window.show_settings()
    language = window.findChild(QComboBox, "languageSetting")
    language.setCurrentIndex(language.findData("ur"))
    window.close()
    again = open_window(qtbot, data_dir, None)
    assert again.appearance.language == "ur" and again.isRightToLeft()
    again.runner.wait()


def test_keyboard_only_in_urdu(qtbot, data_dir) -> None:
    window = open_window(qtbot, data_dir, "ur")
    window.activateWindow()
    type_query(qtbot, window, "helpline")
    assert names(window)
    qtbot.keyClick(window.search_field, Qt.Key.Key_Down)
    assert window.results.hasFocus()
    qtbot.keyClick(window.results, Qt.Key.Key_Return)
    assert window.detail.browser.hasFocus()
    assert "فون" in window.detail.browser.toPlainText()
    qtbot.keyClick(window.detail.browser, Qt.Key.Key_Escape)
    assert window.search_field.hasFocus()
    window.runner.wait()


def test_phone_numbers_stay_left_to_right_in_urdu(qtbot, data_dir) -> None:
    window = open_window(qtbot, data_dir, "ur")
    type_query(qtbot, window, "111-247")
    phone = window.model.index(0, 4).data()
    assert phone == "\u2066111-247-786\u2069"
    window.select_row(0)
    assert "\u2066111-247-786\u2069" in window.detail.browser.toPlainText()
    window.runner.wait()


def _clipped(window) -> list[str]:
    clipped = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or not isinstance(widget, QLabel | QAbstractButton):
            continue
        hint = widget.sizeHint()
        if isinstance(widget, QLabel) and widget.wordWrap():
            needed = widget.heightForWidth(widget.width())
            if needed > widget.height():
                clipped.append(f"{widget.objectName() or widget.text()[:30]}: height")
        elif widget.width() < hint.width() or widget.height() < hint.height():
            clipped.append(f"{widget.objectName() or widget.text()[:30]}: "
                           f"{widget.size().toTuple()} < {hint.toTuple()}")
    return clipped


def test_nothing_is_clipped_at_twice_the_text_size(qtbot, data_dir) -> None:
    from referral_app.ui.appearance import Appearance

    for language in ("en", "ur"):
        window = open_window(qtbot, data_dir, language)
        window.set_appearance(Appearance(language, 200, False))
        window.resize(1400, 900)
        # the layout settles over a few event-loop rounds, later on a busy machine
        for _ in range(100):
            if not _clipped(window):
                break
            qtbot.wait(50)
        assert _clipped(window) == [], language
        window.set_appearance(Appearance(language, 100, False))
        window.runner.wait()
        window.close()


def in_sight(widget, viewport) -> bool:
    """Whether a good part of the widget (all of a small one) shows in the viewport."""
    top = widget.mapTo(viewport, widget.rect().topLeft()).y()
    shown = min(top + widget.height(), viewport.height()) - max(top, 0)
    return shown >= min(widget.height(), 100)


@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")  # offscreen
def test_the_window_fits_a_small_laptop_screen_and_scrolls(qtbot, data_dir) -> None:
    # 1366 x 768 less the taskbar and the title bar; Urdu lines are tall, and the window
    # once needed 869 pixels, so its lower part was off the screen
    def settled(window, size: tuple[int, int]) -> None:
        window.resize(*size)
        qtbot.waitUntil(lambda: window.size().toTuple() == size)
        for _ in range(100):  # the layout settles over a few event-loop rounds
            if not _clipped(window):
                break
            qtbot.wait(50)
        assert _clipped(window) == [], size

    for language in ("en", "ur"):
        window = open_window(qtbot, data_dir, language)
        bar = window.scroller.verticalScrollBar()
        settled(window, (1024, 720))
        if language == "en":  # it fits: the results take what is left, nothing scrolls
            assert bar.maximum() == 0
        settled(window, (1024, 480))
        assert bar.maximum() > 0, language  # what does not fit is scrolled to
        bar.setValue(bar.maximum())
        viewport = window.scroller.viewport()
        bottom = window.results.mapTo(viewport, window.results.rect().bottomLeft())
        assert bottom.y() <= viewport.height(), language
        # the keyboard's way into the results scrolls them into sight (and back up)
        window.results.setFocus()
        bar.setValue(bar.maximum())
        assert not in_sight(window.search_field, viewport), language
        qtbot.keyClick(window.results, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
        assert window.search_field.hasFocus() and in_sight(window.search_field, viewport), language
        qtbot.keyClick(window.search_field, Qt.Key.Key_Down)
        assert window.results.hasFocus() and in_sight(window.results, viewport), language
        assert window.scroller.focusPolicy() == Qt.FocusPolicy.NoFocus
        # a filter's box is narrower than its longest district, but its list shows it whole
        district = window.panel.district
        assert district.width() < district.view().sizeHintForColumn(0), language
        district.showPopup()
        assert district.view().viewport().width() >= district.view().sizeHintForColumn(0)
        district.hidePopup()
        window.runner.wait()
        window.close()


def test_large_text_wraps_onto_more_rows_instead_of_scrolling_across(qtbot, data_dir) -> None:
    # twice the text size on a small laptop's screen, whole and snapped to half of it: the
    # needs, the filters and the details' buttons wrap, the details go under the results
    # when both do not fit, and nothing needs the window to be scrolled across
    for language in ("en", "ur"):
        _wraps_at_twice_the_size(qtbot, open_window(qtbot, data_dir, language), language)


def _wraps_at_twice_the_size(qtbot, window, language: str) -> None:
    from referral_app.ui.appearance import Appearance
    from referral_app.ui.results_splitter import TURN_BACK_MARGIN

    window.set_appearance(Appearance(language, 200, False))
    across = window.scroller.horizontalScrollBar()
    for size in ((1366, 740), (683, 740)):
        window.resize(*size)
        qtbot.waitUntil(lambda size=size: window.size().toTuple() == size)
        for _ in range(100):  # the layout settles over a few event-loop rounds
            if not _clipped(window) and across.maximum() == 0:
                break
            qtbot.wait(50)
        assert across.maximum() == 0, (language, size)
        assert _clipped(window) == [], (language, size)
        rows = {button.y() for button in window.panel.need_buttons.values()}
        assert size[0] > 1000 or len(rows) > 2, (language, size)  # not five to a row
        for combo in (window.panel.serves, window.panel.order):  # a few short choices, whole
            longest = max(len(combo.itemText(i)) for i in range(combo.count()))
            assert combo.minimumContentsLength() >= longest, (language, combo.objectName())
        splitter = window.splitter  # side by side only when both are wide enough to read
        horizontal = splitter.orientation() == Qt.Orientation.Horizontal
        needed = splitter.side_by_side_width()  # (either, just above: it turns back later)
        if not needed <= splitter.width() < needed + TURN_BACK_MARGIN:
            assert horizontal == (splitter.width() >= needed), size
    window.set_appearance(Appearance(language, 100, False))
    window.resize(1366, 740)
    qtbot.waitUntil(lambda: window.splitter.orientation() == Qt.Orientation.Horizontal)
    rows = {button.y() for button in window.panel.need_buttons.values()}
    assert len(rows) <= 3, language
    window.runner.wait()
    window.close()


def test_high_contrast_is_white_on_black(qtbot, data_dir) -> None:
    from PySide6.QtGui import QPalette

    from referral_app.ui.appearance import Appearance

    window = open_window(qtbot, data_dir, "en")
    window.set_appearance(Appearance("en", 100, True))
    palette = QApplication.palette()
    assert palette.color(QPalette.ColorRole.Window).name() == "#000000"
    assert palette.color(QPalette.ColorRole.WindowText).name() == "#ffffff"
    window.set_appearance(Appearance("en", 100, False))
    window.runner.wait()


def test_the_checks_themselves_see_clipping_and_english(qtbot, data_dir) -> None:
    window = open_window(qtbot, data_dir, "ur")
    squeezed = QLabel("A label far too long for the room it was given", window.centralWidget())
    squeezed.setFixedWidth(20)
    squeezed.show()
    left = QLabel("Copy details", window.centralWidget())
    left.show()
    assert any("A label" in entry for entry in _clipped(window))
    assert "Copy details" in set(visible_texts(window)) & english_sources()
    window.runner.wait()


def left_of(text: str, first: str, second: str) -> bool:
    """Whether, laid out right to left as the Urdu window does, ``first`` is shown to the
    left of ``second`` (as in 2009–2026 read correctly)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QTextLayout, QTextOption

    layout = QTextLayout(text, QApplication.font())
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(100_000)
    layout.endLayout()
    # inside each (after its first character), where no run boundary makes it ambiguous
    return bool(line.cursorToX(text.index(first) + 1)[0] <
                line.cursorToX(text.index(second) + 1)[0])


def test_the_layout_check_sees_a_reversed_range() -> None:
    assert not left_of("پتے 2009–2026 کے", "2009", "2026")  # what the Urdu window showed


def test_dates_and_times_in_urdu_lines_are_not_shown_reversed(qtbot, data_dir) -> None:
    """After Urdu words, 2009–2026 or 09:00-17:00 would be shown reversed (the bidi rules read
    their digits as Arabic numbers); they are wrapped in directional isolates."""
    from referral_app.core.corrections import Correction
    from referral_app.store import corrections

    window = open_window(qtbot, data_dir, "ur")
    assert left_of(window.banner.text(), "2009", "2026")
    desk = window.directory.search("madadgaar")[0]
    corrections.record(window.directory, Correction(desk.id, desk.name, "hours", "",
                                                    "09:00-17:00", made_on="2026-11-28"))
    type_query(qtbot, window, "madadgaar")
    window.select_row(0)
    qtbot.waitUntil(lambda: "09:00-17:00" in window.detail.browser.toPlainText(),
                    timeout=10_000)
    line = next(text for text in window.detail.browser.toPlainText().splitlines()
                if "09:00-17:00" in text)
    assert left_of(line, "09:00", "17:00") and left_of(line, "2026", "28")
    window.runner.wait()


def test_a_phone_number_sentence_in_urdu_shows_its_digits_in_order(qapp) -> None:
    import pytest

    from referral_app.core.corrections import local_service
    from referral_app.core.errors import UserError
    from referral_app.ui.i18n import install_translation
    from referral_app.ui.messages import message_text

    with pytest.raises(UserError) as refused:
        local_service("Test Desk", "", "051.000.0000", "", "legal", "2026-11-28")
    assert install_translation("ur")
    try:
        shown = message_text(refused.value)
    finally:
        install_translation("en")
    # "0-" before "-9" (after their first characters, inside the run): never shown "9-0"
    assert "0-9" in shown and left_of(shown, "0", "-")
    assert left_of(shown, "+", "(")
    assert not left_of("صرف 0-9 کے ہندسے", "0", "-")  # what it would be without isolates
