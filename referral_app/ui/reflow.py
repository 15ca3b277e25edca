"""Rows of controls that wrap onto more rows when the window is narrow or the text is large.

The need buttons and the filters sit side by side on a wide screen. With twice the text size,
or in a window snapped to half a small laptop screen, they do not fit across; fixed rows would
then make the whole window scroll sideways, and a caseworker would have to scroll across to find
a need or a filter. Here they wrap instead, in reading order, right to left in Urdu.

``ColumnsLayout`` keeps its items in columns of one width (the widest item's least width), as
many as fit up to ``most``; ``FlowLayout`` keeps each item at its own width, and an item aligned
to the trailing side ends its row there (as "Clear filters" does).
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QStyle, QWidget


class _Layout(QLayout):
    """What both layouts share: their items, and placing a row of them in either direction."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 4) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._gap = spacing

    # -- Qt's item list -----------------------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 (Qt's name)
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt's name)
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt's name)
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def insertWidget(self, index: int, widget: QWidget) -> None:  # noqa: N802 (QBoxLayout's)
        """``widget`` at ``index``, as QBoxLayout's: Qt makes its item (``addWidget``)."""
        self.addWidget(widget)
        self._items.insert(index, self._items.pop())
        self.invalidate()

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 (Qt's name)
        return Qt.Orientation.Horizontal

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt's name)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        margins = self.contentsMargins()
        inner = QRect(0, 0, width - margins.left() - margins.right(), 0)
        return self._arrange(inner, place=False) + margins.top() + margins.bottom()

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 (Qt's name)
        super().setGeometry(rect)
        self._arrange(self.contentsRect(), place=True)

    def minimumSize(self) -> QSize:  # noqa: N802 (Qt's name)
        # One row high: the height the items need at a given width is ``heightForWidth``,
        # which the layouts around this one ask for (one column's height here would make a
        # scrolling window scroll by all of it).
        margins = self.contentsMargins()
        height = max((item.sizeHint().height() for item in self._shown()), default=0)
        return QSize(self._least_width() + margins.left() + margins.right(),
                     height + margins.top() + margins.bottom())

    # -- shared -------------------------------------------------------------------------------

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _place(self, item: QLayoutItem, cell: QRect, area: QRect) -> None:
        """Give ``item`` the cell, mirrored inside ``area`` when the text runs right to left."""
        direction = self.parentWidget().layoutDirection() if self.parentWidget() else \
            Qt.LayoutDirection.LeftToRight
        item.setGeometry(QStyle.visualRect(direction, area, cell))

    def _least_width(self) -> int:
        raise NotImplementedError

    def _arrange(self, area: QRect, place: bool) -> int:
        """Lay the items out in ``area`` (only measure, unless ``place``): the height used."""
        raise NotImplementedError


class ColumnsLayout(_Layout):
    """Items in columns of one width, at most ``most`` across, in as many rows as they need."""

    def __init__(self, most: int, parent: QWidget | None = None, spacing: int = 4) -> None:
        super().__init__(parent, spacing)
        self.most = most

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        # cells of the least width: a button whose text grows (a count) moves nothing
        across = min(self.most, len(self._shown())) or 1
        cell = self._least_width()
        margins = self.contentsMargins()
        width = across * cell + (across - 1) * self._gap + margins.left() + margins.right()
        return QSize(width, self.heightForWidth(width))

    def columns(self, width: int) -> int:
        """How many columns fit across ``width`` pixels, with rows as even as they can be
        (nine buttons in three rows of three, not four, four and one)."""
        cell, count = self._least_width(), len(self._shown())
        fit = self.most if cell <= 0 else (width + self._gap) // (cell + self._gap)
        fit = max(1, min(self.most, fit))
        rows = -(-count // fit)
        return max(1, -(-count // rows)) if count else fit

    def _least_width(self) -> int:
        return max((item.minimumSize().width() for item in self._shown()), default=0)

    def _arrange(self, area: QRect, place: bool) -> int:
        items = self._shown()
        if not items:
            return 0
        across = self.columns(area.width())
        cell = max((area.width() - (across - 1) * self._gap) // across, 0)
        top = area.y()
        for start in range(0, len(items), across):
            row = items[start:start + across]
            height = max(item.sizeHint().height() for item in row)
            if place:
                for column, item in enumerate(row):
                    left = area.x() + column * (cell + self._gap)
                    self._place(item, QRect(left, top, cell, height), area)
            top += height + self._gap
        return top - self._gap - area.y()


class FlowLayout(_Layout):
    """Items at their own widths, left to right (right to left in Urdu), wrapping as words do.
    An item aligned to the trailing side (``Qt.AlignmentFlag.AlignTrailing``) ends its row."""

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        items = self._shown()
        margins = self.contentsMargins()
        width = sum(item.sizeHint().width() for item in items) \
            + self._gap * max(len(items) - 1, 0) + margins.left() + margins.right()
        return QSize(width, self.heightForWidth(width))

    def _least_width(self) -> int:
        return max((item.sizeHint().width() for item in self._shown()), default=0)

    def _arrange(self, area: QRect, place: bool) -> int:
        rows: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._shown():
            width = item.sizeHint().width()
            if rows[-1] and used + self._gap + width > area.width():
                rows.append([])
                used = 0
            used += (self._gap if rows[-1] else 0) + width
            rows[-1].append(item)
        top = area.y()
        for row in rows:
            if not row:
                continue
            height = max(item.sizeHint().height() for item in row)
            if place:
                self._place_row(row, QPoint(area.x(), top), height, area)
            top += height + self._gap
        return max(top - self._gap - area.y(), 0)

    def _place_row(self, row: list[QLayoutItem], start: QPoint, height: int, area: QRect) -> None:
        left = start.x()
        for index, item in enumerate(row):
            size = item.sizeHint()
            if item.alignment() & Qt.AlignmentFlag.AlignTrailing and index == len(row) - 1:
                left = max(left, area.right() + 1 - size.width())
            self._place(item, QRect(left, start.y() + (height - size.height()) // 2,
                                    size.width(), size.height()), area)
            left += size.width() + self._gap
