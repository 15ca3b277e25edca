"""Searches run from background threads: each thread keeps its own connection."""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from pathlib import Path

from ..core.models import SearchFilters, ServiceSummary
from . import search_words
from .directory import Directory
from .need_counts import NeedCounter

_local = threading.local()


def _directory(path: Path) -> Directory:
    cached: dict[Path, Directory] = getattr(_local, "directories", None) or {}
    _local.directories = cached
    if path not in cached:
        cached[path] = Directory.reader(path)
        cached[path].words_in_background = True
    return cached[path]


def find(path: Path, text: str, filters: SearchFilters, order: str,
         limit: int) -> list[ServiceSummary]:
    """The first ``limit`` services matching, best first."""
    return _directory(path).search(text, filters, limit=limit, order=order)


# The need counts keep bit sets of services between keystrokes, shared by the threads that ask:
# one counter for each directory, on a connection of its own, used by one thread at a time.
_counters: OrderedDict[Path, tuple[threading.Lock, NeedCounter, Directory]] = OrderedDict()
_counters_lock = threading.Lock()
COUNTERS_KEPT = 4  # directories whose counters stay open (a window uses one)
# One-letter words looked up ahead: the letters a search most often starts with.
WARM_LETTERS = ("abcdefghijklmnopqrstuvwxyz"
                "ابپتٹثجچحخدڈذرڑزژسشصضطظعغفقکگلمنوہھءیے"
                "0123456789")


def _counter(path: Path) -> tuple[threading.Lock, NeedCounter]:
    with _counters_lock:
        if path not in _counters:
            directory = Directory.reader(path)
            directory.words_in_background = True  # read once, apart, for every connection
            counter = NeedCounter(directory.db.conn, directory.geography, directory.plan)
            _counters[path] = (threading.Lock(), counter, directory)
            while len(_counters) > COUNTERS_KEPT:  # the oldest: its connection is closed
                _, (lock, _, old) = _counters.popitem(last=False)
                with lock:
                    old.close()
        _counters.move_to_end(path)
        lock, counter, _ = _counters[path]
        return lock, counter


def counts(path: Path, text: str, filters: SearchFilters) -> tuple[int, dict[str, int]]:
    """How many services match, and how many would for each need instead of the chosen ones."""
    lock, counter = _counter(path)
    with lock:
        return counter.counts(text, filters)


def warm_counts(path: Path, letters: str, seconds: float = 0.05) -> str:
    """Look up one-letter words ahead of typing, for about ``seconds`` (one letter at least,
    so that a count asked meanwhile waits for one letter at most); the letters left. The
    directory's words are read first: a letter's spellings depend on them ("t" also stands
    for "tt"), and a letter looked up without them would be looked up again once they come."""
    search_words.SHARED.ready(path)
    lock, counter = _counter(path)
    end = time.monotonic() + seconds
    while letters:
        with lock:
            counter.warm(letters[0])
        letters = letters[1:]
        if time.monotonic() >= end:
            break
    return letters
