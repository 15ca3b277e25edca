import json
import sqlite3

import pytest

from referral_app.core import bundle
from referral_app.core.corrections import Correction, read_corrections_payload
from referral_app.core.errors import InvalidFileError, UserError
from referral_app.core.signed_corrections import read_signed_corrections
from referral_app.store import corrections, updates
from referral_app.store.directory import Directory
from tests.conftest import write_json
from tests.fixtures.laptops import LAPTOP, received, send
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
    assert corrections.export(directory, out, "CW-1", "Test NGO", LAPTOP) == 2
    data = json.loads(out.read_text())
    assert set(data) == {"format", "laptop_key", "key_id", "corrections", "signature"}
    assert set(json.loads(data["corrections"])) == {"sender", "organization", "corrections"}
    signed = read_signed_corrections(out.read_bytes(), "fixes.json")
    assert (signed.sender, signed.organization) == ("CW-1", "Test NGO")
    assert signed.key_id == bundle.fingerprint(LAPTOP.public_key())
    assert [c.kind for c in signed.corrections] == ["number_not_working", "verified"]


def test_bad_corrections_are_refused(directory, tmp_path) -> None:
    with pytest.raises(UserError, match="Write the corrected value"):
        corrections.record(directory, Correction("x", "Desk", "phone", new_value=" "))
    with pytest.raises(UserError, match="no corrections to send"):
        corrections.export(directory, tmp_path / "none.json", "", "", LAPTOP)
    with pytest.raises(InvalidFileError, match="not a corrections file"):
        read_corrections_payload(b'{"corrections": [{"kind": "explode"}]}', "f.json")
    with pytest.raises(InvalidFileError, match="not a corrections file"):
        read_signed_corrections(b"\xff", "f.json")


def test_a_correction_while_an_update_holds_the_directory_is_one_sentence(directory) -> None:
    desk = directory.search("madadgaar")[0]
    updating = sqlite3.connect(directory.path, isolation_level=None)
    updating.execute("BEGIN IMMEDIATE")  # as an update being applied does
    directory.db.execute("PRAGMA busy_timeout = 50")
    try:
        with pytest.raises(UserError, match="Another import or update is running"):
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
        out = send(laptop, tmp_path / "fixes.json")
    with Directory.open(tmp_path / "coordinator") as coordinator:
        return desk.id, added["id"], received(coordinator, out)


def test_a_coordinator_takes_corrections_in_once_with_a_copy_kept(tmp_path) -> None:
    from tests.store.helpers import snapshot

    desk_id, added_id, sent = _sent_from_a_laptop(tmp_path)
    with Directory.open(tmp_path / "coordinator") as coordinator:
        before = snapshot(coordinator)
        preview = corrections.accept(coordinator, sent, "Test NGO", "fixes.json",
                                     dry_run=True, remove_dead_numbers=True)
        assert snapshot(coordinator) == before and preview.backup is None
        done = corrections.accept(coordinator, sent, "Test NGO", "fixes.json",
                                  remove_dead_numbers=True)
        assert [c.kind for c in done.taken] == [c.kind for c in preview.taken] == [
            "verified", "number_not_working", "new_service"]
        assert [c.kind for c in done.by_hand] == ["phone"] and done.not_taken == []
        desk = coordinator.service(desk_id)
        assert (desk["last_verified"], desk["verified_by"]) == ("2026-11-28", "Test NGO")
        assert "1098" not in json.dumps(desk)
        added = coordinator.service(added_id)
        assert added is not None and "alert" not in added
        # Multan is read as a place: national services with a desk follow the Multan one
        assert coordinator.search("women's desk multan")[0].name == "Women's desk, Multan"
        assert coordinator.search("madadgaar")[0].last_verified == "2026-11-28"
        kept = Directory.reader(done.backup)  # the copy kept is the directory as it was
        assert snapshot(kept) == before
        kept.close()
        # the same file again takes in nothing, and says why for each
        after = snapshot(coordinator)
        again = corrections.accept(coordinator, sent, "Test NGO", "fixes.json",
                                   remove_dead_numbers=True)
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
    broken["phones"] = [{"id": "x", "number": "1"}]
    sent = [Correction(broken["id"], "Desk", "new_service", new_value=json.dumps(broken)),
            Correction(desk.id, desk.name, "verified", new_value="2026-11-28")]
    done = corrections.accept(directory, sent, "X", "fixes.json")
    assert [c.kind for c in done.taken] == ["verified"]
    assert done.not_taken[0][1].startswith("it cannot be added: phones[0].id must be a UUID")
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


