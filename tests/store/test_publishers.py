"""Several publishers on one laptop: each changes and removes only what it owns, has its own
versions, and is known by the name this laptop trusts it as."""

import copy

import pytest

from referral_app.core import bundle
from referral_app.core.corrections import Correction
from referral_app.core.errors import InvalidFileError, UserError
from referral_app.core.models import SearchFilters
from referral_app.store import corrections, updates
from referral_app.store.importer import Importer
from tests.fixtures.publishers import Publisher, apply, laptop_trusting, publishers
from tests.fixtures.services import make_id, service

TIP = "d87bd091-5b94-5bde-83eb-72a50dc83b00"  # the starter's national TIP hotline
LAHORE = service("Lahore Women's Desk", area="Lahore", phone="042-0000001")
MULTAN = service("Multan Legal Desk", area="Multan", phone="061-0000002")
KARACHI = service("Karachi Shelter Desk", area="Karachi", phone="021-0000003")


def with_phone(record, number):
    changed = copy.deepcopy(record)
    changed["phones"][0]["number"] = number
    return changed


def starter_record(publisher: Publisher, service_id: str):
    with publisher.directory() as directory:
        return directory.service(service_id)


def has(laptop, record) -> bool:
    return laptop.service(record["id"]) is not None


def phones(laptop, service_id):
    return [p["number"] for p in laptop.service(service_id)["phones"]]


@pytest.fixture
def coordinators(tmp_path):
    return publishers(tmp_path)


def test_a_publisher_cannot_change_or_remove_another_publishers_services(coordinators,
                                                                         tmp_path) -> None:
    national, punjab, _ = coordinators
    # Punjab's master directory is an old copy with the starter services in it
    punjab = Publisher(punjab.name, punjab.folder, starter=True, key=punjab.key)
    with laptop_trusting(tmp_path / "laptop", national, punjab) as laptop:
        # the national coordinator claims the starter TIP hotline by publishing it checked
        # (a starter service a file holds unchanged is claimed by no one)
        tip = starter_record(punjab, TIP)
        checked = copy.deepcopy(tip)
        checked["description"] = "Checked by the national coordinator."
        apply(laptop, national.publish(1, checked))
        first = punjab.publish(1, LAHORE, with_phone(tip, "0300-6666666"))
        report = apply(laptop, first)
        assert phones(laptop, TIP) == ["111-247-786"]
        assert (report.added, report.updated, report.left_count) == (1, 0, 1)
        assert [left.line() for left in report.left] == [
            f"left as published by National coordinator ({national.fingerprint}): "
            "National Trafficking in Persons (TIP) Hotline"]
        # Punjab takes the TIP hotline out of its copy: it is not removed here
        second = punjab.publish(2, remove=(TIP,), previous=first)
        assert TIP in updates.check(laptop, second).manifest.removed["services"]
        report = apply(laptop, second)
        assert report.removed == 0 and laptop.count("") == 47 + 1
        assert [(left.reason, left.key_id) for left in report.left] == [
            ("owned", national.fingerprint)]


def test_a_whole_directory_from_a_stale_copy_does_not_revert_anothers_fix(coordinators,
                                                                           tmp_path) -> None:
    national, punjab, _ = coordinators
    with laptop_trusting(tmp_path / "laptop", national, punjab) as laptop:
        apply(laptop, national.publish(1, MULTAN))
        # Punjab took a plain copy of the national directory (not signed: owned by no one)
        with national.directory() as directory, punjab.directory() as copy_:
            stale = tmp_path / "stale.json"
            with stale.open("w", encoding="utf-8") as out:
                directory.export_json(out)
            copy_.import_file(stale)
        apply(laptop, national.publish(2, with_phone(MULTAN, "061-0000009")))  # a fix
        report = apply(laptop, punjab.publish(1, LAHORE))  # "the whole directory"
        assert phones(laptop, MULTAN["id"]) == ["061-0000009"]
        assert report.added == 1 and [left.name for left in report.left] == [MULTAN["name"]]
        assert (report.left[0].publisher, report.left[0].key_id) == (
            "National coordinator", national.fingerprint)


def test_each_publisher_has_its_own_versions(coordinators, tmp_path) -> None:
    national, punjab, _ = coordinators
    with laptop_trusting(tmp_path / "laptop", national, punjab) as laptop:
        apply(laptop, national.publish(1))
        apply(laptop, punjab.publish(1, LAHORE))
        apply(laptop, punjab.publish(2, MULTAN))
        national_2 = national.publish(2, KARACHI)
        assert apply(laptop, national_2).added == 1  # Punjab's 2 does not block it
        with pytest.raises(InvalidFileError, match="not newer than the installed version 2 "
                                                   "from National coordinator"):
            updates.check(laptop, national_2)
        assert updates.publisher_version(laptop, punjab.fingerprint) == 2


def test_a_far_jump_in_versions_is_asked_for_first(coordinators, tmp_path) -> None:
    national, punjab, _ = coordinators
    with laptop_trusting(tmp_path / "laptop", national, punjab) as laptop:
        apply(laptop, national.publish(1))
        far = national.publish(9 * 10**18, LAHORE)
        with pytest.raises(updates.VersionJumpError, match="jumps from version 1 to version "
                                                           "9000000000000000000"):
            updates.check(laptop, far)
        assert updates.check(laptop, national.publish(1001)).manifest.version == 1001
        apply(laptop, far, accept_version_jump=True)
        assert has(laptop, LAHORE)  # it is in
        assert apply(laptop, punjab.publish(1, MULTAN)).added == 1  # others go on


