from datetime import datetime

import pytest

from referral_app.core.errors import UserError
from referral_app.core.models import SearchFilters
from tests.conftest import write_json
from tests.fixtures.services import page, service


@pytest.fixture
def sample(empty_directory, tmp_path):
    services = [
        service("Multan Legal Desk", needs=("legal",), area="Multan", district="Multan",
                province="Punjab", languages=("Urdu", "Saraiki"), free=True),
        service("Nawabshah Women's Refuge", needs=("shelter",), area="Shaheed Benazirabad",
                gender="female", languages=("Sindhi",)),
        service("National Helpline", needs=("emergency", "psychosocial"), area="National",
                phone="111-222-333"),
        service("Punjab Skills Centre", needs=("education", "livelihood"), area="Punjab",
                min_age=16, max_age=35),
        service("Peshawar Clinic", needs=("health",), area="Peshawar", gender="male"),
        service("Closed Office", needs=("legal",), area="National", status="defunct"),
        service("کراچی قانونی مرکز", needs=("legal",), area="Sindh",
                name_ur="کراچی قانونی مرکز"),
        service("Counselling in Lahore", needs=("psychosocial",), area="Lahore",
                description="Run by the Legal Desk network."),
    ]
    empty_directory.import_file(write_json(tmp_path / "s.json", page(*services)))
    return empty_directory


def names(directory, text="", **filters):
    return sorted(s.name for s in directory.search(text, SearchFilters(**filters)))


def test_typing_finds_by_prefix(sample) -> None:
    assert names(sample, "mult") == ["Multan Legal Desk"]
    assert names(sample, "mul le") == ["Multan Legal Desk"]


def test_name_matches_rank_above_description_matches(sample) -> None:
    found = [s.name for s in sample.search("legal desk")]
    assert found == ["Multan Legal Desk", "Counselling in Lahore"]


def test_urdu_with_arabic_letters_finds_urdu(sample) -> None:
    # Arabic kaf and yeh; Karachi is read as a place, so national services follow
    assert sample.search("كراچي")[0].name == "کراچی قانونی مرکز"
    assert names(sample, "كراچي", plain_words=True) == ["کراچی قانونی مرکز"]
    assert names(sample, "مرکز") == ["کراچی قانونی مرکز"]
    assert "Multan Legal Desk" in names(sample, "قانون")  # the Urdu label of its need


def test_need_labels_in_both_languages_are_searchable(sample) -> None:
    assert "Nawabshah Women's Refuge" in names(sample, "shelter")
    assert "Nawabshah Women's Refuge" in names(sample, "پناہ")


def test_phone_numbers_are_searchable(sample) -> None:
    assert names(sample, "111-222") == ["National Helpline"]


def test_need_filter_takes_any_of_several(sample) -> None:
    assert names(sample, needs=("shelter", "health")) == ["Nawabshah Women's Refuge",
                                                          "Peshawar Clinic"]


def test_district_filter_resolves_old_names_and_includes_national(sample) -> None:
    # Nawabshah is now Shaheed Benazirabad, in Sindh: Sindh-wide services serve it too.
    assert names(sample, district="Nawabshah") == [
        "National Helpline", "Nawabshah Women's Refuge", "کراچی قانونی مرکز"]
    assert names(sample, district="Multan") == ["Multan Legal Desk", "National Helpline",
                                                "Punjab Skills Centre"]


def test_province_filter_includes_its_districts_and_national(sample) -> None:
    assert names(sample, province="Punjab") == [
        "Counselling in Lahore", "Multan Legal Desk", "National Helpline", "Punjab Skills Centre"]


def test_language_gender_age_and_free_filters(sample) -> None:
    assert names(sample, language="Saraiki") == ["Multan Legal Desk"]
    assert names(sample, language="sd") == ["Nawabshah Women's Refuge"]
    assert "Peshawar Clinic" not in names(sample, gender="female")
    assert "Nawabshah Women's Refuge" in names(sample, gender="female")
    assert "Nawabshah Women's Refuge" not in names(sample, gender="male")
    assert "Punjab Skills Centre" not in names(sample, age=12)
    assert "Punjab Skills Centre" in names(sample, age=20)
    assert names(sample, free_only=True) == ["Multan Legal Desk"]


