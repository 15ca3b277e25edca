"""A backup a caseworker makes to a USB stick, and puts back: encrypted, checked before
anything changes, the current file kept aside; each bad input one sentence, nothing changed."""

import os
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from referral_app.core.errors import UserError
from referral_app.store.casework import (
    CASEWORK_FILE,
    CaseworkDamagedError,
    CaseworkStore,
    restore_backup,
)
from tests.store.casework_damage import PAGE, damage_page, referral_table_page
from tests.store.test_casework import PASS, referral

OTHER = "four green teas at noon"


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    store = CaseworkStore.create(folder, PASS, PASS, who="CW-07")
    store.create_referral(referral("ORG-2026-0001"))
    store.lock()
    return folder


def backup_of(data: Path, out: Path) -> Path:
    store = CaseworkStore.unlock(data, PASS, who="CW-07")
    try:
        store.backup(out)
    finally:
        store.lock()
    return out


def test_round_trip_and_the_current_file_is_kept_aside(data, tmp_path) -> None:
    (tmp_path / "usb").mkdir()
    usb = backup_of(data, tmp_path / "usb" / "casework-backup.db")
    assert not usb.read_bytes().startswith(b"SQLite format 3")
    assert b"ORG-2026-0001" not in usb.read_bytes()  # encrypted
    store = CaseworkStore.unlock(data, PASS, who="CW-07")
    store.create_referral(referral("ORG-2026-0002"))
    store.lock()
    current = (data / CASEWORK_FILE).read_bytes()
    restored = restore_backup(data, PASS, usb, clock=lambda: datetime(2026, 11, 29, 11, 0))
    assert restored.referrals == 1
    assert restored.kept_aside == data / "casework-before-restore-20261129T110000.000000.db"
    assert restored.kept_aside.read_bytes() == current
    store = CaseworkStore.unlock(data, PASS, who="CW-07")
    assert [r.case_code for r in store.referrals()] == ["ORG-2026-0001"]
    store.lock()


def test_a_backup_restores_on_a_laptop_with_no_casework(data, tmp_path) -> None:
    usb = backup_of(data, tmp_path / "backup.db")
    restored = restore_backup(tmp_path / "new-laptop", PASS, usb)
    assert restored.referrals == 1 and restored.kept_aside is None
    CaseworkStore.unlock(tmp_path / "new-laptop", PASS, who="CW-07").lock()


def test_a_file_too_large_or_not_a_file_is_refused_before_it_is_read(data, tmp_path,
                                                                     monkeypatch) -> None:
    from referral_app.store import casework_backup

    monkeypatch.setattr(casework_backup, "LARGEST_BACKUP", 64 * 1024)
    big = tmp_path / "big.db"
    with open(big, "wb") as out:
        out.truncate(128 * 1024)  # whole pages, no SQLite header: it would be read whole
    os.mkfifo(tmp_path / "pipe")  # reading it would wait for ever
    check = unchanged(data)
    for odd in (big, Path("/dev/zero"), tmp_path / "pipe"):
        if not odd.exists():
            continue
        with pytest.raises(UserError, match=f"^{odd.name} is not a casework backup; nothing "
                                            "was changed.$"):
            restore_backup(data, PASS, odd)
    check()
    assert not (data / (CASEWORK_FILE + ".restoring")).exists()


def unchanged(data: Path):
    before = sorted((p.name, p.read_bytes()) for p in data.iterdir() if p.is_file())

    def check() -> None:
        assert sorted((p.name, p.read_bytes()) for p in data.iterdir() if p.is_file()) == before
    return check


def test_a_wrong_passphrase_changes_nothing(data, tmp_path) -> None:
    usb = backup_of(data, tmp_path / "backup.db")
    same = unchanged(data)
    with pytest.raises(UserError, match="does not open with this passphrase.*nothing was"):
        restore_backup(data, OTHER, usb)
    same()


@pytest.mark.parametrize("content", [
    b"", b"not a casework backup at all\n", b"\x00" * 4096,
])
def test_a_file_that_is_not_a_backup_changes_nothing(data, tmp_path, content) -> None:
    wrong = tmp_path / "photo.db"
    wrong.write_bytes(content)
    same = unchanged(data)
    with pytest.raises(UserError, match="nothing was changed"):
        restore_backup(data, PASS, wrong)
    same()


