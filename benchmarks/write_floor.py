"""How fast SQLite alone can write a directory: the floor under any import, whatever Python does.

    python benchmarks/write_floor.py --directory DATA_FOLDER_WITH_MANY_SERVICES

Reads every row (and every search-index entry) of an imported directory into memory, then
writes them again into fresh databases in one transaction, timed: once as the app writes them
(its schema, WAL, its pragmas), then with changes the app does not make, each alone and all
together, to show how far the floor could move and what each change would cost. Prints seconds
and the services per second that floor allows.
"""

from __future__ import annotations

import argparse
import atexit
import shutil
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from referral_app.store.database import migrations, statements  # noqa: E402
from referral_app.store.writer import insert_rows  # noqa: E402

SEARCH_TABLES = ("service_search", "service_name_search")
SEEDED = ("place", "place_alias", "taxonomy_term")  # filled by the migrations themselves
Rows = dict[str, list[tuple[object, ...]]]


def read_rows(path: Path) -> tuple[Rows, Rows]:
    source = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    tables = [name for (name,) in source.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT LIKE '%search%'")]
    rows = {t: source.execute(f"SELECT * FROM {t}").fetchall() for t in tables}
    search = {t: source.execute(f"SELECT rowid, * FROM {t}").fetchall() for t in SEARCH_TABLES}
    source.close()
    return rows, search


# Each variant changes the schema's statements, the connection, or both.
Variant = tuple[Callable[[str], str], Callable[[sqlite3.Connection], None], bool]


def _same(sql: str) -> str:
    return sql


def _nothing(conn: sqlite3.Connection) -> None:
    pass


VARIANTS: dict[str, Variant] = {
    "as the app writes it": (_same, _nothing, False),
    "200 MB page cache": (_same, lambda c: c.execute("PRAGMA cache_size = -204800"), False),
    "rollback journal, not WAL (readers wait)": (
        _same, lambda c: c.execute("PRAGMA journal_mode = DELETE"), False),
    "search index without 3-letter prefixes": (
        lambda s: s.replace("prefix = '2 3'", "prefix = '2'"), _nothing, False),
    "search index without its own copy of the text": (
        lambda s: s.replace("tokenize =", "content = '', tokenize ="), _nothing, False),
    "secondary indexes made after the rows": (_same, _nothing, True),
    "without the triggers that empty window_figure": (
        lambda s: "SELECT 1" if "CREATE TRIGGER window_figure" in s else s, _nothing, False),
}


def write(rows: Rows, search: Rows, target: Path, variants: list[Variant]
          ) -> tuple[float, float]:
    """Seconds to write and commit; seconds to copy the WAL into the database file."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    conn = sqlite3.connect(target, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA journal_mode = WAL")
    sql = [s for _, text in migrations() for s in statements(text)]
    for change, _, _ in variants:
        sql = [change(s) for s in sql]
    for statement in sql:
        conn.execute(statement)
    later: list[str] = []
    if any(after for _, _, after in variants):
        # the indexes of the final schema (a migration may drop and make one again), dropped
        # now and made again after the rows
        later = [text for name, text in conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")]
        for name in [name for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")]:
            conn.execute(f"DROP INDEX {name}")
    for _, prepare, _ in variants:
        prepare(conn)
    for table in SEEDED:
        conn.execute(f"DELETE FROM {table}")
    start = time.perf_counter()
    conn.execute("BEGIN")
    conn.execute("PRAGMA defer_foreign_keys = ON")
    for table in (*SEEDED, *rows):
        if rows.get(table):
            insert_rows(conn, f"INSERT OR IGNORE INTO {table}", rows[table])
    for table, entries in search.items():
        columns = ", ".join(["rowid"] + [c[1] for c in conn.execute(f"PRAGMA table_info({table})")])
        insert_rows(conn, f"INSERT INTO {table} ({columns})", entries)
    for statement in later:
        conn.execute(statement)
    conn.execute("PRAGMA wal_autocheckpoint = 0")  # as the app commits a large import
    conn.execute("COMMIT")
    took = time.perf_counter() - start
    conn.close()  # the last connection copies the WAL into the file (the app: in the background)
    return took, time.perf_counter() - start - took


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--directory", type=Path, required=True,
                        help="a data folder holding a large imported directory")
    args = parser.parse_args()
    rows, search = read_rows(args.directory / "directory.db")
    services = len(rows["service"])
    work = Path(tempfile.mkdtemp(prefix="referral-floor-bench-"))
    atexit.register(shutil.rmtree, work, ignore_errors=True)
    print(f"{services} services, {sum(map(len, rows.values()))} rows")
    print(f"{'SQLite alone writing them':<50}{'seconds':>8}{'services/s':>12}"
          f"{'then WAL copy (s)':>19}")
    write(rows, search, work / "directory.db", [])  # once untimed: the first write is slower
    runs = [[v] for v in VARIANTS.values()] + [list(VARIANTS.values())]
    names = [*VARIANTS, "all of these together"]
    for name, variants in zip(names, runs, strict=True):
        took, copying = write(rows, search, work / "directory.db", variants)
        print(f"{name:<50}{took:>8.1f}{services / took:>12,.0f}{copying:>19.1f}")


if __name__ == "__main__":
    main()
