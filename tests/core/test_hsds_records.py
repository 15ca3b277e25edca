import pytest

from referral_app.core.hsds_records import RecordReader, as_stored
from tests.fixtures.services import make_id, service


def read(obj):
    return list(RecordReader("test.json").records("[0]", obj))


def problems_of(obj) -> list[str]:
    """Every problem, also those of a phone, address or schedule that only drop that part."""
    return [f"{p.field}: {p.message}" for r in read(obj) for p in r.problems + r.dropped]


def test_a_bad_phone_drops_the_phone_and_a_bad_status_the_record() -> None:
    obj = service("Split") | {"phones": [{"id": make_id("p"), "number": "letters"}]}
    (record,) = [r for r in read(obj) if r.table == "service"]
    assert [p.field for p in record.dropped] == ["phones[0].number"] and not record.problems
    assert not [s for s in record.satellites if s.table == "phone"]
    (record,) = [r for r in read(obj | {"status": "gone"}) if r.table == "service"]
    assert [p.field for p in record.problems] == ["status"]


def test_a_bad_programme_or_contact_drops_that_part_and_a_bad_service_area_the_record() -> None:
    # Published directories paste a programme's description into its name; the organization
    # and its services stay, without that programme.
    org = {"id": make_id("o"), "name": "Org", "website": "https://example.org", "programs": [
        {"id": make_id("prog"), "name": "Help", "alternate_name": "x" * 400}],
        "contacts": [{"id": make_id("c"), "email": "TEst"}]}
    (record,) = read(org)
    assert sorted(p.field for p in record.dropped) == [
        "contacts[0].email", "programs[0].alternate_name", "programs[0].description"]
    assert not record.problems
    assert not [s for s in record.satellites if s.table in ("program", "contact")]
    obj = service("Area") | {"service_areas": [{"id": make_id("a"), "name": "x" * 400}]}
    (record,) = [r for r in read(obj) if r.table == "service"]
    assert record.problems and not record.dropped


def test_a_service_gives_its_organization_and_location_first() -> None:
    out = read(service("Legal desk", district="Multan", province="Punjab"))
    assert [r.table for r in out] == ["organization", "location", "service"]
    svc = out[-1]
    assert svc.needs == {"legal"}
    assert svc.row["organization_id"] == out[0].id
    located = [s for s in svc.satellites if s.table == "service_at_location"]
    assert located[0].row["location_id"] == out[1].id
    assert not any(r.problems for r in out)


def test_need_attributes_become_needs_not_stored_attributes() -> None:
    svc = read(service("x", needs=("shelter", "health")))[-1]
    assert svc.needs == {"shelter", "health"}
    assert not [s for s in svc.satellites if s.table == "attribute"]


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"name": None}, "name: is null; HSDS leaves empty fields out"),
        ({"name": 5}, "name: must be text (found 5)"),
        ({"id": "not-a-uuid"}, "id: must be a UUID"),
        ({"status": "open"}, "status: must be one of: active, inactive, defunct"),
        ({"minimum_age": "12"}, "minimum_age: must be a number"),
        ({"free_of_charge": "yes"}, "free_of_charge: must be true or false"),
        ({"url": "www.example.org"}, "url: must be a web address with its scheme"),
        ({"email": "nobody"}, "email: must be an e-mail address"),
        ({"source_date": "01/02/2024"}, "source_date: must be a date written"),
        ({"last_verified": "2024-02-30"}, "last_verified: must be a date written YYYY-MM-DD"),
        ({"phones": [{"id": make_id("p")}]}, "phones[0].number: is missing"),
        ({"phones": {"id": make_id("p")}}, "phones: must be a list"),
        ({"phones": ["0300"]}, "phones[0]: must be an object"),
        ({"minimum_age": 30, "maximum_age": 10}, "minimum_age: is above maximum_age"),
    ],
)
def test_each_bad_value_is_named_with_its_field(change, expected) -> None:
    obj = service("Checked") | change
    found = problems_of(obj)
    assert any(p.startswith(expected) for p in found), found


def test_missing_required_fields_are_each_reported() -> None:
    found = problems_of({"description": "no id, no name, no status"})
    assert {"id: is missing", "name: is missing", "status: is missing"} <= set(found)


def test_a_problem_names_file_record_and_field() -> None:
    obj = service("Named") | {"phones": [{"id": make_id("p"), "number": 300}]}
    problem = [p for r in read(obj) for p in r.problems + r.dropped][0]
    assert problem.file == "test.json"
    assert problem.record == f"service {obj['id']}"
    assert problem.position == "record 1"
    assert problem.field == "phones[0].number"


def test_two_rows_with_one_id_under_one_parent_are_refused() -> None:
    phone = {"id": make_id("dup"), "number": "1121"}
    found = problems_of(service("Dup") | {"phones": [phone, dict(phone, number="1122")]})
    assert any("is used twice" in p for p in found)


def test_the_same_row_repeated_under_copies_of_a_parent_is_kept_once(tmp_path) -> None:
    language = {"id": make_id("urdu"), "name": "Urdu"}
    phone = {"id": make_id("phone"), "number": "1121", "languages": [language]}
    obj = service("Copies") | {
        "phones": [phone],
        "contacts": [{"id": make_id("contact"), "phones": [phone]}],
    }
    svc = read(obj)[-1]
    assert not svc.problems
    assert [s.table for s in svc.satellites].count("language") == 1


def test_something_that_is_not_an_object_is_not_a_record() -> None:
    assert problems_of(42) == [": is not an HSDS record (a JSON object)"]


