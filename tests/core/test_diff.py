from referral_app.core.diff import Change, changes


def test_field_by_field_changes() -> None:
    before = {"id": "a", "name": "Desk", "phones": [{"id": "p", "number": "1"}]}
    after = {"id": "a", "name": "Desk", "phones": [{"id": "p", "number": "2"}],
             "email": "desk@example.org"}
    assert changes(before, after) == [
        Change("email", "", "desk@example.org"), Change("phones[0].number", "1", "2")]


def test_a_new_record_shows_every_field() -> None:
    assert changes(None, {"name": "New"}) == [Change("name", "", "New")]
