"""The CSV files of a data package, whether a folder or a zip, wherever inside it they sit.

Publishers zip a package with its CSV files at the top, under ``data/`` or under a folder named
after the package, with or without ``datapackage.json``. The package's root is the folder that
holds ``services.csv`` (the shallowest one); its tables are read by bare file name from there.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Callable
from pathlib import Path, PurePosixPath
from typing import IO

from .archive import SafeZip
from .errors import InvalidFileError

MAX_PACKAGE_BYTES = 512 << 20  # an older package is read into memory whole
SERVICES = "services.csv"
MAX_FOLDER_ENTRIES = 1000  # looked at in each folder


class PackageFiles:
    """The files of a package folder or zip, by name relative to the package's root."""

    def __init__(self, label: str, names: set[str], opener: Callable[[str], IO[bytes]]) -> None:
        self.label = label
        self._opener = opener
        roots = sorted((PurePosixPath(n).parent for n in names
                        if PurePosixPath(n).name.lower() == SERVICES),
                       key=lambda p: (len(p.parts), str(p)))
        self.root = roots[0] if roots else PurePosixPath(".")
        self._files: dict[str, str] = {}  # lower-case bare name -> member name
        for name in sorted(names):
            path = PurePosixPath(name)
            if path.parent == self.root:
                self._files.setdefault(path.name.lower(), name)
        self._budget = MAX_PACKAGE_BYTES

    @classmethod
    def of_folder(cls, path: Path) -> PackageFiles:
        names: set[str] = set()
        folders = [path]
        for _depth in range(3):  # the package, and two levels of folders below it
            below = []
            try:
                for folder in folders:
                    for entry in sorted(folder.iterdir())[:MAX_FOLDER_ENTRIES]:
                        if entry.is_dir():
                            below.append(entry)
                        elif entry.is_file():
                            names.add(entry.relative_to(path).as_posix())
            except OSError as error:
                raise InvalidFileError(f"Cannot read {path.name}: {error.strerror}.") from error
            folders = below[:MAX_FOLDER_ENTRIES]
        return cls(path.name, names, lambda name: (path / name).open("rb"))

    @classmethod
    def of_zip(cls, path: Path) -> PackageFiles:
        archive = SafeZip(path)
        return cls(path.name, archive.names(), archive.open)

    @property
    def names(self) -> list[str]:
        """Bare file names at the package's root, in lower case."""
        return sorted(self._files)

    def has(self, name: str) -> bool:
        return name.lower() in self._files

    def where(self, name: str) -> str:
        """The file's path inside the package, as a problem names it."""
        return self._files.get(name.lower(), name)

    def read_bytes(self, name: str) -> bytes:
        with self._opener(self._files[name.lower()]) as file:
            data = file.read(self._budget + 1)
        self._budget -= len(data)
        if self._budget < 0:
            raise InvalidFileError(
                f"{self.label} is larger than {MAX_PACKAGE_BYTES >> 20} MB of CSV; "
                "ask the publisher for HSDS 3.1 JSON.")
        return data

    def header(self, name: str) -> list[str]:
        """The column names of a CSV file (its first line), in lower case."""
        with self._opener(self._files[name.lower()]) as file:
            first = file.read(64 << 10).decode("utf-8-sig", "replace").splitlines()[:1]
        return [column.strip().lower() for column in next(csv.reader(first), [])]

    def rows(self, name: str) -> list[dict[str, str]]:
        """The rows of a CSV file, column names in lower case, cells stripped; each row
        carries where it came from under the key "" ("data/phones.csv line 4")."""
        data = self.read_bytes(name)
        try:
            text = codecs.decode(data, "utf-8-sig")
        except UnicodeDecodeError:
            text = data.decode("cp1252", "replace")  # Excel's "CSV" on Windows
        where = self.where(name)
        out = []
        try:
            reader = csv.reader(io.StringIO(text, newline=""))
            header = [column.strip().lower() for column in next(reader, [])]
            line = reader.line_num + 1  # a quoted cell may hold line breaks
            for cells in reader:
                row = {column: cell.strip() for column, cell in zip(header, cells, strict=False)
                       if column and cell.strip()}
                if row:
                    row[""] = f"{where} line {line}"
                    out.append(row)
                line = reader.line_num + 1
        except csv.Error as error:
            raise InvalidFileError(
                f"{self.label}: {where} is not a readable CSV file ({error}).") from error
        return out
