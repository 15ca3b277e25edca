"""A growing wait after wrong passphrases, kept in the data folder so that a restart does not
end it. The file holds only how many tries were wrong and when the last one was: no secret.

After ``FREE_TRIES`` wrong tries, each further try waits twice as long as the one before
(2 s, 4 s, 8 s, ...) up to ``LONGEST`` seconds. A right passphrase ends the wait.
"""

from __future__ import annotations

import contextlib
import json
import math
import time
from collections.abc import Callable
from pathlib import Path

from ..core.errors import UserError
from .private_files import private_file

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
            return max(int(kept["wrong"]), 0), float(kept["last"])
        except FileNotFoundError:
            return 0, 0.0
        except (OSError, ValueError, TypeError, KeyError):
            # a damaged or edited file does not end the wait: count it as the most tries
            return FREE_TRIES + 16, self._clock()

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
        try:
            self.path.write_text(json.dumps({"wrong": count + 1, "last": self._clock()}),
                                 encoding="utf-8")
            private_file(self.path)
        except OSError:
            pass  # a folder that cannot be written cannot hold the casework either

    def right(self) -> None:
        with contextlib.suppress(OSError):
            self.path.unlink(missing_ok=True)
