"""Upgrading keeps everything: the previous release is installed from a kit, a referral is
made and a signed update applied with it, then the newer kit is installed over it. The data
folder is not touched by the install, and the first start of the newer version brings it up
to date (directory and casework migrations) with the referral, the update, the trusted key
and the settings all there. Slow: marked ``kit`` (python -m pytest -m kit tests/packaging)."""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from tests.fixtures.services import service
from tests.packaging.conftest import REPO, WINDOW_CHECK, laptop_env, load_script, run_offline

pytestmark = pytest.mark.kit

# The previous release: main at the end of 2026-11-28, before the directory migrations
# 0005-0008 (publishers, registered laptops, released keys, hand-overs) and the casework
# migrations 0002-0003 (the laptop's key, the save counter).
PREVIOUS_RELEASE = "c6be0c5"
PASSPHRASE = "green tea at four"

MAKE_REFERRAL = """
import sys
from pathlib import Path
from PySide6.QtCore import QSettings
from referral_app.core.referral import Priority, Referral, ReferralService
from referral_app.paths import data_dir
from referral_app.store.casework import CaseworkStore

folder = data_dir(None)
store = CaseworkStore.create(folder, sys.argv[1], sys.argv[1], who="CW-07")
store.create_referral(Referral(
    case_code="TEST-2026-0001", priority=Priority.URGENT, age_band="18-24", sex="female",
    needs=("legal",), reason="a fictional test referral", referred_by="CW-07",
    organization="Fictional Test NGO", services=[ReferralService("s-1", "Fictional Desk")]))
store.lock()
settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
settings.setValue("appearance/language", "ur")
settings.setValue("appearance/text_scale", 150)
settings.sync()
print(folder)
"""

READ_REFERRALS = """
import sys
from PySide6.QtCore import QSettings
from referral_app.paths import data_dir
from referral_app.store.casework import CaseworkStore
from referral_app.ui.settings_file import read

folder = data_dir(None)
store = CaseworkStore.unlock(folder, sys.argv[1], who="CW-07")
print([(r.case_code, r.reason) for r in store.referrals()])
store.lock()
settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
print(read(settings, "appearance/language"), read(settings, "appearance/text_scale"))
"""


def previous_release_kit(kit: Path, tmp_path: Path) -> Path:
    """The kit as the previous release made it: its app wheel, built from that commit, with
    the same pinned dependencies, and its own SHA256SUMS."""
    known = subprocess.run(["git", "-C", REPO, "cat-file", "-e", f"{PREVIOUS_RELEASE}^{{commit}}"],
                           capture_output=True, check=False)
    if known.returncode != 0:
        pytest.skip(f"commit {PREVIOUS_RELEASE} is not in this clone")
    source = tmp_path / "previous-source"
    source.mkdir()
    archive = subprocess.run(["git", "-C", REPO, "archive", PREVIOUS_RELEASE],
                             capture_output=True, check=True).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(source, filter="data")
    wheels = tmp_path / "previous-wheel"
    done = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w",
                           str(wheels), str(source)], capture_output=True, text=True,
                          check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    (wheel,) = wheels.glob("referral_app-*.whl")
    old = tmp_path / "PREVIOUS-KIT"
    shutil.copytree(kit, old)
    for system in ("linux", "windows"):
        for current in (old / system).glob("referral_app-*.whl"):
            current.unlink()
        shutil.copy2(wheel, old / system / wheel.name)
    load_script("build_kit").write_sums(old)
    return old


def fingerprint_of(listing: str) -> str:
    return listing.rsplit("fingerprint ", 1)[1].strip()


