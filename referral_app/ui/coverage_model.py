"""The district x need grid of directory coverage, as a table model: a row per district, a
column per need; a cell shows how many services cover it (or, as chosen, how many of them
were verified in the last 12 months, or have a number reported not working), or a dash for
none. A cell no service covers is shaded as well as dashed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from ..core.coverage import Coverage, DistrictCoverage
from ..core.needs import NEED_CODES
from .labels import need_label

NONE_BACKGROUND = QColor("#f3d9d3")
Index = QModelIndex | QPersistentModelIndex


class CoverageModel(QAbstractTableModel):
    def __init__(self, urdu_names: bool = False) -> None:
        super().__init__()
        self._rows: tuple[DistrictCoverage, ...] = ()
        self._urdu = urdu_names
        self.measure = "total"  # or "verified", "dead"

    def show_measure(self, measure: str) -> None:
        self.beginResetModel()
        self.measure = measure
        self.endResetModel()

    def show(self, coverage: Coverage) -> None:
        self.beginResetModel()
        self._rows = coverage.districts
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1 + len(NEED_CODES)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if index.column() == 0:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return row.district.name_ur if self._urdu and row.district.name_ur \
                    else row.district.name
            return None
        cell = row.cells[NEED_CODES[index.column() - 1]]
        if role == Qt.ItemDataRole.DisplayRole:
            shown = getattr(cell, self.measure)
            return str(shown) if shown else "–"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole and not cell.total:
            return NONE_BACKGROUND
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("%1 in the district, %2 province-wide, %3 national; %4 verified in "
                           "the last 12 months; %5 with a number reported not working") \
                .replace("%1", str(cell.own)).replace("%2", str(cell.province)) \
                .replace("%3", str(cell.national)).replace("%4", str(cell.verified)) \
                .replace("%5", str(cell.dead))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.tr("%1 services").replace("%1", str(cell.total)) if cell.total \
                else self.tr("no service")
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return self.tr("District") if section == 0 else need_label(NEED_CODES[section - 1])
