"""One window per data folder: two would each hold referrals the other does not show. The same
lock keeps commands that replace the window's files (repair, casework restore) from doing so
under an open window. A lock left by a crash is taken over (Qt checks whether its process
still runs)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QLockFile

from ..core.errors import UserError

LOCK_FILE = "window.lock"


def take(folder: Path) -> QLockFile | None:
    """The data folder's window lock, now held; None when an open window holds it."""
    lock = QLockFile(str(folder / LOCK_FILE))
    lock.setStaleLockTime(0)
    if not lock.tryLock(0) and lock.error() == QLockFile.LockError.LockFailedError:
        return None
    return lock


@contextmanager
def window_closed(folder: Path) -> Iterator[None]:
    """Hold the window's lock for the block; one sentence, and nothing done, while a window
    is open on this data folder."""
    lock = take(folder)
    if lock is None:
        raise UserError("Referral App is open on this laptop; close its window first (or "
                        "use its File menu), then try again. Nothing was changed.")
    try:
        yield
    finally:
        lock.unlock()
