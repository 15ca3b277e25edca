"""The window's one edge for errors: the caseworker reads one plain sentence, the log gets the
details.

A problem she can act on (a ``UserError``) is shown as its sentence. Anything else is our bug:
it is logged with its traceback and shown as "something went wrong", never as a traceback or
as raw exception text. Errors in slots reach here through ``sys.excepthook``; background work
that fails without a handler of its own reaches here through ``show``.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from ..core.errors import UserError
from ..core.text import isolated
from ..logs import LOG_FILE
from .messages import message_text

log = logging.getLogger(__name__)


def explain(error: BaseException, log_folder: Path | None = None) -> str:
    """One sentence for the window; an unexpected error is logged first, with its traceback,
    so that the sentence's "details are in the log" is true."""
    if isinstance(error, UserError):
        return message_text(error)
    log.error("unexpected error in the window", exc_info=error)
    where = str(log_folder / LOG_FILE) if log_folder is not None else LOG_FILE
    return QCoreApplication.translate(
        "ErrorEdge", "Something went wrong and what you were doing was not finished. The "
        "details are in the log (%1); please report it.").replace("%1", isolated(where))


class ErrorEdge(QObject):
    """Shows unexpected errors of the window as one sentence; installed as the exception hook
    while the window is open. After a quick exit it shows nothing: the screen stays clear."""

    def __init__(self, window: QWidget, log_folder: Path) -> None:
        super().__init__(window)
        self._window = window
        self._log_folder = log_folder
        self.silent = False
        self.shown: list[str] = []  # what was shown, for tests and for the log's sake
        self._previous_hook = sys.excepthook

    def install(self) -> None:
        self._previous_hook = sys.excepthook
        sys.excepthook = self.hook

    def uninstall(self) -> None:
        if sys.excepthook == self.hook:
            sys.excepthook = self._previous_hook

    def hook(self, kind: type[BaseException], error: BaseException,
             trace: TracebackType | None) -> None:
        if not isinstance(error, Exception):  # KeyboardInterrupt, SystemExit: not ours
            self._previous_hook(kind, error, trace)
            return
        self.show(error.with_traceback(trace))

    def show(self, error: BaseException) -> None:
        sentence = explain(error, self._log_folder)
        if self.silent:
            return
        self.shown.append(sentence)
        title = QCoreApplication.translate("ErrorEdge", "Referral App")
        box = QMessageBox(QMessageBox.Icon.Warning, title, sentence,
                          QMessageBox.StandardButton.Close, self._window)
        box.setObjectName("errorMessage")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setWindowModality(Qt.WindowModality.NonModal)  # quick exit must still work
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.button(QMessageBox.StandardButton.Close).setText(
            QCoreApplication.translate("ErrorEdge", "Close"))
        box.show()
