import json
import zipfile
from pathlib import Path

import pytest

from referral_app.core import bundle
from referral_app.core.errors import InvalidFileError, UserError
from referral_app.store import updates
from referral_app.store.directory import Directory
from tests.conftest import write_json
from tests.fixtures.services import page, service
from tests.store.helpers import KEY, snapshot


def build(coordinator, tmp_path, version, previous=None, name=None) -> Path:
    out = tmp_path / (name or f"v{version}.zip")
    updates.build(coordinator, KEY, "Coordinator", version, out, previous)
    return out


def apply(laptop, path, **options):
    return updates.apply(laptop, updates.check(laptop, path), **options)


def test_keys_round_trip_and_a_wrong_passphrase_is_refused() -> None:
    data = bundle.private_key_file(KEY, "long enough phrase")
    assert b"ENCRYPTED" in data
    loaded = bundle.load_private_key(data, "long enough phrase", "k")
    assert bundle.fingerprint(loaded.public_key()) == bundle.fingerprint(KEY.public_key())
    with pytest.raises(UserError, match="cannot be opened with that passphrase"):
        bundle.load_private_key(data, "wrong", "k")
    with pytest.raises(UserError, match="not a Referral App public key"):
        bundle.parse_public_key("ssh-rsa AAAA", "k.pub")


def test_an_update_adds_changes_and_removes(coordinator, laptop, tmp_path) -> None:
    extra = page(service("Extra Desk"), service("Gone Desk"))
    coordinator.import_file(write_json(tmp_path / "x.json", extra))
    first = build(coordinator, tmp_path, 1)
    report = apply(laptop, first)
    assert (report.added, report.unchanged) == (2, 47)
    assert laptop.info()["version"] == "1"
    gone = service("Gone Desk")["id"]
    changed = service("Extra Desk", phone="0311-1111111")
    coordinator.import_file(write_json(tmp_path / "y.json", page(changed)))
    _remove(coordinator, gone)
    second = build(coordinator, tmp_path, 2, previous=first)
    manifest = updates.check(laptop, second).manifest
    assert manifest.removed["services"] == [gone] and manifest.built_from == 1
    report = apply(laptop, second)
    assert (report.updated, report.removed) == (1, 1)
    assert "Gone Desk" not in [s.name for s in laptop.search("gone desk")]
    assert laptop.search("extra desk")[0].phones == ("0311-1111111",)
    assert [h.version for h in updates.history(laptop)] == [2, 1]


def _remove(directory: Directory, service_id: str) -> None:
    from referral_app.store.importer import Importer

    Importer(directory.db, "t", skip_invalid=False, dry_run=False).run([], {"services":
                                                                          [service_id]})


def test_undo_brings_back_the_directory_exactly(coordinator, laptop, tmp_path) -> None:
    before = snapshot(laptop)
    coordinator.import_file(write_json(tmp_path / "x.json", page(service("New Desk"))))
    apply(laptop, build(coordinator, tmp_path, 1))
    assert snapshot(laptop) != before
    updates.undo_last(laptop)
    assert snapshot(laptop) == before
    assert updates.history(laptop) == [] and laptop.search("new desk") == []
    with pytest.raises(UserError, match="nothing to undo"):
        updates.undo_last(laptop)


def test_an_applied_and_an_undone_update_reach_the_database_file(coordinator, laptop, tmp_path):
    """Both leave their pages in the write-ahead log and have them copied in the background."""
    import shutil
    import sqlite3

    from referral_app.store.database import wait_for_checkpoints

    def services_in_the_file_alone() -> int:
        wait_for_checkpoints(laptop.path)
        shutil.copy(laptop.path, tmp_path / "alone.db")
        alone = sqlite3.connect(tmp_path / "alone.db")
        try:
            return int(alone.execute("SELECT count(*) FROM service").fetchone()[0])
        finally:
            alone.close()

    before = services_in_the_file_alone()
    coordinator.import_file(write_json(tmp_path / "x.json", page(service("New Desk"))))
    apply(laptop, build(coordinator, tmp_path, 1))
    assert services_in_the_file_alone() == before + 1
    updates.undo_last(laptop)
    assert services_in_the_file_alone() == before


def test_a_dry_run_previews_and_changes_nothing(coordinator, laptop, tmp_path) -> None:
    coordinator.import_file(write_json(tmp_path / "x.json", page(service("New Desk"))))
    before = snapshot(laptop)
    report = apply(laptop, build(coordinator, tmp_path, 1), dry_run=True)
    assert report.added == 1 and snapshot(laptop) == before


def _rewrite(path: Path, out: Path, change) -> Path:
    with zipfile.ZipFile(path) as source:
        members = {name: source.read(name) for name in source.namelist()}
    change(members)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in members.items():
            target.writestr(name, data)
    return out


