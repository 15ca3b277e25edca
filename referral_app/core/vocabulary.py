"""The search vocabulary: the words caseworkers type for a need, a group of people or a place.

The reviewed list ships in ``resources/search/vocabulary.json``; a coordinator's additions are
kept in the directory and travel in update files. Both are lists of entries of the same shape:
``{"kind": "need" | "group" | "place", "value": ..., "words": [...], "source": "..."}``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from .errors import InvalidFileError, UserError
from .needs import NEED_CODES
from .spelling import spelling_key
from .text import words as folded_words

KINDS = ("need", "group", "place", "filler")  # filler: small words the search does not need
GROUPS = ("women", "children", "men")
MAX_PHRASE_WORDS = 5
MAX_WORD_CHARACTERS = 60
MAX_SOURCE_CHARACTERS = 300
MAX_ADDED_ENTRIES = 2000


@dataclass(frozen=True)
class Entry:
    kind: str  # "need", "group", "place" or "filler"
    value: str  # a need code, a group, place codes separated by spaces, or "" for filler
    words: tuple[str, ...]
    source: str  # where the words came from

    def as_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "value": self.value, "words": list(self.words),
                "source": self.source}


@dataclass(frozen=True)
class Meaning:
    kind: str
    value: str


def phrase_key(phrase: str) -> tuple[str, ...]:
    """The folded spelling keys of a phrase's words: how it is looked up."""
    return tuple(spelling_key(word) for word in folded_words(phrase))


class Vocabulary:
    def __init__(self, entries: Iterable[Entry]) -> None:
        self.entries = tuple(entries)
        self.phrases: dict[tuple[str, ...], list[Meaning]] = {}
        self.fillers: set[str] = set()
        self._words: dict[tuple[str, str], list[str]] = {}
        for entry in self.entries:
            if entry.kind == "filler":
                self.fillers.update(k[0] for k in map(phrase_key, entry.words) if len(k) == 1)
                continue
            self._words.setdefault((entry.kind, entry.value), []).extend(entry.words)
            meaning = Meaning(entry.kind, entry.value)
            for phrase in entry.words:
                key = phrase_key(phrase)
                if key and meaning not in self.phrases.setdefault(key, []):
                    self.phrases[key].append(meaning)
        self.longest = max((len(key) for key in self.phrases), default=1)
        self.single_words = sorted({key[0] for key in self.phrases if len(key) == 1}
                                   | {word for key in self.phrases for word in key})

    def words_of(self, kind: str, value: str) -> list[str]:
        """Every word and phrase listed for a need, group or place."""
        return list(self._words.get((kind, value), ()))

    def extended(self, entries: Iterable[Entry]) -> Vocabulary:
        return Vocabulary((*self.entries, *entries))


def entry_from_json(item: Any, where: str) -> Entry:
    """One entry from a file; InvalidFileError naming ``where`` when it is malformed."""
    if not isinstance(item, Mapping):
        raise InvalidFileError(f"{where}: each vocabulary entry must be an object with kind, "
                               "value, words and source.")
    kind, value, words, source = (item.get(k) for k in ("kind", "value", "words", "source"))
    if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
        raise InvalidFileError(f"{where}: a vocabulary entry's words must be a list of text.")
    if not isinstance(value, str) or not isinstance(source, str) or not isinstance(kind, str):
        raise InvalidFileError(f"{where}: a vocabulary entry needs kind, value and source as "
                               "text.")
    return checked_entry(kind, value, words, source)


def checked_entry(kind: str, value: str, words: Iterable[str], source: str) -> Entry:
    """An entry, or UserError saying in one sentence what is wrong with it."""
    kind, value, source = kind.strip().lower(), value.strip(), " ".join(source.split())
    if kind not in KINDS:
        raise UserError(f"'{kind[:40]}' is not a kind of search word; use need, group, place "
                        "or filler.")
    if kind == "need" and value not in NEED_CODES:
        raise UserError(f"There is no need called '{value[:40]}'; use one of "
                        f"{', '.join(NEED_CODES)}.")
    if kind == "group" and value not in GROUPS:
        raise UserError(f"There is no group called '{value[:40]}'; use women, children or men.")
    if kind == "filler":
        value = ""
    if kind == "place" and not value:
        raise UserError("A place needs its code or name, such as pb-lahore or Lahore.")
    cleaned = []
    for word in words:
        word = " ".join(word.split())
        if not phrase_key(word):
            raise UserError("A search word must have letters or digits in it.")
        if len(word) > MAX_WORD_CHARACTERS or len(phrase_key(word)) > MAX_PHRASE_WORDS:
            raise UserError(f"A search word is at most {MAX_WORD_CHARACTERS} characters and "
                            f"{MAX_PHRASE_WORDS} words; '{word[:40]}…' is longer.")
        cleaned.append(word)
    if not cleaned:
        raise UserError("Give at least one word to add.")
    if not source.strip():
        raise UserError("Say where the words come from (--source), so that a reviewer can "
                        "check them.")
    if len(source) > MAX_SOURCE_CHARACTERS:
        raise UserError(f"The source is at most {MAX_SOURCE_CHARACTERS} characters.")
    return Entry(kind, value, tuple(cleaned), source)


def entries_from_json(data: Any, where: str) -> list[Entry]:
    """The entries of a vocabulary file (an object with "entries", or a bare list)."""
    items = data.get("entries") if isinstance(data, Mapping) else data
    if not isinstance(items, list):
        raise InvalidFileError(f"{where}: a vocabulary file holds a list of entries.")
    if len(items) > MAX_ADDED_ENTRIES:
        raise InvalidFileError(f"{where}: a vocabulary file holds at most {MAX_ADDED_ENTRIES} "
                               "entries.")
    try:
        return [entry_from_json(item, where) for item in items]
    except InvalidFileError:
        raise
    except UserError as error:
        raise InvalidFileError(f"{where}: {error}") from error


@cache
def reviewed_vocabulary() -> Vocabulary:
    """The vocabulary that ships with the app."""
    text = (resources.files("referral_app.resources") / "search" / "vocabulary.json").read_text(
        encoding="utf-8")
    return Vocabulary(entries_from_json(json.loads(text), "vocabulary.json"))
