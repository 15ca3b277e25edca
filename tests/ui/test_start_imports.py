"""A first window does not load the libraries only some commands need (issue 15: start whose
cost does not grow with what the app can do). Checked in a fresh interpreter."""

import subprocess
import sys

DEFERRED = ["cryptography", "sqlite_utils", "segno", "zxcvbn", "python_calamine"]


def test_building_the_window_loads_no_key_qr_passphrase_or_sheet_library() -> None:
    code = ("import sys, referral_app.ui.main_window\n"
            f"print(' '.join(m for m in {DEFERRED!r} if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, timeout=120)
    assert done.stdout.split() == []
