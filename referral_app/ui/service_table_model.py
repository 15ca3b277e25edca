"""The results list as a thin Qt model over plain ``ServiceSummary`` objects.

It holds the pages fetched so far, never the whole directory: the view asks for more as it
scrolls (``canFetchMore`` / ``fetchMore``), and a new search replaces everything.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date
from enum import IntEnum
from functools import cache
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from ..core.models import ServiceSummary
from ..core.plain_text import cleaned, visible
from ..core.text import isolated
from .labels import need_label, verified_label
from .resources import need_icon

SERVICE_ROLE = Qt.ItemDataRole.UserRole + 1
PAGE = 100
Index = QModelIndex | QPersistentModelIndex
Fetch = Callable[[int, int], list[ServiceSummary]]  # (offset, limit) -> services


@cache
def _italic() -> QFont:
    font = QFont()
    font.setItalic(True)
    return font


class Column(IntEnum):
    NAME = 0
    ORGANIZATION = 1
    NEEDS = 2
    PLACE = 3
    PHONE = 4
    VERIFIED = 5


_COLUMNS = tuple(Column)
_ANSWERED = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                       Qt.ItemDataRole.FontRole, Qt.ItemDataRole.DecorationRole, SERVICE_ROLE})


class ServiceTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None, today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self._services: list[ServiceSummary] = []
        self._total = 0
        self._fetch: Fetch | None = None
        self._today = today
        self.prefer_urdu = False  # names in Urdu where a service has one
        self._texts: dict[tuple[int, Column, bool], str] = {}  # each cell's, once worked out

    def retranslate(self) -> None:
        """Words changed language: every header and cell shows again."""
        self._texts.clear()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self._services:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._services) - 1, len(Column) - 1))

    def set_services(self, services: list[ServiceSummary], total: int | None = None,
                     fetch: Fetch | None = None) -> None:
        """Show a new result: its first services, how many there are, how to get more."""
        self.beginResetModel()
        self._services = list(services)
        self._texts.clear()
        self._total = len(services) if total is None else total
        self._fetch = fetch
        self.endResetModel()

    @property
    def total(self) -> int:
        return self._total

    def set_total(self, total: int) -> None:
        """The number of matching services, once counted (the view may then fetch more)."""
        self._total = max(total, len(self._services))

    def service(self, row: int) -> ServiceSummary | None:
        return self._services[row] if 0 <= row < len(self._services) else None

    # -- Qt's model interface ------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._services)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def canFetchMore(self, parent: Index) -> bool:
        return (not parent.isValid() and self._fetch is not None
                and len(self._services) < self._total)

    def fetchMore(self, parent: Index) -> None:
        if not self.canFetchMore(parent) or self._fetch is None:
            return
        more = self._fetch(len(self._services), PAGE)
        if not more:
            self._total = len(self._services)
            return
        first = len(self._services)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self._services += more
        self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Asked for every role of every cell shown, each time the table paints: the roles
        # answered None go first, and each cell's text is worked out once per result.
        if role not in _ANSWERED or not index.isValid():
            return None
        row = index.row()
        if not 0 <= row < len(self._services):
            return None
        service = self._services[row]
        if role == SERVICE_ROLE:
            return service
        column = _COLUMNS[index.column()]
        # The Urdu window shows an English name where there is no Urdu one, marked so.
        english_only = column is Column.NAME and self.prefer_urdu and not service.name_ur
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            # a tooltip that looks like markup is shown as rich text: escaped, it never is
            note = " " + self.tr("(only in English)") if english_only else ""
            return f"<p>{html.escape(self._cell(row, column) + note)}</p>"
        if role == Qt.ItemDataRole.FontRole and english_only:
            return _italic()
        if role == Qt.ItemDataRole.DecorationRole and column is Column.NEEDS and service.needs:
            return need_icon(service.needs[0])
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(Column)):
            return self._headers()[Column(section)]
        return None

    def _headers(self) -> dict[Column, str]:
        return {
            Column.NAME: self.tr("Service"),
            Column.ORGANIZATION: self.tr("Organisation"),
            Column.NEEDS: self.tr("Needs"),
            Column.PLACE: self.tr("District"),
            Column.PHONE: self.tr("Phone"),
            Column.VERIFIED: self.tr("Verified"),
        }

    def _cell(self, row: int, column: Column) -> str:
        key = (row, column, self.prefer_urdu)
        text = self._texts.get(key)
        if text is None:
            text = self._texts[key] = self._text(self._services[row], column)
        return text

    def _text(self, service: ServiceSummary, column: Column) -> str:
        # cleaned(): text an older version kept unchecked loses its hidden characters here
        if column is Column.NAME:
            return cleaned(service.name_ur if self.prefer_urdu and service.name_ur
                           else service.name)
        if column is Column.ORGANIZATION:
            return cleaned(service.organization)
        if column is Column.NEEDS:
            return ", ".join(need_label(code) for code in service.needs)
        if column is Column.PLACE:
            return cleaned(service.district or service.province or service.city)
        if column is Column.PHONE:
            return isolated(visible(service.phones[0])) if service.phones else ""
        return verified_label(service.last_verified, self._today())