def test_a_plain_sqlite_file_is_not_a_backup(data, tmp_path) -> None:
    plain = tmp_path / "plain.db"
    sqlite3.connect(plain).execute("CREATE TABLE referral (x)").connection.commit()
    same = unchanged(data)
    with pytest.raises(UserError, match="plain.db is not a casework backup; nothing was"):
        restore_backup(data, PASS, plain)
    same()


def test_a_damaged_backup_changes_nothing(data, tmp_path) -> None:
    usb = backup_of(data, tmp_path / "backup.db")
    page = referral_table_page(data, PASS)
    raw = bytearray(usb.read_bytes())
    middle = (page - 1) * PAGE + PAGE // 2
    raw[middle:middle + 16] = bytes(16)
    usb.write_bytes(bytes(raw))
    same = unchanged(data)
    with pytest.raises(UserError, match="a damaged file.*nothing was changed"):
        restore_backup(data, PASS, usb)
    same()


@pytest.mark.parametrize("where", ["missing.db", "no-folder/backup.db", "."])
def test_a_missing_backup_is_one_sentence(data, tmp_path, where) -> None:
    same = unchanged(data)
    with pytest.raises(UserError, match="nothing was changed"):
        restore_backup(data, PASS, tmp_path / where)
    same()


@pytest.mark.parametrize("where", ["no-usb/backup.db", "a-file/backup.db"])
def test_backing_up_to_a_missing_folder_is_one_sentence(data, tmp_path, where) -> None:
    (tmp_path / "a-file").write_text("not a folder")
    with pytest.raises(UserError, match="Cannot write the backup to .*no backup was made"):
        backup_of(data, tmp_path / where)
    assert not (tmp_path / "no-usb").exists()
    assert (tmp_path / "a-file").read_text() == "not a folder"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0,
                    reason="folder modes bind only an ordinary POSIX account")
def test_backing_up_to_an_unwritable_folder_is_one_sentence(data, tmp_path) -> None:
    locked = tmp_path / "read-only-stick"
    locked.mkdir(mode=0o500)
    try:
        with pytest.raises(UserError, match="Cannot write the backup to .*no backup was made"):
            backup_of(data, locked / "backup.db")
        assert list(locked.iterdir()) == []
    finally:
        locked.chmod(0o700)


def test_a_backup_never_writes_over_a_file(data, tmp_path) -> None:
    there = tmp_path / "report.db"
    there.write_bytes(b"someone's report")
    with pytest.raises(UserError, match="exists already"):
        backup_of(data, there)
    assert there.read_bytes() == b"someone's report"
    with pytest.raises(UserError, match="outside the data folder"):
        backup_of(data, data / CASEWORK_FILE)


@pytest.mark.parametrize("inside", ["directory.db", "settings.ini", "logs/backup.db",
                                    "casework-copies/new.db", "new-folder/backup.db"])
def test_a_backup_is_never_written_inside_the_data_folder(data, tmp_path, inside) -> None:
    (data / "directory.db").write_bytes(b"the directory")
    (data / "logs").mkdir(exist_ok=True)
    (tmp_path / "link").symlink_to(data)  # the same folder by another name
    before = sorted(str(p.relative_to(data)) for p in data.rglob("*"))
    for target in (data / inside, tmp_path / "link" / inside):
        with pytest.raises(UserError, match="^Choose a place for the backup outside the data "
                                            "folder, such as a USB stick.$"):
            store = CaseworkStore.unlock(data, PASS, who="CW-07")
            try:
                store.backup(target, overwrite=True)
            finally:
                store.lock()
    assert (data / "directory.db").read_bytes() == b"the directory"
    assert sorted(str(p.relative_to(data)) for p in data.rglob("*")) == before


def test_a_damaged_casework_is_not_backed_up(data, tmp_path) -> None:
    page = referral_table_page(data, PASS)
    store = CaseworkStore.unlock(data, PASS, who="CW-07")
    damage_page(data, page)
    store.db.execute("PRAGMA shrink_memory")
    with pytest.raises(CaseworkDamagedError):
        store.backup(tmp_path / "backup.db")
    store.lock()
    assert not (tmp_path / "backup.db").exists()
