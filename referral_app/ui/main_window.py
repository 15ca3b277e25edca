"""The search window: the panels wired together, nothing more.

Searches run off the UI thread; while one runs, later keystrokes are coalesced into one next
search, and a result that is no longer the latest request is dropped.
"""

from __future__ import annotations

import logging
import time
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QMimeData,
    QObject,
    QSettings,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QFont,
    QKeyEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import UserError
from ..core.models import SearchFilters, ServiceSummary
from ..core.service_view import service_view
from ..core.slip import Slip
from ..core.text import isolated
from ..store import corrections, search_session, updates, window_figures
from ..store.directory import Directory
from ..store.integrity import is_damage
from . import dialogs
from .appearance import Appearance
from .appearance import apply as apply_appearance
from .casework_menu import CaseworkMenu
from .casework_session import CaseworkSession
from .caseworker import Caseworker
from .coordination_menu import CoordinationMenu
from .directory_check import DirectoryCheck
from .directory_menu import DirectoryMenu
from .error_edge import ErrorEdge
from .fonts import NASKH_FAMILY
from .messages import message_text
from .query_chips import QueryChips
from .quick_exit import QuickExitKeys
from .referral_panel import ReferralPanel
from .referrals_view import ReferralsView
from .results_splitter import ResultsSplitter
from .search_panel import SearchPanel
from .service_detail import ServiceDetail
from .service_table_model import PAGE, ServiceTableModel
from .settings_dialog import SettingsDialog
from .settings_file import read as read_setting
from .slip_pdf import print_slip, write_copy, write_pdf
from .tasks import LatestOnly, TaskRunner
from .unlock_dialog import ChangePassphraseDialog, UnlockDialog
from .window_scroller import WindowScroller
from .window_size import fit_to_screen

log = logging.getLogger(__name__)
SETTINGS_FILE = "settings.ini"


# Keys the search field keeps even where a window action has the same shortcut.
_EDITING_KEYS = (QKeySequence.StandardKey.Copy, QKeySequence.StandardKey.Cut,
                 QKeySequence.StandardKey.Paste, QKeySequence.StandardKey.Undo,
                 QKeySequence.StandardKey.Redo, QKeySequence.StandardKey.SelectAll)


