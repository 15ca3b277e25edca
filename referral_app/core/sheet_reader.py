"""Read a coordinator's spreadsheet (.xlsx, .xlsm, .xls, .ods or .csv) into rows of text.

One row per service, a header row with column names as the office chose them. The header is
the first row with two or more filled cells (a title above it, merged across the columns, is
passed over). A value in merged cells belongs to every row the merge covers. Formulas are read
as the result the spreadsheet saved. Rows are numbered as the spreadsheet shows them, so that a
problem can name its row. Sheets are read with python-calamine (see docs/spreadsheets.md for
why); a CSV file with the standard library.
"""

from __future__ import annotations

import codecs
import csv
import datetime
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import InvalidFileError

SHEET_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")
CSV_SUFFIXES = (".csv",)
MAX_SHEET_BYTES = 50 << 20  # a directory of 100,000 services is about 20 MB as .xlsx
MAX_ROWS = 100_000
MAX_COLUMNS = 200
HEADER_SEARCH = 20  # rows looked at for the header


@dataclass(frozen=True)
class Sheet:
    file: str  # the file's name
    sheet: str  # the sheet's name ("" for CSV)
    header_row: int  # as the spreadsheet numbers it (1 = the first row)
    columns: tuple[str, ...]  # header names, each non-empty and different
    rows: tuple[tuple[int, tuple[str, ...]], ...]  # (row number, one text per column)

    def first_rows(self, count: int) -> list[tuple[int, tuple[str, ...]]]:
        return list(self.rows[:count])


def is_spreadsheet(path: Path) -> bool:
    return path.suffix.lower() in SHEET_SUFFIXES + CSV_SUFFIXES


def read_sheet(path: Path) -> Sheet:
    """The sheet's header and rows; InvalidFileError (one sentence) when it cannot be read."""
    try:
        size = path.stat().st_size
    except OSError as error:
        raise InvalidFileError(f"Cannot read {path.name}: {error.strerror}.") from error
    if size > MAX_SHEET_BYTES:
        raise InvalidFileError(
            f"{path.name} is {size >> 20} MB, more than the {MAX_SHEET_BYTES >> 20} MB a "
            "spreadsheet may be; split it into smaller sheets.")
    merged: list[Merge] = []
    if path.suffix.lower() in CSV_SUFFIXES:
        grid, name = _csv_grid(path), ""
    else:
        grid, merged, name = _workbook_grid(path)
    return _sheet(path.name, name, grid, merged)


# -- reading the cells -------------------------------------------------------------------------

Grid = list[list[Any]]
Merge = tuple[tuple[int, int], tuple[int, int]]


def _workbook_grid(path: Path) -> tuple[Grid, list[Merge], str]:
    import python_calamine  # only when a sheet is read: the window starts without it

    try:
        with path.open("rb") as file:
            head = file.read(8)
        workbook = python_calamine.CalamineWorkbook.from_path(str(path))
        for meta in workbook.sheets_metadata:
            if meta.typ != python_calamine.SheetTypeEnum.WorkSheet:
                continue
            sheet = workbook.get_sheet_by_name(meta.name)
            grid = sheet.to_python(skip_empty_area=False)
            if any(any(_filled(cell) for cell in row) for row in grid):
                return grid, list(sheet.merged_cell_ranges or []), meta.name
    except python_calamine.PasswordError as error:
        raise _protected(path) from error
    except (python_calamine.CalamineError, OSError, ValueError) as error:
        if head.startswith(b"\xd0\xcf\x11\xe0") and path.suffix.lower() != ".xls":
            raise _protected(path) from error  # Office keeps an encrypted .xlsx in this box
        raise InvalidFileError(
            f"{path.name} is not a spreadsheet this app can read (it may be damaged); open "
            "it in Excel or LibreOffice and save it again as .xlsx.") from error
    raise _empty(path)


def _protected(path: Path) -> InvalidFileError:
    return InvalidFileError(
        f"{path.name} is protected with a password; open it in Excel or LibreOffice, remove "
        "the password, save it, and import it again.")


