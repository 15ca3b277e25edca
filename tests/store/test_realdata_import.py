"""Every published directory in ../shared/realdata: what the app takes is imported (older
formats converted to HSDS 3.1) with the counts its SOURCE.md gives, and what it does not take is
refused with one sentence that says what the file looks like. Skipped when the data is absent.

Counts of rejected services are what HSDS 3.1's own rules reject in that data (a phone number
with letters, two e-mail addresses in one field, a description longer than the app keeps);
``read`` is every service in the file, so a converter that lost services fails here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from referral_app.core.errors import InvalidFileError
from referral_app.store.directory import Directory
from tests.conftest import SHARED, need_shared
from tests.store.helpers import snapshot

REALDATA = SHARED / "realdata"


def realdata(relative: str) -> Path:
    return need_shared(REALDATA / relative)


def service_count(directory: Directory) -> int:
    return int(directory.db.execute("SELECT count(*) FROM service").fetchone()[0])


# (path under realdata, format seen, services in the file, at most this many rejected)
CONVERTED = [
    ("or-sample-1.1/simple", "HSDS 1.1 tabular data package", 13, 0),
    ("or-sample-1.1/all_resources", "HSDS 1.1 tabular data package", 13, 0),
    ("miami211-datapackage/datapackage-1566177582.zip", "HSDS 1.1 tabular data package",
     4089, 5),
    ("orservices-dc/package", "HSDS 2.0 tabular data package", 2184, 4),
    ("orservices-dc/datapackage.zip", "HSDS 2.0 tabular data package", 1097, 11),
    ("ohana-smc-csv", "Ohana API CSV export (HSDS 1.0)", 23, 0),
    ("bucks-outpost-oruk/services_page_1.json", "Open Referral UK v1 API page", 50, 4),
    ("bucks-outpost-oruk/services_page_2.json", "Open Referral UK v1 API page", 50, 1),
]


@pytest.mark.parametrize(("relative", "seen", "services", "most_rejected"), CONVERTED,
                         ids=[c[0].split("/")[0] + "/" + c[0].split("/")[-1] for c in CONVERTED])
def test_older_formats_are_converted_and_imported(empty_directory: Directory, relative: str,
                                                  seen: str, services: int,
                                                  most_rejected: int) -> None:
    report = empty_directory.import_file(realdata(relative), skip_invalid=True)
    assert report.read_as == f"read as {seen}, converted to HSDS 3.1"
    assert report.read == services
    assert report.rejected <= most_rejected
    assert report.added == services - report.rejected == service_count(empty_directory)


def test_the_same_file_imported_again_keeps_its_ids(empty_directory: Directory) -> None:
    """Ids are derived from the source's ids: a second import finds every service unchanged."""
    path = realdata("orservices-dc/package")
    first = empty_directory.import_file(path, skip_invalid=True)
    ids = {row[0] for row in empty_directory.db.execute("SELECT id FROM service")}
    again = empty_directory.import_file(path, skip_invalid=True)
    assert (again.added, again.updated, again.unchanged) == (0, 0, first.added)
    assert {row[0] for row in empty_directory.db.execute("SELECT id FROM service")} == ids


def test_miami_keeps_what_a_caseworker_uses(empty_directory: Directory) -> None:
    empty_directory.import_file(realdata("miami211-datapackage/datapackage-1566177582.zip"),
                                skip_invalid=True)
    db = empty_directory.db
    # weekday names and "9:00am" became HSDS 3.1 weekly schedules
    days = {row[0] for row in db.execute("SELECT DISTINCT byday FROM schedule")}
    assert {"MO", "TU", "WE", "TH", "FR"} <= days
    assert db.execute("SELECT count(*) FROM schedule WHERE opens_at = '09:00'").fetchone()[0]
    # phones, addresses and the AIRS taxonomy came along
    assert db.execute("SELECT count(*) FROM phone").fetchone()[0] > 4000
    assert db.execute("SELECT count(*) FROM address").fetchone()[0] > 4000
    assert db.execute("SELECT count(*) FROM taxonomy_term WHERE taxonomy = "
                      "'Open211 Miami - AIRS'").fetchone()[0] > 1000


