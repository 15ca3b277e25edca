"""Logging to a file in the data folder. Nothing from casework is ever passed to a logger."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from .store.private_files import private_folder

LOG_FILE = "referral-app.log"


def start_logging(data_dir: Path) -> Path | None:
    """Log to ``data_dir/logs``; None when the folder cannot be written (logging is then off)."""
    folder = data_dir / "logs"
    try:
        private_folder(folder)
        handler = logging.handlers.RotatingFileHandler(
            folder / LOG_FILE, maxBytes=1 << 20, backupCount=3, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("referral_app")
    for old in root.handlers:
        old.close()
    root.handlers[:] = [handler]
    root.setLevel(logging.INFO)
    root.propagate = False
    return folder / LOG_FILE
