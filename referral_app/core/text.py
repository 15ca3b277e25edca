"""Text folding shared by the search index and the search box.

The same ``fold`` runs when a service is written and when a query is typed, so that "Lahore",
"LAHORE", "لاہور" typed with Arabic letters, or a number typed with Urdu digits all meet.
"""

from __future__ import annotations

import re
import unicodedata

# Arabic code points that Urdu writes with its own letters, and digits to Western digits.
_LETTER_FOLDS = {
    "\u0643": "\u06a9",  # ARABIC KAF -> KEHEH
    "\u064a": "\u06cc",  # ARABIC YEH -> FARSI YEH
    "\u0649": "\u06cc",  # ALEF MAKSURA -> FARSI YEH
    "\u0647": "\u06c1",  # ARABIC HEH -> HEH GOAL
    "\u06d5": "\u06c1",  # AE -> HEH GOAL
    "\u0629": "\u06c1",  # TEH MARBUTA -> HEH GOAL
    "\u06c3": "\u06c1",  # TEH MARBUTA GOAL -> HEH GOAL
    "\u0671": "\u0627",  # ALEF WASLA -> ALEF
}
_DIGITS = {0x0660 + i: str(i) for i in range(10)} | {0x06F0 + i: str(i) for i in range(10)}
_TABLE = str.maketrans({**{ord(k): v for k, v in _LETTER_FOLDS.items()}, **_DIGITS})
_NEEDS_TABLE = re.compile("[" + "".join(_LETTER_FOLDS) + "\u0660-\u0669\u06f0-\u06f9]")

# Characters that carry no letters: tatweel, joiners, and bidirectional controls.
_INVISIBLE = re.compile("[\u0640\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
# Combining marks left by NFKD that searching ignores: Latin accents and the Arabic-script
# vowel marks (zer, zabar, pesh, shadda, the Quranic marks and the superscript alef).
_MARKS = re.compile(
    "[\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4"
    "\u06e7\u06e8\u06ea-\u06ed\u08ca-\u08ff\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff"
    "\ufe20-\ufe2f]"
)
# What the index (unicode61) treats as part of a word: letters and digits.
_WORD = re.compile(r"[^\W_]+")


def fold(text: str) -> str:
    """Lower case, no diacritics, Urdu letters for Arabic ones, Western digits."""
    if not text:
        return ""
    if text.isascii():
        return text.lower()
    text = _INVISIBLE.sub("", text)
    folded = _MARKS.sub("", unicodedata.normalize("NFKD", text)).casefold()
    return folded.translate(_TABLE) if _NEEDS_TABLE.search(folded) else folded


def words(text: str) -> list[str]:
    """The folded words of a text, as the index splits them."""
    return _WORD.findall(fold(text))


def prefix_query(text: str) -> str | None:
    """An FTS5 query matching every word of ``text``, the last ones as prefixes.

    Each word is quoted, so that quotes, ``*``, ``-``, ``NEAR`` or parentheses typed by a
    person are only words, never query syntax. None when the text has no words.
    """
    found = words(text)
    if not found:
        return None
    return " ".join(f'"{word}"*' for word in found)


def set_apart(text: str) -> str:
    """Text of either direction kept whole inside other text: wrapped in FIRST STRONG ISOLATE
    ... POP DIRECTIONAL ISOLATE, so that it runs the way its first letter does (left to right
    when it has none). After Urdu words, a time like 09:00-17:00 or a date like 2026-11-28
    would otherwise be shown reversed (Unicode's bidi rules read its digits as Arabic
    numbers and put the parts right to left); an Urdu value stays right to left."""
    return f"\u2068{text}\u2069" if text else text


def isolated(text: str) -> str:
    """Text kept left to right inside right-to-left text (a phone number beside Urdu), so that
    it is never printed reversed: wrapped in LEFT-TO-RIGHT ISOLATE ... POP DIRECTIONAL ISOLATE."""
    return f"\u2066{text}\u2069" if text else text
