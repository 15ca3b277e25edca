"""A CSV export opened in a spreadsheet cannot run a cell as a formula, and importing that
export gives back every value exactly (the guard is taken off only where the export put it)."""

from __future__ import annotations

import csv
import json

from referral_app.core.hsds_package import FORMULA_GUARD_KEY
from referral_app.store.directory import Directory
from tests.conftest import write_json
from tests.fixtures.services import page, service

DANGEROUS = {
    "name": '=HYPERLINK("http://example.org","Click")',
    "alternate_name": "+1+1",
    "description": "-2+3",
    "application_process": "@SUM(A1:A2)",
    "eligibility_description": "\tindented",
    "fees_description": "'already quoted",
    "alert": "\r=1+1",
}


def test_formula_cells_are_guarded_and_come_back_exactly(empty_directory, tmp_path) -> None:
    desk = service("Formula Desk", phone="+92 300 0000001")
    desk.update(DANGEROUS)
    empty_directory.import_file(write_json(tmp_path / "formula.json", page(desk)))
    before = empty_directory.service(desk["id"])
    empty_directory.export_package(tmp_path / "package")
    with (tmp_path / "package" / "services.csv").open(encoding="utf-8", newline="") as file:
        (row,) = list(csv.DictReader(file))
    for key in DANGEROUS:
        assert row[key].startswith("'"), key  # a spreadsheet shows it as text
    with (tmp_path / "package" / "phones.csv").open(encoding="utf-8", newline="") as file:
        numbers = [r["number"] for r in csv.DictReader(file)]
    assert numbers == ["'+92 300 0000001"]  # still read as dialled
    with Directory.open(tmp_path / "fresh", starter=False) as fresh:
        fresh.import_file(tmp_path / "package")
        assert fresh.service(desk["id"]) == before


def test_a_leading_apostrophe_of_another_publishers_package_is_kept(empty_directory,
                                                                  tmp_path) -> None:
    desk = service("Quoted Desk", description="'tis the season")
    empty_directory.import_file(write_json(tmp_path / "quoted.json", page(desk)))
    empty_directory.export_package(tmp_path / "package")
    descriptor = tmp_path / "package" / "datapackage.json"
    package = json.loads(descriptor.read_text(encoding="utf-8"))
    del package[FORMULA_GUARD_KEY]  # as if another tool had written it
    descriptor.write_text(json.dumps(package), encoding="utf-8")
    with Directory.open(tmp_path / "fresh", starter=False) as fresh:
        fresh.import_file(tmp_path / "package")
        stored = fresh.service(desk["id"])
    assert stored is not None and stored["description"] == "''tis the season"