def test_a_skipped_updates_removals_are_applied_by_the_next(coordinators, tmp_path) -> None:
    national, _, _ = coordinators
    with laptop_trusting(tmp_path / "laptop", national) as laptop:
        apply(laptop, national.publish(1, LAHORE, MULTAN, KARACHI))
        national.publish(2, remove=(LAHORE["id"],))  # this laptop never gets version 2
        third = national.publish(3, remove=(MULTAN["id"],))
        assert updates.check(laptop, third).manifest.removed["services"] == sorted(
            [LAHORE["id"], MULTAN["id"]])
        preview = apply(laptop, third, dry_run=True)
        assert sorted(preview.changed) == sorted([("removed", LAHORE["id"], LAHORE["name"]),
                                                  ("removed", MULTAN["id"], MULTAN["name"])])
        report = apply(laptop, third)
        assert report.removed == 2
        assert not has(laptop, LAHORE) and not has(laptop, MULTAN)
        assert has(laptop, KARACHI)


def test_a_removed_service_cannot_come_back_from_another_publisher(coordinators,
                                                                   tmp_path) -> None:
    national, punjab, _ = coordinators
    with laptop_trusting(tmp_path / "laptop", national, punjab) as laptop:
        first = national.publish(1, MULTAN)
        apply(laptop, first)
        with punjab.directory() as directory:  # an old plain copy of it
            directory.import_file(_plain(tmp_path, MULTAN))
        apply(laptop, national.publish(2, remove=(MULTAN["id"],)))
        report = apply(laptop, punjab.publish(1))
        assert not has(laptop, MULTAN)
        assert [(left.reason, left.name) for left in report.left] == [
            ("removed", MULTAN["name"])]


def _plain(tmp_path, *services):
    import json

    from tests.fixtures.services import page

    path = tmp_path / "plain.json"
    path.write_text(json.dumps(page(*services)), encoding="utf-8")
    return path


def test_a_key_trusted_for_an_area_changes_only_services_inside_it(coordinators,
                                                                   tmp_path) -> None:
    national, punjab, _ = coordinators
    punjab = Publisher(punjab.name, punjab.folder, starter=True, key=punjab.key)
    with laptop_trusting(tmp_path / "laptop", (punjab, ("Punjab",))) as laptop:
        assert updates.trusted(laptop)[0].areas == ("pb",)
        # the TIP hotline is no one's yet here, but it is national: not Punjab's to claim,
        # not even when the file says it now covers Punjab
        tip = with_phone(starter_record(punjab, TIP), "0300-6666666")
        tip["service_areas"][0]["name"] = "Punjab"
        report = apply(laptop, punjab.publish(1, LAHORE, KARACHI, tip))
        assert has(laptop, LAHORE) and not has(laptop, KARACHI)
        assert phones(laptop, TIP) == ["111-247-786"]
        assert {(left.name, left.reason) for left in report.left} >= {
            (KARACHI["name"], "outside"),
            ("National Trafficking in Persons (TIP) Hotline", "outside")}
        assert report.added == 1


def test_areas_are_named_through_the_geography(tmp_path) -> None:
    national, _, _ = publishers(tmp_path)
    with laptop_trusting(tmp_path / "laptop") as laptop:
        entry = updates.trust(laptop, national.public, "Sindh desk", "k.pub",
                              ["Nawabshah", "Karachi Central"])
        assert sorted(updates.area_names(laptop, entry)) == ["Karachi Central",
                                                             "Shaheed Benazirabad"]
        with pytest.raises(UserError, match="'Atlantis' is not a province, district or city "
                                            "this directory knows; 'referral-app trust areas' "
                                            "lists every name"):
            updates.trust(laptop, national.public, "Sindh desk", "k.pub", ["Atlantis"])


def test_a_city_of_several_districts_is_an_area_of_its_districts(coordinators,
                                                                 tmp_path) -> None:
    """Karachi is no district's name: trusted for Karachi means its seven districts, so the
    key publishes a service in Karachi (by its area or its address) and nothing in Lahore or
    Hyderabad."""
    _, _, sindh = coordinators
    with laptop_trusting(tmp_path / "laptop", (sindh, ("Karachi",))) as laptop:
        entry = updates.trusted(laptop)[0]
        assert sorted(updates.area_names(laptop, entry)) == [
            "Karachi Central", "Karachi East", "Karachi South", "Karachi West", "Keamari",
            "Korangi", "Malir"]
        in_city = service("Karachi Legal Desk", area="Malir", district="Karachi",
                          province="Sindh", phone="021-0000004")  # address: city Karachi
        hyderabad = service("Hyderabad Desk", area="Hyderabad", phone="022-0000005")
        report = apply(laptop, sindh.publish(1, KARACHI, in_city, LAHORE, hyderabad))
        assert has(laptop, KARACHI) and has(laptop, in_city)
        assert not has(laptop, LAHORE) and not has(laptop, hyderabad)
        assert sorted(left.name for left in report.left) == ["Hyderabad Desk",
                                                             "Lahore Women's Desk"]
        # a service for Karachi is found in each of its districts
        found = {x.id for x in laptop.search("", SearchFilters(district="Karachi East"))}
        assert KARACHI["id"] in found


