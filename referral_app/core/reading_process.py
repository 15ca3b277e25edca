"""Read a large HSDS JSON file in a second process, while this one writes what it has read.

An import is Python work (decoding the JSON, checking every value, fingerprinting each record)
and SQLite work (writing rows and the search index). In one process they share Python's
interpreter lock, so the two cores of a laptop are seldom both busy. Here a second process
reads and checks the records (``hsds_files.read_records``, the same code as in-process) and
sends them through a pipe in batches; this process only rebuilds them, and its writer thread
gets the interpreter lock when it wants it.

The records come out exactly as ``read_records`` gives them, in the same order, with the same
problems; a file the reader refuses raises the same ``InvalidFileError``. Closing the iterator
early (an import that fails) stops the second process.

The second process is this Python (or, in the packaged app, the app itself, which hands
``READER_FLAG`` to ``serve``: packaging/app/referral_app_main.py) running only the reading
code: it does not load the window. Starting it takes a few tenths of a second, so only a
large file is read this way.
"""

from __future__ import annotations

import struct
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from .errors import InvalidFileError
from .hsds_files import read_records
from .hsds_records import Record, Satellite

LARGE_FILE = 8 << 20  # bytes: about 2,000 services; smaller files are read in-process
BATCH = 500  # records a message
READER_FLAG = "--read-hsds-file-for-import"
_CHILD = f"import sys; from {__name__} import serve; raise SystemExit(serve(sys.argv[1]))"
_LENGTH = struct.Struct("<Q")  # each message: its length, then its pickle

# What travels for one record (``_flat``): plain tuples pickle at twice the speed of the
# dataclass and its named tuples, and ``Record.owned`` is only used while reading.
Flat = tuple[Any, ...]


def available() -> bool:
    """Whether a second process can be started (an embedded Python may have no program)."""
    return bool(sys.executable)


def records_read_aside(path: Path) -> Iterator[Record]:
    """The records of the HSDS JSON file at ``path``, read and checked by a second process."""
    import subprocess  # here, not at start: a first window needs none of these
    import tempfile

    if getattr(sys, "frozen", False):  # the packaged app: itself, told to read only
        command = [sys.executable, READER_FLAG, str(path)]
    else:
        command = [sys.executable, "-c", _CHILD, str(path)]
    with tempfile.TemporaryFile() as errors:
        process = subprocess.Popen(
            command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=errors,
            creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0))
        assert process.stdout is not None
        try:
            while True:
                message = _receive(process.stdout)
                if message is None:
                    process.wait()
                    errors.seek(0)
                    said = errors.read()[-300:].decode("utf-8", "replace").strip()
                    raise InvalidFileError(
                        f"Cannot read {path.name}: the process reading it stopped (exit code "
                        f"{process.returncode}{': ' + said.splitlines()[-1] if said else ''})"
                        "; nothing was imported. Try again, or free some memory first.")
                kind, payload = message
                if kind == "records":
                    for flat in payload:
                        yield _record(flat)
                elif kind == "refused":
                    text, problems = payload
                    raise InvalidFileError(text, problems)
                elif kind == "failed":
                    raise RuntimeError(f"reading {path.name} in a second process failed: "
                                       f"{payload}")
                else:
                    return
        finally:
            process.stdout.close()
            if process.poll() is None:
                process.kill()
            process.wait()


def serve(path: str) -> int:
    """The second process: every record of the file on standard output, in batches, then
    ("done", None); or ("refused", (sentence, problems)) for a file the reader refuses."""
    out = sys.stdout.buffer
    try:
        batch: list[Flat] = []
        for record in read_records(Path(path)):
            batch.append(_flat(record))
            if len(batch) >= BATCH:
                _send(out, "records", batch)
                batch = []
        _send(out, "records", batch)
        _send(out, "done", None)
    except InvalidFileError as error:
        _send(out, "refused", (str(error), error.problems))
    except (BrokenPipeError, ConnectionResetError):
        return 0  # the importer stopped reading: nothing to tell
    except Exception as error:  # told to the importer, which raises it
        _send(out, "failed", f"{type(error).__name__}: {error}")
    out.flush()
    return 0


def _send(out: IO[bytes], kind: str, payload: Any) -> None:
    import pickle

    data = pickle.dumps((kind, payload), protocol=pickle.HIGHEST_PROTOCOL)
    out.write(_LENGTH.pack(len(data)))
    out.write(data)


def _receive(stream: IO[bytes]) -> tuple[str, Any] | None:
    """The next message; None when the second process ended without saying it was done."""
    import pickle

    head = stream.read(_LENGTH.size)
    if len(head) < _LENGTH.size:
        return None
    (size,) = _LENGTH.unpack(head)
    data = stream.read(size)
    if len(data) < size:
        return None
    kind, payload = pickle.loads(data)  # our own child's, through our own pipe
    return str(kind), payload


def _flat(record: Record) -> Flat:
    return (record.table, record.where, record.row, [tuple(s) for s in record.satellites],
            record.terms, record.needs, record.problems, record.dropped, record.origin,
            record.given_id, record.order, record.digest())


def _record(flat: Flat) -> Record:
    (table, where, row, satellites, terms, needs, problems, dropped, origin, given_id, order,
     digest) = flat
    # tuple.__new__ makes each named tuple without the Python call its constructor is
    return Record(table, where, row, [_tuple(Satellite, s) for s in satellites], terms, needs,
                  problems, dropped, origin, given_id, order, _digest=digest)


_tuple = tuple.__new__
