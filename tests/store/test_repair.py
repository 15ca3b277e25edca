"""A damaged directory is found (the full check is read), reported in one sentence, and
restored from the newest sound kept copy or the starter data; the damaged file is kept."""

from __future__ import annotations

import os
from datetime import datetime

import pytest

from referral_app.core import bundle
from referral_app.core.corrections import Correction
from referral_app.core.errors import DirectoryDamagedError, UserError
from referral_app.store import corrections, integrity, repair, updates
from referral_app.store.database import BACKUPS, DIRECTORY_FILE, keep_copy
from referral_app.store.directory import Directory
from tests.conftest import write_json
from tests.fixtures.damage import damage, damage_header
from tests.fixtures.services import page, service

KEY_PUB = bundle.public_key_text(bundle.new_private_key().public_key())


def test_a_damaged_index_passes_the_cheap_open_and_the_full_check_finds_it(data_dir) -> None:
    Directory.open(data_dir).close()
    damage(data_dir / DIRECTORY_FILE, "service_sort_name")
    with Directory.open(data_dir) as directory, \
            pytest.raises(DirectoryDamagedError, match="run 'referral-app repair'"):
        directory.verify()  # opening was cheap: it did not read every page
    with pytest.raises(DirectoryDamagedError):
        repair.check(data_dir)


def test_opening_does_not_read_the_whole_file(data_dir, monkeypatch) -> None:
    Directory.open(data_dir).close()

    def full_check(*_args: object) -> str:
        raise AssertionError("the full check ran at open")

    monkeypatch.setattr(integrity, "first_problem", full_check)
    Directory.open(data_dir).close()


@pytest.mark.parametrize("where", ["service", "header"])
def test_a_damaged_service_table_or_header_is_refused_at_open(data_dir, where) -> None:
    Directory.open(data_dir).close()
    path = data_dir / DIRECTORY_FILE
    damage(path, from_byte=0) if where == "service" else damage_header(path)
    with pytest.raises(DirectoryDamagedError, match=r"^directory.db in .* is damaged"):
        Directory.open(data_dir).close()


def _local_state(directory: Directory) -> None:
    updates.trust(directory, KEY_PUB, "Punjab coordinator", "key.pub")
    desk = directory.search("madadgaar")[0]
    corrections.record(directory, Correction(desk.id, desk.name, "verified",
                                             new_value="2026-11-28", made_on="2026-11-28"))


def test_repair_uses_the_newest_sound_copy_and_keeps_trust_and_corrections(data_dir, tmp_path
                                                                           ) -> None:
    with Directory.open(data_dir) as directory:
        directory.import_file(write_json(tmp_path / "a.json", page(service("Old Desk"))))
        good = data_dir / BACKUPS / "directory-before-1.db"
        keep_copy(directory.db, good)
        directory.import_file(write_json(tmp_path / "b.json", page(service("New Desk"))))
        newer = data_dir / BACKUPS / "directory-before-2.db"
        keep_copy(directory.db, newer)
        _local_state(directory)
    damage(newer, "service")  # the newest copy is damaged too: it is passed over
    os.utime(good, (1, 1))
    damage(data_dir / DIRECTORY_FILE, "service_sort_name")

    done = repair.repair(data_dir)

    assert done.restored_from == good
    assert done.kept_at == datetime.fromtimestamp(1)  # when it was kept, for the message
    assert done.kept == ["trusted_key", "local_correction", "registered_laptop", "released_key",
                         "built_version", "received_figures"]
    assert done.aside.name.startswith("directory.db.damaged-") and done.aside.exists()
    repair.check(data_dir)  # sound
    with Directory.open(data_dir) as directory:
        assert [s.name for s in directory.search("desk") if "Desk" in s.name] == ["Old Desk"]
        assert [t.name for t in updates.trusted(directory)] == ["Punjab coordinator"]
        assert [c.new_value for c in corrections.open_corrections(directory)] == ["2026-11-28"]
    assert newer.exists()  # nothing kept is deleted


def test_repair_without_a_sound_copy_rebuilds_the_starter(data_dir) -> None:
    with Directory.open(data_dir) as directory:
        _local_state(directory)
        starter = directory.stats().services
    path = data_dir / DIRECTORY_FILE
    damage_header(path)
    damaged_bytes = path.read_bytes()
    done = repair.repair(data_dir)
    assert done.restored_from is None
    assert done.lost == ["trusted_key", "local_correction", "registered_laptop", "released_key",
                         "built_version", "received_figures"]
    assert done.aside.read_bytes() == damaged_bytes
    with Directory.open(data_dir) as directory:
        assert directory.stats().services == starter
    assert not (data_dir / repair.BUILDING).exists()