def test_a_service_is_handed_over_only_by_its_owner(coordinators, tmp_path) -> None:
    national, punjab, _ = coordinators
    with laptop_trusting(tmp_path / "laptop", national, punjab) as laptop:
        apply(laptop, national.publish(1, MULTAN))
        with pytest.raises(UserError, match="only its owner can hand it over"):
            punjab.publish(1, hand_over={TIP: national.fingerprint})
        # Punjab cannot take it by itself
        with punjab.directory() as directory:
            directory.import_file(_plain(tmp_path, with_phone(MULTAN, "061-1111111")))
        report = apply(laptop, punjab.publish(2))
        assert report.left_count == 1 and phones(laptop, MULTAN["id"]) == ["061-0000002"]
        # the national coordinator offers it to Punjab: it stays national's until Punjab's
        # own signed file publishes it
        apply(laptop, national.publish(2, hand_over={MULTAN["id"]: punjab.fingerprint}))
        assert updates.publisher_of(laptop, MULTAN["id"]).fingerprint == national.fingerprint
        report = apply(laptop, punjab.publish(3))
        assert report.updated == 1 and phones(laptop, MULTAN["id"]) == ["061-1111111"]
        assert report.taken_over == [(MULTAN["id"], MULTAN["name"], national.name,
                                      national.fingerprint)]
        assert updates.publisher_of(laptop, MULTAN["id"]).fingerprint == punjab.fingerprint
        assert updates.offer_of(laptop, MULTAN["id"]) is None
        # and the national coordinator no longer publishes it, even changed in its copy
        third = national.publish(3, with_phone(MULTAN, "061-2222222"))
        assert updates.check(laptop, third).manifest.counts["services"] == 47
        apply(laptop, third)
        assert phones(laptop, MULTAN["id"]) == ["061-1111111"]


def test_history_shows_the_trusted_name_never_the_claimed_one(coordinators, tmp_path) -> None:
    national, _, _ = coordinators
    with laptop_trusting(tmp_path / "laptop", national) as laptop:
        apply(laptop, national.publish(1, claimed_name="Federal Investigation Agency"))
        entry = updates.history(laptop)[0]
        assert (entry.publisher, entry.key_id) == ("National coordinator", national.fingerprint)
        assert laptop.info()["source"] == "National coordinator"


def test_undo_keeps_the_trust_list_and_the_corrections_made_here(coordinators,
                                                                 tmp_path) -> None:
    national, punjab, _ = coordinators
    with laptop_trusting(tmp_path / "laptop", national) as laptop:
        apply(laptop, national.publish(1, LAHORE))
        # after the update: the national key is replaced by a new one, a correction is made
        replacement = Publisher("National coordinator (new key)", tmp_path / "national",
                                starter=True)
        updates.distrust(laptop, national.fingerprint)
        updates.trust(laptop, replacement.public, replacement.name, "new.pub", ["Punjab"])
        desk = laptop.search("madadgaar")[0]
        corrections.record(laptop, Correction(desk.id, desk.name, "verified",
                                              new_value="2026-11-28"))
        updates.undo_last(laptop)
        assert not has(laptop, LAHORE)
        assert [(k.name, k.areas) for k in updates.trusted(laptop)] == [
            ("National coordinator (new key)", ("pb",))]
        assert [c.service_id for c in corrections.open_corrections(laptop)] == [desk.id]
        with pytest.raises(InvalidFileError, match="does not trust"):
            updates.check(laptop, national.publish(2))  # the removed key stays removed


def test_undo_rolls_back_ownership_removals_and_the_publishers_version(coordinators,
                                                                       tmp_path) -> None:
    national, punjab, _ = coordinators
    with laptop_trusting(tmp_path / "laptop", national, punjab) as laptop:
        apply(laptop, national.publish(1, LAHORE))
        second = national.publish(2, remove=(LAHORE["id"],))
        apply(laptop, second)
        updates.undo_last(laptop)
        assert has(laptop, LAHORE) and updates.publisher_version(laptop,
                                                                 national.fingerprint) == 1
        assert apply(laptop, second).removed == 1  # the same file applies again


def test_an_undo_from_a_copy_of_another_schema_changes_nothing(coordinators,
                                                                tmp_path) -> None:
    """A copy kept by an earlier version of Referral App, made with an older schema."""
    import sqlite3

    from tests.store.test_undo_record import applied_as_before

    national, _, _ = coordinators
    with laptop_trusting(tmp_path / "laptop", national) as laptop:
        backup = applied_as_before(laptop, national.publish(1, LAHORE))
        old = sqlite3.connect(backup)
        old.execute("PRAGMA user_version = 4")
        old.commit()
        old.close()
        with pytest.raises(UserError, match="made by another version of Referral App"):
            updates.undo_last(laptop)
        assert has(laptop, LAHORE)


