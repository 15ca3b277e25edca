import json
import os
import shutil
import sqlite3
import subprocess
import zipfile
from pathlib import Path

import pytest

from referral_app.core.errors import DatabaseError, DataFolderError, InvalidFileError
from referral_app.store import search_words
from referral_app.store.directory import Directory
from tests.conftest import HSDS, need_shared, write_json
from tests.fixtures.services import make_id, page, service
from tests.store.helpers import snapshot


def test_importing_the_official_example_then_searching_finds_it(directory: Directory) -> None:
    report = directory.import_file(need_shared(HSDS / "examples" / "service_full.json"))
    assert (report.added, report.updated, report.rejected) == (1, 0, 0)
    found = directory.search("community counsel")
    assert [s.name for s in found][:1] == ["Community Counselling"]


def test_importing_the_same_file_twice_changes_nothing(empty_directory, tmp_path) -> None:
    path = write_json(tmp_path / "p.json", page(service("A"), service("B")))
    first = empty_directory.import_file(path)
    before = snapshot(empty_directory)
    second = empty_directory.import_file(path)
    assert (first.added, second.added, second.updated, second.unchanged) == (2, 0, 0, 2)
    assert snapshot(empty_directory) == before


def test_a_changed_record_is_updated_never_duplicated(empty_directory, tmp_path) -> None:
    empty_directory.import_file(write_json(tmp_path / "1.json", page(service("A", phone="1121"))))
    changed = service("A", phone="1122")
    report = empty_directory.import_file(write_json(tmp_path / "2.json", page(changed)))
    assert (report.added, report.updated) == (0, 1)
    assert empty_directory.db.execute("SELECT count(*) FROM service").fetchone()[0] == 1
    assert empty_directory.db.execute("SELECT count(*) FROM phone").fetchone()[0] == 1
    assert empty_directory.search("A")[0].phones == ("1122",)
    assert empty_directory.search("1122")[0].name == "A"  # the index follows the change


def test_an_organization_change_reaches_the_index_of_its_services(empty_directory, tmp_path):
    empty_directory.import_file(write_json(tmp_path / "1.json", page(service("A", org="Old"))))
    renamed = service("A", org="Old")
    renamed["organization"]["name"] = "Renamed Trust"
    empty_directory.import_file(write_json(tmp_path / "2.json", page(renamed)))
    assert [s.organization for s in empty_directory.search("renamed")] == ["Renamed Trust"]


def _bad_inputs(tmp_path: Path) -> dict[str, Path]:
    good = service("Good")
    missing_org = service("Orphan")
    del missing_org["organization"]
    missing_org["organization_id"] = make_id("nowhere")
    missing_location = service("Lost")
    missing_location["service_at_locations"] = [{"id": make_id("sal"),
                                                 "location_id": make_id("no-location")}]
    cases = {
        "malformed": b'{"contents": [{"id": ',
        "wrong shape": json.dumps([1, 2, 3]).encode(),
        "wrong types": json.dumps(page(good, service("T") | {"name": ["x"]})).encode(),
        "null": json.dumps(page(good, service("N") | {"description": None})).encode(),
        "missing required": json.dumps(page(good, {"id": make_id("x"), "name": "x"})).encode(),
        "invalid uuid": json.dumps(page(good, service("U") | {"id": "1234"})).encode(),
        "duplicate ids": json.dumps(page(good, good)).encode(),
        "missing organization": json.dumps(page(good, missing_org)).encode(),
        "missing location": json.dumps(page(good, missing_location)).encode(),
        "invalid utf-8": b'{"contents": [{"name": "\xc3\x28"}]}',
    }
    paths = {}
    for name, data in cases.items():
        path = tmp_path / (name.replace(" ", "_") + ".json")
        path.write_bytes(data)
        paths[name] = path
    return paths


@pytest.mark.parametrize(
    "case",
    ["malformed", "wrong shape", "wrong types", "null", "missing required", "invalid uuid",
     "duplicate ids", "missing organization", "missing location", "invalid utf-8"],
)
def test_bad_input_is_refused_in_one_sentence_and_changes_nothing(directory, tmp_path, case):
    path = _bad_inputs(tmp_path)[case]
    before = snapshot(directory)
    with pytest.raises(InvalidFileError) as caught:
        directory.import_file(path)
    message = str(caught.value)
    assert "\n" not in message and message.endswith(".")
    assert path.name in message
    assert snapshot(directory) == before


