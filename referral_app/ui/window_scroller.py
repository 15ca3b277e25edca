"""The main window's content in a scrolling area: on a small laptop screen, or with large
text, the window may be smaller than what it holds. Whatever the keyboard moves to is scrolled
into sight, right to left too (Qt's own scrolling goes the wrong way across then); what a
click gives focus to stays where it is."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QFrame, QScrollArea, QWidget

MARGIN = 50  # pixels shown beside what is scrolled to, as Qt's own scrolling does


class WindowScroller(QScrollArea):
    def __init__(self, body: QWidget) -> None:
        super().__init__(objectName="windowScroller")
        self.setWidget(body)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a stop of its own for Tab
        app = QApplication.instance()
        if isinstance(app, QApplication):  # Ctrl+F, Down into the results, Esc: not only Tab
            app.focusChanged.connect(self._focus_moved)

    def bring_into_sight(self, child: QWidget) -> None:
        across = self.horizontalScrollBar()
        before = across.value()
        self.ensureWidgetVisible(child)  # right up and down; across only left to right
        if self.isRightToLeft():
            across.setValue(before)
            self._across_right_to_left(child)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802 (Qt's name)
        # Qt's own (Tab) scrolls to the new stop after it has focus, the wrong way across
        # when right to left: scrolled again from where it was
        before = self.horizontalScrollBar().value()
        moved = super().focusNextPrevChild(next)
        focused = QApplication.focusWidget()
        body = self.widget()
        if moved and self.isRightToLeft() and focused is not None and body is not None \
                and body.isAncestorOf(focused):
            self.horizontalScrollBar().setValue(before)
            self._across_right_to_left(focused)
        return moved

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        if QApplication.mouseButtons() != Qt.MouseButton.NoButton:
            return  # a click: what it gave focus to is in sight, and moving it would lose it
        body = self.widget()
        if new is not None and body is not None and body.isAncestorOf(new):
            self.bring_into_sight(new)

    def _across_right_to_left(self, child: QWidget) -> None:
        """Right to left, a larger value of the bar moves the content to the right."""
        width = self.viewport().width()
        left = child.mapTo(self.viewport(), QPoint(0, 0)).x()
        right = left + child.width()
        if left >= 0 and right <= width:
            return
        margin = max(0, min(MARGIN, (width - child.width()) // 2))
        across = self.horizontalScrollBar()
        if right > width or child.width() > width:  # its start, on the right, in sight
            across.setValue(across.value() - (right + margin - width))
        else:
            across.setValue(across.value() - left + margin)
