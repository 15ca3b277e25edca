"""Searches run from background threads: each thread keeps its own connection."""

from __future__ import annotations

import threading
from pathlib import Path

from ..core.models import SearchFilters, ServiceSummary
from .directory import Directory

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


def counts(path: Path, text: str, filters: SearchFilters) -> tuple[int, dict[str, int]]:
    """How many services match, and how many would for each need instead of the chosen ones."""
    directory = _directory(path)
    return directory.count(text, filters), directory.need_counts(text, filters)
