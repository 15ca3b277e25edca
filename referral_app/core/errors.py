"""Errors that are the user's problem, each carrying one plain sentence.

Anything else that goes wrong is our bug: it is logged with its traceback and shown as
"something went wrong". Callers at the edge (CLI, window) turn a ``UserError`` into its message.
"""

from __future__ import annotations

from dataclasses import dataclass


class UserError(Exception):
    """A problem the caseworker or coordinator can fix; ``str(error)`` says what to do."""


@dataclass(frozen=True)
class Problem:
    """One thing wrong in an input file: where it is and what is wrong."""

    file: str
    record: str  # one name per record: "service 3f25…"
    field: str
    message: str
    position: str = ""  # where the record is in the file: "record 12", "services.csv line 4"
    order: int = 0  # the record's place in the file, to list problems in file order

    def __str__(self) -> str:
        record = f"{self.record} ({self.position})" if self.position else self.record
        where = ", ".join(part for part in (self.file, record, self.field) if part)
        return f"{where}: {self.message}" if where else self.message


def grouped(problems: list[Problem], *, shown_positions: int = 3) -> list[str]:
    """The problems as lines in file order, one line for each problem repeated with the same
    field and message: "…, id: appears twice in the file: 127 times, first at service 3f25…
    (record 2), then at record 3; record 4; record 5 and 123 more"."""
    groups: dict[tuple[str, str, str], list[Problem]] = {}
    for problem in sorted(problems, key=lambda p: p.order):
        key = (problem.file, _unindexed(problem.field), problem.message)
        groups.setdefault(key, []).append(problem)
    lines = []
    for (file, field, message), found in groups.items():
        if len(found) == 1:
            lines.append(str(found[0]))
            continue
        first = found[0]
        record = f"{first.record} ({first.position})" if first.position else first.record
        later = [p.position or p.record for p in found[1 : 1 + shown_positions]]
        rest = len(found) - 1 - len(later)
        then = "; ".join(later) + (f" and {rest} more" if rest else "")
        where = ", ".join(part for part in (file, field) if part)
        lines.append(f"{where}: {message}: {len(found)} times, first at {record}, "
                     f"then at {then}")
    return lines


def _unindexed(field: str) -> str:
    """"phones[3].number" as "phones[].number": the same field of another item."""
    out, skipping = [], False
    for char in field:
        if char == "[":
            skipping = True
            out.append("[")
        elif char == "]":
            skipping = False
            out.append("]")
        elif not skipping:
            out.append(char)
    return "".join(out)


class InvalidFileError(UserError):
    """An input file was refused; ``problems`` lists everything found wrong in it."""

    def __init__(self, message: str, problems: list[Problem] | None = None) -> None:
        super().__init__(message)
        self.problems = problems or []


class DatabaseError(UserError):
    """The directory database cannot be opened or written."""


class DataFolderError(UserError):
    """The data folder cannot be created or written."""


class DirectoryDamagedError(DatabaseError):
    """The directory database is damaged; ``referral-app repair`` (or Restore in the window)
    brings back the last good copy."""

    def __init__(self, path: str, problem: str = "") -> None:
        self.path = path
        self.problem = problem
        super().__init__(f"{path} is damaged and cannot be trusted; run 'referral-app repair' "
                         "to restore the last good copy (the damaged file is kept aside).")
