"""Plain data the store hands to the window and the command line."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime

from .errors import Problem


@dataclass(frozen=True)
class SearchFilters:
    needs: tuple[str, ...] = ()  # any of these
    province: str = ""  # a place code or name
    district: str = ""  # a place code, name or old name
    language: str = ""  # a language code or name
    gender: str = ""  # "female" or "male": services open to that gender
    age: int | None = None  # services whose age range includes this age
    children: bool = False  # services open to someone under 18
    free_only: bool = False
    open_at: datetime | None = None  # services open at this moment (by structured hours)
    verified_since: str = ""  # services verified on or after this date (YYYY-MM-DD)
    include_inactive: bool = False
    plain_words: bool = False  # search the words as typed, without reading needs and places
    unread: tuple[str, ...] = ()  # words read as a need, group or place that stay plain words

    def without_needs(self) -> SearchFilters:
        return replace(self, needs=())


@dataclass(frozen=True)
class ServiceSummary:
    """One line of search results."""

    id: str
    name: str
    name_ur: str
    organization: str
    needs: tuple[str, ...]
    phones: tuple[str, ...]
    city: str
    district: str
    province: str
    last_verified: str
    source_date: str
    status: str

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "name": self.name,
            "name_ur": self.name_ur,
            "organization": self.organization,
            "needs": list(self.needs),
            "phones": list(self.phones),
            "city": self.city,
            "district": self.district,
            "province": self.province,
            "last_verified": self.last_verified,
            "source_date": self.source_date,
            "status": self.status,
        }


@dataclass(frozen=True)
class LeftRecord:
    """A record a signed update holds but may not change: it is left as it is."""

    table: str  # "service", "organization" or "location"
    id: str
    name: str  # as this laptop has it (as the file names it when the laptop has no such record)
    reason: str  # one of LEFT_REASONS
    publisher: str  # the trusted name of the publisher it is left to (or of the signer)
    key_id: str  # that publisher's fingerprint
    file_name: str = ""  # the name the file gives it, when that is another

    def line(self) -> str:
        publisher = f"{self.publisher} ({self.key_id})"
        called = f" (the file calls it {self.file_name})" if self.file_name else ""
        return f"{LEFT_REASONS[self.reason].format(publisher=publisher)}: {self.name}{called}"


# Why a record is left as it is, as the command line says it; the window has its own words.
LEFT_REASONS = {
    "owned": "left as published by {publisher}",
    "unowned": "not removed: {publisher} did not publish it",
    "outside": "left: outside the areas {publisher} is trusted for",
    "removed": "left: removed by {publisher}",
    "shared": "left as published by {publisher} (another of its services uses it)",
}


@dataclass
class ImportReport:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: int = 0
    removed: int = 0
    shared_changed: int = 0  # locations and organizations added or changed
    read: int = 0  # services read from the file, whatever became of them
    warnings: list[str] = field(default_factory=list)
    # (kind, id, name) of added, updated and removed services, for a preview; the first
    # thousand
    changed: list[tuple[str, str, str]] = field(default_factory=list)
    # records a signed update may not change (another publisher's); the first thousand
    left: list[LeftRecord] = field(default_factory=list)
    left_count: int = 0
    problems: list[Problem] = field(default_factory=list)
    problem_count: int = 0
    # bad phones, addresses and schedules left out of records that were kept (--skip-invalid)
    dropped: list[Problem] = field(default_factory=list)
    dropped_count: int = 0
    dry_run: bool = False
    corrections_taken: list[int] = field(default_factory=list)  # ids closed by this update
    # services a signed update offers to another publisher here, first recorded by it: (id,
    # name, to whom, that key's fingerprint); they stay the signer's until that key takes them
    handed_over: list[tuple[str, str, str, str]] = field(default_factory=list)
    # services offered to the signer that it takes over with this update: (id, name, from
    # whom, that key's fingerprint)
    taken_over: list[tuple[str, str, str, str]] = field(default_factory=list)
    # services already here that a signed update claims (no trusted publisher owned them):
    # (id, name), the first thousand, and how many
    claimed: list[tuple[str, str]] = field(default_factory=list)
    claimed_count: int = 0
    # the format the file was read as ("read as HSDS 1.1 tabular data package, converted to
    # HSDS 3.1"), and what converting it changed or dropped, counted
    read_as: str = ""
    conversion: list[str] = field(default_factory=list)

    def counts_line(self) -> str:
        line = (f"added {self.added}, updated {self.updated}, unchanged {self.unchanged}, "
                f"rejected {self.rejected}")
        line += f", removed {self.removed}" if self.removed else ""
        return line + (f", left as they are {self.left_count}" if self.left_count else "")


@dataclass(frozen=True)
class DirectoryStats:
    services: int
    by_need: dict[str, int]
    by_province: dict[str, int]
