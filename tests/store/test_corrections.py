import json
import sqlite3

import pytest

from referral_app.core import bundle
from referral_app.core.corrections import Correction, read_corrections_file
from referral_app.core.errors import InvalidFileError, UserError
from referral_app.store import corrections, updates
from referral_app.store.directory import Directory
from tests.conftest import write_json
from tests.fixtures.services import page, service


def test_corrections_are_kept_apart_and_exported_without_casework(directory, tmp_path) -> None:
    desk = directory.search("madadgaar")[0]
    corrections.record(directory, Correction(desk.id, desk.name, "number_not_working",
                                             old_value="1098", made_by="CW-1"))
    corrections.record(directory, Correction(desk.id, desk.name, "verified",
                                             new_value="2026-11-28", made_on="2026-11-28"))
    assert directory.search("madadgaar")[0].last_verified == "2026-11-28"
    assert directory.service(desk.id)["phones"][0]["number"] == "1098"  # published data intact
    out = tmp_path / "fixes.json"
    assert corrections.export(directory, out, "CW-1", "Test NGO") == 2
    data = json.loads(out.read_text())
    assert set(data) == {"format", "sender", "organization", "corrections"}
    sender, organization, received = read_corrections_file(out.read_bytes(), "fixes.json")
    assert (sender, organization) == ("CW-1", "Test NGO")
    assert [c.kind for c in received] == ["number_not_working", "verified"]


def test_bad_corrections_are_refused(directory, tmp_path) -> None:
    with pytest.raises(UserError, match="Write the corrected value"):
        corrections.record(directory, Correction("x", "Desk", "phone", new_value=" "))
    with pytest.raises(UserError, match="no corrections to send"):
        corrections.export(directory, tmp_path / "none.json", "", "")
    with pytest.raises(InvalidFileError, match="not a corrections file"):
        read_corrections_file(b'{"format": 1, "corrections": [{"kind": "explode"}]}', "f.json")
    with pytest.raises(InvalidFileError, match="not a corrections file"):
        read_corrections_file(b"\xff", "f.json")


def test_a_correction_while_an_update_holds_the_directory_is_one_sentence(directory) -> None:
    desk = directory.search("madadgaar")[0]
    updating = sqlite3.connect(directory.path, isolation_level=None)
    updating.execute("BEGIN IMMEDIATE")  # as an update being applied does
    directory.db.execute("PRAGMA busy_timeout = 50")
    try:
        with pytest.raises(UserError, match="busy with another change"):
            corrections.record(directory, Correction(desk.id, desk.name, "verified",
                                                     new_value="2026-11-28"))
    finally:
        updating.execute("ROLLBACK")
        updating.close()
    assert corrections.open_corrections(directory) == []


def test_an_update_never_overwrites_a_correction(tmp_path) -> None:
    key = bundle.new_private_key()
    with Directory.open(tmp_path / "coordinator") as coordinator:
        coordinator.import_file(write_json(tmp_path / "a.json", page(service("Desk A"))))
        first = tmp_path / "v1.zip"
        updates.build(coordinator, key, "C", 1, first)
        coordinator.import_file(write_json(tmp_path / "b.json",
                                           page(service("Desk A", phone="0300-9999999"))))
        second = tmp_path / "v2.zip"
        updates.build(coordinator, key, "C", 2, second)
    with Directory.open(tmp_path / "laptop") as laptop:
        updates.trust(laptop, bundle.public_key_text(key.public_key()), "C", "k")
        updates.apply(laptop, updates.check(laptop, first))
        desk = laptop.search("desk a")[0]
        corrections.record(laptop, Correction(desk.id, desk.name, "phone", "0300-0000000",
                                              "0300-1234567"))
        report = updates.apply(laptop, updates.check(laptop, second), dry_run=True)
        touched = [i for kind, i, _ in report.changed if kind == "updated"]
        assert [c.new_value for c in corrections.open_corrections(laptop, touched)] == [
            "0300-1234567"]
        updates.apply(laptop, updates.check(laptop, second))
        assert [c.new_value for c in corrections.open_corrections(laptop)] == ["0300-1234567"]


def _sent_from_a_laptop(tmp_path):
    """A caseworker's corrections file: a verification, a dead number, a written phone and
    a service added on the laptop."""
    from referral_app.core.corrections import local_service

    with Directory.open(tmp_path / "laptop") as laptop:
        desk = laptop.search("madadgaar")[0]
        for correction in (
                Correction(desk.id, desk.name, "verified", new_value="2026-11-28"),
                Correction(desk.id, desk.name, "number_not_working", old_value="1098"),
                Correction(desk.id, desk.name, "phone", "1098", "0800-12345")):
            corrections.record(laptop, correction)
        added = local_service("Women's desk, Multan", "District office", "061-1234567",
                              "Multan", "legal", "2026-11-27")
        corrections.add_local_service(laptop, added, "CW-1")
        out = tmp_path / "fixes.json"
        corrections.export(laptop, out, "CW-1", "Test NGO")
    return desk.id, added["id"], read_corrections_file(out.read_bytes(), "fixes.json")[2]


