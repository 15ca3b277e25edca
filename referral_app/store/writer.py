"""Write rows on a second thread while the caller prepares the next ones.

An import is half Python (reading, checking and shaping records) and half SQLite (writing rows
and the search index). SQLite lets go of Python's interpreter lock while it works, so the two
halves can run at once on two cores, provided each call into SQLite is long: a statement per
row would wait for the lock after every row. So rows go in as multi-row ``INSERT … VALUES``
statements of a few thousand values each, and deletions as one ``IN (json_each(?))``.

The writer uses the caller's connection inside the caller's transaction; the caller must not
use the connection until :meth:`Writer.finish` has returned.
"""

from __future__ import annotations

import itertools
import json
import queue
import sqlite3
import sys
import threading
from collections.abc import Callable, Sequence
from typing import Any

MAX_VALUES = 8192  # bound parameters in one statement
QUEUE_DEPTH = 2  # batches waiting to be written; bounds the memory a fast reader can use
SWITCH_INTERVAL = 0.00005  # seconds; how soon the writer gets the interpreter back

Job = Callable[[], None]


def insert_rows(conn: sqlite3.Connection, head: str, rows: Sequence[Sequence[Any]],
                tail: str = "") -> None:
    """Run ``head VALUES (…), (…), … tail`` for the rows, a few thousand values at a time.
    ``head`` is e.g. ``INSERT INTO phone (a, b)``; ``tail`` e.g. an ``ON CONFLICT`` clause.

    Statements hold a power of two of rows, so that the few shapes used stay in the
    connection's statement cache (a compiled statement of thousands of values takes about a
    megabyte; one for every odd length would fill the memory)."""
    width = len(rows[0]) if rows else 1
    group = "(" + ",".join("?" * width) + ")"
    size = 1 << max(0, (MAX_VALUES // width).bit_length() - 1)
    start = 0
    while start < len(rows):
        while size > len(rows) - start:
            size //= 2
        chunk = rows[start : start + size]
        conn.execute(f"{head} VALUES {','.join([group] * size)} {tail}",
                     list(itertools.chain.from_iterable(chunk)))
        start += size


def insert_present(conn: sqlite3.Connection, table: str, columns: Sequence[str],
                   rows: Sequence[Sequence[Any]], tail: str = "") -> None:
    """Insert rows given in ``columns`` order, leaving out the columns that are empty (None)
    in every row: they are NULL either way, and binding values is most of what writing costs
    Python (four in ten values of a typical directory are empty). The table must give no
    column a default other than NULL."""
    if not rows:
        return
    by_column = list(zip(*rows, strict=True))
    kept = [i for i, values in enumerate(by_column) if values.count(None) != len(values)]
    if len(kept) < len(columns):
        columns = [columns[i] for i in kept]
        rows = list(zip(*(by_column[i] for i in kept), strict=True))
    insert_rows(conn, f"INSERT INTO {table} ({', '.join(columns)})", rows, tail)


def delete_where_in(conn: sqlite3.Connection, table: str, column: str,
                    values: Sequence[Any]) -> None:
    """``DELETE FROM table WHERE column IN (values)``, in one statement of one shape."""
    if values:
        conn.execute(f"DELETE FROM {table} WHERE {column} IN (SELECT value FROM json_each(?))",
                     [json.dumps(list(values))])


class Writer:
    """Runs write jobs one after another, in the order given, on its own thread. The first
    job that fails stops the rest; its error is raised in the caller by the next
    :meth:`submit` or by :meth:`finish`."""

    def __init__(self) -> None:
        self._jobs: queue.Queue[Job | None] = queue.Queue(maxsize=QUEUE_DEPTH)
        self._error: BaseException | None = None
        # Python hands the interpreter to a waiting thread every 5 ms by default; the writer
        # waits for it after each statement, so it is asked to hand it over sooner.
        self._switch_interval = sys.getswitchinterval()
        sys.setswitchinterval(min(SWITCH_INTERVAL, self._switch_interval))
        self._thread = threading.Thread(target=self._work, name="directory-writer",
                                        daemon=True)
        self._thread.start()

    def submit(self, job: Job) -> None:
        if self._error is not None:
            raise self._error
        self._jobs.put(job)

    def finish(self) -> None:
        """Wait until every job is written; raise the error of one that failed."""
        self.stop()
        if self._error is not None:
            raise self._error

    def stop(self) -> None:
        """Wait until the thread is done with the jobs given; raise nothing (the caller is
        already handling a failure)."""
        if self._thread.is_alive():
            self._jobs.put(None)
            self._thread.join()
            sys.setswitchinterval(self._switch_interval)

    def _work(self) -> None:
        while (job := self._jobs.get()) is not None:
            if self._error is None:  # after a failure, jobs are only taken off the queue
                try:
                    job()
                except BaseException as error:  # handed to the caller's thread
                    self._error = error