def test_open_eligibility_terms_give_needs() -> None:
    obj = service("Foreign", needs=()) | {"attributes": [{
        "id": make_id("attr"),
        "taxonomy_term": {"id": make_id("term"), "code": "1124", "name": "Help Escape Violence",
                          "description": "x", "taxonomy": "Open Eligibility"},
    }]}
    svc = read(obj)[-1]
    assert svc.needs == {"protection"}
    assert [s.table for s in svc.satellites].count("attribute") == 1


@pytest.mark.parametrize(("nested", "expected"), [
    ({"services": {"id": make_id("s")}}, "services: must be a list"),
    ({"locations": ["Lahore"]}, "locations[0]: must be an object"),
])
def test_an_organization_is_complete_when_it_is_handed_over(nested, expected) -> None:
    # The importer takes each record as it comes: a problem added later would be missed.
    org = {"id": make_id("org"), "name": "Trust", "website": "https://example.org"} | nested
    records = RecordReader("test.json").records("[0]", org)
    first = next(records)
    assert first.table == "organization"
    assert [f"{p.field}: {p.message}" for p in first.problems] == [expected]
    assert list(records) == []


def fingerprints(obj) -> list[str]:
    return [record.digest() for record in read(obj)]


def test_a_fingerprint_ignores_the_order_of_fields_but_not_their_values() -> None:
    obj = service("Legal desk", district="Multan", province="Punjab")
    reordered = dict(reversed(list(obj.items())))
    reordered["phones"] = [dict(reversed(list(p.items()))) for p in obj["phones"]]
    assert fingerprints(reordered) == fingerprints(obj)
    for change in ({"name": "Legal desk "}, {"minimum_age": 18}, {"minimum_age": 18.0},
                   {"free_of_charge": True}, {"phones": [dict(obj["phones"][0], number="1121")]}):
        changed = fingerprints({**obj, **change})
        assert changed[-1] != fingerprints(obj)[-1], change
        assert changed[:-1] == fingerprints(obj)[:-1]  # its organization and location


def phone(number: str) -> dict:
    return {"phones": [{"id": make_id("p"), "number": "0300-0000000"},
                       {"id": make_id("q"), "number": number}]}


@pytest.mark.parametrize(("number", "words"), [
    ("111-247-786\u202e", "direction control (U+202E RIGHT-TO-LEFT OVERRIDE)"),
    ("111-24\u200b7-786", "invisible character (U+200B ZERO WIDTH SPACE)"),
    ("१११-२४७-७८६", "digit of another script (U+0967 DEVANAGARI DIGIT ONE)"),
    ("１１１-２４７-７８６", "digit of another script (U+FF11 FULLWIDTH DIGIT ONE)"),
    ("111-247-786 / 1099", "more than one number"),
    ("9" * 5000, "is 5,000 characters long"),
])
def test_a_number_that_can_lie_is_refused_with_its_field_named(number, words) -> None:
    found = problems_of(service("Lying number") | phone(number))
    assert len(found) == 1
    assert found[0].startswith("phones[1].number: "), found
    assert words in found[0]


def test_urdu_digits_in_a_number_are_stored_as_ascii_digits() -> None:
    svc = read(service("Urdu digits") | phone("۱۱۱-۲۴۷-۷۸۶"))[-1]
    assert not svc.problems
    assert [s.row["number"] for s in svc.satellites if s.table == "phone"] == [
        "0300-0000000", "111-247-786"]


def test_text_loses_its_direction_controls_and_invisible_characters() -> None:
    obj = service("Test\u202e Desk\u200b") | {
        "description": "Line one\u2066\r\nLine two", "alternate_name": "Two\nlines"}
    svc = read(obj)[-1]
    assert not svc.problems
    assert svc.row["name"] == "Test Desk"
    assert svc.row["description"] == "Line one\nLine two"
    assert svc.row["alternate_name"] == "Two lines"


@pytest.mark.parametrize(("change", "expected"), [
    ({"name": "N" * 301}, "name: is 301 characters long; this field holds at most 300"),
    ({"name": "N" * 1_000_000}, "name: is 1,000,000 characters long"),
    ({"description": "D" * 5_001}, "description: is 5,001 characters long"),
    ({"url": "https://example.org/" + "a" * 2_000}, "url: is 2,020 characters long"),
    ({"url": "https://exa\u202emple.org"}, "url: holds a direction control or an invisible "
                                            "character (U+202E RIGHT-TO-LEFT OVERRIDE)"),
    ({"email": "desk@exa\u200bmple.org"}, "email: holds a direction control or an invisible "
                                           "character (U+200B ZERO WIDTH SPACE)"),
])
def test_an_oversize_or_hidden_value_is_refused_with_its_field_named(change, expected) -> None:
    found = problems_of(service("Bounded") | change)
    assert any(p.startswith(expected) for p in found), found


def test_a_nested_service_as_the_directory_would_keep_it() -> None:
    obj = service("Test\u202e Desk", district="Multan", province="Punjab") | phone("۱۱۲۲")
    obj["organization"]["name"] = "Test\u200b Trust"
    obj["service_at_locations"][0]["location"]["addresses"][0]["city"] = "Multan\u2069"
    stored = as_stored(obj)
    assert stored["name"] == "Test Desk"
    assert stored["organization"]["name"] == "Test Trust"
    assert stored["phones"][1]["number"] == "1122"
    assert stored["service_at_locations"][0]["location"]["addresses"][0]["city"] == "Multan"
    assert obj["name"] == "Test\u202e Desk"  # the file's object is left as it was
