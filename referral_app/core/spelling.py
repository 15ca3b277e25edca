"""Spelling that varies: Roman Urdu written many ways, and words typed with a slip.

``spelling_key`` folds a word so that the usual Roman-Urdu variants of it meet (wakeel, vakeel
and wakil all become "vakil"); it is applied to the words of the directory and of the
vocabulary as well as to what is typed. ``within_edits`` tells whether two words are at most
one or two edits apart (a transposition counts as one), and ``allowed_edits`` how many edits a
typed word of that length may have.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Letter pairs written for one Urdu sound, kept as one unit so that folding and edits treat them
# as one letter (upper case marks a unit; keys are otherwise lower case).
_UNITS = (("kh", "X"), ("gh", "G"), ("sh", "S"), ("ch", "C"), ("th", "T"), ("dh", "D"),
          ("bh", "B"), ("ph", "f"), ("zh", "Z"))
_LONG_VOWELS = (("aa", "a"), ("ee", "i"), ("ii", "i"), ("oo", "u"), ("uu", "u"), ("ou", "u"))
_LETTERS = str.maketrans({"w": "v", "q": "k", "y": "i"})
_DOUBLED = re.compile(r"(.)\1+")
# An 'h' that only lengthens the vowel before it (panah, gah): not before a vowel.
_SILENT_H = re.compile(r"(?<=[aeiou])h(?![aeiou])")
_FINAL_E = re.compile(r"(?:ay|ey|ai|ae|e)$")

MIN_FUZZY_LENGTH = 4  # shorter words must match exactly
TWO_EDITS_FROM = 8  # words this long may be two edits away


@lru_cache(maxsize=65536)
def spelling_key(word: str) -> str:
    """The key that Roman-Urdu spellings of one word share. Words in other scripts (already
    folded by ``text.fold``) are returned as they are."""
    if not word.isascii() or not word.isalpha():
        return word
    key = word.lower()
    for pair, unit in _UNITS:
        key = key.replace(pair, unit)
    key = _SILENT_H.sub("", key)
    for pair, vowel in _LONG_VOWELS:
        key = key.replace(pair, vowel)
    if len(key) > 3:
        key = _FINAL_E.sub("e", key)
    return _DOUBLED.sub(r"\1", key.translate(_LETTERS))


def allowed_edits(word: str) -> int:
    """How many edits a typed word may be from a directory word: none under 4 letters, one
    from 4, two from 8."""
    if len(word) < MIN_FUZZY_LENGTH:
        return 0
    return 2 if len(word) >= TWO_EDITS_FROM else 1


def within_edits(a: str, b: str, limit: int) -> bool:
    """True when ``a`` becomes ``b`` with at most ``limit`` insertions, deletions,
    substitutions or swaps of two neighbouring letters."""
    if abs(len(a) - len(b)) > limit:
        return False
    if a == b:
        return True
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            best = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if (i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]):
                best = min(best, previous2[j - 2] + 1)
            current[j] = best
        if min(current) > limit:
            return False
        previous2, previous = previous, current
    return previous[len(b)] <= limit


def deletions(word: str) -> set[str]:
    """The word with one letter left out, each way: the keys a near-miss index files it under."""
    return {word[:i] + word[i + 1:] for i in range(len(word))}