def test_repair_while_the_window_reads_the_same_file(data_dir) -> None:
    """In the window other connections stay open: the restored pages are copied over the
    damaged file, and they read the restored directory."""
    Directory.open(data_dir).close()
    damage(data_dir / DIRECTORY_FILE, "service_sort_name")
    with Directory.open(data_dir) as directory:
        reader = Directory.reader(directory.path)
        done = repair.repair(data_dir, alone=False)
        assert done.aside.exists()
        directory.verify()
        assert reader.stats().services == directory.stats().services == 47
        reader.close()


def test_a_sound_directory_is_not_repaired(data_dir) -> None:
    Directory.open(data_dir).close()
    with pytest.raises(UserError, match="is not damaged; nothing was changed"):
        repair.repair(data_dir)
    assert sorted(p.name for p in data_dir.iterdir() if "damaged" in p.name) == []


def test_two_repairs_in_the_same_second_keep_both_damaged_files(data_dir) -> None:
    Directory.open(data_dir).close()
    asides = []
    for _ in range(2):
        damage_header(data_dir / DIRECTORY_FILE)
        asides.append(repair.repair(data_dir).aside)
    assert asides[0] != asides[1] and all(p.exists() for p in asides)


def test_an_update_applied_on_a_damaged_file_says_so(data_dir, tmp_path, monkeypatch) -> None:
    with Directory.open(data_dir) as directory:
        monkeypatch.setattr(integrity, "first_problem", lambda _conn: "page 7 is wrong")
        with pytest.raises(DirectoryDamagedError):
            directory.import_file(write_json(tmp_path / "a.json", page(service("A Desk"))))
        directory.import_file(write_json(tmp_path / "a.json", page(service("A Desk"))),
                              dry_run=True)  # a dry run writes nothing, so checks nothing


def test_a_repair_that_cannot_finish_leaves_the_damaged_file_where_it_was(data_dir,
                                                                          monkeypatch) -> None:
    Directory.open(data_dir).close()
    path = data_dir / DIRECTORY_FILE
    damage_header(path)
    damaged_bytes = path.read_bytes()

    def disk_full(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(repair.os, "replace", disk_full)
    with pytest.raises(UserError, match="No space left on device.*the damaged file is "
                                        "unchanged"):
        repair.repair(data_dir)
    assert path.read_bytes() == damaged_bytes
    assert [p.name for p in data_dir.iterdir() if "damaged-" in p.name] == []


def test_a_sound_directory_that_changed_is_copied_once_and_a_repair_brings_it_back(
        data_dir, tmp_path) -> None:
    """Updates keep no copy of the directory before they change it: a copy is kept when the
    full check finds it sound after a change, and a repair restores that one."""
    import time

    Directory.open(data_dir).close()
    repair.check(data_dir)
    first = repair.keep_sound_copy(data_dir)
    assert first is not None and first.parent == data_dir / BACKUPS
    assert repair.keep_sound_copy(data_dir) is None  # nothing changed since
    time.sleep(0.05)  # a change the file's time tells apart from the copy
    with Directory.open(data_dir) as directory:
        directory.import_file(write_json(tmp_path / "x.json", page(service("Kept Desk"))))
    repair.check(data_dir)
    second = repair.keep_sound_copy(data_dir)
    assert second is not None and not first.exists()  # the older one is replaced
    damage(data_dir / DIRECTORY_FILE, "service_sort_name")
    done = repair.repair(data_dir)
    assert done.restored_from == second
    with Directory.open(data_dir) as directory:
        assert [s.name for s in directory.search("kept desk")] == ["Kept Desk"]


def test_the_check_at_start_copies_the_directory_only_when_no_copy_is_kept(data_dir,
                                                                           tmp_path) -> None:
    """The window's check at start keeps a first copy, and none after: the file's time also
    moves when the window merely keeps its figures."""
    import time

    Directory.open(data_dir).close()
    first = repair.keep_sound_copy(data_dir, first=True)
    assert first is not None
    time.sleep(0.05)
    with Directory.open(data_dir) as directory:
        directory.import_file(write_json(tmp_path / "x.json", page(service("Kept Desk"))))
    assert repair.keep_sound_copy(data_dir, first=True) is None and first.exists()
    assert repair.keep_sound_copy(data_dir) is not None  # after a change: copied
