"""Searches run from background threads: each thread keeps its own connection."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from ..core.models import SearchFilters, ServiceSummary
from .directory import Directory

_local = threading.local()


@dataclass(frozen=True)
class SearchResult:
    services: list[ServiceSummary]
    total: int


def _directory(path: Path) -> Directory:
    cached: dict[Path, Directory] = getattr(_local, "directories", None) or {}
    _local.directories = cached
    if path not in cached:
        cached[path] = Directory.reader(path)
    return cached[path]


def find(path: Path, text: str, filters: SearchFilters, order: str, limit: int) -> SearchResult:
    """The first ``limit`` services matching, and how many match in all."""
    directory = _directory(path)
    return SearchResult(directory.search(text, filters, limit=limit, order=order),
                        directory.count(text, filters))


def need_counts(path: Path, text: str, filters: SearchFilters) -> dict[str, int]:
    return _directory(path).need_counts(text, filters)
