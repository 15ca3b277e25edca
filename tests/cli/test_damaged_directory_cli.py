"""Every command meeting a damaged directory says one sentence naming the repair command;
'check' reads the whole file; 'repair' restores it."""

from __future__ import annotations

import pytest

from referral_app.app import main
from referral_app.store.database import DIRECTORY_FILE
from referral_app.store.directory import Directory
from tests.conftest import write_json
from tests.fixtures.damage import damage, damage_header
from tests.fixtures.services import page, service

SENTENCE = ("is damaged and cannot be trusted; run 'referral-app repair' to restore the last "
            "good copy (the damaged file is kept aside).\n")


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("command", [("check",), ("search", "legal"), ("stats",),
                                     ("export", "OUT.json"), ("import", "NEW.json")])
def test_a_damaged_page_is_one_sentence_naming_repair(capsys, data_dir, tmp_path,
                                                      command) -> None:
    Directory.open(data_dir).close()
    damage(data_dir / DIRECTORY_FILE, "service")
    write_json(tmp_path / "NEW.json", page(service("New Desk")))
    args = [str(tmp_path / a) if a.isupper() else a for a in command]
    code, _out, err = run(capsys, *args)
    assert (code, err.count("\n")) == (1, 1)
    assert err.startswith(f"referral-app: {DIRECTORY_FILE} in {data_dir} ")
    assert err.endswith(SENTENCE)


def test_a_damaged_header_is_one_sentence_naming_repair(capsys, data_dir) -> None:
    Directory.open(data_dir).close()
    damage_header(data_dir / DIRECTORY_FILE)
    code, _out, err = run(capsys, "history")
    assert code == 1 and err.endswith(SENTENCE)


def test_check_then_repair_then_check(capsys, data_dir) -> None:
    Directory.open(data_dir).close()
    assert run(capsys, "check") == (0, f"{DIRECTORY_FILE} in {data_dir} is sound (47 "
                                       "services)\n", "")
    damage(data_dir / DIRECTORY_FILE, "service_sort_name")
    assert run(capsys, "check")[0] == 1
    code, out, err = run(capsys, "repair")
    assert (code, err) == (0, "")
    assert out.startswith("restored the directory from the starter directory (no sound kept "
                          f"copy was found); the damaged file is kept as {data_dir}/"
                          f"{DIRECTORY_FILE}.damaged-")
    assert run(capsys, "check")[0] == 0
    assert run(capsys, "repair")[1:] == ("", f"referral-app: {DIRECTORY_FILE} in {data_dir} is "
                                             "not damaged; nothing was changed.\n")


@pytest.mark.parametrize("command", [("repair",), ("casework", "restore-copy")])
def test_nothing_is_replaced_under_an_open_window(capsys, data_dir, command) -> None:
    """The window has the files open: repair and restore wait until it is closed."""
    from PySide6.QtCore import QLockFile

    Directory.open(data_dir).close()
    damage(data_dir / DIRECTORY_FILE, "service_sort_name")
    before = (data_dir / DIRECTORY_FILE).read_bytes()
    window = QLockFile(str(data_dir / "window.lock"))  # as the open window holds it
    assert window.tryLock(0)
    try:
        code, out, err = run(capsys, *command)
    finally:
        window.unlock()
    assert (code, out) == (1, "")
    assert err == ("referral-app: Referral App is open on this laptop; close its window first "
                   "(or use its File menu), then try again. Nothing was changed.\n")
    assert (data_dir / DIRECTORY_FILE).read_bytes() == before
    assert run(capsys, "repair")[0] == 0  # once it is closed


def test_a_repair_after_an_import_keeps_what_was_imported(capsys, data_dir, tmp_path) -> None:
    # the import checks the whole file, so a copy of it is kept: a repair does not go back
    # to a copy from before the import (or to the starter directory), losing it
    Directory.open(data_dir).close()
    write_json(tmp_path / "new.json", page(service("Newly Imported Desk")))
    assert run(capsys, "import", str(tmp_path / "new.json"))[0] == 0
    damage(data_dir / DIRECTORY_FILE, "service_sort_name")
    code, out, _err = run(capsys, "repair")
    assert code == 0 and out.startswith("restored the directory from the kept copy "
                                        "directory-sound-")
    assert "Newly Imported Desk" in run(capsys, "search", "newly imported")[1]


def test_a_dry_run_keeps_no_copy(capsys, data_dir, tmp_path) -> None:
    Directory.open(data_dir).close()
    write_json(tmp_path / "new.json", page(service("Newly Imported Desk")))
    assert run(capsys, "import", "--dry-run", str(tmp_path / "new.json"))[0] == 0
    assert not (data_dir / "backups").exists() or not list((data_dir / "backups").iterdir())