def test_a_stolen_key_is_stopped_and_its_services_go_to_the_new_key(coordinators,
                                                                    tmp_path) -> None:
    """A stolen Punjab key changes Punjab's own services until the laptop stops trusting it;
    then the coordinator's new key publishes them again, and the stolen key is refused."""
    national, punjab, _ = coordinators
    stolen = Publisher(punjab.name, tmp_path / "thief", key=punjab.key)
    with laptop_trusting(tmp_path / "laptop", national, (punjab, ("Punjab",))) as laptop:
        apply(laptop, national.publish(1, KARACHI))
        apply(laptop, punjab.publish(1, LAHORE))
        # the thief may change Punjab's own service, and nothing else
        apply(laptop, stolen.publish(2, with_phone(LAHORE, "0300-6666666"),
                                     with_phone(KARACHI, "0300-6666666")))
        assert phones(laptop, LAHORE["id"]) == ["0300-6666666"]
        assert phones(laptop, KARACHI["id"]) == ["021-0000003"]
        # the laptop stops trusting it and trusts the coordinator's new key
        updates.distrust(laptop, punjab.fingerprint)
        renewed = Publisher(punjab.name + " (new key)", punjab.folder)
        updates.trust(laptop, renewed.public, renewed.name, "new.pub", ["Punjab"])
        with pytest.raises(InvalidFileError, match="does not trust"):
            updates.check(laptop, stolen.publish(3))
        with renewed.directory() as directory:  # the coordinator releases the old key's
            updates.distrust(directory, punjab.fingerprint, release=True)
        report = apply(laptop, renewed.publish(1))
        assert report.updated == 1 and phones(laptop, LAHORE["id"]) == ["042-0000001"]
        with pytest.raises(UserError, match="No trusted publisher"):
            updates.distrust(laptop, punjab.fingerprint)  # nothing left to release


def test_an_organization_or_address_another_publisher_uses_is_left(coordinators,
                                                                   tmp_path) -> None:
    national, punjab, _ = coordinators
    mine = service("Multan Legal Desk", district="Multan", province="Punjab", org="Shared Org")
    with laptop_trusting(tmp_path / "laptop", national, punjab) as laptop:
        apply(laptop, national.publish(1, mine))
        theirs = service("Punjab Desk", area="Lahore", org="Shared Org")
        theirs["organization"]["description"] = "Rewritten by Punjab"
        moved = copy.deepcopy(mine)  # a stale copy of the national service, moved elsewhere
        address = moved["service_at_locations"][0]["location"]["addresses"][0]
        address["address_1"] = "2 Other Road"
        report = apply(laptop, punjab.publish(1, theirs, moved))
        assert has(laptop, theirs)  # its own service is added, with the organization as it is
        stored = laptop.service(mine["id"])
        assert stored["organization"]["description"] == ""
        location = stored["service_at_locations"][0]["location"]
        assert location["addresses"][0]["address_1"] == "1 Test Road"
        # both are the national key's (it added them): left as their owner published them
        assert sorted((left.table, left.reason) for left in report.left) == [
            ("location", "owned"), ("organization", "owned")]  # the service is unchanged


PLANT = service("National Trafficking in Persons (TIP) Hotline - Punjab", area="Lahore",
                phone="0300-6666666")


def test_a_file_offers_only_what_its_key_owned_here_before_it(coordinators,
                                                               tmp_path) -> None:
    """A Punjab file that adds a service and hands it to the national key in the same file
    (a plant) leaves it Punjab's, with no offer; an offer of a service it owned is recorded
    and shown, and the service stays Punjab's."""
    national, punjab, _ = coordinators
    with laptop_trusting(tmp_path / "laptop", national, punjab) as laptop:
        apply(laptop, national.publish(1))
        planted = punjab.publish(1, LAHORE, MULTAN, PLANT,
                                 hand_over={PLANT["id"]: national.fingerprint})
        assert apply(laptop, planted, dry_run=True).handed_over == []
        assert apply(laptop, planted).handed_over == []
        assert updates.publisher_of(laptop, PLANT["id"]).fingerprint == punjab.fingerprint
        assert updates.offer_of(laptop, PLANT["id"]) is None
        # to a key this laptop does not trust: shown by its fingerprint, and no offer here
        stranger = Publisher("Stranger", tmp_path / "stranger")
        report = apply(laptop, punjab.publish(2, hand_over={MULTAN["id"]: stranger.fingerprint}))
        # (version 2 carries the first offer again: Punjab owned the service here before
        # version 2, so it is recorded now, and shown; the service is still Punjab's)
        assert sorted(report.handed_over) == sorted([
            (PLANT["id"], PLANT["name"], national.name, national.fingerprint),
            (MULTAN["id"], MULTAN["name"], stranger.fingerprint, stranger.fingerprint)])
        assert updates.publisher_of(laptop, PLANT["id"]).fingerprint == punjab.fingerprint
        assert updates.offer_of(laptop, PLANT["id"]) == (punjab.name, national.name)
        assert updates.offer_of(laptop, MULTAN["id"]) is None
        assert updates.publisher_of(laptop, MULTAN["id"]).fingerprint == punjab.fingerprint
        # an offer of a service it has: in the preview and in the report, and carried again
        # by the next file without being shown again
        third = punjab.publish(3, hand_over={LAHORE["id"]: national.fingerprint})
        expected = [(LAHORE["id"], LAHORE["name"], national.name, national.fingerprint)]
        assert apply(laptop, third, dry_run=True).handed_over == expected
        assert apply(laptop, third).handed_over == expected
        assert updates.publisher_of(laptop, LAHORE["id"]).fingerprint == punjab.fingerprint
        assert apply(laptop, punjab.publish(4)).handed_over == []


