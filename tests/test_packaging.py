"""A non-editable install must carry resources/ and db/ inside the package."""

import subprocess
import sys
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def test_the_wheel_carries_resources_and_the_database_files(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q",
         "-w", str(tmp_path), str(REPO)],
        capture_output=True, text=True, check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    wheel = next(tmp_path.glob("referral_app-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in (
        "referral_app/db/migrations/0001_directory.sql",
        "referral_app/db/geography.json",
        "referral_app/db/starter_directory.json",
        "referral_app/resources/icons/shelter.svg",
        "referral_app/core/hsds_tables.py",
    ):
        assert needed in names, needed
    assert not any(name.startswith("tests/") for name in names)
