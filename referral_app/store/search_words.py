"""The words the directory's search index holds, for spelling variants and near misses.

Read once from the index's own word list (an fts5vocab table) and kept per connection until
the directory changes: a typed word is matched to the directory's words that share its
Roman-Urdu spelling key (vakeel, wakeel), and a word that matches nothing to those within one
or two edits.
"""

from __future__ import annotations

import bisect
import logging
import sqlite3
import threading
from collections import defaultdict
from pathlib import Path

from ..core.spelling import (
    MIN_FUZZY_LENGTH,
    allowed_edits,
    deletions,
    spelling_key,
    within_edits,
)

log = logging.getLogger(__name__)
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


def _stamp(conn: sqlite3.Connection) -> bytes:
    """Changes whenever the search index is written: FTS5's structure and averages records."""
    rows = conn.execute("SELECT block FROM service_search_data WHERE id IN (1, 10) ORDER BY id")
    return b"|".join(bytes(block) for (block,) in rows)


class WordsCache:
    """The directory's words, shared by every connection to one directory file and read again
    after the index changed. Reading them takes seconds on a large directory, so a search that
    must not wait (``wait=False``) goes on with the words it has, or none, while another thread
    reads them."""

    def __init__(self) -> None:
        self._lock = threading.Condition()
        self._words: dict[str, tuple[bytes, DirectoryWords]] = {}
        self._reading: set[str] = set()

    def get(self, conn: sqlite3.Connection, *, wait: bool) -> DirectoryWords:
        path = conn.execute("PRAGMA database_list").fetchone()[2]
        stamp = _stamp(conn)
        with self._lock:
            while True:
                known = self._words.get(path)
                if known is not None and known[0] == stamp:
                    return known[1]
                if not wait:
                    if path and path not in self._reading:
                        self._reading.add(path)
                        threading.Thread(target=self._read_apart, args=(path,), daemon=True,
                                         name="directory words").start()
                    return known[1] if known else EMPTY
                if path not in self._reading:
                    break
                self._lock.wait()  # another thread reads them: its words, once read
            self._reading.add(path)
        try:
            words = read_words(conn)
            with self._lock:
                self._words[path] = (stamp, words)
        finally:
            with self._lock:
                self._reading.discard(path)
                self._lock.notify_all()
        return words

    def ready(self, path: Path) -> None:
        """Wait until the words of this directory file are read: by the thread reading them,
        or here."""
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            self.get(conn, wait=True)
        finally:
            conn.close()

    def _read_apart(self, path: str) -> None:
        try:
            conn = sqlite3.connect(f"{Path(path).as_uri()}?mode=ro", uri=True)
            try:
                stamp = _stamp(conn)
                words = read_words(conn)
            finally:
                conn.close()
            with self._lock:
                self._words[path] = (stamp, words)
        except sqlite3.Error as error:  # the next search tries again
            log.warning("could not read the directory's words for spelling: %s", error)
        finally:
            with self._lock:
                self._reading.discard(path)
                self._lock.notify_all()


EMPTY = DirectoryWords([])
SHARED = WordsCache()
