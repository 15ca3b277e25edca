"""A service a signed update holds exactly as it was last taken in is not read into records
again; what the update does is the same as when every service is read."""

import io

from referral_app.core.hsds_records import RecordReader
from referral_app.store import importer, updates
from referral_app.store.directory import Directory
from tests.conftest import write_json
from tests.fixtures.services import page, service
from tests.store.helpers import KEY, PUBLIC
from tests.store.test_undo_record import every_row


def laptop_at(folder) -> Directory:
    directory = Directory.open(folder)
    updates.trust(directory, PUBLIC, "Coordinator", "key.pub")
    return directory


def build(coordinator, tmp_path, version, previous=None):
    out = tmp_path / f"v{version}.zip"
    updates.build(coordinator, KEY, "Coordinator", version, out, previous)
    return out


def apply(laptop, path):
    return updates.apply(laptop, updates.check(laptop, path))


def two_versions(coordinator, tmp_path):
    """Version 1: the starter services and three desks; version 2: one desk changed."""
    desks = [service(f"Desk {n}", org=f"Organisation {n}") for n in "ABC"]
    coordinator.import_file(write_json(tmp_path / "a.json", page(*desks)))
    first = build(coordinator, tmp_path, 1)
    coordinator.import_file(write_json(tmp_path / "b.json", page(
        service("Desk B", org="Organisation B", phone="0300-0000009"))))
    return first, build(coordinator, tmp_path, 2, previous=first)


def counted(monkeypatch) -> list[str]:
    """The top-level objects read into records, from now on."""
    read: list[str] = []
    records = RecordReader.records

    def counting(self, where, obj):
        read.append(str(obj.get("name")))
        return records(self, where, obj)

    monkeypatch.setattr(RecordReader, "records", counting)
    return read


def test_only_the_changed_service_is_read_into_records(coordinator, tmp_path,
                                                         monkeypatch) -> None:
    first, second = two_versions(coordinator, tmp_path)
    with laptop_at(tmp_path / "laptop") as laptop:
        apply(laptop, first)
        read = counted(monkeypatch)
        report = apply(laptop, second)
        assert read == ["Desk B"]
        assert (report.updated, report.unchanged, report.added) == (1, 49, 0)
        assert [s.phones for s in laptop.search("desk", limit=10) if s.name == "Desk B"] == [
            ("0300-0000009",)]


def _without_skipping(monkeypatch) -> None:
    monkeypatch.setattr(importer, "read_digest", lambda text: "")


def _report(report):
    return (report.added, report.updated, report.removed, report.unchanged, report.left_count,
            report.claimed_count, report.changed)


def test_skipping_unchanged_services_gives_the_same_directory_and_report(
        coordinator, tmp_path, monkeypatch) -> None:
    first, second = two_versions(coordinator, tmp_path)
    results = []
    for skipping in (True, False):
        if not skipping:
            _without_skipping(monkeypatch)
        with laptop_at(tmp_path / f"laptop-{skipping}") as laptop:
            reports = [_report(apply(laptop, first)), _report(apply(laptop, second))]
            rows = every_row(laptop)
            rows["service"] = [row[:-1] for row in rows["service"]]  # all but read_digest
            rows.pop("update_history")  # when each was applied
            rows.pop("trusted_key")  # when the key was added
            text = io.StringIO()
            laptop.export_json(text)
            results.append((reports, rows, text.getvalue()))
    assert results[0] == results[1]


def test_an_organization_changed_here_since_is_read_again(coordinator, tmp_path) -> None:
    """An import here changed the organization a desk uses: the desk's text alone no longer
    says what is stored, so the next update reads it and puts the organization back."""
    first, second = two_versions(coordinator, tmp_path)
    desk = service("Desk A", org="Organisation A")
    with laptop_at(tmp_path / "laptop") as laptop:
        apply(laptop, first)
        (kept,) = laptop.db.execute("SELECT read_digest FROM service WHERE id = ?",
                                    [desk["id"]]).fetchone()
        assert kept != ""
        organization = desk["organization"]["id"]
        published = laptop.db.execute("SELECT description FROM organization WHERE id = ?",
                                      [organization]).fetchone()
        other = service("Other Desk", org="Organisation A")
        other["organization"]["description"] = "Changed on this laptop."
        laptop.import_file(write_json(tmp_path / "here.json", page(other)))
        assert laptop.db.execute("SELECT description FROM organization WHERE id = ?",
                                 [organization]).fetchone() == ("Changed on this laptop.",)
        assert laptop.db.execute("SELECT read_digest FROM service WHERE id = ?",
                                 [desk["id"]]).fetchone() == ("",)
        apply(laptop, second)
        assert laptop.db.execute("SELECT description FROM organization WHERE id = ?",
                                 [organization]).fetchone() == published
