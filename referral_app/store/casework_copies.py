"""Encrypted copies of the casework file kept beside it, made after every saved change.

A copy is the file's bytes taken right after a commit, inside a read transaction (so no journal
is hot and no other writer can change it meanwhile), and only when the file passes the
integrity check: a damaged file never replaces a good copy. The copy is encrypted with the same
passphrase. The newest copy is always the latest saved state; older ones are at least a minute
apart, ``KEEP`` in all. After a passphrase change every copy is made again under the new one.

A copy's name carries the file's generation (its random id and save counter,
``casework-<when>_<id>_<saves>.db``): a copy newer than the file being saved (the file was put
back by hand from an older copy or is another laptop's) is never dropped.
"""

from __future__ import annotations

import contextlib
import logging
import os
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from ..core.errors import UserError
from .casework_file import (
    CASEWORK_FILE,
    STAMP,
    CaseworkDamagedError,
    Generation,
    Restored,
    count_good,
    generation,
    put_in_place,
    whole_bytes,
    write_private,
)
from .private_files import private_folder

log = logging.getLogger(__name__)

COPIES_FOLDER = "casework-copies"
KEEP = 5
SPACING = timedelta(minutes=1)


@dataclass(frozen=True)
class KeptCopy:
    made: datetime
    path: Path
    generation: Generation | None = None


def copies_folder(data_dir: Path) -> Path:
    return data_dir / COPIES_FOLDER


def kept_copies(data_dir: Path) -> list[KeptCopy]:
    """The copies there are, newest first."""
    found = []
    with contextlib.suppress(OSError):
        for path in copies_folder(data_dir).glob("casework-*.db"):
            stamp, *kept = path.stem.removeprefix("casework-").split("_")
            try:
                made = datetime.strptime(stamp, STAMP)
                saved = Generation(kept[0], int(kept[1])) if len(kept) == 2 else None
            except ValueError:
                continue
            found.append(KeptCopy(made, path, saved))
    return sorted(found, key=lambda copy: (copy.made, -1 if copy.generation is None
                                            else copy.generation.saves), reverse=True)


def copy_name(now: datetime, saved: Generation | None) -> str:
    kept = "" if saved is None else f"_{saved.file_id}_{saved.saves}"
    return f"casework-{now.strftime(STAMP)}{kept}.db"


def keep_copy(conn: Any, live: Path, now: datetime, *, replace_all: bool = False) -> None:
    """Copy the casework file after a commit; drop the copies it makes unneeded.

    Raises ``CaseworkDamagedError`` when the file fails the check (the copies are left as they
    are). A copy that cannot be written (a full disk) does not undo the saved change: it is
    logged, without any casework, and the older copies stay."""
    data = whole_bytes(conn, live)
    if data is None:
        raise CaseworkDamagedError(last_copy_made(live.parent))
    saved = generation(conn)
    before = kept_copies(live.parent)
    folder = copies_folder(live.parent)
    target = folder / copy_name(now, saved)
    try:
        private_folder(folder)
        write_private(target, data)
    except OSError as error:
        log.warning("could not keep a copy of the casework file (%s)", error.strerror)
        return
    if replace_all:
        dropped = before  # made under the old passphrase
    else:
        # a copy newer than this file (or of another file) is never dropped for it
        before = [c for c in before if c.generation is None
                  or not c.generation.is_newer_than(saved)]
        # the previous newest was only "the latest": dropped unless a minute after the one
        # before it, so the older generations stay at least a minute apart
        superseded = len(before) > 1 and before[0].made - before[1].made < SPACING
        older = before[1:] if superseded else before
        dropped = before[:1] if superseded else []
        dropped += older[KEEP - 1:]
    for copy in dropped:
        if copy.path != target:
            with contextlib.suppress(OSError):
                copy.path.unlink()


def last_copy_made(data_dir: Path) -> datetime | None:
    copies = kept_copies(data_dir)
    return copies[0].made if copies else None


def newest_good_copy(data_dir: Path, passphrase: str) -> tuple[KeptCopy, int] | None:
    """The newest copy that opens with the passphrase and is whole, and its referral count."""
    for copy in kept_copies(data_dir):
        referrals = count_good(copy.path, passphrase)
        if referrals is not None:
            return copy, referrals
    return None


def newer_good_copy(data_dir: Path, passphrase: str,
                    live: Generation | None) -> KeptCopy | None:
    """The newest good copy when it holds what the file ``live`` lacks (later changes, or
    another file altogether); None otherwise. Only the names are read when there is none."""
    copies = kept_copies(data_dir)
    if not any(c.generation is not None and c.generation.is_newer_than(live) for c in copies):
        return None
    good = newest_good_copy(data_dir, passphrase)
    if good is None or good[0].generation is None or \
            not good[0].generation.is_newer_than(live):
        return None
    return good[0]


def newest_copy_opens(data_dir: Path, passphrase: str) -> bool:
    """Whether the newest copy opens with this passphrase: then a file it does not open is
    damaged, not locked with another passphrase."""
    copies = kept_copies(data_dir)
    return bool(copies) and count_good(copies[0].path, passphrase) is not None


def damaged(data_dir: Path, passphrase: str) -> CaseworkDamagedError:
    good = newest_good_copy(data_dir, passphrase)
    return CaseworkDamagedError(good[0].made if good else None)


def restore_last_good_copy(data_dir: Path, passphrase: str, now: datetime) -> Restored:
    """Put the newest good copy in place; the damaged file is kept aside, renamed."""
    good = newest_good_copy(data_dir, passphrase)
    if good is None:
        raise UserError("There is no good copy of the casework file that opens with this "
                        "passphrase; nothing was changed.")
    copy, referrals = good
    staged = data_dir / (CASEWORK_FILE + ".restoring")
    try:
        write_private(staged, copy.path.read_bytes())
        aside = put_in_place(data_dir, staged, "damaged", now)
    except OSError as error:
        staged.unlink(missing_ok=True)
        raise UserError(f"Cannot put the copy back in {data_dir} ({error.strerror}); nothing "
                        "was changed.") from error
    return Restored(copy.made, referrals, aside)


def remove_stray(data_dir: Path) -> None:
    """Files left by a copy or restore that stopped half way."""
    for name in (CASEWORK_FILE + ".restoring", CASEWORK_FILE + ".restoring.partial"):
        with contextlib.suppress(OSError):
            os.remove(data_dir / name)
