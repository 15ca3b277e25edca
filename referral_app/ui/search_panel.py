"""The search field and the filters above the results. It only collects what the caseworker
asks for; the window runs the search."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QGridLayout,
    QHBoxLayout,
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
from .resources import need_icon

VERIFIED_WITHIN_DAYS = 365
NEEDS_PER_ROW = 5


class SearchPanel(QWidget):
    changed = Signal()

    def __init__(self, provinces: list[Place], districts: list[Place],
                 aliases: dict[str, list[str]], languages: list[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._districts = districts
        self._aliases = aliases

        self.search_field = self._named(QLineEdit(), "searchField", self.tr("Search services"))
        self.search_field.setPlaceholderText(
            self.tr("Search by name, need, place, language or phone…"))
        self.search_field.setClearButtonEnabled(True)

        self.need_buttons: dict[str, QToolButton] = {}
        needs_row = QGridLayout()
        needs_row.setSpacing(4)
        for index, code in enumerate(NEED_CODES):
            button = self._named(QToolButton(), f"needFilter_{code}", need_label(code))
            button.setCheckable(True)
            button.setIcon(need_icon(code))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setText(need_label(code))
            button.toggled.connect(self.changed)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            self.need_buttons[code] = button
            needs_row.addWidget(button, index // NEEDS_PER_ROW, index % NEEDS_PER_ROW)

        self.province = self._named(QComboBox(), "provinceFilter", self.tr("Province"))
        self.province.addItem(self.tr("All provinces"), "")
        for place in provinces:
            self.province.addItem(place.name, place.code)
        self.district = self._named(QComboBox(), "districtFilter", self.tr("District"))
        self.district.setEditable(True)
        self.district.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._fill_districts("")
        self.language = self._named(QComboBox(), "languageFilter", self.tr("Language spoken"))
        self.language.addItem(self.tr("Any language"), "")
        for name in languages:
            self.language.addItem(name, name)
        self.serves = self._named(QComboBox(), "servesFilter", self.tr("Serves"))
        for text, value in ((self.tr("Serves anyone"), ""), (self.tr("Serves women"), "women"),
                            (self.tr("Serves men"), "men"), (self.tr("Serves children"),
                                                             "children")):
            self.serves.addItem(text, value)
        self.free_only = self._named(QCheckBox(self.tr("Free only")), "freeOnlyFilter",
                                     self.tr("Free of charge only"))
        self.open_now = self._named(QCheckBox(self.tr("Open now")), "openNowFilter",
                                    self.tr("Open now"))
        self.verified = self._named(QCheckBox(self.tr("Verified in the last 12 months")),
                                    "verifiedFilter", self.tr("Verified in the last 12 months"))
        self.order = self._named(QComboBox(), "sortOrder", self.tr("Sort results by"))
        for text, value in ((self.tr("Best match first"), "relevance"),
                            (self.tr("Name"), "name"), (self.tr("District"), "district")):
            self.order.addItem(text, value)
        self.clear_button = self._named(QPushButton(self.tr("Clear filters")), "clearFilters",
                                        self.tr("Clear filters"))

        self.search_field.textChanged.connect(self.changed)
        self.province.currentIndexChanged.connect(self._province_chosen)
        self.district.currentIndexChanged.connect(self.changed)
        self.district.lineEdit().editingFinished.connect(self.changed)
        for combo in (self.language, self.serves, self.order):
            combo.currentIndexChanged.connect(self.changed)
        for box in (self.free_only, self.open_now, self.verified):
            box.toggled.connect(self.changed)
        self.clear_button.clicked.connect(self.clear_filters)

        filters = QGridLayout()
        filters.addWidget(QLabel(self.tr("Province")), 0, 0)
        filters.addWidget(self.province, 1, 0)
        filters.addWidget(QLabel(self.tr("District")), 0, 1)
        filters.addWidget(self.district, 1, 1)
        filters.addWidget(QLabel(self.tr("Language")), 0, 2)
        filters.addWidget(self.language, 1, 2)
        filters.addWidget(QLabel(self.tr("Serves")), 0, 3)
        filters.addWidget(self.serves, 1, 3)
        filters.addWidget(QLabel(self.tr("Sort")), 0, 4)
        filters.addWidget(self.order, 1, 4)
        checks = QHBoxLayout()
        for widget in (self.free_only, self.open_now, self.verified):
            checks.addWidget(widget)
        checks.addStretch(1)
        checks.addWidget(self.clear_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search_field)
        layout.addLayout(needs_row)
        layout.addLayout(filters)
        layout.addLayout(checks)

    def _named(self, widget: Any, name: str, accessible: str) -> Any:
        widget.setObjectName(name)
        widget.setAccessibleName(accessible)
        return widget

    def _fill_districts(self, province: str) -> None:
        self.district.blockSignals(True)
        self.district.clear()
        self.district.addItem(self.tr("All districts"), "")
        names = []
        for place in self._districts:
            if province and place.parent != province:
                continue
            old = self._aliases.get(place.code, [])
            label = f"{place.name} ({', '.join(old)})" if old else place.name
            self.district.addItem(label, place.code)
            names.append(label)
        completer = QCompleter(names, self.district)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.district.setCompleter(completer)
        self.district.blockSignals(False)

    def _province_chosen(self) -> None:
        self._fill_districts(str(self.province.currentData() or ""))
        self.changed.emit()

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
        for code, button in self.need_buttons.items():
            count = counts.get(code)
            label = need_label(code)
            button.setText(label if count is None else f"{label} ({count})")

    def clear_filters(self) -> None:
        widgets = [*self.need_buttons.values(), self.province, self.district, self.language,
                   self.serves, self.free_only, self.open_now, self.verified]
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
        needs = str(settings.value("filters/needs", "") or "").split(",")
        for code, button in self.need_buttons.items():
            button.setChecked(code in needs)
        for combo, key in ((self.province, "province"), (self.language, "language"),
                           (self.serves, "serves"), (self.order, "order")):
            index = combo.findData(str(settings.value(f"filters/{key}", "") or ""))
            combo.setCurrentIndex(max(index, 0))
        self._fill_districts(str(self.province.currentData() or ""))
        self.district.setCurrentIndex(
            max(self.district.findData(str(settings.value("filters/district", "") or "")), 0))
        for key, box in (("free", self.free_only), ("open_now", self.open_now),
                         ("verified", self.verified)):
            box.setChecked(bool(settings.value(f"filters/{key}", "")))
        self.blockSignals(False)