def files_of(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_a_newer_kit_over_an_older_one_keeps_everything(kit, offline, tmp_path) -> None:
    old_kit = previous_release_kit(kit, tmp_path)
    home = tmp_path / "home"
    env = laptop_env(home)
    command = home / ".local" / "bin" / "referral-app"
    python = home / ".local" / "opt" / "referral-app" / "venv" / "bin" / "python"
    data = home / ".local" / "share" / "referral-app"  # the default data folder

    done = run_offline(["sh", old_kit / "install.sh"], env)
    assert done.returncode == 0, done.stdout + done.stderr
    installed = (home / ".local" / "opt" / "referral-app" / "venv").glob(
        "lib/python3.*/site-packages/referral_app/db/migrations/*.sql")
    assert max(p.name for p in installed).startswith("0004_")  # it is the older release

    # The coordinator (its own data folder) publishes a signed update with a new service.
    secret = tmp_path / "coordinator-passphrase.txt"
    secret.write_text("coordinator passphrase for tests\n")
    coordinator = ["--data-dir", str(tmp_path / "coordinator")]
    hsds = tmp_path / "fictional.json"
    record = service("Fictional Old Town Legal Desk", phone="0300-0000001",
                     district="Lahore", province="Punjab")
    hsds.write_text(json.dumps([record]), encoding="utf-8")
    key = tmp_path / "coordinator.key"
    for step in (["keys", "generate", "--out", key, "--name", "Fictional coordinator",
                  "--passphrase-file", secret],
                 ["import", hsds],
                 ["bundle", "build", "--key", key, "--publisher", "Fictional coordinator",
                  "--version", "1", "--out", tmp_path / "v1.zip", "--passphrase-file", secret]):
        done = run_offline([command, *step, *coordinator], env)
        assert done.returncode == 0, f"{step[0]}: {done.stdout}{done.stderr}"
    fingerprint = fingerprint_of(
        run_offline([command, "keys", "show", f"{key}.pub"], env).stdout)

    # The caseworker's laptop, with the older release: trust, the update, a referral.
    done = run_offline([command, "trust", "add", f"{key}.pub", "--name",
                        "Fictional coordinator"], env)
    assert done.returncode == 0, done.stderr
    done = run_offline([command, "import", tmp_path / "v1.zip"], env)
    assert done.returncode == 0 and done.stdout.startswith("applied: version 1"), done.stderr
    done = run_offline([python, "-P", "-c", MAKE_REFERRAL, PASSPHRASE], env)
    assert done.returncode == 0 and done.stdout.strip() == str(data), done.stderr
    before = files_of(data)
    assert {"directory.db", "casework.db", "settings.ini"} <= set(before)

    # The newer kit over it: the data folder is not touched by the install.
    done = run_offline(["sh", kit / "install.sh"], env)
    assert done.returncode == 0, done.stdout + done.stderr
    assert files_of(data) == before
    assert not (home / ".local" / "opt" / "referral-app.old").exists()

    # First start of the newer version: migrations run, everything is there.
    done = run_offline([command, "history"], env)
    assert done.returncode == 0 and "version 1 from Fictional coordinator" in done.stdout, (
        done.stdout + done.stderr)
    log = (data / "logs" / "referral-app.log").read_text()
    for migration in ("0005_publishers", "0006_registered_laptop", "0007_released_keys",
                      "0008_handed_over"):
        assert f"applying migration {migration}" in log
    assert fingerprint in run_offline([command, "trust", "list"], env).stdout
    done = run_offline([command, "search", "Old Town", "--json"], env)
    assert [r["id"] for r in json.loads(done.stdout)] == [record["id"]]
    done = run_offline([python, "-P", "-c", READ_REFERRALS, PASSPHRASE], env)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        "[('TEST-2026-0001', 'a fictional test referral')]", "ur 150"]
    # the casework file was brought up to date on unlock: the laptop's key (a newer casework
    # table) is made in it
    (tmp_path / "caseworker.txt").write_text(PASSPHRASE + "\n")
    done = run_offline([command, "laptop", "key", "--out", tmp_path / "laptop.pub",
                        "--passphrase-file", tmp_path / "caseworker.txt"], env)
    assert done.returncode == 0 and (tmp_path / "laptop.pub").exists(), done.stderr
    done = run_offline([python, "-P", "-c", WINDOW_CHECK], env, timeout=180)
    assert done.returncode == 0, done.stdout + done.stderr
    # in Urdu, right to left, as the settings made with the older release say
    assert "window shown: ریفرل ایپ" in done.stdout and "RightToLeft" in done.stdout
