"""Telling formats apart, and converting HSDS 1.1 packages and Open Referral UK v1 pages, on
small made-up files (fictional names and numbers)."""

from __future__ import annotations

import json
import uuid
import zipfile
from pathlib import Path

import pytest

from referral_app.core.conversion import derived_id, stable_id
from referral_app.core.directory_file import ACCEPTED, open_directory_file
from referral_app.core.errors import InvalidFileError
from referral_app.core.geography import Geography
from referral_app.core.weekdays import clock_time, day_code

NO_PLACES = Geography([], [])


def write_package(folder: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return folder


OLD_PACKAGE = {
    "organizations.csv": "id,name,description,url\n1,Fictional Aid Society,Helps,www.example.org\n",
    "services.csv": "id,organization_id,name,status,fees\n"
                    "10,1,Fictional Legal Desk,,Free\n11,1,Fictional Shelter,active,\n",
    "locations.csv": "id,organization_id,name,latitude,longitude\n5,1,Fictional Office,31.5,74.3\n",
    "services_at_location.csv": "id,service_id,location_id\n7,10,5\n",
    "physical_addresses.csv": "id,location_id,address_1,city,state_province,postal_code,"
                              "country,address_3\n"
                              "8,5,1 Example Road,Lahore,Punjab,54000,,Block C\n",
    "phones.csv": "id,service_id,location_id,number,language\n"
                  "9,10,5,0300-0000001 ext 12,\"en, ur\"\n",
    "regular_schedules.csv": "id,service_id,weekday,opens_at,closes_at\n"
                             ",10,Monday,9:00am,5:00pm\n,10,2,09:00:00,17:00:00\n",
    "payments_accepted.csv": "id,service_id,payment\n1,10,cash\n",
}


def converted(path: Path) -> tuple[list, list[str], str]:
    opened = open_directory_file(path, NO_PLACES)
    records = list(opened.records)
    return records, opened.conversion.lines(), opened.conversion.heading()


def test_an_hsds_1_1_package_is_converted(tmp_path: Path) -> None:
    records, notes, heading = converted(write_package(tmp_path / "pkg", OLD_PACKAGE))
    assert heading == "read as HSDS 1.1 tabular data package, converted to HSDS 3.1"
    assert [r.problems for r in records] == [[]] * len(records)
    by_name = {r.row.get("name"): r for r in records}
    legal = by_name["Fictional Legal Desk"]
    assert legal.id == stable_id("services", "10")
    assert legal.row["status"] == "active"  # missing: taken as active, and said so
    assert legal.row["fees_description"] == "Free"
    assert legal.row["organization_id"] == stable_id("organizations", "1")
    satellites = {(s.table, k): v for s in legal.satellites for k, v in s.row.items()}
    assert satellites[("phone", "number")] == "0300-0000001"
    assert satellites[("phone", "extension")] == 12
    days = sorted((s.row["byday"], s.row["opens_at"], s.row["closes_at"])
                  for s in legal.satellites if s.table == "schedule")
    assert days == [("MO", "09:00", "17:00"), ("TU", "09:00", "17:00")]
    location = by_name["Fictional Office"]
    address = next(s.row for s in location.satellites if s.table == "address")
    assert address["address_type"] == "physical" and address["country"] == ""
    assert address["address_2"] == "Block C"
    assert by_name["Fictional Aid Society"].row["website"] == "http://www.example.org"
    assert "services without an HSDS status: taken as active" in notes
    assert "payments_accepted.csv: no HSDS 3.1 place; dropped" in notes
    assert "addresses without country (required by HSDS 3.1): kept with it empty" in notes


def test_the_same_package_gives_the_same_ids_every_time(tmp_path: Path) -> None:
    first, _, _ = converted(write_package(tmp_path / "a", OLD_PACKAGE))
    second, _, _ = converted(write_package(tmp_path / "b", OLD_PACKAGE))
    assert [r.digest() for r in first] == [r.digest() for r in second]


def test_a_zip_with_the_csv_files_under_a_folder_and_no_descriptor(tmp_path: Path) -> None:
    path = tmp_path / "export.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for name, text in OLD_PACKAGE.items():
            archive.writestr(f"datapackage/{name}", text)
    records, _, heading = converted(path)
    assert heading.startswith("read as HSDS 1.1")
    assert sum(r.table == "service" for r in records) == 2


def test_ids_that_are_uuids_are_kept_and_others_derived() -> None:
    kept = "3F2504E0-4F89-41D3-9A0C-0305E82C3301"
    assert stable_id("services", kept) == kept.lower()
    assert stable_id("services", "10") == stable_id("services", " 10 ")
    assert stable_id("services", "10") != stable_id("organizations", "10")
    assert derived_id("a", 1) == derived_id("a", 1) != derived_id("a", 2)
    # the same UUIDs the standard library makes (the ids must never change between versions)
    namespace = uuid.UUID("3b0f6a52-9c1e-5d47-8e2a-71c4d0b9a613")
    assert stable_id("services", "10") == str(uuid.uuid5(namespace, "services:10"))
    for name in ("a:1", "ملتان:٣", ""):
        assert derived_id(name) == str(uuid.uuid5(namespace, name))


@pytest.mark.parametrize(("written", "code"), [("Monday", "MO"), ("1", "MO"), ("7", "SU"),
                                               ("0", "SU"), ("thu", "TH"), ("Funday", None)])
def test_weekdays(written: str, code: str | None) -> None:
    assert day_code(written) == code


@pytest.mark.parametrize(("written", "time"), [("9:00am", "09:00"), ("5:30 PM", "17:30"),
                                               ("17:00:00", "17:00"), ("12am", "00:00"),
                                               ("noon", None), ("25:00", None)])
def test_clock_times(written: str, time: str | None) -> None:
    assert clock_time(written) == time


ORUK_PAGE = {
    "number": 1, "size": 1, "totalElements": 1, "totalPages": 1,
    "content": [{
        "id": 42, "name": "Fictional Drop-in", "description": None, "status": "active",
        "updated_at": "2021-09-14T13:05:10.022Z", "min_age": 16, "age_band_all": True,
        "organisation": {"id": 7, "name": "Fictional Trust", "description": None,
                         "url": "https://example.org"},
        "locations": [{"id": 3, "address_1": "1 Example Street", "city": "Exampleton",
                       "postal_code": "EX1 1EX", "country": "GB", "mask_exact_address": True,
                       "geometry": {"type": "Point", "coordinates": [-0.7, 51.8]}}],
        "contacts": [{"id": 9, "name": "Desk", "phone": "0300 0000001"}],
        "regular_schedules": [{"id": 1, "weekday": "Tuesday", "opens_at": "10:00",
                               "closes_at": "12:30"}],
        "taxonomies": [{"id": 403, "name": "Staying active", "parent_id": None}],
    }],
}


def test_an_open_referral_uk_v1_page_is_converted(tmp_path: Path) -> None:
    path = tmp_path / "page.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(ORUK_PAGE).encode())  # with a BOM
    records, notes, heading = converted(path)
    assert heading == "read as Open Referral UK v1 API page, converted to HSDS 3.1"
    assert [r.problems for r in records] == [[]] * len(records)
    tables = {r.table: r for r in records}
    service = tables["service"]
    assert service.id == stable_id("oruk-service", 42)
    assert service.row["minimum_age"] == 16
    assert service.row["last_modified"] == "2021-09-14T13:05:10Z"
    assert tables["organization"].row["website"] == "https://example.org"
    assert tables["location"].row["confidential"] is True
    assert tables["location"].row["latitude"] == 51.8
    schedule = next(s.row for s in service.satellites if s.table == "schedule")
    assert (schedule["byday"], schedule["opens_at"], schedule["closes_at"]) == (
        "TU", "10:00", "12:30")
    assert "service field age_band_all: no HSDS 3.1 place; dropped" in notes


@pytest.mark.parametrize(("content", "looks_like"), [
    (b"%PDF-1.7\n...", "looks like a PDF document, not a directory"),
    (b"SQLite format 3\x00", "looks like a SQLite database, not a directory"),
    (b"", "is an empty file"),
    (b"name,phone\nA,1\n", "is a text file that is not JSON"),
    (b'{"type": "FeatureCollection", "features": []}',
     "is JSON but not a directory (its keys: features, type)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100),
     "looks like an older Office file or one protected with a password"),
])
def test_a_file_of_no_known_format_is_refused_in_one_sentence(
        tmp_path: Path, content: bytes, looks_like: str) -> None:
    path = tmp_path / "input.dat"
    path.write_bytes(content)
    with pytest.raises(InvalidFileError) as refused:
        open_directory_file(path, NO_PLACES)
    assert str(refused.value) == f"input.dat {looks_like}; {ACCEPTED}."


def test_a_zip_of_other_things_is_refused_with_what_it_holds(tmp_path: Path) -> None:
    path = tmp_path / "photos.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("holiday.jpg", b"\xff\xd8\xff")
    with pytest.raises(InvalidFileError) as refused:
        open_directory_file(path, NO_PLACES)
    assert str(refused.value) == (f"photos.zip is a zip file without services.csv (it holds "
                                  f"holiday.jpg); {ACCEPTED}.")


def test_converter_output_with_numeric_ids_is_repaired(tmp_path: Path) -> None:
    path = tmp_path / "org.json"
    path.write_text(json.dumps({
        "id": "3", "name": "Fictional Helpline Trust", "description": "", "email": "",
        "website": "www.example.org",
        "locations": [{"id": "20", "organization_id": "3", "latitude": "31.5",
                       "longitude": "74.3", "addresss": [{"id": "21", "location_id": "20",
                                                          "address_1": "", "city": "Lahore",
                                                          "state_province": "Punjab",
                                                          "postal_code": "", "country": ""}],
                       "phones": [{"number": "0300-0000001"}]}],
        "services": [{"id": [{"id": "7"}], "organization_id": "3",
                      "name": "Fictional Helpline", "last_modified": "2023-10-18 18:12:58"}],
    }), encoding="utf-8")
    records, notes, heading = converted(path)
    assert heading == ("read as HSDS 3.x JSON from a converter (ids that are not UUIDs), "
                       "converted to HSDS 3.1")
    assert [r.problems for r in records] == [[]] * len(records)
    tables = {r.table: r for r in records}
    organization_id = stable_id("hsds3-organization", "3")
    assert tables["organization"].id == organization_id
    assert tables["organization"].row["website"] == "http://www.example.org"
    assert tables["service"].id == stable_id("hsds3-service", "7")
    assert tables["service"].row["organization_id"] == organization_id
    assert tables["service"].row["status"] == "active"
    assert tables["service"].row["last_modified"] == "2023-10-18T18:12:58"
    location = tables["location"]
    assert (location.row["latitude"], location.row["location_type"]) == (31.5, "physical")
    assert [s.row["city"] for s in location.satellites if s.table == "address"] == ["Lahore"]
    assert "the key 'addresss': read as 'addresses'" in notes
