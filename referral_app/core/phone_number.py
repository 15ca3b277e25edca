"""One dialable form for a phone number.

The number that is stored, shown, copied, printed on a slip and put in its QR code is one
string of the ASCII digits 0-9, spaces and ``+ - ( )``. Urdu and Arabic digits are turned into
ASCII ones on the way in (they dial the same); anything that could make a number show one thing
and dial another is refused: direction controls (a right-to-left override shows 111-247-786 for
687-742-111), invisible characters, digits of other scripts that look like ours, letters, and
two numbers in one field. An extension belongs in HSDS's ``extension`` and a note such as
"toll free" in ``description``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from .errors import UserError

MAX_LENGTH = 30
MIN_DIGITS = 2  # 15 is Pakistan's police emergency number
MAX_DIGITS = 15  # the most any number has (ITU E.164), after its + or 00
ALLOWED = frozenset("0123456789+-() ")

_URDU_DIGITS = str.maketrans(
    {**{0x0660 + i: str(i) for i in range(10)}, **{0x06F0 + i: str(i) for i in range(10)}})
# Unicode's bidi controls: marks, embeddings and overrides, isolates, the Arabic letter mark.
DIRECTION_CONTROLS = frozenset(
    "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_SEPARATORS = frozenset("/,;|&")
_SPACES = re.compile(r" {2,}")
_WORDS = re.compile(r"[^\W\d_]+")
# ASCII digits, single spaces inside, + only first, no quotes: nothing to convert or refuse
_WRITTEN_PLAINLY = re.compile(r"\+?[0-9()\-]+(?: [0-9()\-]+)*").fullmatch


@dataclass(frozen=True)
class _Problem:
    """What is wrong, for a file's problem list (after the field) and for the window."""

    in_file: str
    in_window: str
    detail: str

    def for_file(self) -> str:
        return self.in_file.replace("%1", self.detail)

    def sentence(self) -> str:
        return self.in_window.replace("%1", self.detail)


class PhoneNumberError(UserError):
    """A phone number that cannot be used; ``str()`` is a sentence for the window,
    ``for_file`` what a file's problem list says after the field's name."""

    def __init__(self, problem: _Problem) -> None:
        super().__init__(problem.sentence())
        self.for_file = problem.for_file()


# The window's sentences (listed in ui/messages.py for translation); %1 is the detail.
TOO_LONG = _Problem(
    "is %1 characters long; a phone number is at most 30: list each number as its own phone",
    "The phone number is %1 characters long; write one number of at most 30 characters.", "")
CONTROL = _Problem(
    "holds a direction control (%1), which can make a number show one thing and dial another; "
    "write it with the digits 0-9, spaces and + - ( ) only",
    "The phone number holds a direction control (%1), which can make it show one number and "
    "dial another; type it again with the digits 0-9.", "")
INVISIBLE = _Problem(
    "holds an invisible character (%1); write it with the digits 0-9, spaces and + - ( ) only",
    "The phone number holds an invisible character (%1); type it again with the digits 0-9.",
    "")
LOOK_ALIKE = _Problem(
    "holds a digit of another script (%1), which can look like a different digit; write it "
    "with the digits 0-9",
    "The phone number holds a digit of another script (%1); type it again with the digits 0-9.",
    "")
LETTERS = _Problem(
    "holds letters (%1): put an extension in `extension` and a note such as 'toll free' in "
    "`description`",
    "The phone number holds letters (%1); write only the number, without an extension or a "
    "note such as 'toll free'.", "")
TWO_NUMBERS = _Problem(
    "holds more than one number (%1): list each number as its own phone",
    "The phone number holds more than one number (%1); write one number at a time.", "")
NOT_PART = _Problem(
    "holds %1, which is not part of a number; write it with the digits 0-9, spaces and "
    "+ - ( ) only",
    "The phone number holds %1, which is not part of a number; use only the digits 0-9, "
    "spaces and + - ( ).", "")
DIGIT_COUNT = _Problem(
    "has too few or too many digits (%1); a phone number has 2 to 15: list each number as "
    "its own phone",
    "The phone number has too few or too many digits (%1); a phone number has 2 to 15.", "")
