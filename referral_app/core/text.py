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

# Characters that carry no letters: tatweel, joiners, and bidirectional controls.
_INVISIBLE = re.compile("[\u0640\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
# What the index (unicode61) treats as part of a word: letters and digits.
_WORD = re.compile(r"[^\W_]+")


def fold(text: str) -> str:
    """Lower case, no diacritics, Urdu letters for Arabic ones, Western digits."""
    if not text:
        return ""
    text = _INVISIBLE.sub("", text)
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.casefold().translate(_TABLE)


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
