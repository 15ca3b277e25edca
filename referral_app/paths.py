"""Where the data folder is: --data-dir, else REFERRAL_APP_DATA_DIR, else the platform's."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

ENVIRONMENT_VARIABLE = "REFERRAL_APP_DATA_DIR"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    if override:
        return Path(override).expanduser()
    from_environment = os.environ.get(ENVIRONMENT_VARIABLE)
    if from_environment:
        return Path(from_environment).expanduser()
    return Path(platformdirs.user_data_dir("referral-app", appauthor=False))
