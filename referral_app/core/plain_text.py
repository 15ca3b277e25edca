"""Text from a file as the directory keeps it: nothing hidden in it, and not too long.

Direction controls (a right-to-left override shows "Lahore" as "erohaL", or one number as
another) and invisible characters (zero-width spaces, soft hyphens, format and control
characters) are removed on the way in; the window isolates each value itself where Urdu and
English meet (``text.set_apart``). A zero-width joiner or non-joiner between two letters of a
non-Latin script is kept: Urdu writes some words with it. Line breaks are kept only in the long
texts (descriptions); elsewhere they become spaces, so that a name cannot add a line of its
own. Every field has a length bound (``limit``), documented in docs/hsds-extensions.md: a
1 MB name froze the window for two minutes and made a 541-page slip.
"""

from __future__ import annotations

import re

from .phone_number import MAX_LENGTH as PHONE_LENGTH
from .phone_number import code_point

NAME_LENGTH = 300  # names, and any short text not listed below
LONG_LENGTH = 5_000  # descriptions and other texts written in sentences
WEB_ADDRESS_LENGTH = 2_000
EMAIL_LENGTH = 254
EXTENT_LENGTH = 100_000  # a service area's outline, never shown
LONG_FIELDS = frozenset({
    "description", "description_ur", "eligibility_description", "application_process",
    "fees_description", "alert", "interpretation_services", "transportation", "notes",
})

# Every format (Cf), control (Cc), line and paragraph separator (Zl, Zp) character of Unicode
# 15.1, and lone surrogates; tests/core/test_plain_text.py checks that none is missing.
HIDDEN_CLASS = (
    "\x00-\x1f\x7f-\x9f\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e"
    "\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\ud800-\udfff"
    "\U000110bd\U000110cd\U00013430-\U0001343f\U0001bca0-\U0001bca3\U0001d173-\U0001d17a"
    "\U000e0001\U000e0020-\U000e007f"
)
# Letters and marks that draw nothing: Hangul fillers, the Khmer inherent vowels, the blank
# Braille pattern, Mongolian free variation selectors, variation selectors and the combining
# grapheme joiner. A name holding one looks like another name; they are hidden too.
INVISIBLE_LETTERS = (
    "͏ᅟᅠ឴឵᠋-᠏⠀ㅤ︀-️ﾠ"
    "󠄀-󠇯"
)
_HIDDEN = re.compile(f"[{HIDDEN_CLASS}{INVISIBLE_LETTERS}]")
_JOINERS = "\u200c\u200d"
_LINE_BREAKS = "\n\t"


def limit(field: str, kind: str) -> int:
    """How many characters a field may hold."""
    if kind == "uri":
        return WEB_ADDRESS_LENGTH
    if kind == "email":
        return EMAIL_LENGTH
    if kind == "phone":
        return PHONE_LENGTH
    if field == "extent":
        return EXTENT_LENGTH
    return LONG_LENGTH if field in LONG_FIELDS else NAME_LENGTH


def has_hidden(text: str) -> bool:
    return _HIDDEN.search(text) is not None


def first_hidden(text: str) -> str:
    """'U+202E RIGHT-TO-LEFT OVERRIDE' for the first hidden character; '' when none."""
    found = _HIDDEN.search(text)
    return code_point(found.group()) if found else ""


def cleaned(text: str, multiline: bool = False) -> str:
    """``text`` without direction controls and invisible characters. Line breaks and tabs are
    kept when ``multiline``, else each becomes a space."""
    if _HIDDEN.search(text) is None:
        return text
    out = []
    last = len(text) - 1
    for index, ch in enumerate(text):
        if not _HIDDEN.fullmatch(ch):
            out.append(ch)
        elif ch in _LINE_BREAKS or ch == "\r":
            if ch == "\r":
                continue  # \r\n is one line break
            out.append(ch if multiline else " ")
        elif ch in _JOINERS and 0 < index < last and _joins(text[index - 1], text[index + 1]):
            out.append(ch)
    return "".join(out)


def visible(text: str) -> str:
    """``text`` with every hidden character written out as ⟨U+202E⟩, so that two values that
    differ only in them are seen to differ."""
    return _HIDDEN.sub(lambda found: f"⟨U+{ord(found.group()):04X}⟩", text)


def _joins(before: str, after: str) -> bool:
    return before.isalpha() and after.isalpha() and not (before.isascii() and after.isascii())
