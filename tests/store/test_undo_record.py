"""The undo record: an update keeps only the rows it changes, and undoing it gives back exactly
the directory from before it (every row, the exports byte for byte, the searches)."""

import io
import sqlite3
from pathlib import Path

import pytest

from referral_app.core.errors import UserError
from referral_app.store import plain_file, undo_record, updates
from referral_app.store.database import BACKUPS, keep_copy
from referral_app.store.directory import Directory
from tests.conftest import write_json
from tests.fixtures.services import page, service
from tests.store.helpers import KEY

# Tables whose bytes are not the directory's: the undo record itself, the window's kept
# figures (emptied by any change, worked out again), and the full-text indexes' segments
# (rebuilt from the same text, in another layout; the text is compared, and searches).
NOT_COMPARED = ("undo_change", "window_figure", "service_search_data", "service_search_idx",
                "service_name_search_data", "service_name_search_idx")
SEARCHES = ("desk", "legal", "gone", "extra", "new", "0311", "women")


def build(coordinator, tmp_path, version, previous=None) -> Path:
    out = tmp_path / f"v{version}.zip"
    updates.build(coordinator, KEY, "Coordinator", version, out, previous)
    return out


def apply(laptop, path):
    return updates.apply(laptop, updates.check(laptop, path))


def every_row(directory: Directory) -> dict[str, list[tuple]]:
    """Every row of every table (with its rowid where it has one), as stored."""
    found = {}
    for name, sql in directory.db.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'table'").fetchall():
        if name.startswith("sqlite_") or name in NOT_COMPARED or "VIRTUAL" in sql:
            continue
        rowid = "rowid, " if "WITHOUT ROWID" not in sql.upper() else ""
        found[name] = sorted(map(tuple, directory.db.execute(
            f"SELECT {rowid}* FROM {name}").fetchall()), key=repr)
    return found