def test_the_oruk_page_keeps_organisation_location_and_hours(
        empty_directory: Directory) -> None:
    for page in ("services_page_1.json", "services_page_2.json"):
        empty_directory.import_file(realdata(f"bucks-outpost-oruk/{page}"), skip_invalid=True)
    db = empty_directory.db
    row = db.execute("SELECT s.name, o.name FROM service s JOIN organization o ON "
                     "o.id = s.organization_id WHERE s.name = 'Weekday Walking Group'"
                     ).fetchone()
    assert row == ("Weekday Walking Group", "Wingrave Community Association")
    assert db.execute("SELECT postal_code FROM address WHERE postal_code = 'HP22 4PE'"
                      ).fetchone()
    assert db.execute("SELECT byday, opens_at, closes_at FROM schedule WHERE opens_at = "
                      "'09:30' AND closes_at = '12:00'").fetchone() == ("MO", "09:30", "12:00")
    # a location the publisher masks is kept as confidential: its address is never printed
    assert db.execute("SELECT count(*) FROM location WHERE confidential = 1").fetchone()[0]


def test_an_hsds_3_page_is_read_as_it_is(empty_directory: Directory) -> None:
    report = empty_directory.import_file(
        realdata("oruk3-validator-fixture/service_list.json"), skip_invalid=True)
    assert report.read_as == "read as HSDS 3.x JSON"
    assert report.conversion == []
    assert report.read == 128  # 128 variants of one service id: the first is kept
    assert report.added == 1


def test_converter_output_with_loose_ids_is_repaired(empty_directory: Directory) -> None:
    """The Florida transformer's files: numeric ids, an id written as a list, coordinates as
    text, "" for unknown values, websites without a scheme, a misspelt "addresss"."""
    read = added = 0
    for path in sorted(realdata("fl-transformer-orgs").glob("organization_*.json")):
        report = empty_directory.import_file(path, skip_invalid=True)
        assert report.read_as == ("read as HSDS 3.x JSON from a converter (ids that are not "
                                  "UUIDs), converted to HSDS 3.1")
        read, added = read + report.read, added + report.added
    assert read == 18  # as SOURCE.md counts them
    assert added == 17  # organization_453.json lists one service twice
    db = empty_directory.db
    assert db.execute("SELECT count(*) FROM address WHERE city = 'Rockledge'").fetchone()[0]
    assert db.execute("SELECT website FROM organization WHERE name = '211 Brevard Inc'"
                      ).fetchone() == ("http://www.211brevard.org/",)


def test_a_folder_of_json_files_is_refused_with_what_it_holds(
        empty_directory: Directory) -> None:
    before = snapshot(empty_directory)
    with pytest.raises(InvalidFileError) as refused:
        empty_directory.import_file(realdata("fl-transformer-orgs"))
    assert str(refused.value) == ("fl-transformer-orgs is a folder of 10 JSON files, not a "
                                  "data package; import the files one at a time.")
    assert snapshot(empty_directory) == before


def test_a_refused_older_package_says_what_it_was_read_as(empty_directory: Directory) -> None:
    """Without --skip-invalid one bad service refuses the whole package, and the sentence
    says the file was taken as HSDS 1.1."""
    before = snapshot(empty_directory)
    with pytest.raises(InvalidFileError) as refused:
        empty_directory.import_file(
            realdata("miami211-datapackage/datapackage-1566177582.zip"))
    assert str(refused.value).startswith(
        "datapackage-1566177582.zip was read as HSDS 1.1 tabular data package, converted to "
        "HSDS 3.1. Nothing was imported:")
    assert snapshot(empty_directory) == before
