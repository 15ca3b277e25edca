from referral_app.core.diff import Change, changes


def test_field_by_field_changes() -> None:
    before = {"id": "a", "name": "Desk", "phones": [{"id": "p", "number": "1"}]}
    after = {"id": "a", "name": "Desk", "phones": [{"id": "p", "number": "2"}],
             "email": "desk@example.org"}
    assert changes(before, after) == [
        Change("email", "", "desk@example.org"), Change("phones[0].number", "1", "2")]


def test_a_new_record_shows_every_field() -> None:
    assert changes(None, {"name": "New"}) == [Change("name", "", "New")]


def shown(before: str, after: str) -> tuple[str, str, str]:
    return Change("phones[0].number", before, after).shown()


def test_a_change_in_invisible_characters_is_made_visible() -> None:
    before, after, note = shown("111-247-786", "\u202e687-742-111")
    assert (before, after) == ("111-247-786", "⟨U+202E⟩687-742-111")
    assert shown("111-247-786", "111-247-786\u200b") == (
        "111-247-786", "111-247-786⟨U+200B⟩", "nothing → U+200B")


def test_look_alike_characters_are_named_by_code_point() -> None:
    assert shown("111-247-786", "111-247-७86")[2] == "U+0037 → U+096D"  # Devanagari seven
    assert shown("Bolo Desk", "Bоlo Desk")[2] == "U+006F → U+043E"  # Cyrillic o
    assert shown("café", "cafe\u0301")[2] == "U+00E9 → U+0065 U+0301"  # another Unicode form


def test_an_ordinary_change_has_no_note() -> None:
    assert shown("111-247-786", "111-247-787") == ("111-247-786", "111-247-787", "")
    assert shown("لاہور", "کراچی")[2] == ""