def _manifest_changed(members, **fields):
    manifest = json.loads(members["manifest.json"])
    manifest.update(fields)
    members["manifest.json"] = json.dumps(manifest).encode()


@pytest.mark.parametrize(("change", "message"), [
    (lambda m: m.__setitem__("services.json", m["services.json"].replace(b"1098", b"1099")),
     "does not match its manifest"),
    (lambda m: _manifest_changed(m, publisher="Someone else"), "changed after it was signed"),
    (lambda m: m.pop("manifest.sig"), "has no manifest.sig"),
    (lambda m: m.__setitem__("manifest.sig", b"bm90IGEgc2lnbmF0dXJl\n"),
     "changed after it was signed"),
    (lambda m: _manifest_changed(m, format=99), "newer version of Referral App"),
    (lambda m: _manifest_changed(m, version=10**30), r"wrong field \(version\)"),
    (lambda m: m.__setitem__("manifest.json", b"[" * 100_000),
     "manifest is not readable|zip bomb"),
    (lambda m: m.__setitem__("manifest.json", b"\xff\xfe"), "manifest is not readable"),
    (lambda m: m.pop("services.json"), "does not hold it"),
])
def test_a_tampered_or_broken_bundle_is_refused(coordinator, laptop, tmp_path, change,
                                                message) -> None:
    good = build(coordinator, tmp_path, 1)
    bad = _rewrite(good, tmp_path / "bad.zip", change)
    before = snapshot(laptop)
    with pytest.raises(InvalidFileError, match=message):
        apply(laptop, bad)
    assert snapshot(laptop) == before


def test_untrusted_and_older_bundles_are_refused(coordinator, laptop, tmp_path) -> None:
    first = build(coordinator, tmp_path, 1)
    apply(laptop, first)
    with pytest.raises(InvalidFileError, match="not newer than the installed version 1"):
        updates.check(laptop, first)
    updates.distrust(laptop, bundle.fingerprint(KEY.public_key()))
    second = build(coordinator, tmp_path, 2)
    with pytest.raises(InvalidFileError, match="does not trust"):
        updates.check(laptop, second)


def test_invalid_records_in_a_bundle_change_nothing(coordinator, laptop, tmp_path) -> None:
    good = build(coordinator, tmp_path, 1)

    def broken(members):
        data = json.loads(members["services.json"])
        data["contents"][0]["status"] = "maybe"
        members["services.json"] = json.dumps(data).encode()
        _rehash(members)

    bad = _rewrite(good, tmp_path / "bad.zip", broken)
    before = snapshot(laptop)
    with pytest.raises(InvalidFileError, match="status: must be one of"):
        apply(laptop, bad)
    assert snapshot(laptop) == before


def _rehash(members):
    """Re-sign after changing the payload: a coordinator who made a bad file."""
    manifest = json.loads(members["manifest.json"])
    manifest["files"]["services.json"] = bundle.sha256_of([members["services.json"]])
    data = json.dumps(manifest).encode()
    members["manifest.json"] = data
    members["manifest.sig"] = bundle.sign(data, KEY)


def test_a_removed_id_that_is_not_there_is_already_gone(coordinator, laptop, tmp_path) -> None:
    """An update lists every removal its publisher ever made: most are long gone here."""
    good = build(coordinator, tmp_path, 1)
    before = snapshot(laptop)

    def removes(members):
        manifest = json.loads(members["manifest.json"])
        manifest["removed"]["services"] = ["00000000-0000-4000-8000-000000000000"]
        data = json.dumps(manifest).encode()
        members["manifest.json"] = data
        members["manifest.sig"] = bundle.sign(data, KEY)

    report = apply(laptop, _rewrite(good, tmp_path / "r.zip", removes))
    assert report.warnings == [] and report.removed == 0
    assert snapshot(laptop) == before


def test_bad_zips_are_refused(laptop, tmp_path) -> None:
    traversal = tmp_path / "t.zip"
    with zipfile.ZipFile(traversal, "w") as archive:
        archive.writestr("../manifest.json", b"{}")
    with pytest.raises(InvalidFileError, match="leaves its folder"):
        updates.check(laptop, traversal)
    truncated = tmp_path / "cut.zip"
    truncated.write_bytes(b"PK\x03\x04" + b"\x00" * 20)
    with pytest.raises(InvalidFileError, match="not a readable zip"):
        updates.check(laptop, truncated)


