"""The search field and the filters above the results. It only collects what the caseworker
asks for; the window runs the search."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import QEvent, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core.geography import Place
from ..core.models import SearchFilters
from .labels import NEED_CODES, need_label
from .query_chips import QueryChips
from .reflow import ColumnsLayout, FlowLayout
from .resources import need_icon
from .settings_file import read

VERIFIED_WITHIN_DAYS = 365
NEEDS_PER_ROW = 5
SERVES = ("", "women", "men", "children")
ORDERS = ("relevance", "name", "district")


MIN_FILTER_LETTERS = 8  # the narrowest a filter's box may be


class FilterBox(QComboBox):
    """A filter's drop-down box that may be narrower than its longest entry (so that the
    window fits a small screen), whose list is always wide enough to show every entry whole."""

    def __init__(self, objectName: str) -> None:  # noqa: N803 (Qt's own keyword)
        super().__init__(objectName=objectName)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(MIN_FILTER_LETTERS)

    def showPopup(self) -> None:  # noqa: N802 (Qt's name)
        view = self.view()
        view.setMinimumWidth(view.sizeHintForColumn(0) + 2 * view.frameWidth()
                             + view.verticalScrollBar().sizeHint().width())
        super().showPopup()


class SearchPanel(QWidget):
    changed = Signal()

    def __init__(self, provinces: list[Place], districts: list[Place],
                 aliases: dict[str, list[str]], languages: list[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._provinces = provinces
        self._districts = districts
        self._aliases = aliases
        self._languages = languages
        self._counts: dict[str, int] = {}
        self.urdu_places = False  # show places by their Urdu names where known
        self.chips: QueryChips | None = None  # how the words were read, under the field

        self.search_field = QLineEdit(objectName="searchField")
        self.search_field.setClearButtonEnabled(True)
        self.need_buttons: dict[str, QToolButton] = {}
        # as many to a row as fit (five on a wide screen): large text wraps them onto more rows
        needs_row = ColumnsLayout(NEEDS_PER_ROW)
        for code in NEED_CODES:
            button = QToolButton(objectName=f"needFilter_{code}")
            button.setCheckable(True)
            button.setIcon(need_icon(code))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            # Columns of one width, whatever the counts say: counts coming and going as
            # someone types never move the window's layout (and repaint the results).
            button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            button.toggled.connect(self.changed)
            self.need_buttons[code] = button
            needs_row.addWidget(button)

        self.province = FilterBox("provinceFilter")
        self.district = FilterBox("districtFilter")
        self.district.setEditable(True)
        self.district.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.language = FilterBox("languageFilter")
        self.serves = FilterBox("servesFilter")
        self.order = FilterBox("sortOrder")
        for combo, values in ((self.serves, SERVES), (self.order, ORDERS)):
            for value in values:
                combo.addItem("", value)
        self.free_only = QCheckBox(objectName="freeOnlyFilter")
        self.open_now = QCheckBox(objectName="openNowFilter")
        self.verified = QCheckBox(objectName="verifiedFilter")
        self.clear_button = QPushButton(objectName="clearFilters")
        self.labels = {key: QLabel() for key in ("province", "district", "language", "serves",
                                                  "order")}
        self._fill_places()

        self.search_field.textChanged.connect(self.changed)
        self.province.currentIndexChanged.connect(self._province_chosen)
        self.district.currentIndexChanged.connect(self.changed)
        self.district.lineEdit().editingFinished.connect(self.changed)
        for combo in (self.language, self.serves, self.order):
            combo.currentIndexChanged.connect(self.changed)
        for box in (self.free_only, self.open_now, self.verified):
            box.toggled.connect(self.changed)
        self.clear_button.clicked.connect(self.clear_filters)

        filters = ColumnsLayout(len(self.labels), spacing=6)  # each its name over its box
        for key, combo in (("province", self.province), ("district", self.district),
                           ("language", self.language), ("serves", self.serves),
                           ("order", self.order)):
            self.labels[key].setBuddy(combo)
            pair = QWidget()
            stacked = QVBoxLayout(pair)
            stacked.setContentsMargins(0, 0, 0, 0)
            stacked.setSpacing(2)
            stacked.addWidget(self.labels[key])
            stacked.addWidget(combo)
            filters.addWidget(pair)
        checks = FlowLayout(spacing=6)
        for widget in (self.free_only, self.open_now, self.verified, self.clear_button):
            checks.addWidget(widget)
        checks.setAlignment(self.clear_button, Qt.AlignmentFlag.AlignTrailing)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search_field)
        layout.addLayout(needs_row)
        layout.addLayout(filters)
        layout.addLayout(checks)
        self.retranslate()

    # -- words ---------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.search_field.setPlaceholderText(
            self.tr("Search by name, need, place, language or phone…"))
        self._describe(self.search_field, self.tr("Search services"),
                       self.tr("Results follow as you type, in English or Urdu"))
        for code, button in self.need_buttons.items():
            self._describe(button, need_label(code), self.tr("Show only services for this need"))
        self._fit_need_buttons()
        texts = {
            "province": self.tr("Province"), "district": self.tr("District"),
            "language": self.tr("Language"), "serves": self.tr("Serves"),
            "order": self.tr("Sort"),
        }
        for key, label in self.labels.items():
            label.setText(texts[key])
        self._describe(self.province, self.tr("Province"), self.tr("Services in this province"))
        self._describe(self.district, self.tr("District"),
                       self.tr("Services in this district; old names are found too"))
        self._describe(self.language, self.tr("Language spoken"),
                       self.tr("Services that speak this language"))
        self._describe(self.serves, self.tr("Serves"), self.tr("Who the service is open to"))
        self._describe(self.order, self.tr("Sort results by"), self.tr("The order of results"))
        for index, text in enumerate((self.tr("Serves anyone"), self.tr("Serves women"),
                                      self.tr("Serves men"), self.tr("Serves children"))):
            self.serves.setItemText(index, text)
        for index, text in enumerate((self.tr("Best match first"), self.tr("Name"),
                                      self.tr("District"))):
            self.order.setItemText(index, text)
        for combo in (self.serves, self.order):  # a few short choices: each shown whole
            combo.setMinimumContentsLength(max(MIN_FILTER_LETTERS, *(
                len(combo.itemText(i)) for i in range(combo.count()))))
        for box, text, description in (
            (self.free_only, self.tr("Free only"), self.tr("Only services free of charge")),
            (self.open_now, self.tr("Open now"), self.tr("Only services open at this time")),
            (self.verified, self.tr("Verified in the last 12 months"),
             self.tr("Only services someone confirmed in the last year")),
        ):
            box.setText(text)
            self._describe(box, text, description)
        self.clear_button.setText(self.tr("Clear filters"))
        self._describe(self.clear_button, self.tr("Clear filters"),
                       self.tr("Show all services again"))
        self._fill_places()

    @staticmethod
    def _describe(widget: QWidget, name: str, description: str) -> None:
        widget.setAccessibleName(name)
        widget.setAccessibleDescription(description)
        widget.setToolTip(description)

    def _fit_need_buttons(self) -> None:
        """Each need button as wide as its name with the largest count, in the text's size
        now: counts coming and going never change the rows they are in."""
        for code, button in self.need_buttons.items():
            button.setText(f"{need_label(code)} (000000)")
            button.setMinimumWidth(button.sizeHint().width())
        self.set_need_counts(self._counts)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.FontChange:  # a new text size
            self._fit_need_buttons()
        super().changeEvent(event)

    def _place_name(self, place: Place) -> str:
        return place.name_ur if self.urdu_places and place.name_ur else place.name

    def _fill_places(self) -> None:
        """Fill the province, district and language lists, keeping what is chosen."""
        province, language = self.province.currentData(), self.language.currentData()
        for combo in (self.province, self.language):
            combo.blockSignals(True)
            combo.clear()
        self.province.addItem(self.tr("All provinces"), "")
        for place in self._provinces:
            self.province.addItem(self._place_name(place), place.code)
        self.province.setCurrentIndex(max(self.province.findData(province or ""), 0))
        self.language.addItem(self.tr("Any language"), "")
        for name in self._languages:
            self.language.addItem(name, name)
        self.language.setCurrentIndex(max(self.language.findData(language or ""), 0))
        for combo in (self.province, self.language):
            combo.blockSignals(False)
        self._fill_districts(str(self.province.currentData() or ""))

    def _fill_districts(self, province: str) -> None:
        chosen = self.district.currentData()
        self.district.blockSignals(True)
        self.district.clear()
        self.district.addItem(self.tr("All districts"), "")
        names = []
        for place in self._districts:
            if province and place.parent != province:
                continue
            old = self._aliases.get(place.code, [])
            name = self._place_name(place)
            label = f"{name} ({', '.join(old)})" if old else name
            self.district.addItem(label, place.code)
            names.append(label)
        completer = QCompleter(names, self.district)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.district.setCompleter(completer)
        self.district.setCurrentIndex(max(self.district.findData(chosen or ""), 0))
        self.district.blockSignals(False)

    def _province_chosen(self) -> None:
        self._fill_districts(str(self.province.currentData() or ""))
        self.changed.emit()

    def set_chips(self, chips: QueryChips) -> None:
        """Show how the words were read right under the search field."""
        self.chips = chips
        layout = self.layout()
        if isinstance(layout, QVBoxLayout):
            layout.insertWidget(1, chips)
        chips.changed.connect(self.changed)

    # -- what is asked -------------------------------------------------------------------------

    def text(self) -> str:
        return self.search_field.text()

    def sort_order(self) -> str:
        return str(self.order.currentData())

    def chosen_needs(self) -> tuple[str, ...]:
        return tuple(code for code, button in self.need_buttons.items() if button.isChecked())

    def filters(self, now: datetime | None = None) -> SearchFilters:
        now = now or datetime.now()
        serves = str(self.serves.currentData() or "")
        if self.chips is not None:
            self.chips.text_changed(self.text())
        return SearchFilters(
            needs=self.chosen_needs(),
            province=str(self.province.currentData() or ""),
            district=self._district_code(),
            language=str(self.language.currentData() or ""),
            gender={"women": "female", "men": "male"}.get(serves, ""),
            children=serves == "children",
            free_only=self.free_only.isChecked(),
            open_at=now if self.open_now.isChecked() else None,
            verified_since=(date.today() - timedelta(days=VERIFIED_WITHIN_DAYS)).isoformat()
            if self.verified.isChecked() else "",
            plain_words=self.chips is not None and self.chips.plain,
            unread=self.chips.unread if self.chips is not None else (),
        )

    def _district_code(self) -> str:
        typed = self.district.currentText().strip()
        index = self.district.findText(typed, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return str(self.district.itemData(index) or "")
        if typed and self.district.currentIndex() > 0:
            return str(self.district.currentData() or "")
        return ""

    def active_filter_names(self) -> list[str]:
        """The filters in force, in words, for the "no results" message."""
        names = [need_label(code) for code in self.chosen_needs()]
        for combo in (self.province, self.district, self.language, self.serves):
            if combo.currentIndex() > 0:
                names.append(combo.currentText())
        names += [box.text() for box in (self.free_only, self.open_now, self.verified)
                  if box.isChecked()]
        return names

    def set_need_counts(self, counts: dict[str, int]) -> None:
        self._counts = dict(counts)
        for code, button in self.need_buttons.items():
            count = counts.get(code)
            label = need_label(code)
            button.setText(label if count is None else f"{label} ({count})")

    def clear_filters(self) -> None:
        widgets: list[Any] = [*self.need_buttons.values(), self.province, self.district,
                              self.language, self.serves, self.free_only, self.open_now,
                              self.verified]
        for widget in widgets:
            widget.blockSignals(True)
        for button in self.need_buttons.values():
            button.setChecked(False)
        for combo in (self.province, self.language, self.serves):
            combo.setCurrentIndex(0)
        self._fill_districts("")
        self.district.setCurrentIndex(0)
        for box in (self.free_only, self.open_now, self.verified):
            box.setChecked(False)
        for widget in widgets:
            widget.blockSignals(False)
        self.changed.emit()

    # -- remembered between starts -------------------------------------------------------------

    def save(self, settings: QSettings) -> None:
        settings.setValue("filters/needs", ",".join(self.chosen_needs()))
        settings.setValue("filters/province", self.province.currentData() or "")
        settings.setValue("filters/district", self.district.currentData() or "")
        settings.setValue("filters/language", self.language.currentData() or "")
        settings.setValue("filters/serves", self.serves.currentData() or "")
        settings.setValue("filters/order", self.order.currentData() or "relevance")
        for key, box in (("free", self.free_only), ("open_now", self.open_now),
                         ("verified", self.verified)):
            settings.setValue(f"filters/{key}", "1" if box.isChecked() else "")

    def restore(self, settings: QSettings) -> None:
        self.blockSignals(True)
        needs = read(settings, "filters/needs").split(",")
        for code, button in self.need_buttons.items():
            button.setChecked(code in needs)
        for combo, key in ((self.province, "province"), (self.language, "language"),
                           (self.serves, "serves"), (self.order, "order")):
            index = combo.findData(read(settings, f"filters/{key}"))
            combo.setCurrentIndex(max(index, 0))
        self._fill_districts(str(self.province.currentData() or ""))
        self.district.setCurrentIndex(
            max(self.district.findData(read(settings, "filters/district")), 0))
        for key, box in (("free", self.free_only), ("open_now", self.open_now),
                         ("verified", self.verified)):
            box.setChecked(read(settings, f"filters/{key}"))
        self.blockSignals(False)
