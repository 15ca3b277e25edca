"""The coordinator's view: the directory's coverage (a district x need grid and a chart of the
gaps), and the picture the referral figures of registered laptops make (charts), with the
report saved as a PDF (English or Urdu) or CSV. Counts only; no casework is read here."""

from __future__ import annotations

import csv
import io

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QFont, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.coverage import Coverage
from ..core.errors import UserError
from ..core.needs import NEED_CODES
from ..core.picture import PICTURE_CSV_HEADER, Picture, picture_rows
from ..store import received_figures
from ..store.coverage import directory_coverage
from ..store.directory import Directory
from ..store.figures import write_figures
from . import dialogs
from .charts import Bar, ChartWidget, draw_bars
from .coverage_model import CoverageModel
from .figures_report import report_for, write_report
from .labels import need_label
from .messages import message_text
from .reflow import FlowLayout
from .tasks import TaskRunner
from .window_size import fit_to_screen


class CoordinationView(QDialog):
    message = Signal(str)
    coverage_shown = Signal()  # the grid and its chart show the coverage asked for last
    figures_shown = Signal()  # the figures' charts are drawn

    def __init__(self, directory: Directory, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="coordinationView")
        self.directory, self.runner = directory, runner
        self._asked = 0  # the newest coverage asked for; older answers are dropped
        self.rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        self.coverage: Coverage | None = None
        self.picture: Picture | None = None
        self.whole_coverage: Coverage | None = None  # every district, for the report
        self.tabs = QTabWidget(objectName="coordinationTabs")
        self.tabs.addTab(self._coverage_tab(), "")
        self.tabs.addTab(self._figures_tab(), "")
        self.status = QLabel(objectName="coordinationStatus", wordWrap=True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        fit_to_screen(self, 1100, 760)
        self.retranslate()
        self.refresh()

    # -- building -----------------------------------------------------------------------------

    def _coverage_tab(self) -> QWidget:
        page = QWidget()
        self.province = QComboBox(objectName="coverageProvince")
        self.province.addItem("", "")
        for place in self.directory.provinces():
            self.province.addItem(place.name_ur if self.rtl and place.name_ur else place.name,
                                  place.code)
        self.province.currentIndexChanged.connect(self.show_coverage)
        self.province_label = QLabel()
        self.province_label.setBuddy(self.province)
        self.measure = QComboBox(objectName="coverageMeasure")
        for measure in ("total", "verified", "dead"):
            self.measure.addItem("", measure)
        self.measure.currentIndexChanged.connect(
            lambda: self.model.show_measure(self.measure.currentData()))
        self.measure_label = QLabel()
        self.measure_label.setBuddy(self.measure)
        self.model = CoverageModel(urdu_names=self.rtl)
        self.grid = QTableView(objectName="coverageGrid")
        self.grid.setModel(self.model)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.grid.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.gap_chart = ChartWidget(object_name="coverageChart")
        top = FlowLayout(spacing=12)  # each name beside its box; the two wrap when narrow
        for label, box in ((self.province_label, self.province),
                           (self.measure_label, self.measure)):
            pair = QWidget()
            beside = QHBoxLayout(pair)
            beside.setContentsMargins(0, 0, 0, 0)
            beside.addWidget(label)
            beside.addWidget(box)
            top.addWidget(pair)
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.gap_chart, 1)
        return page

    def _figures_tab(self) -> QWidget:
        page = QWidget()
        self.take_button = QPushButton(objectName="takeInFigures")
        self.take_button.clicked.connect(self.take_in)
        self.pdf_button = QPushButton(objectName="saveFiguresReport")
        self.pdf_button.clicked.connect(self.save_report)
        self.csv_button = QPushButton(objectName="saveFiguresCsv")
        self.csv_button.clicked.connect(self.save_csv)
        self.language = QComboBox(objectName="reportLanguage")
        self.language.addItem("English", "en")
        self.language.addItem("اردو", "ur")
        self.language.setCurrentIndex(1 if self.rtl else 0)
        self.summary = QLabel(objectName="figuresSummary", wordWrap=True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.unmet_chart = ChartWidget(object_name="unmetChart")
        self.failing_chart = ChartWidget(object_name="failingChart")
        self.month_chart = ChartWidget(object_name="monthChart")
        buttons = FlowLayout(spacing=6)
        for widget in (self.take_button, self.pdf_button, self.language, self.csv_button):
            buttons.addWidget(widget)
        charts = QGridLayout()
        charts.addWidget(self.unmet_chart, 0, 0, 1, 2)
        charts.addWidget(self.failing_chart, 1, 0)
        charts.addWidget(self.month_chart, 1, 1)
        layout = QVBoxLayout(page)
        layout.addLayout(buttons)
        layout.addWidget(self.summary)
        layout.addLayout(charts, 1)
        return page

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Coverage and referral figures"))
        self.tabs.setTabText(0, self.tr("Directory coverage"))
        self.tabs.setTabText(1, self.tr("Referral figures"))
        self.province.setItemText(0, self.tr("All provinces"))
        self.province_label.setText(self.tr("&Province:"))
        self.measure_label.setText(self.tr("&Count:"))
        self.measure.setItemText(0, self.tr("services covering the district"))
        self.measure.setItemText(1, self.tr("of them verified in the last 12 months"))
        self.measure.setItemText(2, self.tr("of them with a number reported not working"))
        self.take_button.setText(self.tr("&Take in figures files…"))
        self.pdf_button.setText(self.tr("Save the &report (PDF)…"))
        self.csv_button.setText(self.tr("Save as &CSV…"))
        for widget, name in ((self.province, self.tr("Province")),
                             (self.measure, self.tr("What the grid counts")),
                             (self.grid, self.tr("Services for each need in each district")),
                             (self.take_button, self.tr("Take in figures files")),
                             (self.pdf_button, self.tr("Save the report as PDF")),
                             (self.language, self.tr("Language of the report")),
                             (self.csv_button, self.tr("Save the figures as CSV"))):
            widget.setAccessibleName(name)

    # -- showing ------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.show_coverage()
        self.show_figures()

    def show_coverage(self) -> None:
        """Count the coverage off the UI thread (about a second at 100,000 services)."""
        self._asked += 1
        asked, province, path = self._asked, self.province.currentData() or None, \
            self.directory.path

        def count() -> Coverage:
            reader = Directory.reader(path)
            try:
                return directory_coverage(reader, province)
            finally:
                reader.close()

        self.runner.run(count, lambda found: self._coverage_counted(asked, found))

    def _coverage_counted(self, asked: int, found: Coverage) -> None:
        if asked != self._asked:
            return
        self.coverage = found
        self.model.show(found)
        without = found.districts_without()
        bars = [Bar(need_label(code), without[code]) for code in NEED_CODES]
        title = self.tr("Districts with no service, by need (of %1 districts)").replace(
            "%1", str(len(found.districts)))
        self.gap_chart.show_chart(self._drawing(title, bars, ""), title, len(bars))
        self.coverage_shown.emit()

    def show_figures(self) -> None:
        path = self.directory.path

        def draw_up() -> tuple[Picture, Coverage]:
            reader = Directory.reader(path)
            try:
                whole = directory_coverage(reader)
                return received_figures.coordination_picture(reader, whole), whole
            finally:
                reader.close()

        self.runner.run(draw_up, self._figures_drawn)

    def _figures_drawn(self, drawn: tuple[Picture, Coverage]) -> None:
        found, self.whole_coverage = drawn
        self.picture = found
        self.summary.setText(self.tr(
            "%1 referrals counted from the figures of %2 registered laptop(s). Each laptop "
            "leaves out every count under 5 (%3 left out), so the true numbers are at least "
            "those shown.").replace("%1", str(found.referrals))
            .replace("%2", str(found.laptops)).replace("%3", str(found.left_out)))
        none = self.tr("No figures yet.")
        unmet = [Bar(self._place(u.place) + ": " + need_label(u.need) + " ("
                     + (self.tr("%n service(s)", "", u.services) if u.services
                        else self.tr("no service")) + ")", u.referrals)
                 for u in found.unmet[:10]]
        failing = [Bar(received_figures.place_or_service_name(self.directory, f.service),
                       f.referrals, f.failed) for f in found.failing[:10]]
        months = [Bar(m.month, m.referrals, m.failed) for m in found.months[-12:]]
        for chart, title, bars in (
                (self.unmet_chart, self.tr("Unmet needs: referrals where services are fewest"),
                 unmet),
                (self.failing_chart, self.tr("Services with the most failed referrals "
                                             "(failed / all)"), failing),
                (self.month_chart, self.tr("Referrals by month (failed / all)"), months)):
            chart.show_chart(self._drawing(title, bars, none), title, max(len(bars), 1))
        self.figures_shown.emit()

    def _place(self, code: str) -> str:
        place = self.directory.geography.get(code)
        if place is None:
            return self.tr("place not known")
        return place.name_ur if self.rtl and place.name_ur else place.name

    def _drawing(self, title: str, bars: list[Bar], empty: str):  # type: ignore[no-untyped-def]
        font = QFont(self.font())

        def draw(painter: QPainter, rect: QRectF) -> None:
            draw_bars(painter, rect, title, bars, font, self.rtl, empty)
        return draw

    # -- acting -------------------------------------------------------------------------------

    def take_in(self) -> None:
        paths = dialogs.choose_figures_files(self, self.tr("Take in referral figures"))
        if not paths:
            return
        try:
            files = [(p.name, received_figures.file_bytes(p)) for p in paths]
            taken = received_figures.take_in(self.directory, files)
        except OSError as error:
            self._say(self.tr("Cannot read a file: %1; nothing was taken in.").replace(
                "%1", str(error.strerror)))
            return
        except UserError as error:
            self._say(message_text(error))
            return
        self._say(self.tr("%1 file(s) read: %2 taken in, %3 already taken in, %4 older than "
                          "the one kept.")
                  .replace("%1", str(len(taken)))
                  .replace("%2", str(sum(t.result in (received_figures.TAKEN,
                                                      received_figures.REPLACED)
                                         for t in taken)))
                  .replace("%3", str(sum(t.result == received_figures.SAME for t in taken)))
                  .replace("%4", str(sum(t.result == received_figures.OLDER for t in taken))))
        self.show_figures()

    def save_report(self) -> None:
        if self.picture is None:
            return
        path = dialogs.choose_pdf_path(self, self.tr("Save the report"),
                                       "coordination-report.pdf")
        if path is None:
            return
        try:
            write_report(report_for(self.directory, self.picture,
                                    self.language.currentData(), self.whole_coverage), path)
        except UserError as error:
            self._say(message_text(error))
            return
        self._say(self.tr("The report is saved as %1.").replace("%1", str(path)))

    def save_csv(self) -> None:
        if self.picture is None:
            return
        path = dialogs.choose_csv_path(self, self.tr("Save the figures as CSV"),
                                       "coordination-figures.csv")
        if path is None:
            return
        text = io.StringIO()
        writer = csv.writer(text, lineterminator="\n")
        writer.writerow(PICTURE_CSV_HEADER)
        writer.writerows(picture_rows(self.picture, lambda code:
                                      received_figures.place_or_service_name(self.directory,
                                                                             code)))
        try:
            write_figures(text.getvalue(), path)
        except UserError as error:
            self._say(message_text(error))
            return
        self._say(self.tr("The figures are saved as %1.").replace("%1", str(path)))

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.message.emit(text)
