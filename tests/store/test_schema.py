import re

from referral_app.core.hsds_tables import SATELLITES, TABLES
from referral_app.store.database import migrations


def _undone(name_ends: str) -> str:
    """The SQL that takes away what the migration named ``…name_ends`` adds (its tables and
    columns)."""
    sql = next(sql for name, sql in migrations() if name.endswith(name_ends))
    undo = [f"DROP TABLE {table};" for table in re.findall(r"CREATE TABLE (\w+)", sql)]
    undo += [f"ALTER TABLE {table} DROP COLUMN {column};"
             for table, column in re.findall(r"ALTER TABLE (\w+) ADD COLUMN (\w+)", sql)]
    return " ".join(undo) + " "


# What migrations after the fourth add, taken away again to make an older directory.
AFTER_SCHEMA_4 = ("DROP TABLE service_owner; DROP TABLE removed_service; "
                  "DROP TABLE publisher_version; DROP TABLE registered_laptop; "
                  "DROP TABLE released_key; DROP TABLE service_handed_over; "
                  "DROP TABLE built_version; DROP TABLE received_figures; "
                  "DROP TABLE search_word; DROP TABLE shared_owner; "
                  + _undone("_every_hsds_field") + _undone("_undo_record")
                  + "DROP TABLE window_figure; " + "".join(
                      f"DROP TRIGGER window_figure_{table}_{change}; "
                      for table in ("service", "language")
                      for change in ("added", "changed", "removed")))


def test_every_declared_hsds_field_has_a_column(empty_directory) -> None:
    for table, spec in TABLES.items():
        columns = {row[1] for row in empty_directory.db.execute(f"PRAGMA table_info({table})")}
        assert set(spec.fields) <= columns, table
        if table in SATELLITES:
            assert {"root", "parent_type", "parent_id", "position"} <= columns


def test_migrations_are_numbered_in_order() -> None:
    # A migration's place in the sorted list is its version (PRAGMA user_version); its number
    # orders it: they count up from 1 with no gap, so the two agree.
    names = [name for name, _ in migrations()]
    assert [int(name.split("_")[0]) for name in names] == list(range(1, len(names) + 1))


def test_a_new_directory_is_at_the_latest_schema(empty_directory) -> None:
    version = empty_directory.db.execute("PRAGMA user_version").fetchone()[0]
    assert version == len(migrations())