def test_skip_invalid_imports_the_rest_and_reports_each_skipped(empty_directory, tmp_path):
    bad = service("Bad") | {"status": "maybe"}
    path = write_json(tmp_path / "p.json", page(service("Good"), bad))
    report = empty_directory.import_file(path, skip_invalid=True)
    assert (report.added, report.rejected) == (1, 1)
    assert [str(p) for p in report.problems] == [
        f"p.json, service {bad['id']} (record 2), status: must be one of: active, inactive, "
        "defunct, "
        'temporarily closed (found "maybe")'
    ]
    assert [s.name for s in empty_directory.search("")] == ["Good"]


def test_dry_run_counts_and_changes_nothing(empty_directory, tmp_path) -> None:
    before = snapshot(empty_directory)
    report = empty_directory.import_file(write_json(tmp_path / "p.json", page(service("A"))),
                                         dry_run=True)
    assert report.added == 1
    assert snapshot(empty_directory) == before


def test_progress_hears_the_services_read_so_far_and_the_total(empty_directory, tmp_path,
                                                               monkeypatch) -> None:
    monkeypatch.setattr("referral_app.store.importer.PROGRESS_EVERY", 2)
    path = write_json(tmp_path / "p.json", page(*(service(f"S{n}") for n in range(5))))
    heard: list[int] = []
    report = empty_directory.import_file(path, progress=heard.append)
    assert report.added == 5
    assert heard == [2, 4, 5]


def test_a_forward_reference_inside_the_file_resolves(empty_directory, tmp_path) -> None:
    org = {"id": make_id("late-org"), "name": "Late", "website": "https://late.example"}
    svc = service("Early")
    del svc["organization"]
    svc["organization_id"] = org["id"]
    report = empty_directory.import_file(write_json(tmp_path / "p.json", [svc, org]))
    assert report.added == 1 and not report.problems


def test_fifty_megabytes_of_junk_is_refused_quickly(directory, tmp_path) -> None:
    path = tmp_path / "junk.json"
    with path.open("wb") as file:
        for _ in range(50):
            file.write(b"\x00junk" * (1 << 18))
    before = snapshot(directory)
    with pytest.raises(InvalidFileError, match="junk.json"):
        directory.import_file(path)
    assert snapshot(directory) == before


# -- data packages ----------------------------------------------------------------------------

def _example_package(tmp_path: Path) -> Path:
    """The official CSV example, with the organization its location refers to added (the
    example leaves that reference dangling)."""
    folder = tmp_path / "package"
    shutil.copytree(need_shared(HSDS / "examples" / "csv"), folder)
    with (folder / "organizations.csv").open("a", encoding="utf-8") as file:
        file.write("985e4a42-bd9f-4edc-911d-0243a4640aca,Civic Centre Trust,,Owns the centre,"
                   ",,,,,,,,\n")
    return folder


def test_a_tabular_data_package_folder_imports(empty_directory, tmp_path) -> None:
    report = empty_directory.import_file(_example_package(tmp_path))
    assert (report.added, report.rejected) == (1, 0)
    # HSDS's example quotes its number; the quotes are not part of what is dialled
    assert empty_directory.search("counselling")[0].phones == ("+44 1234 234567",)


def test_a_zipped_data_package_imports(empty_directory, tmp_path) -> None:
    folder = _example_package(tmp_path)
    archive = tmp_path / "package.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zipped:
        for path in folder.iterdir():
            zipped.write(path, path.name)
    assert empty_directory.import_file(archive).added == 1


def test_the_official_package_as_published_is_refused_for_its_dangling_reference(
        empty_directory, tmp_path) -> None:
    with pytest.raises(InvalidFileError, match="refers to organization 985e4a42") as refused:
        empty_directory.import_file(need_shared(HSDS / "examples" / "csv"))
    # then the service that uses that location
    assert [p.position for p in refused.value.problems] == ["locations.csv line 2",
                                                            "services.csv line 2"]


