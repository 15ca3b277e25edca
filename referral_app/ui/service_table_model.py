"""The results list as a thin Qt model over plain ``ServiceSummary`` objects."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from ..core.models import ServiceSummary

SERVICE_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    NAME = 0
    ORGANIZATION = 1
    NEEDS = 2
    PLACE = 3
    PHONE = 4


def _headers() -> dict[Column, str]:
    tr = QCoreApplication.translate
    return {
        Column.NAME: tr("ServiceTableModel", "Service"),
        Column.ORGANIZATION: tr("ServiceTableModel", "Organisation"),
        Column.NEEDS: tr("ServiceTableModel", "Needs"),
        Column.PLACE: tr("ServiceTableModel", "District"),
        Column.PHONE: tr("ServiceTableModel", "Phone"),
    }


class ServiceTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._services: list[ServiceSummary] = []

    def set_services(self, services: list[ServiceSummary]) -> None:
        self.beginResetModel()
        self._services = list(services)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._services)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._services):
            return None
        service = self._services[index.row()]
        if role == SERVICE_ROLE:
            return service
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(service, Column(index.column()))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(Column)):
            return _headers()[Column(section)]
        return None

    @staticmethod
    def _text(service: ServiceSummary, column: Column) -> str:
        if column is Column.NAME:
            return service.name
        if column is Column.ORGANIZATION:
            return service.organization
        if column is Column.NEEDS:
            return ", ".join(service.needs)
        if column is Column.PLACE:
            return service.district or service.province or service.city
        return service.phones[0] if service.phones else ""
