"""The window's one edge for errors: a plain sentence on screen, the details in the log, never
a traceback; nothing at all after a quick exit."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton

from referral_app.core.errors import UserError
from referral_app.ui import dialogs
from tests.ui.conftest import open_window, type_query


@pytest.fixture
def window(unlocked_window):
    return unlocked_window


def _raised(error: BaseException) -> BaseException:
    try:
        raise error
    except BaseException as caught:
        return caught


def shown_boxes(window) -> list[QMessageBox]:
    return [b for b in window.findChildren(QMessageBox, "errorMessage") if b.isVisible()]


@pytest.mark.logs_errors
def test_an_error_in_a_slot_is_one_plain_sentence_and_logged(window, _fail_on_logged_errors):
    assert sys.excepthook == window.error_edge.hook
    error = _raised(RuntimeError("list index out of range <b>x</b>"))
    sys.excepthook(type(error), error, error.__traceback__)
    (box,) = shown_boxes(window)
    assert box.text().startswith("Something went wrong and what you were doing was not "
                                 "finished. The details are in the log (")
    assert "Traceback" not in box.text() and "index out of range" not in box.text()
    (record,) = _fail_on_logged_errors
    assert record.exc_info and record.exc_info[1] is error  # the details really are logged


def test_a_problem_she_can_act_on_is_its_own_sentence_and_not_logged(window,
                                                                      _fail_on_logged_errors):
    error = _raised(UserError("The case code ORG-1 is already used; choose another."))
    window.error_edge.hook(type(error), error, error.__traceback__)
    (box,) = shown_boxes(window)
    assert box.text() == "The case code ORG-1 is already used; choose another."
    assert _fail_on_logged_errors == []


@pytest.mark.logs_errors
def test_background_work_without_its_own_handler_reaches_the_edge(qtbot, window):
    def broken() -> None:
        raise RuntimeError("boom")

    window.runner.run(broken, lambda _result: None)
    qtbot.waitUntil(lambda: bool(shown_boxes(window)), timeout=5_000)


@pytest.mark.logs_errors
def test_nothing_is_shown_after_a_quick_exit(window):
    window.quick_exit()
    error = _raised(RuntimeError("late"))
    window.error_edge.hook(type(error), error, error.__traceback__)
    assert not shown_boxes(window) and not window.error_edge.shown


def test_closing_the_window_gives_the_hook_back(qtbot, data_dir):
    before = sys.excepthook
    opened = open_window(qtbot, data_dir)
    assert sys.excepthook != before
    opened.close()
    assert sys.excepthook == before


@pytest.mark.logs_errors
def test_a_slip_that_cannot_be_written_is_logged_as_the_sentence_says(
        qtbot, window, monkeypatch, tmp_path, _fail_on_logged_errors) -> None:
    type_query(qtbot, window, "madadgaar")
    window.select_row(0)
    window.findChild(QPushButton, "addToReferral").click()
    monkeypatch.setattr(dialogs, "choose_pdf_path", lambda *args: tmp_path / "slip.pdf")
    panel = window.referral_panel

    def broken(*args) -> None:
        raise RuntimeError("font table broken")

    monkeypatch.setattr(panel, "_write_slip", broken)
    window.findChild(QPushButton, "exportSlip").click()
    qtbot.waitUntil(lambda: bool(panel.error.text()), timeout=5_000)
    assert panel.error.text() == "The slip could not be written; details are in the log."
    assert [r.getMessage() for r in _fail_on_logged_errors] == ["writing a slip failed"]
