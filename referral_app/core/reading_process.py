"""Read a large HSDS JSON file in a second process, while this one writes what it has read.

An import is Python work (decoding the JSON, checking every value, fingerprinting each record)
and SQLite work (writing rows and the search index). In one process they share Python's
interpreter lock, so the two cores of a laptop are seldom both busy. Here a second process
reads and checks the records (``hsds_files.read_records``, the same code as in-process) and
sends them over a pipe in batches; this process only rebuilds them, and its writer thread
gets the interpreter lock when it wants it.

The records come out exactly as ``read_records`` gives them, in the same order, with the same
problems; a file the reader refuses raises the same ``InvalidFileError``. Closing the iterator
early (an import that fails) stops the second process.

Only worth it for a large file: starting the process (a new interpreter importing the reading
code) takes a few tenths of a second.
"""

from __future__ import annotations

import multiprocessing
import pickle
from collections.abc import Iterator
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from .errors import InvalidFileError
from .hsds_files import read_records
from .hsds_records import Record, Satellite

LARGE_FILE = 8 << 20  # bytes: about 2,000 services; smaller files are read in-process
BATCH = 500  # records a message

# What travels for one record (``_flat``): plain tuples pickle at twice the speed of the
# dataclass and its named tuples, and ``Record.owned`` is only used while reading.
Flat = tuple[Any, ...]


def records_read_aside(path: Path) -> Iterator[Record]:
    """The records of the HSDS JSON file at ``path``, read and checked by a second process."""
    context = multiprocessing.get_context("spawn")  # never fork: the window has threads
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(target=_read_into, args=(str(path), sender), daemon=True,
                              name="referral-app-reader")
    process.start()
    sender.close()  # the child's end: the receiver then sees the end if the child dies
    try:
        while True:
            try:
                kind, payload = pickle.loads(receiver.recv_bytes())
            except EOFError:
                process.join()
                raise InvalidFileError(
                    f"Cannot read {path.name}: the process reading it stopped (exit code "
                    f"{process.exitcode}); nothing was imported. Try again, or free some "
                    "memory first.") from None
            if kind == "records":
                for flat in payload:
                    yield _record(flat)
            elif kind == "refused":
                message, problems = payload
                raise InvalidFileError(message, problems)
            elif kind == "failed":
                raise RuntimeError(f"reading {path.name} in a second process failed: {payload}")
            else:
                return
    finally:
        receiver.close()
        if process.is_alive():
            process.terminate()
        process.join()


def _read_into(path: str, sender: Connection) -> None:
    """The second process: every record of the file, in batches, then ("done", None)."""
    try:
        batch: list[Flat] = []
        for record in read_records(Path(path)):
            batch.append(_flat(record))
            if len(batch) >= BATCH:
                _send(sender, "records", batch)
                batch = []
        _send(sender, "records", batch)
        _send(sender, "done", None)
    except InvalidFileError as error:
        _send(sender, "refused", (str(error), error.problems))
    except (BrokenPipeError, ConnectionResetError):
        pass  # the importer stopped reading: nothing to tell
    except Exception as error:  # told to the importer, which raises it
        _send(sender, "failed", f"{type(error).__name__}: {error}")
    finally:
        sender.close()


def _send(sender: Connection, kind: str, payload: Any) -> None:
    sender.send_bytes(pickle.dumps((kind, payload), protocol=pickle.HIGHEST_PROTOCOL))


def _flat(record: Record) -> Flat:
    return (record.table, record.where, record.row, [tuple(s) for s in record.satellites],
            record.terms, record.needs, record.problems, record.dropped, record.origin,
            record.given_id, record.order, record.digest())


def _record(flat: Flat) -> Record:
    (table, where, row, satellites, terms, needs, problems, dropped, origin, given_id, order,
     digest) = flat
    return Record(table, where, row, [Satellite(*s) for s in satellites], terms, needs,
                  problems, dropped, origin, given_id, order, _digest=digest)