def test_a_stolen_key_cannot_pass_a_planted_service_off_as_anothers(coordinators,
                                                                    tmp_path) -> None:
    """A thief with the Punjab key adds a look-alike TIP hotline, then offers it to the
    national key in the next file: laptops keep it as Punjab's. The national coordinator's
    laptop, which takes Punjab's files, does not publish it unless told to accept it; only
    then does it become national's on laptops."""
    national, punjab, _ = coordinators
    thief = Publisher(punjab.name, tmp_path / "thief", key=punjab.key)
    thief.publish(1, PLANT)
    offering = thief.publish(2, hand_over={PLANT["id"]: national.fingerprint})
    with laptop_trusting(tmp_path / "laptop", national, punjab) as laptop:
        apply(laptop, tmp_path / "thief-v1.zip")
        apply(laptop, offering)
        assert updates.publisher_of(laptop, PLANT["id"]).fingerprint == punjab.fingerprint
        assert updates.offer_of(laptop, PLANT["id"]) == (punjab.name, national.name)
        # the national coordinator's laptop takes Punjab's files and builds as usual
        with national.directory() as directory:
            updates.trust(directory, punjab.public, punjab.name, "punjab.pub")
            apply(directory, tmp_path / "thief-v1.zip")
            apply(directory, offering)
        usual = national.publish(1)
        assert updates.check(laptop, usual).manifest.counts["services"] == 47
        assert apply(laptop, usual).taken_over == []
        assert updates.publisher_of(laptop, PLANT["id"]).fingerprint == punjab.fingerprint
        # a service not offered to it cannot be accepted
        with pytest.raises(UserError, match=f"Service {LAHORE['id']} is not offered to this"):
            national.publish(2, accept=(LAHORE["id"],))
        # accepted on purpose: the national key publishes it, and it is national's
        accepting = national.publish(2, accept=(PLANT["id"],))
        report = apply(laptop, accepting)
        assert report.taken_over == [(PLANT["id"], PLANT["name"], punjab.name,
                                      punjab.fingerprint)]
        assert updates.publisher_of(laptop, PLANT["id"]).fingerprint == national.fingerprint
        assert updates.offer_of(laptop, PLANT["id"]) is None


def test_an_offer_counts_only_while_its_maker_owns_the_service_and_both_are_trusted(
        coordinators, tmp_path) -> None:
    national, punjab, sindh = coordinators
    with laptop_trusting(tmp_path / "laptop", national, punjab, sindh) as laptop:
        apply(laptop, punjab.publish(1, LAHORE))
        apply(laptop, punjab.publish(2, hand_over={LAHORE["id"]: national.fingerprint}))
        # the offer is withdrawn with the trust of the key it was made to
        updates.distrust(laptop, national.fingerprint)
        assert updates.offer_of(laptop, LAHORE["id"]) is None
        updates.trust(laptop, national.public, national.name, "k.pub")
        report = apply(laptop, national.publish(1, with_phone(LAHORE, "042-0000009")))
        assert report.taken_over == [] and report.left_count == 1
        # an offer recorded by a key that owns the service no longer is ignored
        apply(laptop, punjab.publish(3, hand_over={LAHORE["id"]: sindh.fingerprint}))
        laptop.db.execute("UPDATE service_owner SET key_id = ? WHERE service_id = ?",
                          [national.fingerprint, LAHORE["id"]])
        assert updates.offer_of(laptop, LAHORE["id"]) is None
        report = apply(laptop, sindh.publish(1, with_phone(LAHORE, "0300-6666666")))
        assert report.taken_over == [] and phones(laptop, LAHORE["id"]) == ["042-0000001"]


def test_each_update_keeps_its_own_undo_record_and_undo_goes_back_one_at_a_time(
        coordinators, tmp_path) -> None:
    """Versions are per publisher: national 1, Punjab 1, Punjab 2 (a thief's number), national
    2. Undo three times takes back national 2, Punjab 2 and Punjab 1, each from its own
    record."""
    national, punjab, _ = coordinators
    with laptop_trusting(tmp_path / "laptop", national, punjab) as laptop:
        apply(laptop, national.publish(1))
        apply(laptop, punjab.publish(1, LAHORE))
        apply(laptop, punjab.publish(2, with_phone(LAHORE, "0300-6666666")))
        apply(laptop, national.publish(2, KARACHI))
        steps = [s for (s,) in laptop.db.execute("SELECT undo_step FROM update_history")]
        assert len(set(steps)) == 4
        assert updates.undo_last(laptop).version == 2
        assert not has(laptop, KARACHI) and phones(laptop, LAHORE["id"]) == ["0300-6666666"]
        undone = updates.undo_last(laptop)
        assert (undone.version, undone.key_id) == (2, punjab.fingerprint)
        assert phones(laptop, LAHORE["id"]) == ["042-0000001"]
        assert updates.undo_last(laptop).key_id == punjab.fingerprint
        assert not has(laptop, LAHORE)
        assert [e.key_id for e in updates.history(laptop)] == [national.fingerprint]


def test_a_trusted_key_removes_a_starter_service_no_one_owns_here(coordinators,
                                                                  tmp_path) -> None:
    """A fresh laptop that first gets national version 3 still removes the starter service
    the national coordinator removed with version 2; a key trusted for Punjab only removes
    no Sindh service."""
    national, punjab, _ = coordinators
    with laptop_trusting(tmp_path / "old", national) as laptop:
        edhi = laptop.search("edhi")[0]
    national.publish(1)
    national.publish(2, remove=(edhi.id,))
    third = national.publish(3, KARACHI)
    with laptop_trusting(tmp_path / "laptop", national) as laptop:
        report = apply(laptop, third)
        assert laptop.service(edhi.id) is None
        assert report.removed == 1 and report.left_count == 0
    with laptop_trusting(tmp_path / "punjab-laptop", (punjab, ("Punjab",))) as laptop:
        sindh = [s for s in laptop.search(limit=100) if s.province == "Sindh"]
        punjab = Publisher(punjab.name, punjab.folder, starter=True, key=punjab.key)
        punjab.publish(1, LAHORE)
        second = punjab.publish(2, remove=(sindh[0].id,))
        assert sindh[0].id in updates.check(laptop, second).manifest.removed["services"]
        report = apply(laptop, second)
        assert laptop.service(sindh[0].id) is not None
        assert [left.reason for left in report.left] == ["outside"]


