"""How the search read the query, shown under the search field as chips the caseworker can
remove ("Shelter ✕", "covering Lahore ✕"), with one click to search the words as typed."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QToolButton, QWidget

from ..core.geography import Geography
from ..core.query_reading import MAX_WORDS, Reading, ReadPart
from ..core.text import words
from .labels import need_label
from .reflow import FlowLayout

MAX_CHIPS = 8


class QueryChips(QWidget):
    changed = Signal()  # a chip was removed, or the words are to be read (or not) again

    def __init__(self, geography: Geography, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("queryChips")
        self.geography = geography
        self.urdu_places = False
        self.unread: tuple[str, ...] = ()  # words the caseworker does not want read
        self.plain = False  # search every word as typed
        self._reading = Reading()
        self._text = ""
        self.intro = QLabel(objectName="queryReadAs", textFormat=Qt.TextFormat.PlainText)
        self.chips: list[QToolButton] = []
        self.plain_button = QPushButton(objectName="searchPlainWords")
        self.plain_button.setFlat(True)
        self.plain_button.clicked.connect(self._toggle_plain)
        self.setStyleSheet("QToolButton { border: 1px solid #7a8fa6; border-radius: 9px;"
                           " padding: 1px 8px; background: #e8f0f8; color: #14283c; }")
        self._layout = FlowLayout(self, spacing=6)  # many chips, or large text: more rows
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.intro)
        self._layout.addWidget(self.plain_button)
        self._layout.setAlignment(self.plain_button, Qt.AlignmentFlag.AlignTrailing)
        self.retranslate()
        self.setVisible(False)

    # -- what the window asks ------------------------------------------------------------------

    def text_changed(self, text: str) -> None:
        """Forget removed chips whose words are no longer typed; a cleared field reads again."""
        self._text = text
        folded = " ".join(words(text))
        self.unread = tuple(words for words in self.unread if words in folded)
        if not text.strip():
            self.plain = False

    def show_reading(self, reading: Reading) -> None:
        same = (reading.parts == self._reading.parts
                and reading.left_out == self._reading.left_out and self.chips)
        self._reading = reading
        if same:  # most keystrokes: nothing to redraw
            return
        for chip in self.chips:
            self._layout.removeWidget(chip)
            chip.deleteLater()
        self.chips = [self._chip(part) for part in reading.parts[:MAX_CHIPS]]
        for index, chip in enumerate(self.chips):
            self._layout.insertWidget(1 + index, chip)
        self.retranslate()
        self.setVisible(bool(reading.parts) or self.plain or bool(reading.left_out))

    def describe(self, part: ReadPart) -> str:
        if part.kind == "need":
            return need_label(part.value)
        if part.kind == "group":
            return {"women": self.tr("for women"), "children": self.tr("for children"),
                    "men": self.tr("for men")}.get(part.value, part.value)
        places = [p for p in map(self.geography.get, part.codes) if p]
        names = [p.name_ur if self.urdu_places and p.name_ur else p.name for p in places]
        where = part.typed if len(names) > 2 or not names else self.tr(" or ").join(names)
        return self.tr("covering %1").replace("%1", where)

    # -- words ---------------------------------------------------------------------------------

    def retranslate(self) -> None:
        if self.plain:
            self.intro.setText(self.tr("Searching the words as typed."))
            self.plain_button.setText(self.tr("Read needs and places in them"))
        else:
            left_out = self._reading.left_out
            self.intro.setText(
                self.tr("Read as:") if not left_out else
                self.tr("Only the first %n words are searched. Read as:", "", MAX_WORDS))
            self.plain_button.setText(self.tr("Search the words as typed instead"))
        self.plain_button.setAccessibleName(self.plain_button.text())
        for chip, part in zip(self.chips, self._reading.parts, strict=False):
            label = self.describe(part)
            chip.setText(f"{label}  ✕")
            chip.setAccessibleName(self.tr("Remove: %1").replace("%1", label))
            tip = self.tr("Read from '%1'; click to search it as a plain word").replace(
                "%1", part.typed)
            if part.corrected:
                tip = self.tr("Read from '%1' (spelling corrected); click to search it as a "
                              "plain word").replace("%1", part.typed)
            chip.setToolTip(tip)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- clicks --------------------------------------------------------------------------------

    def _chip(self, part: ReadPart) -> QToolButton:
        chip = QToolButton(self, objectName=f"queryChip_{part.kind}")
        chip.clicked.connect(lambda: self._remove(part.typed))
        return chip

    def _remove(self, typed: str) -> None:
        self.unread = (*self.unread, typed)
        self.changed.emit()

    def _toggle_plain(self) -> None:
        self.plain = not self.plain
        if not self.plain:
            self.unread = ()
        self.changed.emit()