def test_a_package_with_a_missing_column_or_file_is_refused(empty_directory, tmp_path):
    folder = _example_package(tmp_path)
    phones = folder / "phones.csv"
    lines = phones.read_text(encoding="utf-8").splitlines()
    phones.write_text("\n".join(line.split(",", 1)[1] for line in lines) + "\n",
                      encoding="utf-8")
    with pytest.raises(InvalidFileError, match="phones.csv has no column id"):
        empty_directory.import_file(folder)
    phones.unlink()
    with pytest.raises(InvalidFileError, match="lists phones.csv, which is not in the package"):
        empty_directory.import_file(folder)


# -- the database itself ----------------------------------------------------------------------

def test_a_corrupt_database_is_refused_with_a_plain_sentence(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    (data_dir / "directory.db").write_bytes(b"this is not a database" * 500)
    with pytest.raises(DatabaseError, match="damaged"):
        Directory.open(data_dir)


def test_a_database_from_a_newer_version_is_refused(data_dir: Path) -> None:
    Directory.open(data_dir).close()
    conn = sqlite3.connect(data_dir / "directory.db")
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    with pytest.raises(DatabaseError, match="newer version"):
        Directory.open(data_dir)


@pytest.fixture
def read_only_folder(tmp_path: Path):
    """A data folder holding a directory, then made read-only: a read-only mount when running
    as root (root ignores permission bits), else permission bits."""
    folder = tmp_path / "locked"
    folder.mkdir()
    as_root = os.geteuid() == 0
    if as_root:
        mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64m", "tmpfs", str(folder)],
                                 capture_output=True, check=False)
        if mounted.returncode:
            pytest.skip("cannot mount a read-only file system here")
    Directory.open(folder).close()
    if as_root:
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
    else:
        folder.chmod(0o555)
    try:
        yield folder
    finally:
        if as_root:
            subprocess.run(["umount", str(folder)], check=False)
        else:
            folder.chmod(0o755)


def test_a_read_only_data_folder_is_refused(read_only_folder: Path) -> None:
    before = (read_only_folder / "directory.db").read_bytes()
    with pytest.raises(DataFolderError, match="Cannot write to the data folder"):
        Directory.open(read_only_folder)
    assert (read_only_folder / "directory.db").read_bytes() == before