class MainWindow(QMainWindow):
    results_shown = Signal(int)  # a search's results are on screen: how many in all
    counts_shown = Signal()  # the need buttons show their counts for the latest search
    left = Signal()  # quick exit: hidden, locked and cleared; the application may now end

    def __init__(self, directory: Directory, data_dir: Path, language: str | None = None,
                 passphrase: str | None = None) -> None:
        super().__init__()
        self._closed = True  # until it is built: a half-built window reacts to nothing
        try:
            self._build(directory, data_dir, language, passphrase)
        except BaseException:
            self._take_back_hooks()
            raise
        self._closed = False

    def _take_back_hooks(self) -> None:
        """What the window installed in the application: its keys and its error edge."""
        app = QApplication.instance()
        keys = getattr(self, "quick_exit_keys", None)
        if app is not None and keys is not None:
            app.removeEventFilter(keys)
        edge = getattr(self, "error_edge", None)
        if edge is not None:
            edge.silent = True
            edge.uninstall()

    def _build(self, directory: Directory, data_dir: Path, language: str | None,
               passphrase: str | None) -> None:
        self.directory = directory
        directory.words_in_background = True  # the UI thread never waits for them
        self.settings = QSettings(str(data_dir / SETTINGS_FILE), QSettings.Format.IniFormat)
        self.appearance = Appearance.load(self.settings, language)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_appearance(app, self.appearance)
        self._settings_dialog: SettingsDialog | None = None
        self._count: int | None = None
        self._left = False
        self.error_edge = ErrorEdge(self, data_dir / "logs")
        self.error_edge.install()
        self.quick_exit_keys = QuickExitKeys(self)
        self.quick_exit_keys.wanted.connect(self.quick_exit)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.quick_exit_keys)
        self.caseworker = Caseworker.load(self.settings)
        self.session = CaseworkSession(data_dir, self.caseworker.staff_code or "caseworker",
                                       self.caseworker.idle_minutes, self)
        if passphrase is not None:
            self.session.open_with(passphrase)
        self.runner = TaskRunner(self, unexpected=self.error_edge.show)
        # Searches and counts have threads of their own, one each: the longer jobs (checking
        # the whole file after start, an update's preview) never make typing wait.
        self._typing = TaskRunner(self, threads=2, unexpected=self.error_edge.show)
        self._searches = LatestOnly(self._typing)
        self._counts = LatestOnly(self._typing)
        self._query: tuple[str, SearchFilters, str] = ("", SearchFilters(), "relevance")
        self._warm_letters: str | None = None  # letters still to look up for the counts
        self._counted_total: dict[Any, int] = {}  # the total counted for the latest query
        self._results_of: Any = None  # the query whose results are shown
        fit_to_screen(self, 1200, 760)

        geography = directory.geography
        districts = directory.districts()
        self._figures = window_figures.figures(directory)  # kept: a start reads no services
        self.panel = SearchPanel(directory.provinces(), districts,
                                 {p.code: geography.aliases_of(p.code) for p in districts},
                                 list(self._figures.languages), self)
        self.search_field = self.panel.search_field
        self.chips = QueryChips(geography, self)
        self.panel.set_chips(self.chips)
        self.banner = QLabel(objectName="starterBanner", textFormat=Qt.TextFormat.PlainText)
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("QLabel { background: #fff4ce; border: 1px solid #c9a227;"
                                  " padding: 6px; color: #3d3000; }")
        self.result_count = QLabel(objectName="resultCount", textFormat=Qt.TextFormat.PlainText)
        self.empty_message = QLabel(objectName="emptyMessage", textFormat=Qt.TextFormat.PlainText)
        self.empty_message.setWordWrap(True)
        self.empty_clear = QPushButton(objectName="emptyClear")
        self.empty_clear.clicked.connect(self.panel.clear_filters)

        self.model = ServiceTableModel(self)
        self.results = QTableView(objectName="resultsView")
        self.results.setModel(self.model)
        self.results.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setWordWrap(False)
        self.results.setTabKeyNavigation(False)  # the arrows move in it; Tab moves on
        self.results.verticalHeader().hide()
        header = self.results.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in enumerate((0, 125, 145, 95, 95, 95)):
            if width:
                self.results.setColumnWidth(column, width)
        self.results.selectionModel().currentRowChanged.connect(self._show_current)
        self.detail = ServiceDetail(self)
        self.detail.copied.connect(lambda _text: self.statusBar().showMessage(
            self.tr("Copied"), 3000))
        self.referral_panel = ReferralPanel(
            self.session, lambda: self.caseworker,
            lambda suggested: dialogs.choose_pdf_path(self, self.tr("Save the slip"), suggested),
            lambda question: dialogs.ask_reason(self, self.tr("Sending without consent"),
                                                question),
            write_pdf, write_copy, self.runner.run, self._print_slip, self)
        self.referrals = ReferralsView(self.session, self)
        self.detail.add_wanted.connect(self.add_to_referral)
        self.directory_menu = DirectoryMenu(self, directory, self.runner,
                                           lambda: self.caseworker, self.session)
        self.directory_menu.changed.connect(self._directory_changed)
        self.directory_menu.message.connect(
            lambda text: self.statusBar().showMessage(text, 8000))
        self.directory_check = DirectoryCheck(self, data_dir, self.runner)
        self.directory_check.restored.connect(self._directory_restored)
        self.directory_menu.update_written.connect(self.directory_check.start)
        self.directory_check.message.connect(
            lambda text: self.statusBar().showMessage(text, 15000))
        self.detail.correction_made.connect(self.directory_menu.record_correction)
        self.detail.correct_wanted.connect(self.directory_menu.ask_correction)
        self.casework_menu = CaseworkMenu(self, self.session)
        self.coordination_menu = CoordinationMenu(self, directory, self.session, self.runner)
        self.coordination_menu.message.connect(
            lambda text: self.statusBar().showMessage(text, 8000))
        self.casework_menu.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.referral_panel.unlock_wanted.connect(self.ask_passphrase)
        self.referral_panel.changed.connect(self.referrals.refresh)
        for panel in (self.referral_panel, self.referrals):
            panel.message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        self.side = QTabWidget(objectName="sideTabs")
        self.side.addTab(self.detail, "")
        self.side.addTab(self.referral_panel, "")
        self.side.addTab(self.referrals, "")
        self.results.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        self.splitter = ResultsSplitter(objectName="resultsSplitter")
        self.splitter.addWidget(self.results)
        self.splitter.addWidget(self.side)
        self.splitter.setSizes([820, 460])

        empty_row = QHBoxLayout()
        empty_row.addWidget(self.empty_message, 1)
        empty_row.addWidget(self.empty_clear)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.banner)
        layout.addWidget(self.panel)
        layout.addWidget(self.result_count)
        layout.addLayout(empty_row)
        layout.addWidget(self.splitter, 1)
        # On a small laptop screen (1366 x 768, less the taskbar), or with large text, the
        # window may be smaller than what it holds (Urdu lines are tall): it then scrolls,
        # instead of growing past the screen's edge where nothing can be reached.
        self.scroller = WindowScroller(body)
        self.setCentralWidget(self.scroller)
        self._menus()
        self.setTabOrder(self.search_field, self.results)
        self.retranslate()

        self.setAcceptDrops(True)
        self.search_field.installEventFilter(self)
        self.results.installEventFilter(self)
        self.panel.changed.connect(self.search)
        self._restore()
        self.search()
        self.search_field.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- menus and keys ------------------------------------------------------------------------

    def _menus(self) -> None:
        self.file_menu = self.menuBar().addMenu("")
        self.settings_action = QAction(self, shortcut=QKeySequence("Ctrl+,"),
                                       objectName="settingsAction")
        self.settings_action.triggered.connect(self.show_settings)
        self.quit_action = QAction(self, shortcut=QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.passphrase_action = QAction(self, objectName="changePassphrase")
        self.passphrase_action.triggered.connect(self.change_passphrase)
        for action in self.directory_menu.actions:
            self.file_menu.addAction(action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.settings_action)
        self.file_menu.addAction(self.passphrase_action)
        for action in self.casework_menu.actions:
            self.file_menu.addAction(action)
        self.file_menu.addAction(self.coordination_menu.send_action)
        self.file_menu.addAction(self.quit_action)
        self.find_action = QAction(self, shortcut=QKeySequence("Ctrl+F"))
        self.find_action.triggered.connect(self.focus_search)
        self.back_action = QAction(self, shortcut=QKeySequence("Esc"))
        self.back_action.triggered.connect(self._escape)
        self.addAction(self.find_action)
        self.addAction(self.back_action)
        self.coordination_bar_menu = self.menuBar().addMenu("")
        self.coordination_bar_menu.addAction(self.coordination_menu.view_action)
        self.help_menu = self.menuBar().addMenu("")
        self.keys_action = QAction(self, shortcut=QKeySequence("F1"))
        self.keys_action.triggered.connect(self.show_shortcuts)
        self.help_menu.addAction(self.keys_action)
        self.toolbar = QToolBar(objectName="mainToolbar")
        self.toolbar.setMovable(False)
        self.addToolBar(self.toolbar)
        self.quick_exit_action = QAction(self, objectName="quickExit",
                                         shortcut=QKeySequence("Ctrl+Shift+Q"))
        self.quick_exit_action.triggered.connect(self.quick_exit)
        # from any window of the app: a dialog may be in front when someone walks in
        self.quick_exit_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.lock_action = QAction(self, objectName="lockNow", shortcut=QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.session.lock)
        self.add_action = QAction(self, objectName="addToReferralAction",
                                  shortcut=QKeySequence("Ctrl+R"))
        self.add_action.triggered.connect(self._add_current)
        self.results.addAction(self.add_action)
        for action in (self.quick_exit_action, self.lock_action):
            self.toolbar.addAction(action)
            self.toolbar.widgetForAction(action).setObjectName(action.objectName())

    def retranslate(self) -> None:
        """Set every word in the window in the current language."""
        self.setWindowTitle(self.tr("Referral App: services directory"))
        self.file_menu.setTitle(self.tr("&File"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.coordination_bar_menu.setTitle(self.tr("C&oordination"))
        self.settings_action.setText(self.tr("&Settings…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.passphrase_action.setText(self.tr("Change the casework passphrase…"))
        self.directory_menu.retranslate()
        self.casework_menu.retranslate()
        self.coordination_menu.retranslate()
        self.find_action.setText(self.tr("Find a service"))
        self.back_action.setText(self.tr("Back to the search field"))
        self.keys_action.setText(self.tr("&Keyboard shortcuts"))
        self.quick_exit_action.setText(self.tr("Quick exit"))
        self.quick_exit_action.setToolTip(self.tr(
            "Hide the window at once and lock the casework (Ctrl+Shift+Q, or Esc three times)"))
        self.lock_action.setText(self.tr("Lock now"))
        self.lock_action.setToolTip(self.tr("Lock the casework (Ctrl+L)"))
        self.add_action.setText(self.tr("Add to referral"))
        for action in (self.quick_exit_action, self.lock_action):
            button = self.toolbar.widgetForAction(action)
            button.setAccessibleName(action.text())
            button.setAccessibleDescription(action.toolTip())
        self.side.setTabText(0, self.tr("Details"))
        self.side.setTabText(1, self.tr("Referral"))
        self.side.setTabText(2, self.tr("Referrals"))
        self.banner.setAccessibleName(self.tr("Warning about unverified numbers"))
        self.result_count.setAccessibleName(self.tr("Number of results"))
        self.empty_message.setAccessibleName(self.tr("No results"))
        self.empty_clear.setText(self.tr("Clear the filters"))
        self.empty_clear.setAccessibleName(self.tr("Clear the filters"))
        self.empty_clear.setAccessibleDescription(self.tr("Show all services again"))
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setAccessibleDescription(
            self.tr("Services that match; Enter shows the details of the chosen one"))
        urdu = self.appearance.language == "ur"
        self.model.prefer_urdu = self.detail.prefer_urdu = self.panel.urdu_places = urdu
        self.chips.urdu_places = urdu
        self.chips.retranslate()
        # Nastaliq letters rise above the font's stated height and the menu bar clips them:
        # menus use the bundled Naskh face, which Urdu readers also read easily.
        menu_font = QFont(QApplication.font())
        if urdu:
            menu_font.setFamilies([NASKH_FAMILY, *menu_font.families()])
        for bar in (self.menuBar(), self.file_menu, self.coordination_bar_menu, self.help_menu):
            bar.setFont(menu_font)
        self.panel.retranslate()
        self.detail.retranslate()
        self.model.retranslate()
        self._show_banner()
        self._show_status()
        if self.empty_message.isVisible() or self.result_count.text():
            self._show_count(self._count, self.panel.text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and not self._closed:
            self.retranslate()
        super().changeEvent(event)

    def show_settings(self) -> None:
        if self._settings_dialog is None:
            self._settings_dialog = SettingsDialog(self.appearance, self.caseworker,
                                                   self.directory, self)
            self._settings_dialog.appearance_chosen.connect(self.set_appearance)
            self._settings_dialog.caseworker_chosen.connect(self.set_caseworker)
        self._settings_dialog.show()
        self._settings_dialog.raise_()

    def set_caseworker(self, caseworker: Caseworker) -> None:
        """Who makes referrals here, and when the casework locks itself."""
        self.caseworker = caseworker
        caseworker.save(self.settings)
        self.session.who = caseworker.staff_code or "caseworker"
        self.session.set_idle_minutes(caseworker.idle_minutes)

    def set_appearance(self, appearance: Appearance) -> None:
        """Change language, text size or contrast at once, without restarting."""
        self.appearance = appearance
        appearance.save(self.settings)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_appearance(app, appearance)
        self.retranslate()

    def shortcut_text(self) -> str:
        rows = [
            (self.tr("Ctrl+F"), self.tr("Go to the search field")),
            (self.tr("Down arrow"), self.tr("From the search field into the results")),
            (self.tr("Enter"), self.tr("Open the details of the chosen service")),
            (self.tr("Esc"), self.tr("Back to the search field")),
            (self.tr("Tab"), self.tr("Move between filters, results and details")),
            (self.tr("F1"), self.tr("This list")),
            (self.tr("Ctrl+,"), self.tr("Settings: language, text size, contrast")),
            (self.tr("Ctrl+R"), self.tr("Add the chosen service to the referral")),
            (self.tr("Ctrl+L"), self.tr("Lock the casework")),
            (self.tr("Ctrl+Shift+Q"), self.tr("Quick exit: hide and lock at once")),
            (self.tr("Esc Esc Esc"), self.tr("Quick exit too")),
            (self.tr("Ctrl+Q"), self.tr("Quit")),
        ]
        return "\n".join(f"{key}\t{what}" for key, what in rows)

    def show_shortcuts(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Keyboard shortcuts"),
                          self.shortcut_text(), QMessageBox.StandardButton.Close, self)
        box.setObjectName("shortcutsDialog")
        box.setWindowModality(Qt.WindowModality.NonModal)  # quick exit must still work
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        close = box.button(QMessageBox.StandardButton.Close)
        close.setText(self.tr("Close"))  # Qt's own word for it is not translated into Urdu
        box.show()

    def select_row(self, row: int) -> None:
        """Choose a result. (QTableView.selectRow finds no column when laid out right to
        left, so the row is selected through the selection model.)"""
        flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect
                 | QItemSelectionModel.SelectionFlag.Rows)
        self.results.selectionModel().setCurrentIndex(self.model.index(row, 0), flags)

    def focus_search(self) -> None:
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    def _escape(self) -> None:
        """Esc goes back to the search field; three times within 1.5 s (here or in any
        dialog) is a quick exit."""
        self.focus_search()
        self.quick_exit_keys.escape_pressed()

    def quick_exit(self) -> None:
        """Hide every window at once (dialogs and file choosers too, as if cancelled), lock
        the casework, and leave nothing of the search on screen."""
        if self._left:
            return
        self._left = True
        self.error_edge.silent = True  # nothing may come back on screen
        self.quick_exit_keys.leave()
        self.session.lock()
        self.referral_panel.clear()
        self.search_field.blockSignals(True)
        self.search_field.clear()
        self.search_field.blockSignals(False)
        self.model.set_services([])
        self.detail.show_service(None)
        self.side.setCurrentIndex(0)
        self.result_count.clear()
        self.left.emit()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _dropped_file(event.mimeData()) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = _dropped_file(event.mimeData())
        if path is not None:
            event.acceptProposedAction()
            self.directory_menu.preview_update(path)

    def _directory_restored(self) -> None:
        self.directory.forget_cached()
        self._directory_changed()

    def _directory_changed(self) -> None:
        if self._closed:
            return  # queued before the window closed
        self._figures = window_figures.figures(self.directory)
        self._show_banner()
        self._show_status()
        self.search()

    def change_passphrase(self) -> None:
        if not self.session.is_open:
            self.ask_passphrase()
            return
        dialog = ChangePassphraseDialog(self.session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(lambda: self.statusBar().showMessage(
            self.tr("The passphrase is changed"), 5000))
        dialog.show()

    def ask_passphrase(self) -> None:
        dialog = UnlockDialog(self.session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    def _print_slip(self, slip: Slip) -> None:
        printer = dialogs.choose_printer(self)
        if printer is not None:
            print_slip(slip, printer)

    def add_to_referral(self, view: Any) -> None:
        self.side.setCurrentWidget(self.referral_panel)
        self.referral_panel.add_service(view)

    def _add_current(self) -> None:
        if self.detail.view is not None:
            self.add_to_referral(self.detail.view)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
                and watched is self.search_field and self._window_shortcut(event)):
            return True  # the field would take it (Ctrl+U deletes the line on Linux)
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.search_field and key == Qt.Key.Key_Down and self.model.rowCount():
                self.results.setFocus(Qt.FocusReason.OtherFocusReason)
                self.select_row(max(self.results.currentIndex().row(), 0))
                return True
            if watched is self.results and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.detail.browser.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        return super().eventFilter(watched, event)

    def _window_shortcut(self, event: QKeyEvent) -> bool:
        """True when the key is one of the window's own shortcuts that the search field would
        otherwise keep for itself (Ctrl+U, "update from a file"); editing keys stay the
        field's."""
        held = event.modifiers() & (Qt.KeyboardModifier.ControlModifier
                                    | Qt.KeyboardModifier.AltModifier
                                    | Qt.KeyboardModifier.MetaModifier)
        if not held:
            return False  # typing: the field's own
        pressed = QKeySequence(event.keyCombination())
        if any(pressed.matches(QKeySequence(key)) == QKeySequence.SequenceMatch.ExactMatch
               for key in _EDITING_KEYS):
            return False
        return any(action.shortcut().matches(pressed) == QKeySequence.SequenceMatch.ExactMatch
                   for action in self.findChildren(QAction) if not action.shortcut().isEmpty())

    # -- searching -----------------------------------------------------------------------------

    def search(self) -> None:
        """Search for what the panel asks, off the UI thread: the need counts and the results
        side by side."""
        try:
            filters = self.panel.filters(datetime.now())
        except UserError as error:
            self._show_error(message_text(error))
            return
        text, order, path = self.panel.text(), self.panel.sort_order(), self.directory.path
        self._query = (text, filters, order)
        self.directory_check.typed_at = time.monotonic()
        self.chips.show_reading(self.directory.read_query(text, filters))
        self.panel.set_need_counts({})  # the numbers of an older query go until new ones come
        # Counted beside the search and asked first: counts of words seen before (every letter
        # is looked up ahead) take a millisecond, so the buttons follow each keystroke. A stale
        # count job is dropped. Until the first results show, the counts wait for them: the
        # first count builds the counter (a third of a second of the interpreter at 100,000
        # services), which would slow the start beside the first search.
        if self._warm_letters is not None:
            self._ask_counts()
        self._searches.ask(lambda: search_session.find(path, text, filters, order, PAGE),
                           self._found, self._failed)

    def _ask_counts(self) -> None:
        query, path = self._query, self.directory.path
        text, filters, _ = query
        self._counts.ask(lambda: (query, search_session.counts(path, text, filters)),
                         self._counted, lambda error: log.warning("counting failed: %s", error))

    @property
    def _running(self) -> bool:
        return self._searches.busy

    def _found(self, services: list[ServiceSummary]) -> None:
        if self._closed:
            return  # queued before the window closed
        text, filters, order = self._query
        directory = self.directory
        known = len(services) if len(services) < PAGE else self._counted_total.get(self._query)
        self.model.set_services(
            services, known if known is not None else len(services) + 1,
            lambda offset, limit: directory.search(text, filters, limit=limit, offset=offset,
                                                   order=order))
        self._show_count(known, text)
        if self.model.rowCount():
            self.select_row(0)
        else:
            self.detail.show_service(None)
        self._results_of = self._query
        self.results_shown.emit(len(services))
        if self._warm_letters is None:  # after the first results: count, look up letters ahead
            self._warm_letters = search_session.WARM_LETTERS
            self._ask_counts()
            self._warm_counts()

    def _warm_counts(self) -> None:
        path, letters = self.directory.path, self._warm_letters
        if letters and not self._closed:
            self.runner.run(lambda: search_session.warm_counts(path, letters),
                            self._warmed, lambda error: log.warning("counting failed: %s",
                                                                    error))

    def _warmed(self, letters: str) -> None:
        self._warm_letters = letters
        self._warm_counts()  # one short job at a time, so that searches go between them

    def _counted(self, result: tuple[tuple[str, SearchFilters, str],
                                     tuple[int, dict[str, int]]]) -> None:
        if self._closed:
            return  # queued before the window closed
        query, (total, counts) = result
        if query != self._query:
            return  # a newer search is on its way; its own counts follow it
        if self._searches.busy:  # counted before the results came: they show the total
            self._counted_total = {query: total}
        elif self._results_of != query:
            return  # the search failed and said why: no count may cover that
        else:
            self.model.set_total(total)
            self._show_count(total, self._query[0])
        self.panel.set_need_counts(counts)
        self.counts_shown.emit()

    def _failed(self, error: BaseException) -> None:
        self._results_of = None
        self.panel.set_need_counts({})
        if isinstance(error, UserError):
            self._show_error(message_text(error))
        else:  # a damaged file is expected to happen one day; anything else is our bug
            log.log(logging.WARNING if is_damage(error) else logging.ERROR, "search failed",
                    exc_info=error)
            self._show_error(self.tr("The search could not be run; the directory may be "
                                     "damaged. Details are in the log."))
            if is_damage(error):
                self.directory_check.show_damaged()
        self.results_shown.emit(0)

    def _show_count(self, total: int | None, text: str) -> None:
        self._count = total
        if total is None:
            self.result_count.setText(self.tr("Counting the services found…"))
            total = self.model.rowCount()
        else:
            self.result_count.setText(self.tr("%n service(s) found", "", total))
        empty = total == 0
        self.empty_message.setVisible(empty)
        filters = self.panel.active_filter_names()
        self.empty_clear.setVisible(empty and bool(filters))
        if not empty:
            return
        if text.strip() and filters:
            message = self.tr("No services match '%1' with the filter %2. Clear the filter?")
            message = message.replace("%1", text.strip()).replace("%2", ", ".join(filters))
        elif filters:
            message = self.tr("No services match the filter %1. Clear the filter?").replace(
                "%1", ", ".join(filters))
        else:
            message = self.tr("No services match '%1'. Try fewer or shorter words.").replace(
                "%1", text.strip())
        self.empty_message.setText(message)

    def _show_error(self, message: str) -> None:
        self.model.set_services([])
        self.result_count.setText("")
        self.empty_message.setText(message)
        self.empty_message.setVisible(True)
        self.empty_clear.setVisible(False)

    def _show_current(self, current: Any, _previous: Any) -> None:
        if self._closed:
            return  # a change queued before the window closed: the directory is closed
        summary = self.model.service(current.row()) if current.isValid() else None
        if summary is None:
            self.detail.show_service(None)
            return
        record = self.directory.service(summary.id)
        owner = updates.publisher_of(self.directory, summary.id)
        self.detail.show_service(service_view(record, list(summary.needs)) if record else None,
                                 corrections.open_corrections(self.directory, [summary.id]),
                                 (owner.name, owner.fingerprint) if owner else None,
                                 updates.offer_of(self.directory, summary.id))

    # -- what the window shows about the directory ---------------------------------------------

    def _show_banner(self) -> None:
        figures = self._figures
        count, oldest, newest = figures.unverified, figures.oldest, figures.newest
        self.banner.setVisible(count > 0)
        if count:
            dates = oldest[:4] if oldest[:4] == newest[:4] else f"{oldest[:4]}–{newest[:4]}"
            self.banner.setText(self.tr(
                "%n service(s) have not been verified by your organisation. Their phone numbers "
                "and addresses come from public sources dated %1 and must be checked before a "
                "real referral.", "", count).replace("%1", isolated(dates)))

    def _show_status(self) -> None:
        info = self.directory.info()
        version = info.get("version", "")
        total = self._figures.services
        text = self.tr("%n service(s) in the directory", "", total)
        if version == "0":
            text += " · " + self.tr("starter directory")
        elif version:
            text += " · " + self.tr("directory version %1").replace("%1", version)
        if info.get("date"):
            text += " · " + info["date"]
        self.statusBar().showMessage(text)

    # -- remembered between starts -------------------------------------------------------------

    def _restore(self) -> None:
        geometry = read_setting(self.settings, "window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        splitter = read_setting(self.settings, "window/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        self.panel.restore(self.settings)

    def save_state(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/splitter", self.splitter.side_by_side_state())
        self.panel.save(self.settings)
        self.settings.sync()

    def showEvent(self, event: Any) -> None:
        self._left = self.quick_exit_keys.left = self.error_edge.silent = False
        self.directory_check.start_soon()  # the whole file, once, after the first results
        super().showEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._closed:
            super().closeEvent(event)
            return
        self.save_state()
        self._closed = True
        self.runner.wait()
        self._typing.wait()
        self.session.lock()
        self._take_back_hooks()
        self.directory.close()
        super().closeEvent(event)


def _dropped_file(mime: QMimeData) -> Path | None:
    """The one local .zip or .json file being dropped, if that is what it is."""
    urls = mime.urls() if mime.hasUrls() else []
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    path = Path(urls[0].toLocalFile())
    return path if path.suffix.lower() in (".zip", ".json") else None
