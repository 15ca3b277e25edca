"""The main window: a search field over the results list (the full search window follows)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..store.directory import Directory
from .service_table_model import ServiceTableModel


class MainWindow(QMainWindow):
    def __init__(self, directory: Directory) -> None:
        super().__init__()
        self.directory = directory
        self.setWindowTitle(self.tr("Referral App: services directory"))
        self.resize(1000, 640)

        self.search_field = QLineEdit(objectName="searchField")
        self.search_field.setPlaceholderText(self.tr("Search services, places, needs…"))
        self.search_field.setAccessibleName(self.tr("Search services"))
        self.search_field.setClearButtonEnabled(True)
        self.result_count = QLabel(objectName="resultCount")
        self.model = ServiceTableModel(self)
        self.results = QTableView(objectName="resultsView")
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setModel(self.model)
        self.results.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.results.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.results.verticalHeader().hide()

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.search_field)
        layout.addWidget(self.result_count)
        layout.addWidget(self.results)
        self.setCentralWidget(body)

        self.search_field.textChanged.connect(self.show_results)
        self.show_results("")
        self.search_field.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_results(self, text: str) -> None:
        services = self.directory.search(text, limit=200)
        total = self.directory.count(text)
        self.model.set_services(services)
        self.result_count.setText(self.tr("%n service(s)", "", total))
        self.statusBar().showMessage(self.tr("%n service(s) in the directory", "",
                                             self.directory.count()))

    def closeEvent(self, event):  # type: ignore[no-untyped-def]
        self.directory.close()
        super().closeEvent(event)
