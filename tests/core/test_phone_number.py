import pytest

from referral_app.core.phone_number import (
    PhoneNumberError,
    dialable,
    is_dialable,
    tel_link,
)


@pytest.mark.parametrize("number", [
    "111-247-786", "15", "1099", "0300-0000000", "+92 51 0000000", "(051) 000 0000",
    "0800-00000", "0092 300 0000000",
])
def test_a_plain_number_is_kept_as_written(number) -> None:
    assert dialable(number) == number
    assert is_dialable(number)


def test_urdu_and_arabic_digits_become_ascii_digits() -> None:
    assert dialable("۱۱۱-۲۴۷-۷۸۶") == "111-247-786"  # Urdu (Extended Arabic-Indic)
    assert dialable("٠٣٠٠-٠٠٠٠٠٠٠") == "0300-0000000"  # Arabic-Indic
    assert not is_dialable("۱۱۲۲")  # converted on the way in: the stored form is ASCII


def test_spaces_of_any_kind_become_one_ascii_space() -> None:
    assert dialable(" 0300\u00a0 000\u20070000 ") == "0300 000 0000"


def test_quotes_around_a_number_are_dropped() -> None:
    # HSDS's own examples write "number": "\"+44 1234 234567\""
    assert dialable('"+44 1234 234567"') == "+44 1234 234567"
    with pytest.raises(PhoneNumberError):
        dialable('0300 "0000000"')


@pytest.mark.parametrize(("number", "words"), [
    ("\u202e687-742-111", "direction control (U+202E RIGHT-TO-LEFT OVERRIDE)"),
    ("111-247\u200f-786", "direction control (U+200F RIGHT-TO-LEFT MARK)"),
    ("\u2066111-247-786\u2069", "direction control (U+2066 LEFT-TO-RIGHT ISOLATE)"),
    ("111\u061c-247-786", "direction control (U+061C ARABIC LETTER MARK)"),
    ("111-2\u200b47-786", "invisible character (U+200B ZERO WIDTH SPACE)"),
    ("111-247\u00ad-786", "invisible character (U+00AD SOFT HYPHEN)"),
    ("111-247-786\ufeff", "invisible character (U+FEFF ZERO WIDTH NO-BREAK SPACE)"),
    ("111\n247786", "invisible character (U+000A)"),
    ("१११-२४७-७८६", "digit of another script (U+0967 DEVANAGARI DIGIT ONE)"),
    ("１１１-２４７-７８６", "digit of another script (U+FF11 FULLWIDTH DIGIT ONE)"),
    ("111-247-\U0001d7ff86", "digit of another script (U+1D7FF MATHEMATICAL MONOSPACE"),
    ("111-247-786 ext 12", "letters ('ext'): put an extension in `extension`"),
    ("0800-00000 toll free", "letters ('toll free'): put an extension"),
    ("111-247-786 / 1099", "more than one number ('/')"),
    ("111-247-786, 1099", "more than one number (',')"),
    ("1099+1098", "more than one number (a + that is not at its start)"),
    ("0300 0000000 0321 0000000", "too few or too many digits (22); a phone number has 2 to 15"),
    ("051.000.0000", "holds '.', which is not part of a number"),
    ("5", "too few or too many digits (1)"),
    ("", "too few or too many digits (0)"),
    ("5" * 5000, "is 5,000 characters long; a phone number is at most 30"),
])
def test_a_number_that_could_show_one_thing_and_dial_another_is_refused(number, words) -> None:
    with pytest.raises(PhoneNumberError) as refused:
        dialable(number)
    assert words in refused.value.for_file
    assert str(refused.value).startswith("The phone number ")  # the window's sentence
    assert not is_dialable(number)


def test_a_qr_code_carries_the_digits_of_one_number_and_its_plus() -> None:
    assert tel_link("111-247-786") == "tel:111247786"
    assert tel_link("+92 (51) 000-0000") == "tel:+92510000000"
    for refused in ("१११-२४७-७८६", "111-247-786 / 1099", "\u202e687-742-111", "۱۱۲۲"):
        with pytest.raises(ValueError):
            tel_link(refused)


@pytest.mark.parametrize("number", ["1121 1122", "15 1122", "1099 115", "۱۱۲۱ ۱۱۲۲"])
def test_two_short_codes_side_by_side_are_two_numbers(number) -> None:
    with pytest.raises(PhoneNumberError, match="more than one number"):
        dialable(number)


@pytest.mark.parametrize("number", ["0300 1234567", "042 1111111", "111 247 786", "1121",
                                    "+92 300 1234567", "051 920 1234"])
def test_a_number_written_in_groups_is_one_number(number) -> None:
    assert is_dialable(number)