def test_a_coordinator_never_publishes_a_revoked_keys_services_unless_released(
        coordinators, tmp_path) -> None:
    """On the national coordinator's laptop, which took Punjab's files: after 'trust remove'
    of the Punjab key, the next national file still leaves out Punjab's services (the thief's
    number among them); only an explicit release lets the national key claim them."""
    national, punjab, _ = coordinators
    with national.directory() as directory:
        updates.trust(directory, punjab.public, punjab.name, "punjab.pub")
        apply(directory, punjab.publish(1, with_phone(LAHORE, "0300-6666666")))
        updates.distrust(directory, punjab.fingerprint)
        assert LAHORE["id"] not in {
            i for i, _ in updates.first_claims(directory, national.fingerprint)}
    second = national.publish(2)
    with laptop_trusting(tmp_path / "laptop", national) as laptop:
        assert updates.check(laptop, second).manifest.counts["services"] == 47
    with national.directory() as directory:
        assert updates.distrust(directory, punjab.fingerprint, release=True) == 1
        assert LAHORE["id"] in {i for i, _ in updates.first_claims(directory, national.fingerprint)}
    third = national.publish(3)
    with laptop_trusting(tmp_path / "l2", national) as laptop:
        assert updates.check(laptop, third).manifest.counts["services"] == 48


def test_undo_does_not_bring_back_the_ownership_of_a_released_key(coordinators,
                                                                  tmp_path) -> None:
    """The Punjab coordinator's laptop: it built Punjab 1, took national 2, released its old
    (stolen) key; an undo of national 2 does not give the old key its services back."""
    national, punjab, _ = coordinators
    punjab.publish(1, LAHORE)
    with punjab.directory() as directory:
        updates.trust(directory, national.public, national.name, "national.pub")
        national.publish(1)
        apply(directory, national.publish(2, KARACHI))
        assert updates.distrust(directory, punjab.fingerprint, release=True) == 1
        updates.undo_last(directory)
        assert not has(directory, KARACHI)
        owners = dict(directory.db.execute("SELECT service_id, key_id FROM service_owner"))
        assert LAHORE["id"] not in owners
        renewed = Publisher("Punjab (new key)", punjab.folder)
        assert LAHORE["id"] in {i for i, _ in updates.first_claims(directory, renewed.fingerprint)}


def test_a_laptop_that_skipped_an_offer_gets_it_with_the_next_file(coordinators,
                                                                   tmp_path) -> None:
    national, punjab, _ = coordinators
    with laptop_trusting(tmp_path / "laptop", national, punjab) as laptop:
        apply(laptop, national.publish(1, LAHORE))
        national.publish(2, hand_over={LAHORE["id"]: punjab.fingerprint})  # never taken here
        third = national.publish(3, KARACHI)
        assert updates.check(laptop, third).manifest.handed_over == {
            LAHORE["id"]: punjab.fingerprint}
        report = apply(laptop, third)
        assert report.handed_over == [(LAHORE["id"], LAHORE["name"], punjab.name,
                                       punjab.fingerprint)]
        assert updates.publisher_of(laptop, LAHORE["id"]).fingerprint == national.fingerprint
        # Punjab publishes it: it is Punjab's; carried again in national version 4, the offer
        # changes nothing (the service is no longer national's)
        apply(laptop, punjab.publish(1, with_phone(LAHORE, "042-0000009")))
        assert updates.publisher_of(laptop, LAHORE["id"]).fingerprint == punjab.fingerprint
        fourth = national.publish(4)
        assert apply(laptop, fourth).handed_over == []
        assert phones(laptop, LAHORE["id"]) == ["042-0000009"]


def test_an_unchanged_starter_service_is_not_claimed_and_claims_are_listed(coordinators,
                                                                           tmp_path) -> None:
    """A Sindh build that still holds the 47 starter services, applied first, claims none of
    them (ownership must not depend on which file comes first); what a file does claim (a
    starter service it changes) is listed in the preview and in the report."""
    _, _, sindh = coordinators
    sindh = Publisher(sindh.name, sindh.folder, starter=True, key=sindh.key)
    sindh.publish(1)
    with sindh.directory() as directory:
        edhi = directory.search("edhi")[0]
    changed = copy.deepcopy(starter_record(sindh, edhi.id))
    changed["description"] = "Checked by the Sindh desk."
    second = sindh.publish(2, changed)
    first = sindh.folder.parent / f"{sindh.folder.name}-v1.zip"
    with laptop_trusting(tmp_path / "laptop", sindh) as laptop:
        report = apply(laptop, first)
        assert report.unchanged == 47 and report.claimed == []
        owned = laptop.db.execute("SELECT count(*) FROM service_owner").fetchone()[0]
        assert owned == 0
        assert apply(laptop, second, dry_run=True).claimed == [(edhi.id, edhi.name)]
        assert apply(laptop, second).claimed == [(edhi.id, edhi.name)]
        assert updates.publisher_of(laptop, edhi.id).fingerprint == sindh.fingerprint


