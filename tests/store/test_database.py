"""Committing large imports and writing them into the database file in the background."""

from __future__ import annotations

import shutil
import sqlite3
import threading
from pathlib import Path

import pytest

from referral_app.store import database
from referral_app.store.database import connect, leaving_wal
from referral_app.store.directory import Directory
from referral_app.store.transaction import transaction
from tests.conftest import write_json
from tests.fixtures.services import page, service


def test_a_large_commit_is_durable_and_left_in_the_write_ahead_log(tmp_path) -> None:
    db = connect(tmp_path / "d.db")
    db.execute("CREATE TABLE t (x)")
    with leaving_wal(db), transaction(db):
        db.conn.executemany("INSERT INTO t VALUES (?)", [("x" * 500,) for _ in range(20_000)])
    wal = tmp_path / "d.db-wal"
    assert wal.stat().st_size > 5_000_000  # not copied into the database file on commit
    assert db.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 1000  # given back
    # a copy of both files, as a power cut would leave them, holds every row
    shutil.copy(tmp_path / "d.db", tmp_path / "copy.db")
    shutil.copy(wal, tmp_path / "copy.db-wal")
    copy = sqlite3.connect(tmp_path / "copy.db")
    assert copy.execute("SELECT count(*) FROM t").fetchone()[0] == 20_000
    copy.close()
    database.wait_for_checkpoints(tmp_path / "d.db")
    db.conn.close()


def test_a_commit_that_fails_gives_the_checkpoint_setting_back(tmp_path) -> None:
    db = connect(tmp_path / "d.db")
    db.conn.executescript("CREATE TABLE p (id INTEGER PRIMARY KEY); "
                     "CREATE TABLE c (p INTEGER REFERENCES p(id) DEFERRABLE INITIALLY DEFERRED)")
    with pytest.raises(sqlite3.IntegrityError), leaving_wal(db), transaction(db):
        db.execute("INSERT INTO c VALUES (7)")  # refers to nothing: refused at COMMIT
    assert not db.conn.in_transaction  # rolled back
    assert db.execute("SELECT count(*) FROM c").fetchone()[0] == 0
    assert db.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 1000
    db.conn.close()


def test_an_import_is_written_into_the_database_file_in_the_background(data_dir, tmp_path):
    services = [service(f"Legal desk {n}") for n in range(300)]
    with Directory.open(data_dir, starter=False) as directory:
        directory.import_file(write_json(tmp_path / "many.json", page(*services)))
        database.wait_for_checkpoints(directory.path)
        # the database file alone, without its write-ahead log, now holds the import
        shutil.copy(directory.path, tmp_path / "alone.db")
        alone = sqlite3.connect(tmp_path / "alone.db")
        assert alone.execute("SELECT count(*) FROM service").fetchone()[0] == 300
        alone.close()


def test_closing_the_directory_waits_for_its_checkpoint_and_a_reader_does_not(
        data_dir, monkeypatch) -> None:
    release = threading.Event()
    done: list[Path] = []

    def slow_checkpoint(path: Path, earlier: threading.Thread | None) -> None:
        release.wait(10)
        done.append(path)

    monkeypatch.setattr(database, "_checkpoint", slow_checkpoint)
    directory = Directory.open(data_dir, starter=False)
    reader = Directory.reader(directory.path)
    database.checkpoint_soon(reader.path)
    reader.close()  # a reader (the window's update task) does not wait
    assert done == []
    threading.Timer(0.2, release.set).start()
    directory.close()  # the directory the window opened does, before it closes
    assert done == [directory.path]
