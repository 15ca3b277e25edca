"""The casework store for one run of the window: unlocked when first needed, locked on demand,
after an idle time, or by quick exit. While locked, nothing of a case is on screen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from ..core.errors import UserError
from ..store.casework import CaseworkStore, Restored, restore_backup, restore_last_good_copy

DEFAULT_IDLE_MINUTES = 10


class CaseworkSession(QObject):
    unlocked = Signal()
    locked = Signal()
    restored = Signal(object)  # a Restored: a kept copy or a backup was put back, and opened

    def __init__(self, data_dir: Path, who: str, idle_minutes: int = DEFAULT_IDLE_MINUTES,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.who = who
        self.store: CaseworkStore | None = None
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.timeout.connect(self.lock)
        self.set_idle_minutes(idle_minutes)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    @property
    def is_open(self) -> bool:
        return self.store is not None

    @property
    def needs_creating(self) -> bool:
        return not CaseworkStore.exists(self.data_dir)

    def set_idle_minutes(self, minutes: int) -> None:
        self._idle.setInterval(max(minutes, 1) * 60_000)

    def create(self, passphrase: str, again: str) -> None:
        self._opened(CaseworkStore.create(self.data_dir, passphrase, again, self.who))

    def unlock(self, passphrase: str) -> None:
        self._opened(CaseworkStore.unlock(self.data_dir, passphrase, self.who))

    def open_with(self, passphrase: str) -> None:
        """Create the store with this passphrase, or unlock the one there is."""
        if self.needs_creating:
            self.create(passphrase, passphrase)
        else:
            self.unlock(passphrase)

    def restore_last_good_copy(self, passphrase: str) -> Restored:
        """Put back the newest good copy of a damaged casework file and unlock it."""
        self.lock()
        restored = restore_last_good_copy(self.data_dir, passphrase)
        self.unlock(passphrase)
        self.restored.emit(restored)
        return restored

    def restore_backup(self, backup: Path, passphrase: str) -> Restored:
        """Put a backup in place of the casework (the current file kept aside) and unlock it
        with the backup's passphrase. A backup that is refused changes nothing (the casework
        stays open); one that passes closes the open file before it is renamed."""
        restored = restore_backup(self.data_dir, passphrase, backup, before_placing=self.lock)
        self.unlock(passphrase)
        self.restored.emit(restored)
        return restored

    def _opened(self, store: CaseworkStore) -> None:
        self.lock()
        self.store = store
        self._idle.start()
        self.unlocked.emit()

    def lock(self) -> None:
        self._idle.stop()
        if self.store is not None:
            self.store.lock()
            self.store = None
            self.locked.emit()

    def require(self) -> CaseworkStore:
        if self.store is None:
            raise UserError("The casework is locked; unlock it with your passphrase first.")
        self._idle.start()
        return self.store

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.store is not None and event.type() in (
                QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel):
            self._idle.start()  # the caseworker is here: the idle time starts again
        return False
