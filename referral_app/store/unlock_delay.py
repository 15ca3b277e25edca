"""A growing wait after wrong passphrases, kept in the data folder so that a restart does not
end it. The file holds only how many tries were wrong and when the last one was: no secret.

After ``FREE_TRIES`` wrong tries, each further try waits twice as long as the one before
(2 s, 4 s, 8 s, ...) up to ``LONGEST`` seconds. A right passphrase ends the wait. The file
is written whole or not at all; one that cannot be read gives one ordinary wait.
"""

from __future__ import annotations

import contextlib
import json
import logging
import math
import time
from collections.abc import Callable
from pathlib import Path

from ..core.errors import UserError
from .casework_file import write_private

log = logging.getLogger(__name__)

TRIES_FILE = "unlock-tries.json"
FREE_TRIES = 3
FIRST_WAIT = 2.0
LONGEST = 300.0


class WaitBeforeTryingError(UserError):
    """Too many wrong passphrases: the next try must wait."""

    def __init__(self, seconds: int) -> None:
        super().__init__(f"Wait {seconds} seconds before trying again.")
        self.seconds = seconds


class UnlockTries:
    def __init__(self, data_dir: Path, clock: Callable[[], float] = time.time) -> None:
        self.path = data_dir / TRIES_FILE
        self._clock = clock

    def _read(self) -> tuple[int, float]:
        try:
            kept = json.loads(self.path.read_text(encoding="utf-8"))
            wrong, last = max(int(kept["wrong"]), 0), float(kept["last"])
            if not math.isfinite(last):
                raise ValueError("not a time")
        except FileNotFoundError:
            return 0, 0.0
        except (OSError, ValueError, TypeError, KeyError, AttributeError, OverflowError):
            return self._damaged()
        now = self._clock()
        if last > now:
            # a clock put back: the wait counts from now, so that it ends
            self._write(wrong, now)
            return wrong, now
        return wrong, last

    def _damaged(self) -> tuple[int, float]:
        """A file left empty or half written (a power cut, a full disk) or edited: as many
        wrong tries as are free, the last at the file's time, so one ordinary wait follows
        and the next wrong try counts on from there; never a wait that never ends."""
        log.warning("the file of wrong passphrase tries could not be read; counting it as "
                    "%d wrong tries", FREE_TRIES)
        now = self._clock()
        try:
            last = min(self.path.stat().st_mtime, now)
        except OSError:
            last = now
        return FREE_TRIES, last

    def wait(self) -> float:
        """Seconds to wait before the next try may be made (0 when it may be made now)."""
        wrong, last = self._read()
        if wrong < FREE_TRIES:
            return 0.0
        needed = min(FIRST_WAIT * 2 ** min(wrong - FREE_TRIES, 16), LONGEST)
        # a clock put back does not make the wait longer than it is
        return float(max(0.0, min(needed, last + needed - self._clock())))

    def check(self) -> None:
        """Refuse a try made before the wait is over, in one sentence."""
        left = self.wait()
        if left > 0:
            raise WaitBeforeTryingError(max(1, math.ceil(left)))

    def wrong(self) -> None:
        count, _ = self._read()
        self._write(count + 1, self._clock())

    def _write(self, count: int, last: float) -> None:
        """Written whole or not at all (beside, then put in place), 0600."""
        with contextlib.suppress(OSError):  # a folder that cannot be written holds no casework
            write_private(self.path, json.dumps({"wrong": count, "last": last}).encode())

    def right(self) -> None:
        with contextlib.suppress(OSError):
            self.path.unlink(missing_ok=True)