def test_defunct_services_are_hidden_unless_asked_for(sample) -> None:
    assert "Closed Office" not in names(sample, "office")
    assert names(sample, "office", include_inactive=True) == ["Closed Office"]


def test_filters_combine_with_text(sample) -> None:
    assert names(sample, "desk", needs=("legal",), district="Multan") == ["Multan Legal Desk"]
    assert names(sample, "desk", needs=("shelter",)) == []


def test_an_unknown_district_is_a_plain_sentence(sample) -> None:
    with pytest.raises(UserError, match="no district called 'Atlantis'"):
        sample.search("", SearchFilters(district="Atlantis"))


@pytest.mark.parametrize("text", ['"', "legal*", "-legal", "NEAR(legal desk)", "(legal", "a OR",
                                  "NOT", "names:legal", "'; DROP TABLE service; --"])
def test_query_syntax_is_plain_words(sample, text) -> None:
    sample.search(text)  # never an error
    assert sample.db.execute("SELECT count(*) FROM service").fetchone()[0] == 8


def test_results_are_limited_and_counted(sample) -> None:
    assert len(sample.search("", limit=3)) == 3
    assert sample.count("") == 7  # the defunct office is not listed
    assert sample.count("legal") == 3


def test_empty_query_browses_by_name(sample) -> None:
    found = [s.name for s in sample.search("")]
    assert found == sorted(found, key=str.casefold)


def test_results_carry_what_a_caseworker_needs(sample) -> None:
    result = sample.search("multan")[0]
    assert result.organization == "Test Organisation"
    assert result.needs == ("legal",)
    assert result.phones == ("0300-0000000",)
    assert (result.city, result.district, result.province) == ("Multan", "Multan", "Punjab")
    assert result.source_date == "2024-01-01" and result.last_verified == ""


def test_words_split_between_name_and_description_still_match(sample) -> None:
    # "Counselling" is in the name, "network" only in the description
    assert names(sample, "counselling network") == ["Counselling in Lahore"]


def test_many_matches_still_put_name_matches_first(empty_directory, tmp_path) -> None:
    crowd = [service(f"Office {i}", description="legal " * 5) for i in range(60)]
    named = service("Legal Help Point")
    empty_directory.import_file(write_json(tmp_path / "c.json", page(*crowd, named)))
    found = empty_directory.search("legal", limit=10)
    assert found[0].name == "Legal Help Point"
    assert len(found) == 10
    assert len(empty_directory.search("legal", limit=20, offset=50)) == 11


def test_need_counts_follow_the_rest_of_the_query(sample) -> None:
    counts = sample.need_counts("", SearchFilters(needs=("shelter",), district="Multan"))
    assert counts["legal"] == 1  # Multan Legal Desk; the need filter itself is left out
    assert counts["emergency"] == 1  # the national helpline
    assert counts["shelter"] == 0


def test_open_now_verified_and_children_filters(empty_directory, tmp_path) -> None:
    weekdays = [{"id": "5b0f5f6e-9f3c-4e0b-8a40-1b2c3d4e5f60", "freq": "WEEKLY",
                 "byday": "MO,TU,WE,TH,FR", "opens_at": "09:00", "closes_at": "17:00"}]
    services = [
        service("Day Office", schedules=weekdays, last_verified="2026-06-01"),
        service("Youth Desk", min_age=12, max_age=25),
        service("Adults Only", min_age=18),
    ]
    empty_directory.import_file(write_json(tmp_path / "h.json", page(*services)))
    monday_ten, sunday = datetime(2026, 11, 30, 10, 0), datetime(2026, 11, 29, 10, 0)
    assert names(empty_directory, open_at=monday_ten) == ["Day Office"]
    assert names(empty_directory, open_at=sunday) == []
    assert names(empty_directory, verified_since="2025-11-28") == ["Day Office"]
    assert names(empty_directory, children=True) == ["Day Office", "Youth Desk"]
