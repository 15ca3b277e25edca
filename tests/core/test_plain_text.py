import sys
import unicodedata

import pytest

from referral_app.core.plain_text import (
    NAME_LENGTH,
    cleaned,
    has_hidden,
    limit,
    visible,
)


def test_every_format_and_control_character_counts_as_hidden() -> None:
    missing = [f"U+{code:04X}" for code in range(sys.maxunicode + 1)
               if unicodedata.category(chr(code)) in ("Cf", "Cc", "Zl", "Zp", "Cs")
               and not has_hidden(chr(code))]
    assert missing == []
    assert not has_hidden("Legal aid desk, Lahore: قانونی مدد ۱۲۳ 0300-0000000")


@pytest.mark.parametrize(("given", "kept"), [
    ("Test Desk\u202e", "Test Desk"),
    ("\u2067Test\u2069 \u200eDesk\u200f", "Test Desk"),
    ("Te\u200bst\u00ad De\u2060sk\ufeff", "Test Desk"),
    ("Test\nDesk\tOne\r\n", "Test Desk One "),
    ("Test \u3164\uffa0\u115f\u1160Desk", "Test Desk"),  # Hangul fillers
    ("Test \u2800\u17b4\u17b5\ufe0f\u180bDesk\U000e0100", "Test Desk"),
])
def test_direction_controls_and_invisible_characters_are_removed(given, kept) -> None:
    assert cleaned(given) == kept


def test_a_long_text_keeps_its_line_breaks() -> None:
    assert cleaned("First line\r\nSecond\tline", multiline=True) == "First line\nSecond\tline"


def test_a_joiner_inside_an_urdu_word_is_kept_elsewhere_removed() -> None:
    urdu = "می\u200cخواہم"
    assert cleaned(urdu) == urdu
    assert cleaned("Test\u200c Desk\u200d") == "Test Desk"


def test_hidden_characters_are_written_out_to_be_seen() -> None:
    assert visible("111-247-786\u202e") == "111-247-786⟨U+202E⟩"
    assert visible("plain") == "plain"


def test_each_field_has_a_length_bound() -> None:
    assert limit("name", "str") == NAME_LENGTH == 300
    assert limit("description", "str") == 5_000
    assert limit("url", "uri") == 2_000
    assert limit("email", "email") == 254
    assert limit("number", "phone") == 30