def test_an_older_directory_is_backed_up_then_migrated(data_dir) -> None:
    import sqlite3

    from referral_app.store.directory import Directory

    Directory.open(data_dir).close()
    conn = sqlite3.connect(data_dir / "directory.db")
    conn.executescript(AFTER_SCHEMA_4 + "DROP TABLE trusted_key; DROP TABLE update_history; "
                       "DROP TABLE local_correction; PRAGMA user_version = 1;")
    conn.close()
    with Directory.open(data_dir) as directory:
        tables = {name for (name,) in directory.db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert {"trusted_key", "update_history"} <= tables
        assert directory.count("") == 47
    assert (data_dir / f"directory.db.before-schema-{len(migrations())}").exists()


def test_corrections_made_before_schema_4_are_kept_and_can_be_taken(data_dir) -> None:
    import sqlite3

    from referral_app.store.database import migrations, statements
    from referral_app.store.directory import Directory

    Directory.open(data_dir).close()
    conn = sqlite3.connect(data_dir / "directory.db")
    conn.execute("DROP TABLE local_correction")
    for statement in statements(dict(migrations())["0003_corrections"]):
        conn.execute(statement)
    conn.executemany("INSERT INTO local_correction (service_id, service_name, kind, new_value, "
                     "made_on, status) VALUES (?, 'Desk', 'verified', '2026-11-20', "
                     "'2026-11-20', ?)", [("s-1", "open"), ("s-2", "dropped")])
    conn.executescript(AFTER_SCHEMA_4 + "ALTER TABLE trusted_key DROP COLUMN areas;")
    conn.execute("PRAGMA user_version = 3")
    conn.commit()
    conn.close()
    with Directory.open(data_dir) as directory:
        rows = directory.db.execute(
            "SELECT service_id, status FROM local_correction ORDER BY id").fetchall()
        assert rows == [("s-1", "open"), ("s-2", "dropped")]
        with directory.db.conn:
            directory.db.execute("UPDATE local_correction SET status = 'taken' WHERE id = 1")
        assert directory.db.execute("PRAGMA user_version").fetchone()[0] == len(migrations())


def test_a_laptop_updated_before_schema_5_keeps_each_publishers_version(data_dir) -> None:
    """Migration 0005: the versions applied so far become each key's own, and the history
    shows the trusted name instead of the one the file claimed."""
    import sqlite3

    from referral_app.store import updates
    from referral_app.store.directory import Directory

    Directory.open(data_dir).close()
    conn = sqlite3.connect(data_dir / "directory.db")
    conn.executescript(AFTER_SCHEMA_4 + "ALTER TABLE trusted_key DROP COLUMN areas; "
                       "ALTER TABLE local_correction DROP COLUMN taken_by;")
    conn.execute("INSERT INTO trusted_key (fingerprint, name, public_key, added) "
                 "VALUES ('aaaa', 'National coordinator', 'k', '2026-11-01')")
    conn.executemany(
        "INSERT INTO update_history (version, publisher, key_id, applied, added, updated, "
        "removed, unchanged, backup) VALUES (?, ?, ?, '2026-11-02', 0, 0, 0, 0, 'b.db')",
        [(6, "Claimed name", "aaaa"), (7, "Claimed name", "aaaa"), (3, "Gone", "bbbb")])
    conn.execute("PRAGMA user_version = 4")
    conn.commit()
    conn.close()
    with Directory.open(data_dir) as directory:
        assert updates.publisher_version(directory, "aaaa") == 7
        assert updates.publisher_version(directory, "bbbb") == 3
        assert [e.publisher for e in updates.history(directory)] == [  # the last first
            "Gone", "National coordinator", "National coordinator"]
        assert updates.trusted(directory)[0].areas == ()


def test_services_in_karachi_indexed_before_karachi_was_known_cover_its_districts(
        data_dir, tmp_path) -> None:
    import sqlite3

    from referral_app.store.directory import Directory
    from tests.conftest import write_json
    from tests.fixtures.services import page, service

    in_city = service("Karachi Legal Desk", area="Malir", district="Karachi", province="Sindh")
    by_area = service("Karachi Shelter Desk", area="Karachi")
    national = service("Karachi National Desk", district="Karachi", province="Sindh")
    with Directory.open(data_dir) as directory:
        directory.import_file(write_json(tmp_path / "k.json", page(in_city, by_area, national)))
    conn = sqlite3.connect(data_dir / "directory.db")
    conn.execute("DELETE FROM service_coverage WHERE place LIKE 'sd-%' AND place != "
                 "'sd-malir'")  # as indexed before Karachi was known
    # The migration that came with Karachi, run again on that older index (by its name, as its
    # number changes when migrations from other work land before it).
    from referral_app.store.database import statements

    (karachi_sql,) = [sql for name, sql in migrations() if name.endswith("karachi_coverage")]
    for statement in statements(karachi_sql):
        conn.execute(statement)
    conn.commit()
    conn.close()
    with Directory.open(data_dir) as directory:
        def covered(record):
            return sorted(p for (p,) in directory.db.execute(
                "SELECT place FROM service_coverage WHERE service_key = (SELECT key FROM "
                "service WHERE id = ?)", [record["id"]]))
        karachi = ["sd-karachi-central", "sd-karachi-east", "sd-karachi-south",
                   "sd-karachi-west", "sd-keamari", "sd-korangi", "sd-malir"]
        assert covered(in_city) == karachi and covered(by_area) == karachi
        assert covered(national) == ["pk"]
