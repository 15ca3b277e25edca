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
from collections import OrderedDict
from collections.abc import Callable
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
            found: dict[str, list[int]] = {need.code: [] for need in NEEDS}
            for need, keys in self._conn.execute(
                    "SELECT need, group_concat(service_key) FROM service_need GROUP BY need"):
                found[need] = _keys(keys)
            self._needs = {need: _bits(keys) for need, keys in found.items()}
        return self._needs.get(code, 0)

    def _matching(self, clause: str) -> int:
        """The services whose index entry matches one FTS clause."""
        return self._kept(self._clauses, clause, lambda: self._conn.execute(
            "SELECT group_concat(rowid) FROM service_search WHERE service_search MATCH ?",
            [clause]).fetchone()[0])

    def _where(self, sql: str, args: tuple[object, ...]) -> int:
        """The services that meet SQL conditions on the service table (alias s)."""
        return self._kept(self._clauses, (sql, args), lambda: self._conn.execute(
            f"SELECT group_concat(s.key) FROM service s WHERE 1 {sql}", list(args)
        ).fetchone()[0])

    def _filtered(self, filters: SearchFilters) -> int:
        """The services the filters (other than needs) let through, listed ones only unless
        asked: what a search without words finds (search.py's own conditions)."""
        source, where, args = search.matching(Plan(), filters, self._geography)
        if filters.open_at is not None:  # "open now" changes by the minute: not kept
            return _bits(_keys(self._conn.execute(
                f"SELECT group_concat(s.key) {source} {where}", args).fetchone()[0]))
        return self._kept(self._filters, filters, lambda: self._conn.execute(
            f"SELECT group_concat(s.key) {source} {where}", args).fetchone()[0])

    @staticmethod
    def _kept(kept: OrderedDict[Any, int], key: Any, joined_keys: Callable[[], str | None]
              ) -> int:
        bits = kept.get(key)
        if bits is None:
            bits = kept[key] = _bits(_keys(joined_keys()))
            if len(kept) > KEPT:
                kept.popitem(last=False)
        else:
            kept.move_to_end(key)
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
