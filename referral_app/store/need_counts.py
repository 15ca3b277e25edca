"""How many services each need button would find, fast enough to follow typing.

Counting with the search index costs one index query per need: ten for one keystroke, and a
one-letter prefix makes each of them merge every indexed word that starts with that letter
(seconds at 100,000 services). Here the services that match are kept as bit sets of service
keys instead, one per word typed, one per set of filters and one per need; the counts are then
the sizes of their intersections. Words are looked up in the index once each (the one-letter
ones may be looked up ahead, ``warm``), so a keystroke that adds a letter costs one lookup of
the last word, and going back costs none.

The bit sets are dropped as soon as the directory changes (SQLite's ``data_version``), so a
count is never from an older directory than the one searched.
"""

from __future__ import annotations

import sqlite3
from collections import OrderedDict
from typing import Any

from ..core.geography import Geography
from ..core.models import SearchFilters
from ..core.needs import NEEDS
from ..core.text import words
from . import search

WORDS_KEPT = 512  # bit sets of words typed (at most 12.5 kB each at 100,000 services)
FILTERS_KEPT = 32  # bit sets of filter choices


class NeedCounter:
    """Counts for one connection (one thread)."""

    def __init__(self, conn: sqlite3.Connection, geography: Geography) -> None:
        self._conn = conn
        self._geography = geography
        self._version: int | None = None
        self._needs: dict[str, int] = {}
        self._words: OrderedDict[str, int] = OrderedDict()
        self._filters: OrderedDict[Any, int] = OrderedDict()

    def counts(self, text: str, filters: SearchFilters) -> tuple[int, dict[str, int]]:
        """How many services match ``text`` and ``filters``; and, for each need, how many would
        match with that need chosen instead of the chosen ones. The same numbers as
        ``search.count_matches`` gives for each."""
        self._check_version()
        found = self._filtered(filters.without_needs())
        for word in words(text):
            found &= self._word(word)
        per_need = {need.code: (found & self._need(need.code)).bit_count() for need in NEEDS}
        if filters.needs:
            chosen = 0
            for code in filters.needs:
                chosen |= self._need(code)
            found &= chosen
        return found.bit_count(), per_need

    def warm(self, letters: str) -> None:
        """Look up these one-letter words ahead, so that typing them costs no index query."""
        self._check_version()
        for letter in letters:
            for word in words(letter):
                self._word(word)

    # -- the bit sets --------------------------------------------------------------------------

    def _check_version(self) -> None:
        version = int(self._conn.execute("PRAGMA data_version").fetchone()[0])
        if version != self._version:
            self._version = version
            self._needs.clear()
            self._words.clear()
            self._filters.clear()

    def _need(self, code: str) -> int:
        if not self._needs:
            found: dict[str, list[int]] = {need.code: [] for need in NEEDS}
            for need, keys in self._conn.execute(
                    "SELECT need, group_concat(service_key) FROM service_need GROUP BY need"):
                found[need] = _keys(keys)
            self._needs = {need: _bits(keys) for need, keys in found.items()}
        return self._needs.get(code, 0)

    def _word(self, word: str) -> int:
        bits = self._words.get(word)
        if bits is None:
            expression = f'{search.TEXT_COLUMNS} : ("{word}"*)'
            (keys,) = self._conn.execute(
                "SELECT group_concat(rowid) FROM service_search WHERE service_search MATCH ?",
                [expression]).fetchone()
            bits = self._words[word] = _bits(_keys(keys))
            if len(self._words) > WORDS_KEPT:
                self._words.popitem(last=False)
        else:
            self._words.move_to_end(word)
        return bits

    def _filtered(self, filters: SearchFilters) -> int:
        """The services the filters (other than needs) let through, listed ones only unless
        asked: what a search without words finds."""
        bits = self._filters.get(filters)
        if bits is None:
            # the conditions of a search without words (search.py's own)
            where, args = search._narrowed(None, search._tags(filters, self._geography),
                                           filters)
            (keys,) = self._conn.execute(
                f"SELECT group_concat(s.key) FROM service s WHERE 1 {where}", args).fetchone()
            bits = _bits(_keys(keys))
            if filters.open_at is None:  # "open now" changes by the minute: not kept
                self._filters[filters] = bits
                if len(self._filters) > FILTERS_KEPT:
                    self._filters.popitem(last=False)
        else:
            self._filters.move_to_end(filters)
        return bits


def _keys(joined: str | None) -> list[int]:
    return [int(key) for key in joined.split(",")] if joined else []


def _bits(keys: list[int]) -> int:
    """A bit set with the bit of each key set."""
    if not keys:
        return 0
    flags = bytearray((max(keys) >> 3) + 1)
    for key in keys:
        flags[key >> 3] |= 1 << (key & 7)
    return int.from_bytes(flags, "little")