def test_removing_a_service_with_its_organization_previews_and_applies(coordinator, laptop,
                                                                       tmp_path) -> None:
    coordinator.import_file(write_json(tmp_path / "x.json",
                                       page(service("Lonely Desk", org="Lonely Org"))))
    first = build(coordinator, tmp_path, 1)
    apply(laptop, first)
    desk = service("Lonely Desk", org="Lonely Org")
    removals = {"services": [desk["id"]], "organizations": [desk["organization"]["id"]]}
    from referral_app.store.importer import Importer

    Importer(coordinator.db, "t", skip_invalid=False, dry_run=False).run([], removals)
    second = build(coordinator, tmp_path, 2, previous=first)
    assert updates.check(laptop, second).manifest.removed["organizations"] == [
        desk["organization"]["id"]]
    assert apply(laptop, second, dry_run=True).removed == 1
    assert apply(laptop, second).removed == 1
    assert laptop.search("lonely") == []


def test_checking_before_applying_leaves_the_hashing_to_apply(coordinator, laptop, tmp_path,
                                                              monkeypatch) -> None:
    path = build(coordinator, tmp_path, 1)
    previewed = updates.check(laptop, path)
    hashed: list[str] = []
    real = bundle.sha256_of

    def counted(chunks):
        hashed.append("once more")
        return real(chunks)

    monkeypatch.setattr(bundle, "sha256_of", counted)
    again = updates.check(laptop, path, payload=False)
    assert hashed == [] and again.manifest == previewed.manifest
    updates.apply(laptop, again)
    assert laptop.stats().services > 0


def _checked_then_changed(coordinator, laptop, tmp_path, change=b"1099") -> tuple[
        Path, updates.CheckedBundle]:
    """A bundle checked, then given another number in services.json under the same signed
    manifest: only hashing can find the change."""
    path = build(coordinator, tmp_path, 1)
    checked = updates.check(laptop, path)
    _rewrite(path, tmp_path / "tampered.zip", lambda m: m.__setitem__(
        "services.json", m["services.json"].replace(b"1098", change)))
    (tmp_path / "tampered.zip").replace(path)
    return path, checked


def test_a_file_changed_after_the_preview_is_refused_when_applied(coordinator, laptop,
                                                                  tmp_path) -> None:
    path, _ = _checked_then_changed(coordinator, laptop, tmp_path)
    before = snapshot(laptop)
    with pytest.raises(InvalidFileError, match="does not match its manifest"):
        updates.apply(laptop, updates.check(laptop, path, payload=False))
    assert snapshot(laptop) == before


def test_trust_is_checked_again_before_applying(coordinator, laptop, tmp_path) -> None:
    path = build(coordinator, tmp_path, 1)
    previewed = updates.check(laptop, path)
    updates.distrust(laptop, previewed.manifest.key_id)
    with pytest.raises(InvalidFileError, match="does not trust"):
        updates.check(laptop, path, payload=False)


def test_bytes_that_differ_from_the_checked_ones_are_never_applied(coordinator, laptop,
                                                                   tmp_path) -> None:
    # Changed after the check (as if while it was read): apply hashes what it reads itself.
    _, checked = _checked_then_changed(coordinator, laptop, tmp_path)
    before = snapshot(laptop)
    for dry_run in (True, False):
        with pytest.raises(InvalidFileError, match="does not match its manifest"):
            updates.apply(laptop, checked, dry_run=dry_run)
    assert snapshot(laptop) == before
    assert updates.history(laptop) == []


def test_a_changed_file_is_called_changed_even_when_it_no_longer_reads(coordinator, laptop,
                                                                       tmp_path) -> None:
    # A number made invalid: the refusal says the file was changed, not that the data is bad.
    _, checked = _checked_then_changed(coordinator, laptop, tmp_path, change=b'1098", "x": [')
    before = snapshot(laptop)
    with pytest.raises(InvalidFileError, match="does not match its manifest"):
        updates.apply(laptop, checked)
    assert snapshot(laptop) == before


