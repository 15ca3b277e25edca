"""A command loads what it uses, not what every other command needs (issue 15: a slip from the
command line within twice a bare PySide6 program printing the same page). Checked in a fresh
interpreter, as a command runs."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from referral_app.store.directory import Directory

# What no slip, search or count of the directory needs: the key library, the casework store
# and its encrypted SQLite, the update files, the file readers of an import, the spreadsheet
# and passphrase libraries, the referral figures, and the window's own modules.
NOT_FOR_READING = ["cryptography", "sqlcipher3", "sqlite_utils", "zxcvbn", "python_calamine",
                   "referral_app.store.casework", "referral_app.store.updates",
                   "referral_app.store.importer", "referral_app.core.directory_file",
                   "referral_app.core.bundle", "referral_app.store.received_figures",
                   "referral_app.core.figures", "referral_app.ui.appearance",
                   "PySide6.QtPrintSupport"]


def loaded_by(*args: str) -> list[str]:
    """Which of NOT_FOR_READING a command loads, run in a new interpreter."""
    code = ("import json, sys\n"
            "from referral_app.app import main\n"
            f"status = main({list(args)!r})\n"
            f"print(json.dumps([status, [m for m in {NOT_FOR_READING!r} if m in sys.modules]]))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, timeout=120,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    status, loaded = json.loads(done.stdout.splitlines()[-1])
    assert status == 0, done.stderr
    return list(loaded)


@pytest.fixture
def service_id(data_dir: Path) -> str:
    with Directory.open(data_dir) as directory:  # the starter directory, made here
        return directory.search("madadgaar", limit=1)[0].id


def test_a_slip_loads_only_what_a_slip_needs(data_dir, service_id, tmp_path) -> None:
    out = tmp_path / "slip.pdf"
    assert loaded_by("--data-dir", str(data_dir), "slip", "--service", service_id,
                     "--case-code", "ORG-2026-0001", "--out", str(out)) == []
    assert out.stat().st_size > 0


@pytest.mark.parametrize("command", [["search", "helpline"], ["stats"], ["check"]])
def test_reading_the_directory_loads_none_of_them_either(data_dir, service_id,
                                                         command) -> None:
    assert loaded_by("--data-dir", str(data_dir), *command) == []
