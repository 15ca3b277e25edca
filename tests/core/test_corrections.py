"""Taking a caseworker's corrections into a service record (the coordinator's side)."""

import json

import pytest

from referral_app.core.corrections import (
    LOCAL_ALERT,
    Correction,
    local_service,
    new_service_record,
    taken_in,
)
from referral_app.core.errors import UserError

TODAY = "2026-11-29"


def record() -> dict:
    return {
        "id": "s-1", "name": "Desk", "status": "active", "last_verified": "2026-01-10",
        "phones": [{"id": "p-1", "number": "0300-1234567"}, {"id": "p-2", "number": "1098"}],
        "service_at_locations": [{"id": "a-1", "location": {
            "id": "l-1", "location_type": "physical",
            "phones": [{"id": "p-3", "number": "042 111 222"}]}}],
    }


def test_a_later_verification_is_taken_in_with_who_verified_it() -> None:
    original = record()
    changed, why = taken_in(original, Correction("s-1", "Desk", "verified",
                                                 new_value="2026-11-20"), "Test NGO", TODAY)
    assert why == "" and changed is not None
    assert (changed["last_verified"], changed["verified_by"]) == ("2026-11-20", "Test NGO")
    assert original["last_verified"] == "2026-01-10"  # the record given is left as it was


@pytest.mark.parametrize(("day", "why"), [
    ("2026-01-10", "on that day or later"), ("2025-12-31", "on that day or later"),
    ("someday", "not a date"), ("2026-11-30", "2026-11-30 is in the future"),
])
def test_an_older_unreadable_or_future_verification_changes_nothing(day, why) -> None:
    changed, said = taken_in(record(), Correction("s-1", "Desk", "verified", new_value=day), "X",
                             TODAY)
    assert changed is None and why in said


@pytest.mark.parametrize(("number", "left"), [
    ("1098", (["0300-1234567"], ["042 111 222"])),
    ("03001234567", (["1098"], ["042 111 222"])),  # written without the dash
    ("042-111-222", (["0300-1234567", "1098"], [])),  # a number of the service's location
])
def test_a_number_that_does_not_work_is_removed_wherever_it_is_listed(number, left) -> None:
    changed, _ = taken_in(record(), Correction("s-1", "Desk", "number_not_working",
                                               old_value=number), "X", TODAY)
    assert changed is not None
    location = changed["service_at_locations"][0]["location"]
    assert ([p["number"] for p in changed["phones"]],
            [p["number"] for p in location["phones"]]) == left


def test_a_number_no_longer_listed_changes_nothing() -> None:
    changed, why = taken_in(record(), Correction("s-1", "Desk", "number_not_working",
                                                 old_value="0999"), "X", TODAY)
    assert changed is None and "0999 is no longer listed" in why


def test_written_values_are_left_to_a_person() -> None:
    for kind in ("phone", "hours", "address"):
        changed, why = taken_in(record(), Correction("s-1", "Desk", kind, "a", "b"), "X", TODAY)
        assert changed is None and "by hand" in why


def test_an_added_service_loses_its_added_here_alert_only() -> None:
    service = local_service("Desk", "NGO", "0300-1", "Multan", "legal", "2026-11-20")
    assert service["alert"] == LOCAL_ALERT
    correction = Correction(service["id"], "Desk", "new_service", new_value=json.dumps(service))
    taken = new_service_record(correction)
    assert "alert" not in taken and taken["phones"] == service["phones"]
    for broken in ("{", "[]", json.dumps(dict(service, id="another"))):
        with pytest.raises(UserError, match="not readable"):
            new_service_record(Correction(service["id"], "Desk", "new_service",
                                          new_value=broken))


def test_what_the_published_record_already_says() -> None:
    from referral_app.core.corrections import is_published

    published = record()
    assert is_published(published, Correction("s-1", "Desk", "verified", new_value="2026-01-10"))
    assert not is_published(published, Correction("s-1", "Desk", "verified",
                                                   new_value="2026-01-11"))
    assert not is_published(published, Correction("s-1", "Desk", "verified", new_value="soon"))
    assert is_published(published, Correction("s-1", "Desk", "number_not_working",
                                              old_value="0999"))
    for listed in ("1098", "042-111-222"):  # its own number, its location's
        assert not is_published(published, Correction("s-1", "Desk", "number_not_working",
                                                      old_value=listed))
    assert not is_published(published, Correction("s-1", "Desk", "number_not_working"))
    assert is_published(published, Correction("s-1", "Desk", "new_service"))
    assert not is_published(dict(published, alert=LOCAL_ALERT),
                            Correction("s-1", "Desk", "new_service"))
    for kind in ("phone", "hours", "address"):
        assert not is_published(published, Correction("s-1", "Desk", kind, "a", "b"))


def test_a_corrected_phone_is_kept_in_its_one_dialable_form() -> None:
    fixed = Correction("s-1", "Desk", "phone", "0300-1234567", "۰۳۰۰-۷۶۵۴۳۲۱").check()
    assert fixed.new_value == "0300-7654321"
    for lying in ("\u202e0300-7654321", "0300-76\u200b54321", "०३००-७६५४३२१", "0300 / 1099"):
        with pytest.raises(UserError, match="^The phone number "):
            Correction("s-1", "Desk", "phone", "", lying).check()


def test_written_hours_and_addresses_lose_hidden_characters() -> None:
    fixed = Correction("s-1", "Desk", "address", "", "12 Test\u202e Road\u200b").check()
    assert fixed.new_value == "12 Test Road"


def test_a_local_service_uses_the_same_phone_check_and_name_bound() -> None:
    made = local_service("Test\u200b Desk", "", "۱۱۲۲", "Multan", "legal", "2026-11-28")
    assert made["name"] == "Test Desk" and made["phones"][0]["number"] == "1122"
    with pytest.raises(UserError, match="direction control"):
        local_service("Test Desk", "", "\u202e1122", "", "legal", "2026-11-28")
    with pytest.raises(UserError, match="at most 300 characters"):
        local_service("D" * 301, "", "", "", "legal", "2026-11-28")


@pytest.mark.parametrize("field", ["service_name", "made_by", "sender"])
def test_a_corrections_file_with_a_huge_name_is_refused(field) -> None:
    """A service name or a sender of a megabyte printed a 1 MB line in 'accept --dry-run'."""
    from referral_app.core.corrections import corrections_payload, read_corrections_payload
    from referral_app.core.errors import InvalidFileError

    huge = "N" * 1_000_000
    correction = Correction("s-1", "Desk", "verified", new_value="2026-11-20")
    if field != "sender":
        correction = Correction(**{**correction.__dict__, field: huge})
    data = corrections_payload([correction], huge if field == "sender" else "CW-07", "NGO")
    with pytest.raises(InvalidFileError, match="longer than 300 characters"):
        read_corrections_payload(data, "fixes.json")
