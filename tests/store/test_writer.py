"""The writer thread and the multi-row statements it runs."""

from __future__ import annotations

import sqlite3
import sys
import threading

import pytest

from referral_app.store import writer
from referral_app.store.writer import Writer, delete_where_in, insert_present, insert_rows


@pytest.fixture
def conn():
    conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b INTEGER)")
    yield conn
    conn.close()


@pytest.mark.parametrize("count", [0, 1, 2, 3, 7, 8, 9, 255, 1000, 2731])
def test_insert_rows_writes_every_row_in_order(conn, count, monkeypatch) -> None:
    monkeypatch.setattr(writer, "MAX_VALUES", 300)  # 100 rows of 3 at most: several statements
    rows = [(n, f"row {n}", n * 2) for n in range(count)]
    insert_rows(conn, "INSERT INTO t (id, a, b)", rows)
    assert conn.execute("SELECT id, a, b FROM t ORDER BY rowid").fetchall() == rows


def test_insert_rows_uses_few_statement_shapes(conn, monkeypatch) -> None:
    monkeypatch.setattr(writer, "MAX_VALUES", 300)
    shapes: set[str] = set()
    conn.set_trace_callback(lambda sql: shapes.add(sql.count("(")) if "INSERT" in sql else None)
    for count in range(1, 400):
        conn.execute("DELETE FROM t")
        insert_rows(conn, "INSERT INTO t (id, a, b)", [(n, "x", n) for n in range(count)])
    assert len(shapes) <= 8  # 64, 32, 16, 8, 4, 2, 1 rows (+ the column list)


def test_insert_rows_applies_its_tail_to_every_row(conn) -> None:
    insert_rows(conn, "INSERT INTO t (id, a, b)", [(1, "old", 1), (2, "old", 2)])
    insert_rows(conn, "INSERT INTO t (id, a, b)", [(1, "new", 10), (3, "new", 30)],
                "ON CONFLICT (id) DO UPDATE SET a = excluded.a, b = excluded.b")
    assert conn.execute("SELECT id, a, b FROM t ORDER BY id").fetchall() == [
        (1, "new", 10), (2, "old", 2), (3, "new", 30)]


def test_insert_present_leaves_out_only_columns_empty_in_every_row(conn) -> None:
    statements: list[str] = []
    conn.set_trace_callback(statements.append)
    rows = [(1, None, 0), (2, None, None), (3, None, 5)]
    insert_present(conn, "t", ("id", "a", "b"), rows)
    assert statements[-1].startswith("INSERT INTO t (id, b) VALUES")
    # zero and empty text are values, not empty columns
    insert_present(conn, "t", ("id", "a", "b"), [(4, "", None)])
    assert conn.execute("SELECT id, a, b FROM t ORDER BY id").fetchall() == [
        (1, None, 0), (2, None, None), (3, None, 5), (4, "", None)]


def test_insert_present_empties_a_replaced_rows_field_that_is_gone(conn) -> None:
    insert_rows(conn, "INSERT INTO t (id, a, b)", [(1, "old", 1), (2, "old", 2)])
    insert_present(conn, "t", ("id", "a", "b"), [(1, None, 10), (2, None, 20)],
                   "ON CONFLICT (id) DO UPDATE SET a = excluded.a, b = excluded.b")
    assert conn.execute("SELECT id, a, b FROM t ORDER BY id").fetchall() == [
        (1, None, 10), (2, None, 20)]


def test_delete_where_in_deletes_exactly_the_values_given(conn) -> None:
    insert_rows(conn, "INSERT INTO t (id, a, b)", [(n, "x", n % 5) for n in range(20)])
    delete_where_in(conn, "t", "b", [0, 3])
    delete_where_in(conn, "t", "id", [])
    assert [b for (b,) in conn.execute("SELECT DISTINCT b FROM t ORDER BY b")] == [1, 2, 4]
    assert conn.execute("SELECT count(*) FROM t").fetchone()[0] == 12


def test_the_writer_runs_jobs_in_order_on_its_own_thread() -> None:
    done: list[tuple[int, str]] = []
    job_writer = Writer()
    for n in range(20):
        job_writer.submit(lambda n=n: done.append((n, threading.current_thread().name)))
    job_writer.finish()
    assert [n for n, _ in done] == list(range(20))
    assert {name for _, name in done} == {"directory-writer"}


def test_a_failed_job_stops_the_rest_and_its_error_reaches_the_caller() -> None:
    done: list[int] = []

    def fail() -> None:
        raise sqlite3.OperationalError("database or disk is full")

    job_writer = Writer()
    job_writer.submit(lambda: done.append(1))
    job_writer.submit(fail)
    with pytest.raises(sqlite3.OperationalError, match="full"):
        for n in range(2, 50):  # the error comes back at a later submit or at finish
            job_writer.submit(lambda n=n: done.append(n))
        job_writer.finish()
    job_writer.stop()
    assert done == [1]


def test_the_interpreter_switch_interval_is_given_back(conn) -> None:
    before = sys.getswitchinterval()
    job_writer = Writer()
    assert sys.getswitchinterval() < before
    job_writer.finish()
    assert sys.getswitchinterval() == before
    job_writer = Writer()
    job_writer.stop()
    job_writer.stop()  # twice is harmless
    assert sys.getswitchinterval() == before