def test_build_never_overwrites_a_file_that_is_not_an_update_file(coordinators,
                                                                  tmp_path) -> None:
    national, _, _ = coordinators
    key_file = tmp_path / "national.key"
    key_file.write_bytes(bundle.private_key_file(national.key, "coordinator passphrase"))
    notes = tmp_path / "notes.txt"
    notes.write_text("keep me")
    with national.directory() as directory:
        for target in (key_file, notes, tmp_path):
            before = target.read_bytes() if target.is_file() else None
            with pytest.raises(UserError, match="is not an update file"):
                updates.build(directory, national.key, national.name, 1, target)
            assert (target.read_bytes() if target.is_file() else None) == before
        first = tmp_path / "v1.zip"
        updates.build(directory, national.key, national.name, 1, first)
        updates.build(directory, national.key, national.name, 2, first)  # an update file: yes


def test_a_publishers_name_is_cleaned_and_bounded(coordinators, tmp_path) -> None:
    national, _, _ = coordinators
    with laptop_trusting(tmp_path / "laptop") as laptop:
        entry = updates.trust(laptop, national.public, "\u202eNational\u2066 coordinator",
                              "k.pub")
        assert entry.name == "National coordinator"
        assert updates.trusted(laptop)[0].name == "National coordinator"
        with pytest.raises(UserError, match="at most 300 characters"):
            updates.trust(laptop, national.public, "N" * 301, "k.pub")
        with pytest.raises(UserError, match="Give the publisher a name"):
            updates.trust(laptop, national.public, "\u202e\u200b", "k.pub")
        assert updates.trusted(laptop)[0].name == "National coordinator"


def test_a_left_line_names_the_record_as_this_laptop_has_it(coordinators, tmp_path) -> None:
    """A file cannot make "left as published by X" name another service: the line gives the
    name the laptop has, and the file's name only as what the file calls it."""
    national, punjab, _ = coordinators
    with laptop_trusting(tmp_path / "laptop", national, punjab) as laptop:
        apply(laptop, national.publish(1, MULTAN))
        renamed = with_phone(MULTAN, "0300-6666666")
        renamed["name"] = "Punjab Helpline (verified)"
        (left,) = apply(laptop, punjab.publish(1, renamed)).left
        assert (left.name, left.file_name) == ("Multan Legal Desk", "Punjab Helpline (verified)")
        assert left.line() == (f"left as published by National coordinator "
                               f"({national.fingerprint}): Multan Legal Desk (the file calls it "
                               "Punjab Helpline (verified))")
        (left,) = apply(laptop, punjab.publish(2, with_phone(MULTAN, "0300-6666666"))).left
        assert (left.name, left.file_name) == ("Multan Legal Desk", "")


OE_TERM = make_id("term", "open eligibility 1121")


def _with_term(record, code, name):
    """The service with an Open Eligibility category (a taxonomy term shared by id)."""
    changed = copy.deepcopy(record)
    changed["attributes"].append({
        "id": make_id(record["id"], "oe"), "link_id": record["id"], "link_type": "service",
        "link_entity": "service", "taxonomy_term_id": OE_TERM,
        "taxonomy_term": {"id": OE_TERM, "code": code, "name": name,
                          "taxonomy": "Open Eligibility", "description": ""}})
    return changed


def test_a_taxonomy_term_another_publisher_uses_is_left(coordinators, tmp_path) -> None:
    """A category is kept once, by id, for every service that names it: another publisher's
    file must not rewrite the one a national service uses (its coordinator's next file would
    carry the rewritten category, and laptops would take the service's needs from it)."""
    national, punjab, _ = coordinators
    mine = _with_term(MULTAN, "1121", "Emergency Shelter")
    with laptop_trusting(tmp_path / "laptop", national, (punjab, ("pb",))) as laptop:
        apply(laptop, national.publish(1, mine))
        apply(laptop, punjab.publish(1, _with_term(LAHORE, "1106", "Health")))
        terms = [a["taxonomy_term"] for a in laptop.service(mine["id"])["attributes"]
                 if a.get("taxonomy_term_id") == OE_TERM]
        assert [(t["code"], t["name"]) for t in terms] == [("1121", "Emergency Shelter")]


def test_another_publisher_cannot_freeze_a_location_by_using_it(coordinators,
                                                                tmp_path) -> None:
    """A Punjab key (a stolen one) adds a service of its own at the national service's
    location; the national coordinator must still be able to correct that location (its
    address, the numbers listed on it) for its own service."""
    national, punjab, _ = coordinators
    mine = service("Multan Legal Desk", area="Multan", district="Multan", province="Punjab")
    location = mine["service_at_locations"][0]["location"]
    location["phones"] = [{"id": make_id("multan", "location-phone"), "number": "0300-0000001"}]
    with laptop_trusting(tmp_path / "laptop", national, (punjab, ("pb",))) as laptop:
        apply(laptop, national.publish(1, mine))
        squatter = service("Punjab Desk At The Same Place", area="Multan",
                           district="Multan", province="Punjab")
        squatter["service_at_locations"] = copy.deepcopy(mine["service_at_locations"])
        squatter["service_at_locations"][0]["id"] = make_id("squatter", "at")
        report = apply(laptop, punjab.publish(1, squatter))
        assert has(laptop, squatter), (report.left, report.problems)
        moved = copy.deepcopy(mine)
        moved["service_at_locations"][0]["location"]["addresses"][0]["address_1"] = \
            "2 Corrected Road"
        moved["service_at_locations"][0]["location"]["phones"][0]["number"] = "0300-0000011"
        apply(laptop, national.publish(2, moved))
        location = laptop.service(mine["id"])["service_at_locations"][0]["location"]
        assert location["addresses"][0]["address_1"] == "2 Corrected Road"
        assert location_phones(laptop, mine) == ["0300-0000011"]


