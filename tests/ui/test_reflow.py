"""Rows of controls that wrap when the window is narrow: columns of one width, or a flow."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget

from referral_app.ui.reflow import ColumnsLayout, FlowLayout

CELL = 100  # each button's least width
GAP = 4


def columns_of(qtbot, count: int, width: int, direction=Qt.LayoutDirection.LeftToRight):
    holder = QWidget()
    holder.setLayoutDirection(direction)
    qtbot.addWidget(holder)
    layout = ColumnsLayout(5, holder, spacing=GAP)
    layout.setContentsMargins(0, 0, 0, 0)
    buttons = []
    for index in range(count):
        button = QPushButton(f"need {index}")
        button.setMinimumWidth(CELL)
        layout.addWidget(button)
        buttons.append(button)
    holder.resize(width, layout.heightForWidth(width))
    holder.show()
    qtbot.waitExposed(holder)
    layout.activate()
    return holder, layout, buttons


def rows(buttons) -> list[list[int]]:
    """The buttons' indexes, row by row, each row in its order on the screen from the left."""
    by_row: dict[int, list[QPushButton]] = {}
    for button in buttons:
        by_row.setdefault(button.y(), []).append(button)
    return [[buttons.index(b) for b in sorted(row, key=lambda b: b.x())]
            for _, row in sorted(by_row.items())]


def test_as_many_columns_as_fit_and_rows_as_even_as_they_can_be(qtbot) -> None:
    wide = 5 * CELL + 4 * GAP
    holder, layout, buttons = columns_of(qtbot, 9, wide + 50)
    assert rows(buttons) == [[0, 1, 2, 3, 4], [5, 6, 7, 8]]
    assert len({b.width() for b in buttons}) == 1  # one width for every column
    # room for four: three rows of three, not four, four and one
    holder, _, buttons = columns_of(qtbot, 9, 4 * CELL + 3 * GAP + 10)
    assert rows(buttons) == [[0, 1, 2], [3, 4, 5], [6, 7, 8]]
    holder, _, buttons = columns_of(qtbot, 9, CELL + 10)
    assert rows(buttons) == [[i] for i in range(9)]
    assert buttons[0].width() >= CELL


def test_the_columns_ask_for_one_column_and_more_height_when_narrow(qtbot) -> None:
    holder, layout, _ = columns_of(qtbot, 9, 600)
    assert layout.minimumSize().width() == CELL
    heights = [layout.heightForWidth(w) for w in (5 * CELL + 4 * GAP, 2 * CELL + GAP, CELL)]
    assert heights[0] < heights[1] < heights[2]
    # its least height is one row's: the height for a width comes from heightForWidth
    assert layout.minimumSize().height() < heights[0]


def test_right_to_left_the_first_is_on_the_right(qtbot) -> None:
    holder, _, buttons = columns_of(qtbot, 9, 5 * CELL + 4 * GAP + 50,
                                    Qt.LayoutDirection.RightToLeft)
    first, second = buttons[0], buttons[1]
    assert first.y() == second.y() and first.x() > second.x()
    assert first.geometry().right() == holder.width() - 1
    assert rows(buttons)[0] == [4, 3, 2, 1, 0]


def flow_of(qtbot, width: int, direction=Qt.LayoutDirection.LeftToRight):
    holder = QWidget()
    holder.setLayoutDirection(direction)
    qtbot.addWidget(holder)
    layout = FlowLayout(holder, spacing=GAP)
    layout.setContentsMargins(0, 0, 0, 0)
    boxes = [QPushButton(text) for text in ("Free only", "Open now",
                                            "Verified in the last 12 months", "Clear filters")]
    for box in boxes:
        layout.addWidget(box)
    layout.setAlignment(boxes[-1], Qt.AlignmentFlag.AlignTrailing)
    holder.resize(width, layout.heightForWidth(width))
    holder.show()
    qtbot.waitExposed(holder)
    layout.activate()
    return holder, layout, boxes


def test_a_flow_keeps_one_row_when_it_fits_and_ends_it_with_the_trailing_item(qtbot) -> None:
    wide = flow_of(qtbot, 2000)
    needed = sum(b.sizeHint().width() for b in wide[2]) + 3 * GAP
    holder, layout, boxes = flow_of(qtbot, needed + 200)
    assert len({b.y() for b in boxes}) == 1
    assert all(b.size() == b.sizeHint() for b in boxes)  # each at its own width
    assert boxes[-1].geometry().right() == holder.width() - 1  # "Clear filters" at the end
    assert boxes[2].geometry().right() < boxes[-1].x() - 100  # the room is between them


def test_a_flow_wraps_when_narrow_and_mirrors_right_to_left(qtbot) -> None:
    wide = flow_of(qtbot, 2000)
    widest = max(b.sizeHint().width() for b in wide[2])
    holder, layout, boxes = flow_of(qtbot, widest + 20)
    # the two short ones share a row, the long one has its own, then "Clear filters"
    assert boxes[0].y() == boxes[1].y() < boxes[2].y() < boxes[3].y()
    assert all(b.geometry().right() < holder.width() for b in boxes)
    assert layout.minimumSize().width() == widest
    mirrored, flow, boxes = flow_of(qtbot, 2000, Qt.LayoutDirection.RightToLeft)
    assert boxes[0].geometry().right() == mirrored.width() - 1
    assert boxes[-1].x() == 0  # the trailing end is on the left
    assert flow.heightForWidth(widest + 20) > flow.heightForWidth(2000)


def test_a_widget_inserted_takes_its_place_in_the_flow(qtbot) -> None:
    holder, layout, boxes = flow_of(qtbot, 2000)
    chip = QPushButton("Shelter ✕")
    layout.insertWidget(1, chip)
    assert layout.itemAt(1).widget() is chip and layout.count() == 5
    qtbot.waitUntil(lambda: boxes[0].x() < chip.x() < boxes[1].x())  # shown, then placed
    layout.removeWidget(chip)
    chip.deleteLater()
    layout.activate()
    assert layout.count() == 4 and layout.itemAt(1).widget() is boxes[1]