def _empty(path: Path) -> InvalidFileError:
    return InvalidFileError(f"{path.name} has no rows; a sheet needs a header row and one row "
                            "per service.")


def _csv_grid(path: Path) -> Grid:
    data = path.read_bytes()
    try:
        text = codecs.decode(data, "utf-8-sig")
    except UnicodeDecodeError as error:
        raise InvalidFileError(
            f"{path.name} is not UTF-8 text (bad byte at byte {error.start}); in Excel save it "
            "as 'CSV UTF-8', or import the .xlsx itself.") from error
    first = text[:4096].splitlines()[0] if text.strip() else ""
    delimiter = max(",;\t", key=first.count) if first else ","
    try:
        return [list(row) for row in csv.reader(io.StringIO(text, newline=""),
                                                delimiter=delimiter)]
    except csv.Error as error:
        raise InvalidFileError(f"{path.name} is not a readable CSV file ({error}).") from error


# -- the grid as a sheet -----------------------------------------------------------------------

def _sheet(file: str, name: str, grid: Grid, merged: list[Merge]) -> Sheet:
    if len(grid) > MAX_ROWS + HEADER_SEARCH:
        raise InvalidFileError(f"{file} has more than {MAX_ROWS:,} rows; split it into "
                               "smaller sheets.")
    header_index = next((i for i, row in enumerate(grid[:HEADER_SEARCH])
                         if sum(_filled(cell) for cell in row) >= 2), None)
    _spread_merged(grid, merged)  # after: a title merged across the columns is no header
    if header_index is None:
        if any(any(_filled(cell) for cell in row) for row in grid):
            raise InvalidFileError(
                f"{file} has no header row (a row naming two or more columns) in its first "
                f"{HEADER_SEARCH} rows; put the column names in one row above the services.")
        raise InvalidFileError(f"{file} has no rows; a sheet needs a header row and one row "
                               "per service.")
    header = [_text(cell) for cell in grid[header_index]][:MAX_COLUMNS]
    while header and not header[-1]:
        header.pop()
    columns = _named(header)
    rows = []
    for index in range(header_index + 1, len(grid)):
        cells = [_text(cell) for cell in grid[index][:len(columns)]]
        cells += [""] * (len(columns) - len(cells))
        if any(cells):
            rows.append((index + 1, tuple(cells)))
    return Sheet(file, name, header_index + 1, tuple(columns), tuple(rows))


def _spread_merged(grid: Grid, merged: list[Merge]) -> None:
    """Give every cell of a merged range the value of its top-left cell."""
    for (top, left), (bottom, right) in merged:
        if top >= len(grid) or left >= len(grid[top]):
            continue
        value = grid[top][left]
        for row in range(top, min(bottom, len(grid) - 1) + 1):
            for column in range(left, min(right, len(grid[row]) - 1) + 1):
                grid[row][column] = value


def _named(header: list[str]) -> list[str]:
    """Header names, an empty one called by its column letter, a repeated one numbered."""
    out: list[str] = []
    for index, name in enumerate(header):
        name = " ".join(name.split()) or f"column {column_letter(index)}"
        base, number = name, 2
        while name in out:
            name, number = f"{base} ({number})", number + 1
        out.append(name)
    return out


def column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA, as spreadsheets name columns."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _filled(cell: Any) -> bool:
    return cell is not None and str(cell).strip() != ""


def _text(cell: Any) -> str:
    if cell is None or cell is True or cell is False:
        return "" if cell is None else ("yes" if cell else "no")
    if isinstance(cell, float):
        return str(int(cell)) if cell.is_integer() else repr(cell)
    if isinstance(cell, datetime.datetime):
        return cell.isoformat(sep=" ", timespec="minutes")
    if isinstance(cell, datetime.date | datetime.time):
        return cell.isoformat()
    lines = (" ".join(line.split()) for line in str(cell).replace("\r", "\n").split("\n"))
    return "\n".join(line for line in lines if line)
