"""Read an HSDS file of any accepted shape into checked records.

Accepted: HSDS 3.1 JSON (one service, a list of services, an API page with ``contents``, a list
of organizations with nested services) and the tabular data package (a folder or a zip of CSV
files with ``datapackage.json``).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from .archive import SafeZip
from .errors import InvalidFileError
from .hsds_package import DATAPACKAGE, package_records
from .hsds_records import Record, RecordReader
from .json_stream import BinaryReader, JsonStream

MAX_JSON_BYTES = 2 << 30  # 2 GiB: ten times a national directory


def read_records(path: Path) -> Iterator[Record]:
    """Every record in the file or folder at ``path``, checked, in file order."""
    if path.is_dir():
        yield from package_records(path.name, path, {p.name for p in path.iterdir()})
        return
    try:
        size = path.stat().st_size
        file = path.open("rb")
    except OSError as error:
        raise InvalidFileError(f"Cannot read {path.name}: {error.strerror}.") from error
    with file:
        head = file.read(4)
        file.seek(0)
        if head.startswith(b"PK"):
            archive = SafeZip(path)
            if DATAPACKAGE not in archive.names():
                raise InvalidFileError(
                    f"{path.name} is a zip file without {DATAPACKAGE}; "
                    "an HSDS data package needs one."
                )
            yield from package_records(path.name, path, archive.names(), archive.open)
            return
        if size > MAX_JSON_BYTES:
            raise InvalidFileError(
                f"{path.name} is larger than {MAX_JSON_BYTES >> 30} GB; refused.")
        reader = RecordReader(path.name)
        for where, obj in JsonStream(file, path.name).records():
            yield from reader.records(where, obj)


def read_json_records(stream: BinaryReader, name: str) -> Iterator[Record]:
    """The records of an HSDS JSON document read from an open stream (a zip member)."""
    reader = RecordReader(name)
    for where, obj in JsonStream(stream, name).records():
        yield from reader.records(where, obj)