def location_phones(laptop, record):
    location = laptop.service(record["id"])["service_at_locations"][0]["location"]
    return [p["number"] for p in location.get("phones", [])]


def _at_location(owner_record, name):
    """A service of another publisher at ``owner_record``'s location (and organization)."""
    other = service(name, area="Multan", district="Multan", province="Punjab")
    other["organization"] = copy.deepcopy(owner_record["organization"])
    other["service_at_locations"] = copy.deepcopy(owner_record["service_at_locations"])
    other["service_at_locations"][0]["id"] = make_id(name, "at")
    return other


def test_another_publisher_cannot_change_a_location_or_organization_it_did_not_add(
        coordinators, tmp_path) -> None:
    """The national key added the location and organization: a Punjab key that links its own
    service to them still cannot change their numbers, address or description, even when no
    national service uses them any more; the national key still can."""
    national, punjab, _ = coordinators
    mine = service("Multan Legal Desk", area="Multan", district="Multan", province="Punjab")
    location = mine["service_at_locations"][0]["location"]
    location["phones"] = [{"id": make_id("multan", "location-phone"), "number": "0300-0000011"}]
    with laptop_trusting(tmp_path / "laptop", national, (punjab, ("pb",))) as laptop:
        apply(laptop, national.publish(1, mine))
        theirs = _at_location(mine, "Punjab Desk At The Same Place")
        theirs["service_at_locations"][0]["location"]["phones"][0]["number"] = "0300-0000099"
        theirs["organization"]["description"] = "Rewritten by Punjab"
        report = apply(laptop, punjab.publish(1, theirs))
        assert has(laptop, theirs)
        assert location_phones(laptop, mine) == ["0300-0000011"]
        assert location_phones(laptop, theirs) == ["0300-0000011"]
        assert laptop.service(mine["id"])["organization"]["description"] == ""
        assert sorted((left.table, left.reason, left.key_id) for left in report.left) == [
            ("location", "owned", national.fingerprint),
            ("organization", "owned", national.fingerprint)]
        # the national service goes: the location stays (Punjab's service uses it), still
        # the national key's
        apply(laptop, national.publish(2, remove=(mine["id"],)))
        again = copy.deepcopy(theirs)
        again["service_at_locations"][0]["location"]["addresses"][0]["address_1"] = "9 Road"
        report = apply(laptop, punjab.publish(2, again))
        assert location_phones(laptop, theirs) == ["0300-0000011"]
        stored = laptop.service(theirs["id"])["service_at_locations"][0]["location"]
        assert stored["addresses"][0]["address_1"] == "1 Test Road"
        assert sorted((left.table, left.reason) for left in report.left) == [
            ("location", "owned"), ("organization", "owned")]
        # nor can it remove what the national key added once no service uses it
        with punjab.directory() as directory:  # its master directory lets all three go
            Importer(directory.db, "removed", skip_invalid=False, dry_run=False).run(
                [], {"services": [theirs["id"]], "locations": [location["id"]],
                     "organizations": [mine["organization"]["id"]]})
        report = apply(laptop, punjab.publish(3, previous=punjab.folder.parent / (
            f"{punjab.folder.name}-v2.zip")))
        assert not has(laptop, theirs) and report.removed == 1
        assert laptop.db.execute("SELECT count(*) FROM location WHERE id = ?",
                                 [location["id"]]).fetchone()[0] == 1
        assert sorted((left.table, left.reason) for left in report.left) == [
            ("location", "owned"), ("organization", "owned")]


def test_a_starter_location_no_one_owns_keeps_the_older_rule(coordinators, tmp_path) -> None:
    """A starter location has no owner: as before, a key changes it only when every service
    using it is its own or no one's, and changing it does not make it the key's."""
    national, punjab, _ = coordinators
    with laptop_trusting(tmp_path / "laptop", national, punjab) as laptop:
        starter = next(s for s in laptop.search(limit=100)
                       if (laptop.service(s.id) or {}).get("service_at_locations"))
        record = starter_record(national, starter.id)
        location = record["service_at_locations"][0]["location"]
        changed = copy.deepcopy(record)
        changed_location = changed["service_at_locations"][0]["location"]
        changed_location["description"] = "Checked by the national desk."
        changed["description"] = "Checked by the national desk."  # the service is its own
        apply(laptop, national.publish(1, changed))  # every user is its own or no one's
        assert laptop.db.execute("SELECT count(*) FROM shared_owner WHERE record_id = ?",
                                 [location["id"]]).fetchone()[0] == 0
        theirs = _at_location(changed, "Punjab Desk At A Starter Place")
        theirs["service_at_locations"][0]["location"]["description"] = "Punjab's words"
        report = apply(laptop, punjab.publish(1, theirs))
        assert has(laptop, theirs)
        assert ("location", "shared") in [(left.table, left.reason) for left in report.left]
        stored = laptop.service(starter.id)["service_at_locations"][0]["location"]
        assert stored["description"] == "Checked by the national desk."
        again = copy.deepcopy(changed)
        again["service_at_locations"][0]["location"]["description"] = "Checked again."
        report = apply(laptop, national.publish(2, again))
        assert ("location", "shared") in [(left.table, left.reason) for left in report.left]
        stored = laptop.service(starter.id)["service_at_locations"][0]["location"]
        assert stored["description"] == "Checked by the national desk."