def exported(directory: Directory, folder: Path) -> tuple[str, dict[str, bytes]]:
    text = io.StringIO()
    directory.export_json(text)
    directory.export_package(folder)
    return text.getvalue(), {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def searched(directory: Directory) -> list[list[str]]:
    return [[s.id for s in directory.search(word, limit=200)] for word in SEARCHES]


def state(directory: Directory, folder: Path):
    return every_row(directory), exported(directory, folder), searched(directory)


def _remove(directory: Directory, service_id: str) -> None:
    from referral_app.store.importer import Importer

    Importer(directory.db, "t", skip_invalid=False, dry_run=False).run(
        [], {"services": [service_id]})


def applied_as_before(laptop: Directory, update: Path) -> Path:
    """Apply ``update`` as an earlier version of the app did: a copy of the whole directory
    kept first and named in the history, no undo record. The copy."""
    backup = laptop.path.parent / BACKUPS / "directory-before-0a1b-1.db"
    keep_copy(laptop.db, backup)
    apply(laptop, update)
    with laptop.db.conn:
        laptop.db.execute("UPDATE update_history SET backup = ?, undo_step = NULL",
                          [str(backup)])
        laptop.db.execute("DELETE FROM undo_change")
    return backup


def two_versions(coordinator, tmp_path) -> tuple[Path, Path]:
    """Version 1 adds two services; version 2 changes one (its phone and its organization's
    description), removes the other and adds a third."""
    coordinator.import_file(write_json(tmp_path / "a.json", page(
        service("Extra Desk"), service("Gone Desk", org="Gone Organisation"))))
    first = build(coordinator, tmp_path, 1)
    changed = service("Extra Desk", phone="0311-1111111", languages=("Urdu", "Sindhi"))
    changed["organization"]["description"] = "Moved to a new building."
    coordinator.import_file(write_json(tmp_path / "b.json", page(changed,
                                                                 service("New Desk"))))
    _remove(coordinator, service("Gone Desk")["id"])
    return first, build(coordinator, tmp_path, 2, previous=first)


def test_undoing_an_update_that_adds_changes_and_removes_gives_back_every_byte(
        coordinator, laptop, tmp_path) -> None:
    first, second = two_versions(coordinator, tmp_path)
    apply(laptop, first)
    before = state(laptop, tmp_path / "before")
    report = apply(laptop, second)
    assert (report.added, report.updated, report.removed) == (1, 1, 1)
    assert state(laptop, tmp_path / "applied") != before
    updates.undo_last(laptop)
    assert state(laptop, tmp_path / "undone") == before
    assert laptop.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert [h.version for h in updates.history(laptop)] == [1]


def test_two_updates_undone_one_after_the_other_give_back_the_first_directory(
        coordinator, laptop, tmp_path) -> None:
    first, second = two_versions(coordinator, tmp_path)
    start = state(laptop, tmp_path / "start")
    apply(laptop, first)
    apply(laptop, second)
    updates.undo_last(laptop)
    updates.undo_last(laptop)
    # The starter services version 1 left as they were keep the fingerprint of their text in
    # it (it still says what they hold); every other column of every row is as it was.
    undone = state(laptop, tmp_path / "undone")
    fingerprints = [row[-1] for row in undone[0]["service"]]
    assert fingerprints.count("") == 0 and [row[-1] for row in start[0]["service"]] == [""] * 47
    for rows in (undone[0], start[0]):
        rows["service"] = [row[:-1] for row in rows["service"]]
    assert undone == start
    assert laptop.db.execute("SELECT count(*) FROM undo_change").fetchone()[0] == 0


def test_an_update_keeps_only_what_it_changes_and_no_copy_of_the_directory(
        coordinator, laptop, tmp_path) -> None:
    first, second = two_versions(coordinator, tmp_path)
    apply(laptop, first)
    recorded = laptop.db.execute("SELECT count(*) FROM undo_change").fetchone()[0]
    apply(laptop, second)
    (changes,) = laptop.db.execute(
        "SELECT count(*) FROM undo_change WHERE step = (SELECT max(step) FROM undo_change)"
    ).fetchone()
    assert 0 < changes < recorded + 200  # the rows of three services, not of all 49
    assert not (laptop.path.parent / BACKUPS).exists()


def test_a_plain_file_taken_in_is_undone_to_the_same_bytes(laptop, tmp_path) -> None:
    desk = laptop.search("madadgaar")[0]
    before = state(laptop, tmp_path / "before")
    changed = service("Plain Desk")
    plain = write_json(tmp_path / "plain.json", page(changed))
    report = plain_file.take_in(laptop, plain)
    assert report.added == 1 and desk.id in {s.id for s in laptop.search("madadgaar")}
    assert updates.undo_last(laptop).publisher == "plain.json"
    assert state(laptop, tmp_path / "undone") == before


def test_a_removed_services_key_is_not_given_again_so_its_undo_can_bring_it_back(
        coordinator, laptop, tmp_path) -> None:
    """Version 2 removes the service with the highest key; a service added here afterwards
    gets a new key, so undoing version 2 brings the removed one back beside it."""
    from referral_app.core.corrections import local_service
    from referral_app.store import corrections

    coordinator.import_file(write_json(tmp_path / "a.json", page(service("Gone Desk"))))
    first = build(coordinator, tmp_path, 1)
    gone = service("Gone Desk")["id"]
    _remove(coordinator, gone)
    second = build(coordinator, tmp_path, 2, previous=first)
    apply(laptop, first)
    (highest,) = laptop.db.execute(
        "SELECT max(key) FROM (SELECT key FROM service UNION ALL SELECT key FROM location "
        "UNION ALL SELECT key FROM organization)").fetchone()
    assert laptop.db.execute("SELECT key FROM service WHERE id = ?", [gone]).fetchone() == (
        highest,)
    apply(laptop, second)
    assert laptop.service(gone) is None
    added = local_service("Women's desk", "District office", "061-1", "Multan", "legal",
                          "2026-11-27")
    corrections.add_local_service(laptop, added, "CW-1")
    (key,) = laptop.db.execute("SELECT key FROM service WHERE id = ?", [added["id"]]).fetchone()
    assert key > highest
    updates.undo_last(laptop)
    assert laptop.service(gone) is not None
    assert added["id"] in {s.id for s in laptop.search("women's desk", limit=100)}
    # a key names one record (the rows it owns are found by it): none is given twice
    assert laptop.db.execute(
        "SELECT key FROM (SELECT key FROM service UNION ALL SELECT key FROM location "
        "UNION ALL SELECT key FROM organization) GROUP BY key HAVING count(*) > 1"
    ).fetchall() == []
    assert laptop.db.execute("PRAGMA foreign_key_check").fetchall() == []
    # the rows of the service added here took rowids the removed service's rows had; those
    # rows are back where version 1's record names them, so it is undone exactly too
    mine = laptop.service(added["id"])
    updates.undo_last(laptop)
    assert laptop.service(gone) is None
    assert laptop.service(added["id"]) == mine


def test_an_update_from_an_earlier_version_is_undone_from_its_copy(coordinator, laptop,
                                                                  tmp_path) -> None:
    first, _ = two_versions(coordinator, tmp_path)
    before = state(laptop, tmp_path / "before")
    applied_as_before(laptop, first)
    updates.undo_last(laptop)
    assert state(laptop, tmp_path / "undone") == before


def test_only_the_last_updates_keep_their_record(coordinator, laptop, tmp_path,
                                                 monkeypatch) -> None:
    monkeypatch.setattr(undo_record, "KEPT_STEPS", 1)
    first, second = two_versions(coordinator, tmp_path)
    apply(laptop, first)
    apply(laptop, second)
    updates.undo_last(laptop)
    after_one_undo = every_row(laptop)
    with pytest.raises(UserError, match="record of what the last update changed is no longer "
                                        "kept .* the directory is unchanged"):
        updates.undo_last(laptop)
    assert every_row(laptop) == after_one_undo


def test_a_row_in_the_way_of_the_undo_is_one_sentence_and_changes_nothing(
        coordinator, laptop, tmp_path) -> None:
    """Something written since the update (here by hand) that the undo cannot put back around:
    the undo is refused whole."""
    first, second = two_versions(coordinator, tmp_path)
    apply(laptop, first)
    apply(laptop, second)
    # a service with the removed service's id, written by another program
    laptop.db.execute("INSERT INTO service (key, id, name, digest, sort_name) VALUES (999999, ?, "
                      "'In the way', '', 'in the way')", [service("Gone Desk")["id"]])
    before = every_row(laptop)
    with pytest.raises(UserError, match="changed since the last update in a way that stands "
                                        "in the way of undoing it .* the directory is "
                                        "unchanged"):
        updates.undo_last(laptop)
    assert every_row(laptop) == before


def test_every_table_an_update_changes_fits_the_undo_record(laptop) -> None:
    recorded = {table.name for table in undo_record.tables(laptop.db.conn)}
    assert {"service", "organization", "location", "phone", "service_need",
            "service_search_content", "update_history", "service_owner"} <= recorded
    assert not recorded & {"trusted_key", "local_correction", "undo_change", "window_figure"}


def test_a_failure_while_the_record_is_written_leaves_the_directory_as_it_was(
        coordinator, laptop, tmp_path) -> None:
    first, _ = two_versions(coordinator, tmp_path)
    before = every_row(laptop)
    laptop.db.execute("CREATE TEMP TRIGGER fails BEFORE INSERT ON main.undo_change "
                      "WHEN NEW.tbl = 'phone' BEGIN SELECT RAISE(ABORT, 'cannot write'); END")
    with pytest.raises(sqlite3.IntegrityError, match="cannot write"):
        apply(laptop, first)
    laptop.db.execute("DROP TRIGGER temp.fails")
    assert every_row(laptop) == before
    assert updates.history(laptop) == []


def test_a_record_written_with_another_schema_is_not_used(coordinator, laptop,
                                                          tmp_path) -> None:
    """After the app is upgraded and the directory migrated, the columns a record was written
    with may no longer be the table's: that undo is refused, and nothing changes."""
    first, _ = two_versions(coordinator, tmp_path)
    apply(laptop, first)
    laptop.db.execute("UPDATE update_history SET undo_schema = undo_schema - 1")
    before = every_row(laptop)
    with pytest.raises(UserError, match="made by another version of Referral App, so the "
                                        "update cannot be undone; the directory is unchanged"):
        updates.undo_last(laptop)
    assert every_row(laptop) == before


def test_a_service_with_no_fingerprint_changed_by_an_update_is_undone_exactly(
        coordinator, laptop, tmp_path) -> None:
    """The first update after an upgrade gives fingerprints to the services it leaves as they
    are, unrecorded; one it changes is recorded in full, and comes back exactly."""
    desk = coordinator.search("madadgaar")[0]
    record = coordinator.service(desk.id)
    assert record is not None
    coordinator.import_file(write_json(tmp_path / "a.json", page(dict(record, alert="Moved"))))
    before = state(laptop, tmp_path / "before")
    assert laptop.db.execute("SELECT read_digest FROM service WHERE id = ?",
                             [desk.id]).fetchone() == ("",)
    report = apply(laptop, build(coordinator, tmp_path, 1))
    assert report.updated == 1 and laptop.service(desk.id)["alert"] == "Moved"
    updates.undo_last(laptop)
    undone = state(laptop, tmp_path / "undone")
    changed = [row for row in undone[0]["service"] if row[2] == desk.id]
    assert changed == [row for row in before[0]["service"] if row[2] == desk.id]
    assert undone[1:] == before[1:]
