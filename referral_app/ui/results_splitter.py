"""The results and the details of the chosen service: side by side, or one over the other when
the window is too narrow for both (with large text, or snapped to half a small screen), so that
neither is cut and the window never has to be scrolled across to read a service."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSplitter, QWidget

TURN_BACK_MARGIN = 40  # pixels wider than side by side needs before it turns back: no flicker
READABLE_LETTERS = 30  # the least width of each side by side, in letters of the text's size
READABLE_LINES = 8  # the least height of each one over the other, in lines of text


class ResultsSplitter(QSplitter):
    """Take whatever height the window has left and ask for no more than the smallest: the
    window's content is then no taller than the window (nothing to scroll) whenever its
    smallest size fits. As narrow as the wider of the two: narrower than both side by side,
    it puts the details under the results."""

    def __init__(self, parent: QWidget | None = None, objectName: str = "") -> None:  # noqa: N803
        super().__init__(Qt.Orientation.Horizontal, parent, objectName=objectName)
        self._side_by_side = QByteArray()  # the sizes side by side, kept while turned
        self._fit_pending = False

    def _least_sizes(self) -> list[QSize]:
        shown = [self.widget(i) for i in range(self.count()) if not self.widget(i).isHidden()]
        return [w.minimumSizeHint().expandedTo(w.minimumSize()) for w in shown]

    def side_by_side_width(self) -> int:
        """The least width that shows both side by side, each wide enough to read (a results
        list a few letters wide shows no names)."""
        sizes = self._least_sizes()
        readable = self.fontMetrics().averageCharWidth() * READABLE_LETTERS
        return sum(max(s.width(), readable) for s in sizes) \
            + self.handleWidth() * max(len(sizes) - 1, 0)

    def side_by_side_state(self) -> QByteArray:
        """``saveState`` as side by side, to be restored whatever the window's width then."""
        if self.orientation() == Qt.Orientation.Horizontal:
            return self.saveState()
        return self._side_by_side

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        sizes = self._least_sizes()
        if not sizes:
            return super().minimumSizeHint()
        height = max(s.height() for s in sizes) \
            if self.orientation() == Qt.Orientation.Horizontal \
            else sum(s.height() for s in sizes) + self.handleWidth() * (len(sizes) - 1)
        return QSize(max(s.width() for s in sizes), height)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        hint = super().sizeHint()
        return QSize(hint.width(), self.minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        self._fit(event.size().width())
        super().resizeEvent(event)

    def event(self, event: QEvent) -> bool:
        # a new text size, or a part that asks for another size, at the same width: fitted
        # again once the parts know their new sizes
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LayoutRequest) \
                and not self._fit_pending:
            self._fit_pending = True
            QTimer.singleShot(0, self, self._fit)
        return super().event(event)

    def _fit(self, width: int | None = None) -> None:
        """Side by side or one over the other, for ``width`` (the width now)."""
        self._fit_pending = False
        width = self.width() if width is None else width
        needed = self.side_by_side_width()
        if self.orientation() == Qt.Orientation.Horizontal and width < needed:
            self._side_by_side = self.saveState()
            self.setOrientation(Qt.Orientation.Vertical)
        elif self.orientation() == Qt.Orientation.Vertical \
                and width >= needed + TURN_BACK_MARGIN:
            self.restoreState(self._side_by_side)  # the sizes it had side by side
            self.setOrientation(Qt.Orientation.Horizontal)
        self._keep_readable()

    def _keep_readable(self) -> None:
        """One over the other, each is kept tall enough to show a few results, or a few
        lines of a service (with the text's size now); side by side, they take the window's
        height."""
        lines = READABLE_LINES if self.orientation() == Qt.Orientation.Vertical else 0
        for index in range(self.count()):
            part = self.widget(index)
            part.setMinimumHeight(part.minimumSizeHint().height()
                                  + self.fontMetrics().lineSpacing() * lines if lines else 0)