PROBLEMS = (TOO_LONG, CONTROL, INVISIBLE, LOOK_ALIKE, LETTERS, TWO_NUMBERS, NOT_PART,
            DIGIT_COUNT)


def dialable(number: str) -> str:
    """The number in its one dialable form, or ``PhoneNumberError`` saying what is wrong.
    Urdu and Arabic digits become 0-9; any Unicode space becomes one ASCII space; quotes
    around the whole number are dropped."""
    if len(number) > MAX_LENGTH:
        raise _error(TOO_LONG, f"{len(number):,}")
    if _WRITTEN_PLAINLY(number):  # the common case: only the digit count is left to check
        return _counted(number)
    text = number.translate(_URDU_DIGITS)
    text = "".join(" " if unicodedata.category(ch) == "Zs" else ch for ch in text)
    text = _SPACES.sub(" ", text).strip()
    if len(text) > 2 and text[0] == text[-1] == '"':
        text = text[1:-1].strip()  # quoted, as in HSDS's own examples: "\"+44 1234 234567\""
    for ch in text:
        if ch not in ALLOWED:
            raise _not_allowed(ch, text)
    if "+" in text[1:]:
        raise _error(TWO_NUMBERS, "a + that is not at its start")
    return _counted(text)


def desk_phone(number: str) -> str:
    """The referring desk's phone for slips, in its dialable form ('' for none): the same
    check as a published number, as one sentence (PhoneNumberError) when it cannot be used."""
    if not number.strip():
        return ""
    try:
        return dialable(number)
    except PhoneNumberError as error:
        sentence = str(error)
        raise UserError(f"The desk phone cannot be used: {sentence[:1].lower()}"
                        f"{sentence[1:]}") from error


def _counted(text: str) -> str:
    parts = text.split()
    if len(parts) == 2 and all(p.isdigit() and 2 <= len(p) <= 4 and p[0] == "1" for p in parts):
        # two short codes ("1121 1122"): dialled as one, neither would answer
        raise _error(TWO_NUMBERS, f"'{text}'")
    digits = sum(ch in "0123456789" for ch in text)
    counted = digits - 2 if text.startswith("00") else digits
    if not MIN_DIGITS <= counted <= MAX_DIGITS:
        raise _error(DIGIT_COUNT, str(digits))
    return text


def is_dialable(number: str) -> bool:
    """True when ``number`` is already in its dialable form."""
    try:
        return dialable(number) == number
    except PhoneNumberError:
        return False


def tel_link(number: str) -> str:
    """The ``tel:`` link a QR code carries: the digits of one dialable number and its leading
    +, nothing else. Anything not in the dialable form is refused (ValueError), never cleaned
    up into some other number."""
    if not is_dialable(number):
        raise ValueError(f"{number!r} is not one dialable phone number")
    return "tel:" + "".join(ch for ch in number if ch in "+0123456789")


def code_point(ch: str) -> str:
    """'U+202E RIGHT-TO-LEFT OVERRIDE': a character named so that it can be seen."""
    name = unicodedata.name(ch, "")
    return f"U+{ord(ch):04X} {name}" if name else f"U+{ord(ch):04X}"


def _not_allowed(ch: str, text: str) -> PhoneNumberError:
    category = unicodedata.category(ch)
    if ch in DIRECTION_CONTROLS:
        return _error(CONTROL, code_point(ch))
    if category in ("Cf", "Cc", "Cs", "Co", "Cn", "Zl", "Zp", "Mn", "Me"):
        return _error(INVISIBLE, code_point(ch))
    if category == "Nd" or unicodedata.digit(ch, None) is not None:
        return _error(LOOK_ALIKE, code_point(ch))
    if ch in _SEPARATORS:
        return _error(TWO_NUMBERS, f"'{ch}'")
    if ch.isalpha():
        letters = " ".join(_WORDS.findall(text))
        return _error(LETTERS, f"'{letters[:20]}'")
    return _error(NOT_PART, f"'{ch}' ({code_point(ch)})" if not ch.isascii() else f"'{ch}'")


def _error(problem: _Problem, detail: str) -> PhoneNumberError:
    return PhoneNumberError(_Problem(problem.in_file, problem.in_window, detail))
