"""A district's coverage adds its own services, its province's and the national ones."""

from referral_app.core.coverage import PlaceCount, coverage
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


def test_levels_add_up() -> None:
    found = coverage(PLACES, [
        PlaceCount("own", "pb-a", "legal", 1, 1, 0),
        PlaceCount("province", "pb", "legal", 2, 0, 1),
        PlaceCount("national", "pk", "legal", 1, 1, 0),
        PlaceCount("national", "pk", "shelter", 1, 1, 0),
    ], "2025-01-01")
    alpha = _cells(found, "pb-a")["legal"]
    assert (alpha.own, alpha.province, alpha.national, alpha.total) == (1, 2, 1, 4)
    assert (alpha.verified, alpha.dead) == (2, 1)
    beta = _cells(found, "pb-b")["legal"]
    assert (beta.own, beta.province, beta.national) == (0, 2, 1)
    gamma = _cells(found, "sd-c")
    assert (gamma["legal"].total, gamma["shelter"].total, gamma["health"].total) == (1, 1, 0)
    assert found.districts_without()["health"] == 3
    assert found.districts_without()["shelter"] == 0
    assert found.services_in("pb", "legal") == 3 and found.services_in("pk", "legal") == 1
    assert found.services_in("pb-a", "legal") == 4 and found.services_in("xx", "legal") == 0


def test_one_province() -> None:
    found = coverage(PLACES, [], "2025-01-01", province="sd")
    assert [d.district.code for d in found.districts] == ["sd-c"]
    assert found.districts[0].missing == tuple(found.districts[0].cells)
