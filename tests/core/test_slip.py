import pytest

from referral_app.core.service_view import Address, Phone, ServiceView
from referral_app.core.slip import Slip, discreet, slip_entry


def view(**changes) -> ServiceView:
    base = ServiceView(id="x", name="Lahore Women Shelter", name_ur="", organization="Hope Trust",
                       needs=["shelter"], status="active",
                       phones=[Phone("042-1234567", "")],
                       addresses=[Address("12 Mall Road, Lahore", True)],
                       documents=["CNIC copy", "Police report of the violence"])
    for key, value in changes.items():
        setattr(base, key, value)
    return base


@pytest.mark.parametrize("text", ["Anti-Trafficking Cell", "VICTIM support", "Dar-ul-Aman",
                                  "Women's Shelter", "پناہ گاہ", "انسانی اسمگلنگ", "Rescue 1122",
                                  "Crisis Centre"])
def test_sensitive_words_are_caught_in_both_languages(text: str) -> None:
    assert not discreet(text)


def test_ordinary_words_pass() -> None:
    assert discreet("Hope Trust Legal Desk") and discreet("مدد مرکز")


def test_the_slip_name_comes_first_then_a_discreet_name() -> None:
    assert slip_entry(view(), slip_name="Hope Centre").title == "Hope Centre"
    assert slip_entry(view()).title == "Hope Trust"  # the name says "Shelter"
    assert slip_entry(view(organization="Women Crisis Trust")).title == ""


def test_a_confidential_address_is_never_on_a_slip() -> None:
    entry = slip_entry(view())
    assert entry.call_first and entry.address == ""
    open_address = slip_entry(view(addresses=[Address("5 Canal Road", False)]))
    assert open_address.address == "5 Canal Road" and not open_address.call_first
    telling = slip_entry(view(addresses=[Address("Shelter Lane 4", False)]))
    assert telling.address == "" and telling.call_first


def test_documents_with_sensitive_words_are_left_out() -> None:
    assert slip_entry(view()).documents == ("CNIC copy",)


def test_direction_controls_from_the_directory_are_removed() -> None:
    entry = slip_entry(view(), slip_name="\u202eHope Centre\u202c")
    assert entry.title == "Hope Centre"


def test_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError):
        Slip((), language="fr")
