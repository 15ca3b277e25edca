"""Places found by name: provinces, districts, and cities of several districts."""

from referral_app.core.geography import Geography, Place
from referral_app.core.search_terms import coverage

PLACES = [Place("pk", "country", "National", "", ""), Place("sd", "province", "Sindh", "", "pk"),
          Place("sd-east", "district", "Karachi East", "", "sd"),
          Place("sd-malir", "district", "Malir", "", "sd"),
          Place("sd-hyd", "district", "Hyderabad", "", "sd")]
CITIES = [(("Karachi", "کراچی", "Karachi Division"), ("sd-east", "sd-malir", "sd-gone"))]


def test_a_city_of_several_districts_stands_for_them() -> None:
    geography = Geography(PLACES, [], CITIES)
    assert [p.code for p in geography.areas("karachi")] == ["sd-east", "sd-malir"]
    assert [p.code for p in geography.areas("کراچی")] == ["sd-east", "sd-malir"]
    assert [p.code for p in geography.areas("Karachi Division")] == ["sd-east", "sd-malir"]
    assert [p.code for p in geography.areas("Hyderabad")] == ["sd-hyd"]
    assert geography.areas("Atlantis") == [] and geography.city("Hyderabad") == []
    assert geography.city_names() == ["Karachi"]


def test_a_service_in_such_a_city_covers_its_districts() -> None:
    geography = Geography(PLACES, [], CITIES)
    assert coverage(["Karachi"], [], geography) == {"sd-east", "sd-malir"}
    assert coverage([], [("Karachi", "", "Sindh")], geography) == {"sd-east", "sd-malir"}
    assert coverage([], [("Karachi", "Sindh", "Sindh")], geography) == {"sd-east", "sd-malir"}
    assert coverage([], [("Karachi", "Malir", "Sindh")], geography) == {"sd-malir"}
    assert Geography(PLACES, []).areas("Karachi") == []  # no cities given: none known
