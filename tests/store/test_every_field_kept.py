"""Every HSDS 3.1 field of every table survives an import and an export (JSON and CSV)."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from referral_app.store.directory import Directory
from tests.conftest import HSDS, need_shared
from tests.store.hsds_flat import flatten, lost
from tests.store.hsds_schema import schema_errors

EXAMPLES = ("service_full.json", "service_list.json", "organization_full.json",
            "organization_list.json", "location.json")


def exported(directory: Directory) -> list[dict[str, Any]]:
    out = io.StringIO()
    directory.export_json(out)
    return list(json.loads(out.getvalue())["contents"])


def flat_services(services: list[dict[str, Any]]) -> dict:
    flat: dict = {}
    for service in services:
        flatten(service, "service", flat)
    return flat


def flat_file(path: Path) -> dict:
    """The records of an example file; an organization with no services is left out (an
    HSDS page of services cannot hold it: it travels in the CSV package)."""
    doc = json.loads(path.read_text(encoding="utf-8"))
    items = doc if isinstance(doc, list) else doc.get("contents", [doc])
    flat: dict = {}
    for item in items:
        table = "organization" if "status" not in item and "location_type" not in item \
            else "location" if "status" not in item else "service"
        if table != "service" and not item.get("services"):
            continue
        flatten(item, table, flat)
    return flat


@pytest.mark.parametrize("name", EXAMPLES)
def test_every_field_of_the_official_examples_survives_json(empty_directory, tmp_path,
                                                            name) -> None:
    path = need_shared(HSDS / "examples" / name)
    report = empty_directory.import_file(path)
    assert report.rejected == 0
    services = exported(empty_directory)
    assert lost(flat_file(path), flat_services(services)) == []
    assert schema_errors(services) == []


@pytest.mark.parametrize("name", EXAMPLES)
def test_every_field_of_the_official_examples_survives_csv(empty_directory, tmp_path,
                                                           name) -> None:
    path = need_shared(HSDS / "examples" / name)
    empty_directory.import_file(path)
    empty_directory.export_package(tmp_path / "package")
    with Directory.open(tmp_path / "fresh", starter=False) as fresh:
        fresh.import_file(tmp_path / "package")
        services = exported(fresh)
        assert lost(flat_file(path), flat_services(services)) == []
        assert schema_errors(services) == []
        fresh.export_package(tmp_path / "again")
    for file in sorted((tmp_path / "package").iterdir()):  # and nothing else changed either
        assert file.read_bytes() == (tmp_path / "again" / file.name).read_bytes(), file.name


def test_an_organization_without_services_travels_in_the_csv_package(empty_directory,
                                                                      tmp_path) -> None:
    empty_directory.import_file(need_shared(HSDS / "examples" / "organization_list.json"))
    empty_directory.export_package(tmp_path / "package")
    text = (tmp_path / "package" / "organizations.csv").read_text(encoding="utf-8")
    assert "d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610" in text
    empty_directory.import_file(need_shared(HSDS / "examples" / "location.json"))
    empty_directory.export_package(tmp_path / "package")
    located = json.loads(need_shared(HSDS / "examples" / "location.json").read_text())
    text = (tmp_path / "package" / "locations.csv").read_text(encoding="utf-8")
    assert located["id"] in text and located["external_identifier"] in text


def test_extra_properties_a_publisher_adds_are_kept(empty_directory, tmp_path) -> None:
    service = json.loads(need_shared(HSDS / "examples" / "service_full.json").read_text())
    service["x_referral_code"] = "A-17"
    service["x_flags"] = {"wheelchair": True, "levels": [1, 2]}
    service["phones"][0]["x_hours_note"] = "evenings only"
    path = tmp_path / "extended.json"
    path.write_text(json.dumps(service), encoding="utf-8")
    empty_directory.import_file(path)
    (back,) = exported(empty_directory)
    assert back["x_referral_code"] == "A-17"
    assert back["x_flags"] == {"wheelchair": True, "levels": [1, 2]}
    assert back["phones"][0]["x_hours_note"] == "evenings only"
    empty_directory.export_package(tmp_path / "package")
    with Directory.open(tmp_path / "fresh", starter=False) as fresh:
        fresh.import_file(tmp_path / "package")
        (again,) = exported(fresh)
    assert again["x_referral_code"] == "A-17"  # a plain value travels as a CSV column too
    assert again["phones"][0]["x_hours_note"] == "evenings only"


def test_a_kept_table_is_as_strict_as_the_schema(empty_directory, tmp_path) -> None:
    service = json.loads(need_shared(HSDS / "examples" / "service_full.json").read_text())
    service["cost_options"][0]["amount"] = "ten"
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(service), encoding="utf-8")
    from referral_app.core.errors import InvalidFileError
    with pytest.raises(InvalidFileError, match=r"cost_options\[0\]\.amount: must be a number"):
        empty_directory.import_file(path)


def test_oruk_fixture_keeps_every_field_it_imports(empty_directory) -> None:
    path = need_shared(HSDS.parent / "realdata" / "oruk3-validator-fixture" /
                       "service_list_data.json")
    report = empty_directory.import_file(path, skip_invalid=True)
    assert report.added > 0
    services = exported(empty_directory)
    source = flat_file(path)
    kept = flat_services(services)
    # the fixture repeats one service 128 times: the first is imported, the copies refused;
    # every record and value of the one imported survives
    assert report.rejected == 127
    assert lost(source, kept) == []
    assert schema_errors(services) == []
