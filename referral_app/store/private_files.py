"""Files only this account can read: the data folder 0700, the casework and its copies 0600.

On POSIX another account on a shared laptop must not be able to copy the casework file; on
Windows, where modes mean little, this quietly does nothing.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

PRIVATE_FOLDER = 0o700
PRIVATE_FILE = 0o600


def _posix() -> bool:
    return os.name == "posix"


def private_folder(folder: Path) -> None:
    """Make the folder (and its parents) when missing; the folder itself is 0700.

    Raises ``OSError`` when it cannot be made; a folder whose mode cannot be changed (not ours)
    is left as it is."""
    folder.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)
    if _posix():
        with contextlib.suppress(OSError):
            folder.chmod(PRIVATE_FOLDER)


def private_file(path: Path) -> None:
    """Make an existing file 0600 (nothing when it is missing or not ours)."""
    if _posix():
        with contextlib.suppress(OSError):
            path.chmod(PRIVATE_FILE)
