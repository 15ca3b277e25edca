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
    record: str
    field: str
    message: str

    def __str__(self) -> str:
        where = ", ".join(part for part in (self.file, self.record, self.field) if part)
        return f"{where}: {self.message}" if where else self.message


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
