"""How many services each need button would find, fast enough to follow typing.

Counting with the search index costs one index query per need: ten for one keystroke, and a
one-letter prefix makes each of them merge every indexed word that starts with that letter
(seconds at 100,000 services). Here the services that match are kept as bit sets of service
keys instead: one per clause of the search's reading of the query (a word with its spellings,
a need or place read), one per set of filters and one per need; the counts are then the sizes
of their intersections. Clauses are looked up in the index once each (one-letter ones may be
looked up ahead, ``warm``), so a keystroke that adds a letter costs one lookup of the last
word, and going back costs none.

The bit sets are dropped as soon as the directory changes (SQLite's ``data_version``), so a
count is never from an older directory than the one searched.
"""

from __future__ import annotations

import sqlite3
import sys
from array import array
from collections import OrderedDict
from collections.abc import Callable, Iterable
from typing import Any

from ..core.geography import Geography
from ..core.models import SearchFilters
from ..core.needs import NEEDS
from . import search
from .search_plan import Plan

KEPT = 512  # bit sets kept of each kind (at most 12.5 kB each at 100,000 services)


class NeedCounter:
    """Counts for one connection (one thread). ``plan`` reads a query as the search does."""

    def __init__(self, conn: sqlite3.Connection, geography: Geography,
                 plan: Callable[[str, SearchFilters], Plan]) -> None:
        self._conn = conn
        self._geography = geography
        self._plan = plan
        self._version: int | None = None
        self._needs: dict[str, int] = {}
        self._clauses: OrderedDict[Any, int] = OrderedDict()
        self._filters: OrderedDict[Any, int] = OrderedDict()

    def counts(self, text: str, filters: SearchFilters) -> tuple[int, dict[str, int]]:
        """How many services match ``text`` and ``filters``; and, for each need, how many would
        match with that need chosen instead of the chosen ones. The same numbers as
        ``search.count_matches`` gives for each."""
        self._check_version()
        found = self._filtered(filters.without_needs())
        plan = self._plan(text, filters)
        for clause in plan.clauses:  # each word or part read: all must hold
            found &= self._matching(clause)
        for word in plan.exclusions:  # a group read rules out services only for the other
            found &= ~self._matching(f"tags : ({word})")
        if plan.sql:
            found &= self._where(plan.sql, tuple(plan.args))
        per_need = {need.code: (found & self._need(need.code)).bit_count() for need in NEEDS}
        if filters.needs:
            chosen = 0
            for code in filters.needs:
                chosen |= self._need(code)
            found &= chosen
        return found.bit_count(), per_need

    def warm(self, letters: str) -> None:
        """Look up these one-letter queries ahead, so that typing them costs no index query."""
        self._check_version()
        for letter in letters:
            for clause in self._plan(letter, SearchFilters()).clauses:
                self._matching(clause)

    # -- the bit sets --------------------------------------------------------------------------

    def _check_version(self) -> None:
        version = int(self._conn.execute("PRAGMA data_version").fetchone()[0])
        if version != self._version:
            self._version = version
            self._needs.clear()
            self._clauses.clear()
            self._filters.clear()

    def _need(self, code: str) -> int:
        if not self._needs:
            words: dict[str, list[tuple[int, int]]] = {need.code: [] for need in NEEDS}
            for need, word, bits in self._conn.execute(
                    f"SELECT need, {_WORDS.format(key='service_key')} FROM service_need "
                    "GROUP BY need, 2"):
                words.setdefault(need, []).append((word, bits))
            self._needs = {need: _bits(rows) for need, rows in words.items()}
        return self._needs.get(code, 0)

    def _matching(self, clause: str) -> int:
        """The services whose index entry matches one FTS clause."""
        return self._kept(self._clauses, clause, lambda: self._conn.execute(
            f"SELECT {_WORDS.format(key='rowid')} FROM service_search "
            "WHERE service_search MATCH ? GROUP BY 1", [clause]))

    def _where(self, sql: str, args: tuple[object, ...]) -> int:
        """The services that meet SQL conditions on the service table (alias s)."""
        return self._kept(self._clauses, (sql, args), lambda: self._conn.execute(
            f"SELECT {_WORDS.format(key='s.key')} FROM service s WHERE 1 {sql} GROUP BY 1",
            list(args)))

    def _filtered(self, filters: SearchFilters) -> int:
        """The services the filters (other than needs) let through, listed ones only unless
        asked: what a search without words finds (search.py's own conditions)."""
        source, where, args = search.matching(Plan(), filters, self._geography)
        sql = f"SELECT {_WORDS.format(key='s.key')} {source} {where} GROUP BY 1"
        if filters.open_at is not None:  # "open now" changes by the minute: not kept
            return _bits(self._conn.execute(sql, args))
        return self._kept(self._filters, filters, lambda: self._conn.execute(sql, args))

    @staticmethod
    def _kept(kept: OrderedDict[Any, int], key: Any,
              words: Callable[[], Iterable[tuple[int, int]]]) -> int:
        bits = kept.get(key)
        if bits is None:
            bits = kept[key] = _bits(words())
            if len(kept) > KEPT:
                kept.popitem(last=False)
        else:
            kept.move_to_end(key)
        return bits


# The bit set is built by SQLite, 64 keys at a time: each row is one 64-bit word of it (its
# index, and the sum of the distinct bits of its keys, two's complement when the top bit is
# set), so that Python handles one row for 64 services and no loop over every key holds the
# interpreter while the window waits.
_WORDS = "{key} >> 6, sum(DISTINCT 1 << ({key} & 63))"
_WORD = (1 << 64) - 1


def _bits(words: Iterable[tuple[int, int]]) -> int:
    """The bit set made of these (index, 64-bit word) rows."""
    rows = list(words)
    if not rows:
        return 0
    flags = array("Q", bytes(8 * (max(index for index, _ in rows) + 1)))
    for index, word in rows:
        flags[index] = word & _WORD
    return int.from_bytes(flags.tobytes(), sys.byteorder)