def test_a_data_folder_that_cannot_be_made_is_refused(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(DataFolderError, match="Cannot write to the data folder"):
        Directory.open(blocker / "data")


def test_a_failed_first_start_leaves_no_half_made_directory(data_dir, monkeypatch) -> None:
    from referral_app.store import directory as module

    monkeypatch.setattr(module, "STARTER_FILE", "missing.json")
    with pytest.raises(InvalidFileError):
        Directory.open(data_dir)
    assert not (data_dir / "directory.db").exists()


def test_the_database_is_wal_with_foreign_keys(directory: Directory) -> None:
    assert directory.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert directory.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_an_organization_with_nested_services_and_locations_imports(empty_directory) -> None:
    report = empty_directory.import_file(need_shared(HSDS / "examples" / "organization_full.json"))
    assert (report.added, report.rejected) == (1, 0)
    assert empty_directory.search("counselling")[0].organization == "Example Organization Inc."


def test_a_disk_that_fills_while_the_writer_thread_writes_changes_nothing(
        directory, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr("referral_app.store.importer.FLUSH_EVERY", 20)  # many batches
    path = write_json(tmp_path / "p.json", page(*(service(f"S{n}") for n in range(400))))
    before = snapshot(directory)
    pages = directory.db.execute("PRAGMA page_count").fetchone()[0]
    directory.db.execute(f"PRAGMA max_page_count = {pages + 40}")  # room for a few batches
    with pytest.raises(DatabaseError, match="disk holding .* is full; nothing was imported"):
        directory.import_file(path)
    assert snapshot(directory) == before
    directory.db.execute("PRAGMA max_page_count = 1073741823")
    assert directory.import_file(path).added == 400


def test_the_cycle_collector_is_back_after_an_import_that_worked_or_failed(
        empty_directory, tmp_path) -> None:
    import gc
    assert gc.isenabled()
    empty_directory.import_file(write_json(tmp_path / "p.json", page(service("A"))))
    assert gc.isenabled()
    with pytest.raises(InvalidFileError):
        empty_directory.import_file(write_json(tmp_path / "bad.json", {"contents": [5]}))
    assert gc.isenabled()


@pytest.fixture
def read_aside(monkeypatch):
    """Every JSON file is read in a second process, as a large one is."""
    monkeypatch.setattr("referral_app.core.directory_file._PEEK", 16)
    monkeypatch.setattr("referral_app.core.reading_process.LARGE_FILE", 0)


@pytest.mark.parametrize("case", ["malformed", "wrong types", "invalid uuid", "duplicate ids",
                                  "missing organization", "invalid utf-8"])
def test_a_file_read_in_a_second_process_is_refused_as_one_read_here(
        directory, tmp_path, monkeypatch, case) -> None:
    path = _bad_inputs(tmp_path)[case]
    before = snapshot(directory)
    with pytest.raises(InvalidFileError) as here:
        directory.import_file(path)
    monkeypatch.setattr("referral_app.core.directory_file._PEEK", 16)
    monkeypatch.setattr("referral_app.core.reading_process.LARGE_FILE", 0)
    with pytest.raises(InvalidFileError) as aside:
        directory.import_file(path)
    assert str(aside.value) == str(here.value)
    assert aside.value.problems == here.value.problems
    assert snapshot(directory) == before


def test_a_file_read_in_a_second_process_imports_skips_and_reimports_unchanged(
        empty_directory, tmp_path, read_aside) -> None:
    bad = service("Bad") | {"status": "maybe"}
    path = write_json(tmp_path / "p.json", page(service("Good"), service("Other"), bad))
    report = empty_directory.import_file(path, skip_invalid=True)
    assert (report.added, report.rejected) == (2, 1)
    assert [p.position for p in report.problems] == ["record 3"]
    assert [s.name for s in empty_directory.search("", order="name")] == ["Good", "Other"]
    again = empty_directory.import_file(path, skip_invalid=True)
    assert (again.added, again.updated, again.unchanged) == (0, 0, 2)


def test_an_import_does_not_wait_to_read_the_directorys_words(empty_directory, tmp_path,
                                                               monkeypatch) -> None:
    # The count of every service kept after an import has no words to spell: reading the
    # index's whole vocabulary for it took seconds at 100,000 services.
    read: list[object] = []
    real = search_words.read_words
    monkeypatch.setattr(search_words, "read_words", lambda conn: read.append(conn) or real(conn))
    empty_directory.import_file(write_json(tmp_path / "p.json", page(service("Kept Desk"))))
    assert not read
    assert empty_directory.count("") == 1 and not read
    assert [s.name for s in empty_directory.search("kept")] == ["Kept Desk"] and read


def test_an_import_that_fails_stops_the_process_reading_its_file(
        empty_directory, tmp_path, monkeypatch, read_aside) -> None:
    from referral_app.store.importer import Importer

    started: list[subprocess.Popen] = []
    popen = subprocess.Popen
    monkeypatch.setattr(subprocess, "Popen",
                        lambda *a, **k: started.append(popen(*a, **k)) or started[-1])

    def broken(self, record) -> None:
        raise RuntimeError("a failure while importing")

    monkeypatch.setattr(Importer, "_take", broken)
    path = write_json(tmp_path / "p.json", page(*(service(f"S{n}") for n in range(600))))
    try:
        empty_directory.import_file(path)
    except RuntimeError:  # while the error (and what it holds) is still alive
        (process,) = started
        assert process.poll() is not None
    else:
        raise AssertionError("the import did not fail")
    assert empty_directory.count("") == 0


def test_a_directory_that_holds_many_services_reads_a_large_file_here(
        empty_directory, tmp_path, monkeypatch, read_aside) -> None:
    # A re-import into a full directory mostly compares fingerprints: nothing to overlap.
    path = write_json(tmp_path / "p.json", page(*(service(f"S{n}") for n in range(3))))
    started: list[object] = []
    popen = subprocess.Popen
    monkeypatch.setattr(subprocess, "Popen", lambda *a, **k: started.append(a) or popen(*a, **k))
    assert empty_directory.import_file(path).added == 3
    assert len(started) == 1
    monkeypatch.setattr("referral_app.store.directory.FEW_SERVICES", 3)
    assert empty_directory.import_file(path).unchanged == 3
    assert len(started) == 1
