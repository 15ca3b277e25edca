"""One transaction helper: each multi-statement write is all or nothing, and blocks nest."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from referral_app.core import bundle
from referral_app.core.corrections import Correction
from referral_app.core.errors import UserError
from referral_app.store import corrections, updates
from referral_app.store.directory import Directory
from referral_app.store.transaction import transaction
from referral_app.store.undo import restore_directory_data

KEY_PUB = bundle.public_key_text(bundle.new_private_key().public_key())


def _fail_when(directory: Directory, table: str, event: str, condition: str) -> None:
    """The statement that does ``event`` on ``table`` where ``condition`` holds fails."""
    directory.db.execute(
        f"CREATE TEMP TRIGGER fail_{event.lower()} BEFORE {event} ON main.{table} "
        f"WHEN {condition} BEGIN SELECT RAISE(ABORT, 'made to fail'); END")


def test_set_info_writes_every_key_or_none(directory: Directory) -> None:
    before = directory.info()
    _fail_when(directory, "directory_info", "INSERT", "NEW.key = 'date'")
    _fail_when(directory, "directory_info", "UPDATE", "NEW.key = 'date'")
    with pytest.raises(sqlite3.IntegrityError):
        directory.set_info(version="9", source="somebody", date="2026-01-01")
    assert directory.info() == before  # version and source, written first, did not stay
    assert not directory.db.conn.in_transaction


def test_dropping_corrections_drops_all_or_none(directory: Directory) -> None:
    desk = directory.search("madadgaar")[0]
    made = [corrections.record(directory, Correction(desk.id, desk.name, "verified",
                                                     new_value=day, made_on=day))
            for day in ("2026-11-01", "2026-11-02")]
    ids = [c.id for c in made if c.id is not None]
    _fail_when(directory, "local_correction", "UPDATE", f"NEW.id = {ids[1]}")
    with pytest.raises(sqlite3.IntegrityError):
        corrections.drop(directory, ids)
    assert [c.id for c in corrections.open_corrections(directory)] == ids


def test_releasing_a_key_removes_it_and_its_services_together(directory: Directory) -> None:
    entry = updates.trust(directory, KEY_PUB, "Punjab coordinator", "key.pub")
    service_id = directory.search("madadgaar")[0].id
    directory.db.execute("INSERT INTO service_owner (service_id, key_id) VALUES (?, ?)",
                         [service_id, entry.fingerprint])
    _fail_when(directory, "service_owner", "DELETE", "1")
    with pytest.raises(sqlite3.IntegrityError):
        updates.distrust(directory, entry.fingerprint, release=True)
    assert [t.fingerprint for t in updates.trusted(directory)] == [entry.fingerprint]


def test_undo_keeps_the_kept_tables_all_or_none(directory: Directory, tmp_path: Path) -> None:
    """The kept tables are copied into the kept copy in one transaction: when the copy of one
    fails, the kept copy is as it was, and the directory is unchanged."""
    copy = tmp_path / "copy.db"
    directory.db.conn.backup(sqlite3.connect(copy))
    updates.trust(directory, KEY_PUB, "Punjab coordinator", "key.pub")
    kept = sqlite3.connect(copy)
    kept.execute("CREATE TRIGGER fail BEFORE INSERT ON registered_laptop "
                 "BEGIN SELECT RAISE(ABORT, 'made to fail'); END")
    kept.execute("INSERT INTO directory_info (key, value) VALUES ('marker', 'copy')")
    kept.commit()
    kept.close()
    directory.db.execute("INSERT INTO registered_laptop (fingerprint, name, public_key, added) "
                         "VALUES ('f', 'Lahore desk 3', 'k', '2026-11-01')")
    with pytest.raises(UserError):
        restore_directory_data(directory.db, copy)
    assert "marker" not in directory.info()
    kept = sqlite3.connect(copy)
    assert kept.execute("SELECT count(*) FROM trusted_key").fetchone() == (0,)
    kept.close()


def test_blocks_nest_as_savepoints(directory: Directory) -> None:
    db = directory.db
    with transaction(db):
        db.execute("INSERT INTO directory_info (key, value) VALUES ('outer', '1')")
        with pytest.raises(ValueError), transaction(db):
            db.execute("INSERT INTO directory_info (key, value) VALUES ('inner', '1')")
            raise ValueError("the inner block fails")
        with transaction(db):
            db.execute("INSERT INTO directory_info (key, value) VALUES ('kept', '1')")
        assert db.conn.in_transaction
    info = directory.info()
    assert ("outer" in info, "inner" in info, "kept" in info) == (True, False, True)
    with pytest.raises(ValueError), transaction(db):
        with transaction(db):
            db.execute("INSERT INTO directory_info (key, value) VALUES ('gone', '1')")
        raise ValueError("the outer block fails after the inner one succeeded")
    assert "gone" not in directory.info()
    assert not db.conn.in_transaction


def test_the_real_error_is_raised_when_sqlite_rolled_back_by_itself(directory: Directory
                                                                    ) -> None:
    """A full disk makes SQLite roll back by itself; the error that caused it must reach the
    caller, not 'cannot rollback - no transaction is active'."""
    db = directory.db
    with pytest.raises(ValueError, match="disk is full"), transaction(db):
        db.execute("INSERT INTO directory_info (key, value) VALUES ('half', '1')")
        db.execute("ROLLBACK")  # what SQLite does on SQLITE_FULL
        raise ValueError("disk is full")
    assert "half" not in directory.info()


def test_a_dry_run_rolls_back_at_the_end(directory: Directory) -> None:
    db = directory.db
    with transaction(db, immediate=False) as done:
        db.execute("INSERT INTO directory_info (key, value) VALUES ('counted', '1')")
        assert "counted" in directory.info()
        done.roll_back_at_end()
    assert "counted" not in directory.info()


def test_any_dbapi_connection_in_autocommit_mode(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "other.db", isolation_level=None)
    conn.execute("CREATE TABLE t (n INTEGER NOT NULL)")
    with pytest.raises(sqlite3.IntegrityError), transaction(conn):
        conn.execute("INSERT INTO t VALUES (1)")
        conn.execute("INSERT INTO t VALUES (NULL)")
    assert conn.execute("SELECT count(*) FROM t").fetchone() == (0,)
    with transaction(conn):
        conn.execute("INSERT INTO t VALUES (1)")
    assert conn.execute("SELECT count(*) FROM t").fetchone() == (1,)
    conn.close()
