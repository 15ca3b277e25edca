"""Open zip files that came from outside without trusting them.

Members are checked before anything is read: no path that leaves the folder, a limit on the
number of members, on the declared size, on the compression ratio and on the bytes actually read.
"""

from __future__ import annotations

import zipfile
from pathlib import Path, PurePosixPath
from typing import IO, cast

from .errors import InvalidFileError

MAX_MEMBERS = 1000
MAX_TOTAL_BYTES = 2 << 30  # 2 GiB uncompressed
MAX_RATIO = 200  # uncompressed / compressed, per member


class SafeZip:
    def __init__(self, path: Path) -> None:
        self.name = path.name
        try:
            self._zip = zipfile.ZipFile(path)
            infos = self._zip.infolist()
        except (zipfile.BadZipFile, OSError, EOFError) as error:
            raise InvalidFileError(
                f"{path.name} is not a readable zip file ({error}); ask for a new copy."
            ) from error
        if len(infos) > MAX_MEMBERS:
            raise InvalidFileError(f"{path.name} holds more than {MAX_MEMBERS} files.")
        total = 0
        self._members: dict[str, zipfile.ZipInfo] = {}
        for info in infos:
            self._check_member(info)
            total += info.file_size
            if not info.is_dir():
                self._members[info.filename] = info
        if total > MAX_TOTAL_BYTES:
            raise InvalidFileError(
                f"{path.name} would unpack to more than {MAX_TOTAL_BYTES >> 30} GB; refused."
            )

    def _check_member(self, info: zipfile.ZipInfo) -> None:
        name = info.filename
        parts = PurePosixPath(name.replace("\\", "/")).parts
        if name.startswith(("/", "\\")) or ".." in parts or (parts and ":" in parts[0]):
            raise InvalidFileError(
                f"{self.name} holds a file whose path leaves its folder ({name}); refused."
            )
        if info.compress_size and info.file_size / info.compress_size > MAX_RATIO:
            raise InvalidFileError(
                f"{self.name} holds {name}, which is compressed suspiciously well "
                "(a zip bomb?); refused."
            )

    def names(self) -> set[str]:
        return set(self._members)

    def open(self, name: str) -> IO[bytes]:
        info = self._members.get(name)
        if info is None:
            raise InvalidFileError(f"{self.name} has no file {name}.")
        limited = _Limited(self._zip.open(info), info.file_size, f"{self.name}/{name}")
        return cast(IO[bytes], limited)


class _Limited:
    """A member stream that refuses to yield more bytes than its header declared."""

    def __init__(self, stream: IO[bytes], limit: int, name: str) -> None:
        self._stream, self._left, self._name = stream, limit, name

    def read(self, size: int = -1) -> bytes:
        try:
            data = self._stream.read(size if size >= 0 else self._left + 1)
        except (zipfile.BadZipFile, EOFError, OSError) as error:
            raise InvalidFileError(f"{self._name} is damaged ({error}).") from error
        self._left -= len(data)
        if self._left < 0:
            raise InvalidFileError(f"{self._name} is larger than its zip header says; refused.")
        return data

    def readable(self) -> bool:
        return True

    def close(self) -> None:
        self._stream.close()

    def __enter__(self) -> _Limited:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