def test_a_coordinator_takes_corrections_in_once_with_a_copy_kept(tmp_path) -> None:
    from tests.store.helpers import snapshot

    desk_id, added_id, received = _sent_from_a_laptop(tmp_path)
    with Directory.open(tmp_path / "coordinator") as coordinator:
        before = snapshot(coordinator)
        preview = corrections.accept(coordinator, received, "Test NGO", "fixes.json",
                                     dry_run=True)
        assert snapshot(coordinator) == before and preview.backup is None
        done = corrections.accept(coordinator, received, "Test NGO", "fixes.json")
        assert [c.kind for c in done.taken] == [c.kind for c in preview.taken] == [
            "verified", "number_not_working", "new_service"]
        assert [c.kind for c in done.by_hand] == ["phone"] and done.not_taken == []
        desk = coordinator.service(desk_id)
        assert (desk["last_verified"], desk["verified_by"]) == ("2026-11-28", "Test NGO")
        assert "1098" not in json.dumps(desk)
        added = coordinator.service(added_id)
        assert added is not None and "alert" not in added
        assert [s.name for s in coordinator.search("women's desk multan")] == [
            "Women's desk, Multan"]
        assert coordinator.search("madadgaar")[0].last_verified == "2026-11-28"
        kept = Directory.reader(done.backup)  # the copy kept is the directory as it was
        assert snapshot(kept) == before
        kept.close()
        # the same file again takes in nothing, and says why for each
        after = snapshot(coordinator)
        again = corrections.accept(coordinator, received, "Test NGO", "fixes.json")
        assert again.taken == [] and again.backup is None and snapshot(coordinator) == after
        assert [why for _, why in again.not_taken] == [
            "the directory has it verified on that day or later",
            "the number 1098 is no longer listed", "it is already in this directory"]


def test_an_added_service_that_names_records_the_directory_has_is_not_taken(directory) -> None:
    from referral_app.core.corrections import local_service

    existing = directory.service(directory.search("madadgaar")[0].id)
    made_up = local_service("Desk", "NGO", "", "", "legal", "2026-11-27")
    made_up["organization"] = existing["organization"]  # would rename a real organization
    correction = Correction(made_up["id"], "Desk", "new_service",
                            new_value=json.dumps(made_up))
    done = corrections.accept(directory, [correction], "X", "fixes.json")
    assert done.taken == [] and done.not_taken[0][1] == "it is already in this directory"
    assert directory.service(made_up["id"]) is None


def test_an_added_service_with_a_bad_value_is_not_taken_and_the_rest_is(directory) -> None:
    from referral_app.core.corrections import local_service

    desk = directory.search("madadgaar")[0]
    broken = local_service("Desk", "NGO", "", "", "legal", "2026-11-27")
    broken["status"] = "maybe"
    received = [Correction(broken["id"], "Desk", "new_service", new_value=json.dumps(broken)),
                Correction(desk.id, desk.name, "verified", new_value="2026-11-28")]
    done = corrections.accept(directory, received, "X", "fixes.json")
    assert [c.kind for c in done.taken] == ["verified"]
    assert done.not_taken[0][1].startswith("it cannot be added: status must be one of")
    assert directory.service(broken["id"]) is None


def test_when_no_copy_can_be_kept_nothing_is_taken_in(directory, tmp_path) -> None:
    from tests.store.helpers import snapshot

    desk = directory.search("madadgaar")[0]
    (directory.path.parent / "backups").write_text("a file where the folder would go")
    before = snapshot(directory)
    with pytest.raises(UserError, match="Cannot keep a copy of the directory .* nothing was "
                                        "changed"):
        corrections.accept(directory, [Correction(desk.id, desk.name, "verified",
                                                  new_value="2026-11-28")], "X", "f.json")
    assert snapshot(directory) == before


def test_a_corrected_phone_is_kept_as_the_number_an_import_would_keep(directory) -> None:
    kept = corrections.record(directory, Correction("s-1", "Desk", "phone", "", "۱۱۲۲"))
    assert kept.new_value == "1122"
    assert [c.new_value for c in corrections.open_corrections(directory)] == ["1122"]
    with pytest.raises(UserError, match="direction control"):
        corrections.record(directory, Correction("s-1", "Desk", "phone", "", "1122\u202e"))
    assert len(corrections.open_corrections(directory)) == 1
