"""Settings that change how the window looks: language, text size, contrast. Applied as soon
as they are chosen, without restarting."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QWidget,
)

from ..core.errors import UserError
from ..core.phone_number import desk_phone
from ..core.referral import DEFAULT_PATTERN
from ..core.text import isolated
from ..store import updates
from ..store.directory import Directory
from . import dialogs
from .appearance import TEXT_SCALES, Appearance
from .caseworker import Caseworker
from .messages import message_text

# Each language is named in itself, so that anyone can find their own.
LANGUAGE_NAMES = (("en", "English"), ("ur", "اردو"))


class SettingsDialog(QDialog):
    appearance_chosen = Signal(object)  # an Appearance
    caseworker_chosen = Signal(object)  # a Caseworker

    def __init__(self, appearance: Appearance, caseworker: Caseworker,
                 directory: Directory | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.directory = directory
        self.publishers = QListWidget(objectName="trustedPublishers")
        self.add_key = QPushButton(objectName="trustKey")
        self.add_key.clicked.connect(self._trust_key)
        self.remove_key = QPushButton(objectName="distrustKey")
        self.remove_key.clicked.connect(self._distrust_key)
        self.trust_error = QLabel(textFormat=Qt.TextFormat.PlainText)
        self.trust_error.setWordWrap(True)
        self.staff_code = QLineEdit(caseworker.staff_code, objectName="staffCodeSetting")
        self.organization = QLineEdit(caseworker.organization, objectName="organizationSetting")
        self.desk_phone = QLineEdit(caseworker.desk_phone, objectName="deskPhoneSetting")
        self.desk_phone_error = QLabel(objectName="deskPhoneError",
                                       textFormat=Qt.TextFormat.PlainText)
        self.desk_phone_error.setWordWrap(True)
        self.desk_phone_error.hide()
        self.pattern = QLineEdit(caseworker.case_code_pattern, objectName="caseCodePattern")
        self.idle = QSpinBox(objectName="idleMinutesSetting")
        self.idle.setRange(1, 240)
        self.idle.setValue(caseworker.idle_minutes)
        self.language = QComboBox(objectName="languageSetting")
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(appearance.language), 0))
        self.text_size = QComboBox(objectName="textSizeSetting")
        for scale in TEXT_SCALES:
            self.text_size.addItem(f"{scale} %", scale)
        self.text_size.setCurrentIndex(max(self.text_size.findData(appearance.text_scale), 0))
        self.high_contrast = QCheckBox(objectName="highContrastSetting")
        self.high_contrast.setChecked(appearance.high_contrast)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.close)
        self.language_label, self.size_label, self.contrast_label = QLabel(), QLabel(), QLabel()
        self.casework_labels = [QLabel() for _ in range(5)]
        form = QFormLayout(self)
        form.addRow(self.language_label, self.language)
        form.addRow(self.size_label, self.text_size)
        form.addRow(self.contrast_label, self.high_contrast)
        for label, field in zip(self.casework_labels, (self.staff_code, self.organization,
                                                       self.desk_phone, self.pattern,
                                                       self.idle), strict=True):
            form.addRow(label, field)
            if field is self.desk_phone:
                form.addRow(self.desk_phone_error)
        self.trust_label = QLabel()
        if directory is not None:
            keys = QHBoxLayout()
            keys.addWidget(self.add_key)
            keys.addWidget(self.remove_key)
            form.addRow(self.trust_label, self.publishers)
            form.addRow(keys)
            form.addRow(self.trust_error)
            self._show_publishers()
        form.addRow(self.buttons)
        self.language.currentIndexChanged.connect(self._chosen)
        self.text_size.currentIndexChanged.connect(self._chosen)
        self.high_contrast.toggled.connect(self._chosen)
        for field in (self.staff_code, self.organization, self.desk_phone, self.pattern):
            field.editingFinished.connect(self._caseworker_chosen)
        self.idle.valueChanged.connect(self._caseworker_chosen)
        self.retranslate()

    def _show_publishers(self) -> None:
        self.publishers.clear()
        if self.directory is None:
            return
        for entry in updates.trusted(self.directory):
            text = f"{entry.name} — {isolated(entry.fingerprint)}"
            areas = updates.area_names(self.directory, entry)
            if areas:  # trusted for these provinces or districts only
                text += " — " + self.tr("for %1 only").replace("%1", ", ".join(areas))
            item = QListWidgetItem(text)
            item.setData(256, entry.fingerprint)
            self.publishers.addItem(item)

    def _trust_key(self) -> None:
        if self.directory is None:
            return
        path = dialogs.choose_public_key(self, self.tr("The publisher's public key"))
        if path is None:
            return
        name = dialogs.ask_text(self, self.tr("Trust a publisher"),
                                self.tr("Whose key is this? (a name you will recognise)"))
        if name is None:
            return
        try:
            text = path.read_text(encoding="utf-8")
            updates.trust(self.directory, text, name, path.name)
        except (OSError, UnicodeDecodeError):
            self.trust_error.setText(self.tr("That file cannot be read."))
            return
        except UserError as error:
            self.trust_error.setText(message_text(error))
            return
        self.trust_error.clear()
        self._show_publishers()

    def _distrust_key(self) -> None:
        item = self.publishers.currentItem()
        if item is None or self.directory is None:
            return
        updates.distrust(self.directory, str(item.data(256)))
        self._show_publishers()

    def caseworker(self) -> Caseworker:
        return Caseworker(self.staff_code.text().strip(), self.organization.text().strip(),
                          self.desk_phone.text().strip(),
                          self.pattern.text().strip() or DEFAULT_PATTERN, self.idle.value())

    def _caseworker_chosen(self) -> None:
        try:  # the same check as a published number: a reversed number is never printed
            number = desk_phone(self.desk_phone.text())
        except UserError:
            self.desk_phone_error.setText(self.tr(
                "This number cannot be printed on slips: write it with the digits 0-9 only, "
                "such as 042-1234567. It was not saved."))
            self.desk_phone_error.show()
            return
        self.desk_phone_error.hide()
        if number != self.desk_phone.text():
            self.desk_phone.setText(number)
        self.caseworker_chosen.emit(self.caseworker())

    def appearance(self) -> Appearance:
        return Appearance(str(self.language.currentData()), int(self.text_size.currentData()),
                          self.high_contrast.isChecked())

    def _chosen(self) -> None:
        self.appearance_chosen.emit(self.appearance())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.language_label.setText(self.tr("Language"))
        self.size_label.setText(self.tr("Text size"))
        self.contrast_label.setText(self.tr("High contrast"))
        self.high_contrast.setText(self.tr("White text on black"))
        self.language.setAccessibleName(self.tr("Language"))
        self.language.setAccessibleDescription(self.tr("The language of the whole window"))
        self.text_size.setAccessibleName(self.tr("Text size"))
        self.text_size.setAccessibleDescription(self.tr("Larger text for easier reading"))
        self.high_contrast.setAccessibleName(self.tr("High contrast"))
        self.high_contrast.setAccessibleDescription(self.tr("White text on a black background"))
        texts = (self.tr("Your staff code"), self.tr("Organisation"),
                 self.tr("Desk phone for slips"), self.tr("Case code pattern"),
                 self.tr("Lock after this many idle minutes"))
        fields = (self.staff_code, self.organization, self.desk_phone, self.pattern, self.idle)
        for label, field, text in zip(self.casework_labels, fields, texts, strict=True):
            label.setText(text)
            field.setAccessibleName(text)
        self.trust_label.setText(self.tr("Trusted publishers of updates"))
        self.publishers.setAccessibleName(self.tr("Trusted publishers of updates"))
        self.add_key.setText(self.tr("Trust a key…"))
        self.remove_key.setText(self.tr("Stop trusting"))
        self.pattern.setToolTip(self.tr("{year} and {number:04d} are filled in, "
                                        "as in ORG-{year}-{number:04d}"))
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        close.setAccessibleName(self.tr("Close"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