def _attack(directory: Directory) -> list[Correction]:
    """The issue's file: every number of the directory 'not working', every service verified
    in 2099, and a made-up 'National ... Hotline' verified to 2099 with another number."""
    from referral_app.core.corrections import local_service

    sent = []
    for (service_id,) in directory.db.execute("SELECT id FROM service"):
        record = directory.service(service_id)
        sent.append(Correction(service_id, record["name"], "verified", new_value="2099-12-31"))
        for phone in record.get("phones", []):
            sent.append(Correction(service_id, record["name"], "number_not_working",
                                   old_value=phone["number"]))
    fake = local_service("National Trafficking in Persons (TIP) Hotline (FIA)", "FIA",
                         "0300-0000000", "Pakistan", "emergency", "2026-11-27")
    fake.update(last_verified="2099-12-31", verified_by="FIA")
    sent.append(Correction(fake["id"], fake["name"], "new_service", new_value=json.dumps(fake)))
    return sent


def test_the_issues_attack_file_rewrites_nothing(directory) -> None:
    from tests.store.helpers import snapshot

    before = snapshot(directory)
    sent = _attack(directory)
    done = corrections.accept(directory, sent, "Lahore desk 3", "attack.json")
    assert done.taken == [] and done.backup is None and snapshot(directory) == before
    dead = [c for c in sent if c.kind == "number_not_working"]
    assert len(dead) >= 29 and done.flagged == dead  # listed for the coordinator, all kept
    whys = {why for _, why in done.not_taken}
    assert "its date 2099-12-31 is in the future" in whys
    assert "it holds last_verified, verified_by, which a laptop does not send" in whys
    assert directory.service(sent[-1].service_id) is None  # no impostor


def test_a_number_reported_not_working_is_flagged_and_removed_only_when_asked(directory):
    desk = directory.search("madadgaar")[0]
    dead = Correction(desk.id, desk.name, "number_not_working", old_value="1098")
    flagged = corrections.accept(directory, [dead], "Lahore desk 3", "fixes.json")
    assert flagged.flagged == [dead] and flagged.taken == [] and flagged.backup is None
    assert directory.service(desk.id)["phones"][0]["number"] == "1098"
    removed = corrections.accept(directory, [dead], "Lahore desk 3", "fixes.json",
                                 remove_dead_numbers=True)
    assert removed.taken == [dead] and removed.flagged == []
    assert "1098" not in json.dumps(directory.service(desk.id))


def test_a_verification_in_the_future_is_refused(directory) -> None:
    from datetime import date

    desk = directory.search("madadgaar")[0]
    later = Correction(desk.id, desk.name, "verified", new_value="2026-12-01")
    done = corrections.accept(directory, [later], "X", "f.json", today=date(2026, 11, 29))
    assert done.taken == [] and done.not_taken == [(later, "its date 2026-12-01 is in the "
                                                           "future")]
    assert directory.service(desk.id).get("last_verified") != "2026-12-01"
    done = corrections.accept(directory, [later], "X", "f.json", today=date(2026, 12, 1))
    assert done.taken == [later]


@pytest.mark.parametrize("name", ["national trafficking in persons (TIP) HOTLINE",
                                  "Nätional Trafficking in Persons (TIP) Hotline"])
def test_an_added_service_named_like_one_the_directory_has_is_refused(directory, name):
    from referral_app.core.corrections import local_service

    look_alike = local_service(name, "FIA", "0300-0000000", "Pakistan", "emergency",
                               "2026-11-27")
    sent = Correction(look_alike["id"], name, "new_service", new_value=json.dumps(look_alike))
    done = corrections.accept(directory, [sent], "X", "f.json")
    assert done.taken == [] and done.not_taken[0][1] == (
        f"a service named {name} is in this directory already")
    assert directory.service(look_alike["id"]) is None


