"""Coverage read from a real directory: levels, recent verification, dead numbers."""

from datetime import date

import pytest

from referral_app.core.corrections import Correction
from referral_app.core.errors import UserError
from referral_app.store import corrections
from referral_app.store.coverage import directory_coverage
from tests.conftest import write_json
from tests.fixtures.services import make_id, page, service


def test_coverage_of_a_directory(empty_directory, tmp_path) -> None:
    desk = service("Test Legal Desk Multan", needs=("legal",), area="Multan",
                   last_verified="2026-05-01")
    old = service("Test Old Legal Line", needs=("legal",), area="Punjab",
                  last_verified="2024-01-01")
    # a national line that also names Multan, and a Punjab line that also names Multan: each
    # counts once, at its widest level
    line = service("Test National Line", needs=("legal", "emergency"), area="National",
                   service_areas=[{"id": make_id("a1"), "name": "National"},
                                  {"id": make_id("a2"), "name": "Multan"}])
    both = service("Test Punjab Shelter", needs=("shelter",), area="Punjab",
                   service_areas=[{"id": make_id("b1"), "name": "Punjab"},
                                  {"id": make_id("b2"), "name": "Multan"}])
    empty_directory.import_file(write_json(tmp_path / "s.json", page(desk, old, line, both)))
    corrections.record(empty_directory, Correction(old["id"], old["name"], "number_not_working",
                                                   old_value="0300-0000000"))
    found = directory_coverage(empty_directory, "Punjab", today=date(2026, 11, 1))
    multan = next(d for d in found.districts if d.district.name == "Multan")
    cell = multan.cells["legal"]
    assert (cell.own, cell.province, cell.national, cell.verified, cell.dead) == (1, 1, 1, 1, 1)
    shelter = multan.cells["shelter"]
    assert (shelter.own, shelter.province, shelter.national) == (0, 1, 0)
    lahore = next(d for d in found.districts if d.district.name == "Lahore")
    assert (lahore.cells["legal"].total, lahore.cells["legal"].dead) == (2, 1)
    assert lahore.cells["emergency"].national == 1
    assert all(d.district.parent == "pb" for d in found.districts)
    assert found.verified_since == "2025-11-01"


def test_an_unknown_province_is_one_sentence(empty_directory) -> None:
    with pytest.raises(UserError, match="^There is no province called 'Atlantis'; choose one"):
        directory_coverage(empty_directory, "Atlantis")