@pytest.mark.parametrize("damage", ["cut short", "not a database"])
def test_a_damaged_copy_from_an_earlier_version_is_one_sentence_and_changes_nothing(
        coordinator, laptop, tmp_path, damage) -> None:
    from tests.store.test_undo_record import applied_as_before

    coordinator.import_file(write_json(tmp_path / "x.json", page(service("New Desk"))))
    backup = applied_as_before(laptop, build(coordinator, tmp_path, 1))
    data = backup.read_bytes()
    backup.write_bytes(data[: len(data) // 2] if damage == "cut short" else b"garbage" * 1000)
    before = snapshot(laptop)
    with pytest.raises(UserError, match=r"before the last update "
                                         r"\(directory-before-[0-9a-f-]+-1.db\) is "
                                         "damaged, so the update cannot be undone; the "
                                         "directory is unchanged"):
        updates.undo_last(laptop)
    assert snapshot(laptop) == before
    assert laptop.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_corrections_the_update_carries_are_closed_when_it_is_applied(coordinator, laptop,
                                                                      tmp_path) -> None:
    from referral_app.core.corrections import Correction, local_service
    from referral_app.store import corrections
    from tests.fixtures.laptops import received, send

    desk = laptop.search("madadgaar")[0]
    made = [corrections.record(laptop, c) for c in (
        Correction(desk.id, desk.name, "verified", new_value="2026-11-28"),
        Correction(desk.id, desk.name, "number_not_working", old_value="1098"),
        Correction(desk.id, desk.name, "hours", "", "9 to 5"))]
    added = local_service("Women's desk", "District office", "061-1", "Multan", "legal",
                          "2026-11-27")
    corrections.add_local_service(laptop, added, "CW-1")
    sent = send(laptop, tmp_path / "fixes.json")
    corrections.accept(coordinator, received(coordinator, sent), "Test NGO", "fixes.json",
                       remove_dead_numbers=True)  # the coordinator called 1098
    update = build(coordinator, tmp_path, 1)

    preview = apply(laptop, update, dry_run=True)
    assert preview.corrections_taken == [] and len(corrections.open_corrections(laptop)) == 4
    report = apply(laptop, update)
    still_open = corrections.open_corrections(laptop)
    assert [c.kind for c in still_open] == ["hours"]  # written values wait for a person
    carried = [made[0].id, made[1].id, *(i for (i,) in laptop.db.execute(
        "SELECT id FROM local_correction WHERE kind = 'new_service'"))]
    assert sorted(report.corrections_taken) == sorted(carried)
    assert {status for (status,) in laptop.db.execute(
        "SELECT status FROM local_correction WHERE kind != 'hours'")} == {"taken"}
    assert laptop.service(added["id"]).get("alert") is None  # the coordinator's version
    # undone: the corrections it closed are open again, and the service added here is still
    # found (the directory from before the update had it as added here)
    updates.undo_last(laptop)
    assert sorted(c.id for c in corrections.open_corrections(laptop)) == sorted(
        [*carried, made[2].id])
    assert laptop.db.execute("SELECT count(*) FROM local_correction WHERE taken_by IS NOT "
                             "NULL").fetchone()[0] == 0
    assert added["id"] in {s.id for s in laptop.search("women's desk", limit=100)}


def test_a_service_added_here_after_an_update_stays_found_when_it_is_undone(
        coordinator, laptop, tmp_path) -> None:
    """The copy kept before the update has no such service: undo puts it back from the
    correction that keeps it, so the caseworker's service is not lost."""
    from referral_app.core.corrections import local_service
    from referral_app.store import corrections

    coordinator.import_file(write_json(tmp_path / "x.json", page(service("New Desk"))))
    apply(laptop, build(coordinator, tmp_path, 1))
    added = local_service("Women's desk", "District office", "061-1", "Multan", "legal",
                          "2026-11-27")
    corrections.add_local_service(laptop, added, "CW-1")
    updates.undo_last(laptop)
    assert added["id"] in {s.id for s in laptop.search("women's desk", limit=100)}
    assert [s.id for s in laptop.search("new desk")] == []  # the update is undone
    assert [c.kind for c in corrections.open_corrections(laptop)] == ["new_service"]


def test_services_added_here_are_put_back_in_the_same_step_as_the_undo(
        coordinator, laptop, tmp_path, monkeypatch) -> None:
    """If putting them back fails, the undo does not happen at all (before, the directory was
    already brought back and the caseworker's services were missing until the next undo)."""
    from referral_app.core.corrections import local_service
    from referral_app.store import corrections

    coordinator.import_file(write_json(tmp_path / "x.json", page(service("New Desk"))))
    apply(laptop, build(coordinator, tmp_path, 1))
    corrections.add_local_service(laptop, local_service(
        "Women's desk", "District office", "061-1", "Multan", "legal", "2026-11-27"), "CW-1")
    before = snapshot(laptop)

    def fails(directory) -> None:
        raise UserError("The disk is full; nothing changed.")

    monkeypatch.setattr(corrections, "keep_local_services", fails)
    with pytest.raises(UserError, match="disk is full"):
        updates.undo_last(laptop)
    assert snapshot(laptop) == before
    assert [s.name for s in laptop.search("new desk")] == ["New Desk"]  # still applied


def test_when_the_undo_record_cannot_be_written_the_update_is_one_sentence_and_changes_nothing(
        coordinator, laptop, tmp_path, monkeypatch) -> None:
    import sqlite3

    from referral_app.store import undo_record

    coordinator.import_file(write_json(tmp_path / "x.json", page(service("New Desk"))))
    update = build(coordinator, tmp_path, 1)
    before = snapshot(laptop)

    def full(conn, step) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(undo_record, "drop_older", full)
    with pytest.raises(UserError, match="The disk holding .* is full; nothing was changed"):
        apply(laptop, update)
    assert snapshot(laptop) == before
    assert updates.history(laptop) == []
    assert laptop.db.execute("SELECT count(*) FROM undo_change").fetchone()[0] == 0