def test_two_added_services_with_one_name_take_in_only_the_first(directory) -> None:
    from referral_app.core.corrections import local_service

    twins = [local_service("Women's desk, Okara", "NGO", "", "Okara", "legal", "2026-11-27")
             for _ in range(2)]
    sent = [Correction(t["id"], t["name"], "new_service", new_value=json.dumps(t)) for t in twins]
    done = corrections.accept(directory, sent, "X", "f.json")
    assert done.taken == sent[:1] and done.not_taken[0][0] == sent[1]


@pytest.mark.parametrize(("change", "why"), [
    ({"description": "verified by FIA"}, "it holds description, which a laptop does not send"),
    ({"phones": [{"id": "p", "number": "1", "description": "x"}]},
     "its phones are not what a laptop sends"),
    ({"service_areas": [{"id": "a", "name": "Multan"}, {"id": "b", "name": "Lahore"}]},
     "its service_areas are not what a laptop sends"),
    ({"alert": "Verified by the coordinator"}, "its status is not what a laptop sends"),
    ({"status": "maybe"}, "its status is not what a laptop sends"),
    ({"name": " "}, "it has no name"),
    ({"attributes": []}, "its need is not what a laptop sends"),
    ({"source_date": "2099-01-01"}, "its date '2099-01-01' is not a date up to today"),
])
def test_an_added_service_holds_only_what_the_laptops_form_makes(directory, change, why):
    from referral_app.core.corrections import local_service

    added = local_service("Women's desk, Okara", "NGO", "049-1234567", "Okara", "legal",
                          "2026-11-27")
    added.update(change)
    sent = Correction(added["id"], added["name"], "new_service", new_value=json.dumps(added))
    done = corrections.accept(directory, [sent], "X", "f.json")
    assert done.taken == [] and done.not_taken == [(sent, why)]


def test_a_corrected_phone_is_kept_as_the_number_an_import_would_keep(directory) -> None:
    kept = corrections.record(directory, Correction("s-1", "Desk", "phone", "", "۱۱۲۲"))
    assert kept.new_value == "1122"
    assert [c.new_value for c in corrections.open_corrections(directory)] == ["1122"]
    with pytest.raises(UserError, match="direction control"):
        corrections.record(directory, Correction("s-1", "Desk", "phone", "", "1122\u202e"))
    assert len(corrections.open_corrections(directory)) == 1


TIP_NAME = "National Trafficking in Persons (TIP) Hotline"


@pytest.mark.parametrize("name", [
    TIP_NAME.replace("Traf", "Traf\u00ad"), TIP_NAME.replace(" ", "\u2060 ", 1),
    TIP_NAME.replace(" ", "\u2028", 1), TIP_NAME.replace(" ", " \u180e", 1),
    TIP_NAME.replace("(", "\u061c("), TIP_NAME + "\u3000", TIP_NAME.replace(" ", "  "),
    TIP_NAME.replace(" ", " \u3164", 1), TIP_NAME.replace(" ", " \uffa0", 1),
    TIP_NAME.replace(" ", " \u115f", 1), TIP_NAME.replace(" ", " \u2800", 1),
    TIP_NAME.replace(" ", " \u17b5", 1), TIP_NAME.replace(" ", " \ufe0f", 1),
    TIP_NAME.replace("a", "\u0430", 1), TIP_NAME.replace("o", "\u043e"),
])
def test_an_added_service_named_like_one_with_invisible_letters_is_refused(directory, name):
    from referral_app.core.corrections import local_service

    look_alike = local_service("Placeholder", "FIA", "0300-0000000", "Pakistan", "emergency",
                               "2026-11-27")
    look_alike["name"] = name
    sent = Correction(look_alike["id"], name, "new_service", new_value=json.dumps(look_alike))
    done = corrections.accept(directory, [sent], "X", "f.json")
    assert done.taken == [] and done.not_taken[0][1].startswith("a service named ")
    assert directory.service(look_alike["id"]) is None
