"""Coverage counts each service once per district, at its widest level."""

from referral_app.core.coverage import ServiceReach, coverage
from referral_app.core.geography import Place

PLACES = {p.code: p for p in (
    Place("pk", "country", "National", "قومی", ""),
    Place("pb", "province", "Punjab", "پنجاب", "pk"),
    Place("sd", "province", "Sindh", "سندھ", "pk"),
    Place("pb-a", "district", "Alpha", "", "pb"),
    Place("pb-b", "district", "Beta", "", "pb"),
    Place("sd-c", "district", "Gamma", "", "sd"),
)}


def _cells(found, district):
    return next(d for d in found.districts if d.district.code == district).cells


def test_levels_and_widest_only() -> None:
    found = coverage(PLACES, [
        ServiceReach(("legal",), ("pb-a",), verified=True, dead_number=False),
        ServiceReach(("legal",), ("pb", "pb-a"), verified=False, dead_number=True),
        ServiceReach(("legal", "shelter"), ("pk", "sd-c"), verified=True, dead_number=False),
    ], "2025-01-01")
    alpha = _cells(found, "pb-a")["legal"]
    assert (alpha.own, alpha.province, alpha.national, alpha.total) == (1, 1, 1, 3)
    assert (alpha.verified, alpha.dead) == (2, 1)
    beta = _cells(found, "pb-b")["legal"]
    assert (beta.own, beta.province, beta.national) == (0, 1, 1)
    gamma = _cells(found, "sd-c")
    assert (gamma["legal"].own, gamma["legal"].national) == (0, 1)  # national, not own
    assert gamma["shelter"].total == 1 and _cells(found, "pb-a")["health"].total == 0
    assert found.districts_without()["health"] == 3
    assert found.districts_without()["shelter"] == 0
    assert found.services_in("pb", "legal") == 2 and found.services_in("pk", "legal") == 1


def test_one_province() -> None:
    found = coverage(PLACES, [], "2025-01-01", province="sd")
    assert [d.district.code for d in found.districts] == ["sd-c"]
    assert found.districts[0].missing == tuple(found.districts[0].cells)
