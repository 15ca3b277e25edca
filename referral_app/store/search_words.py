"""The words the directory's search index holds, for spelling variants and near misses.

Read once from the index's own word list (an fts5vocab table) and kept per connection until
the directory changes: a typed word is matched to the directory's words that share its
Roman-Urdu spelling key (vakeel, wakeel), and a word that matches nothing to those within one
or two edits.
"""

from __future__ import annotations

import bisect
import sqlite3
from collections import defaultdict

from ..core.spelling import (
    MIN_FUZZY_LENGTH,
    allowed_edits,
    deletions,
    spelling_key,
    within_edits,
)

MAX_VARIANTS = 12  # index words one typed word may stand for
_VOCAB_TABLE = "temp.service_search_words"


class DirectoryWords:
    def __init__(self, terms: list[str]) -> None:
        self.terms = sorted(terms)
        self._terms = set(self.terms)
        self._by_key: dict[str, list[str]] = defaultdict(list)
        self._near: dict[str, set[str]] = defaultdict(set)  # a deletion -> keys it comes from
        for term in self.terms:
            key = spelling_key(term)
            self._by_key[key].append(term)
        for key in self._by_key:
            if len(key) >= MIN_FUZZY_LENGTH - 1:  # "edhi" (key "eDi") is one edit from "eidhi"
                self._near[key].add(key)
                for shorter in deletions(key):
                    self._near[shorter].add(key)

    def has(self, word: str) -> bool:
        return word in self._terms or spelling_key(word) in self._by_key

    def begins(self, prefix: str) -> bool:
        index = bisect.bisect_left(self.terms, prefix)
        return index < len(self.terms) and self.terms[index].startswith(prefix)

    def known(self, word: str, prefix: bool) -> bool:
        return self.has(word) or (prefix and self.begins(word))

    def variants(self, word: str) -> list[str]:
        """Index words spelt like ``word`` (the same spelling key), not ``word`` itself."""
        same = self._by_key.get(spelling_key(word), [])
        return [term for term in same if term != word][:MAX_VARIANTS]

    def near(self, word: str) -> list[str]:
        """Index words within the edits allowed for ``word``, when it matches nothing."""
        key = spelling_key(word)
        edits = allowed_edits(key)
        if not edits:
            return []
        found: set[str] = set()
        for probe in {key, *deletions(key)}:
            for candidate in self._near.get(probe, ()):
                if candidate != key and within_edits(key, candidate, edits):
                    found.add(candidate)
        ranked = sorted(found, key=lambda c: (abs(len(c) - len(key)), c))
        terms = [term for candidate in ranked for term in self._by_key[candidate]]
        return terms[:MAX_VARIANTS]


def read_words(conn: sqlite3.Connection) -> DirectoryWords:
    """The words of the search index's names, organizations and text (not its tag words)."""
    conn.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS {_VOCAB_TABLE} "
                 "USING fts5vocab(main, service_search, 'col')")
    terms = [term for (term,) in conn.execute(
        f"SELECT DISTINCT term FROM {_VOCAB_TABLE} WHERE col != 'tags'")
        if term.isalpha() and len(term) > 1]
    return DirectoryWords(terms)


class WordsCache:
    """The directory's words for one connection, read again after the directory changed."""

    def __init__(self) -> None:
        self._words: DirectoryWords | None = None
        self._stamp: tuple[int, int] | None = None

    def get(self, conn: sqlite3.Connection) -> DirectoryWords:
        stamp = (int(conn.execute("PRAGMA data_version").fetchone()[0]), conn.total_changes)
        if self._words is None or stamp != self._stamp:
            self._words = read_words(conn)
            self._stamp = (int(conn.execute("PRAGMA data_version").fetchone()[0]),
                           conn.total_changes)
        return self._words
