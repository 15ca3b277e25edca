"""Expected problems while writing the directory are one sentence, and change nothing: another
import or update holding it, a number too large to keep, a full disk."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from referral_app.core import bundle
from referral_app.core.corrections import Correction
from referral_app.core.errors import DatabaseError, InvalidFileError
from referral_app.store import corrections, laptops, updates
from referral_app.store.directory import Directory
from referral_app.store.write_errors import BUSY
from tests.conftest import write_json
from tests.fixtures.services import page, service
from tests.store.helpers import KEY, PUBLIC, snapshot
from tests.store.test_updates import build

LAPTOP_PUB = bundle.public_key_text(bundle.new_private_key().public_key())


def _with_number(tmp_path: Path, field: str, digits: int) -> Path:
    record = service("Big Desk")
    if field == "schedules[0].interval":
        record["schedules"] = [{"id": "11111111-1111-4111-8111-111111111111",
                                "interval": "NUMBER"}]
    else:
        record[field] = "NUMBER"
    path = write_json(tmp_path / "big.json", page(record))
    path.write_text(path.read_text().replace('"NUMBER"', "9" * digits))
    return path


@pytest.mark.parametrize("field", ["minimum_age", "schedules[0].interval"])
@pytest.mark.parametrize("digits", [20, 5000])
def test_a_number_too_large_to_keep_names_its_record_and_field(directory, tmp_path, field,
                                                               digits) -> None:
    before = snapshot(directory)
    path = _with_number(tmp_path, field, digits)
    with pytest.raises(InvalidFileError) as refused:
        directory.import_file(path)
    assert str(refused.value) == (
        f"Nothing was imported: big.json, service {service('Big Desk')['id']} (record 1), "
        f"{field}: is a "
        f"number of {digits:,} digits, too large for the directory to keep.")
    assert snapshot(directory) == before


def test_the_largest_number_sqlite_keeps_is_taken(directory, tmp_path) -> None:
    record = service("Big Desk")
    record["schedules"] = [{"id": "11111111-1111-4111-8111-111111111111",
                            "interval": (1 << 63) - 1}]
    directory.import_file(write_json(tmp_path / "big.json", page(record)))
    assert directory.service(record["id"])["schedules"][0]["interval"] == (1 << 63) - 1


def _held(directory: Directory) -> sqlite3.Connection:
    """Another import or update, holding the directory's write lock."""
    other = sqlite3.connect(directory.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    directory.db.execute("PRAGMA busy_timeout = 50")
    return other


def test_a_second_import_meets_the_first_in_one_sentence(directory, tmp_path) -> None:
    before = snapshot(directory)
    other = _held(directory)
    try:
        with pytest.raises(DatabaseError) as refused:
            directory.import_file(write_json(tmp_path / "a.json", page(service("A Desk"))))
    finally:
        other.close()
    assert str(refused.value) == BUSY == ("Another import or update is running on this "
                                          "directory; wait for it to finish and try again.")
    assert snapshot(directory) == before


def test_an_update_meeting_an_import_is_one_sentence(tmp_path) -> None:
    with Directory.open(tmp_path / "coordinator") as coordinator:
        path = build(coordinator, tmp_path, 1)
    with Directory.open(tmp_path / "laptop") as laptop:
        updates.trust(laptop, PUBLIC, "Coordinator", "key.pub")
        checked = updates.check(laptop, path)
        before = snapshot(laptop)
        other = _held(laptop)
        try:
            with pytest.raises(DatabaseError, match=f"^{BUSY}$"):
                updates.apply(laptop, checked)
        finally:
            other.close()
        assert snapshot(laptop) == before
        assert updates.history(laptop) == []
    assert KEY is not None


def _fill_the_disk(directory: Directory) -> None:
    """As a full disk does: SQLite can add no page to the file."""
    (pages,) = directory.db.execute("PRAGMA page_count").fetchone()
    directory.db.execute(f"PRAGMA max_page_count = {pages}")


def _big_import(directory: Directory, tmp_path: Path) -> object:
    records = [service(f"Desk {n}", description="x" * 2000) for n in range(40)]
    return directory.import_file(write_json(tmp_path / "many.json", page(*records)))


WRITES: dict[str, Callable[[Directory, Path], object]] = {
    "import": _big_import,
    "trust": lambda d, _t: updates.trust(d, LAPTOP_PUB, "X" * 300, "key.pub"),
    "register a laptop": lambda d, _t: laptops.register(d, LAPTOP_PUB, "L" * 300, "l.pub"),
    "corrections": lambda d, _t: [corrections.record(d, Correction(
        "s-1", "Desk", "hours", "", "h" * 1999, note="n" * 1999)) for _ in range(100)],
    "set_info": lambda d, _t: d.set_info(version="1", source="s" * 5000, date="d" * 5000),
}


# Rows that fill a table's own pages first, where a write is too small to need a new page.
FILL_FIRST = {
    "trust": "INSERT INTO trusted_key (fingerprint, name, public_key, added, areas) "
             "VALUES (hex(randomblob(8)), 'x', 'k', '', '')",
    "register a laptop": "INSERT INTO registered_laptop (fingerprint, name, public_key, added) "
                         "VALUES (hex(randomblob(8)), hex(randomblob(8)), 'k', '')",
}


@pytest.mark.parametrize("write", list(WRITES))
def test_a_full_disk_is_one_sentence_and_changes_nothing(directory, tmp_path, write) -> None:
    # fill what room is left in the file's last pages first
    directory.db.execute("CREATE TABLE filler (x)")
    _fill_the_disk(directory)
    for fill in ("INSERT INTO filler VALUES (randomblob(500))",
                 "INSERT INTO filler VALUES (randomblob(40))", FILL_FIRST.get(write)):
        try:
            while fill:
                directory.db.execute(fill)
        except sqlite3.OperationalError:
            pass
    before = snapshot(directory), directory.info()
    with pytest.raises(DatabaseError, match=r"^The disk holding .* is full; nothing was "
                                            r"(imported|changed)\. Free some space and try "
                                            r"again\.$"):
        WRITES[write](directory, tmp_path)
    assert (snapshot(directory), directory.info()) == before
    assert not directory.db.conn.in_transaction


def test_an_import_sees_what_another_committed_while_it_waited(directory, tmp_path) -> None:
    """Two imports at once: the second waits for the first's write lock, then must work on
    what the first committed (it read the stored records before waiting, and gave a new
    service a number already taken: 'constraint failed')."""
    from referral_app.core.hsds_files import read_records
    from referral_app.store.importer import Importer

    waiting = Importer(directory.db, "a.json", skip_invalid=False, dry_run=False)
    directory.import_file(write_json(tmp_path / "b.json", page(service("Desk B"))))
    a = write_json(tmp_path / "a.json", page(service("Desk A")))
    report = waiting.run(read_records(a))
    assert report.added == 1
    assert {s.name for s in directory.search("desk")} >= {"Desk A", "Desk B"}
