"""On a coordinator's laptop: the referral figures files taken in from registered laptops,
the newest of each laptop kept, and the picture they make with the directory's coverage.

A laptop's file is counted once however often it is sent; a file with a higher sequence
number (made after more changes to the laptop's casework) replaces the one kept; an older
one is not taken. Files that are unsigned, changed after signing, or signed by a laptop that
is not registered are refused, and then nothing of the batch is taken in.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..core.coverage import Coverage
from ..core.figures import LARGEST_FILE, TABLES, Figures, SignedFigures, read_figures_file
from ..core.picture import Picture, picture
from .coverage import directory_coverage
from .directory import Directory
from .laptops import registered_signer
from .transaction import transaction
from .write_errors import write_error

TAKEN, REPLACED, SAME, OLDER = "taken in", "replaced the older one", "already taken in", \
    "older than the one taken in before; not taken"


@dataclass(frozen=True)
class Taken:
    file: str
    laptop: str  # the name the coordinator registered it under
    result: str  # TAKEN, REPLACED, SAME or OLDER


def file_bytes(path: Path) -> bytes:
    """A figures file's bytes, read only up to one byte more than a figures file can hold
    (read_figures_file refuses a longer one): a file of gigabytes chosen by mistake must not
    fill the memory. OSError when it cannot be read."""
    with path.open("rb") as file:
        return file.read(LARGEST_FILE + 1)


def take_in(directory: Directory, files: Iterable[tuple[str, bytes]]) -> list[Taken]:
    """Check every file, then keep the newest figures of each laptop; one bad file refuses the
    lot, with its sentence, and nothing is changed."""
    checked: list[tuple[str, str, SignedFigures]] = []
    for name, data in files:
        signed = read_figures_file(data, name)
        laptop = registered_signer(directory, signed.key, name)
        checked.append((name, laptop.name, signed))
    kept = {key: (sequence, figures) for key, sequence, figures in directory.db.execute(
        "SELECT key_id, sequence, figures FROM received_figures")}
    results: list[Taken] = []
    rows: dict[str, tuple[int, str, str]] = {}
    for name, laptop_name, signed in checked:
        text = signed.canonical.decode("utf-8")
        before = rows[signed.key_id][:2] if signed.key_id in rows else kept.get(signed.key_id)
        if before is None:
            result = TAKEN
        elif signed.sequence < before[0]:
            result = OLDER
        elif signed.sequence == before[0] and text == before[1]:
            result = SAME
        else:
            result = REPLACED
        if result in (TAKEN, REPLACED):
            rows[signed.key_id] = (signed.sequence, text, signed.made_in)
        results.append(Taken(name, laptop_name, result))
    now = datetime.now().isoformat(timespec="seconds")
    try:
        with transaction(directory.db):
            directory.db.conn.executemany(
                "INSERT OR REPLACE INTO received_figures (key_id, sequence, made_in, figures, "
                "received) VALUES (?,?,?,?,?)",
                [(key, seq, made_in, text, now) for key, (seq, text, made_in) in rows.items()])
    except sqlite3.OperationalError as error:
        raise write_error(directory.path, error) from error
    return results


def merged(directory: Directory) -> tuple[Figures, int]:
    """The figures of every laptop taken in, added up, and how many laptops they came from.
    Only the laptops still registered count. (Each was checked row by row when taken in.)"""
    tables: dict[str, Counter[tuple[str, ...]]] = {name: Counter() for name in TABLES}
    left_out: Counter[str] = Counter()
    laptops = 0
    for (text,) in directory.db.execute(
            "SELECT f.figures FROM received_figures f JOIN registered_laptop l "
            "ON l.fingerprint = f.key_id"):
        body = json.loads(text)
        for name, counted in tables.items():
            for *key, count in body["tables"][name]["rows"]:
                counted[tuple(key)] += count
        left_out.update(body["left_out"])
        laptops += 1
    return Figures({name: dict(cells) for name, cells in tables.items()},
                   {name: left_out[name] for name in TABLES}), laptops

def coordination_picture(directory: Directory, coverage: Coverage | None = None) -> Picture:
    """The picture of every registered laptop's figures beside ``coverage`` (every district),
    counted here when not given."""
    figures, laptops = merged(directory)
    found = coverage or directory_coverage(directory)
    return picture(figures, laptops, found.services_in)


def place_or_service_name(directory: Directory, code: str) -> str:
    """The name of a place or a service, by its code or id (the code itself when unknown)."""
    place = directory.geography.get(code)
    if place is not None:
        return place.name
    row = directory.db.execute("SELECT name FROM service WHERE id = ?", [code]).fetchone()
    return str(row[0]) if row and row[0] else code
