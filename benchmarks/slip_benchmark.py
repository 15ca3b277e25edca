"""Time a survivor's slip as PDF and unlocking the casework store.

    python benchmarks/slip_benchmark.py

Prints the median and worst of 20 slips (two services, both languages, QR codes) and of 10
unlocks of an encrypted casework file. Asserts nothing.
"""

from __future__ import annotations

import atexit
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> None:
    from PySide6.QtWidgets import QApplication

    from referral_app.core.service_view import service_view
    from referral_app.core.slip import Slip, slip_entry
    from referral_app.store.casework import CaseworkStore
    from referral_app.store.directory import Directory
    from referral_app.ui.slip_pdf import write_pdf

    app = QApplication([])
    work = Path(tempfile.mkdtemp(prefix="referral-slip-bench-"))
    atexit.register(shutil.rmtree, work, ignore_errors=True)
    with Directory.open(work / "data") as directory:
        records = [directory.service(s.id) for s in directory.search("helpline", limit=2)]
    entries = tuple(slip_entry(service_view(r, []), str(r.get("slip_name", ""))) for r in records
                    if r is not None)
    slips = []
    for index in range(21):
        start = time.perf_counter()
        write_pdf(Slip(entries, "both", case_code="ORG-2026-0001", desk_phone="0300-1234567"),
                  work / f"slip{index}.pdf")
        slips.append((time.perf_counter() - start) * 1000)
    slips = slips[1:]  # the first loads the fonts
    passphrase = "green tea at four o'clock"
    CaseworkStore.create(work / "data", passphrase, passphrase, who="bench").lock()
    unlocks = []
    for _ in range(10):
        start = time.perf_counter()
        CaseworkStore.unlock(work / "data", passphrase, who="bench").lock()
        unlocks.append((time.perf_counter() - start) * 1000)
    print(f"{'':<40}{'median':>8}{'worst':>8}   target")
    print(f"{'survivor slip PDF, 2 services (ms)':<40}{statistics.median(slips):>8.1f}"
          f"{max(slips):>8.1f}   <= 200")
    print(f"{'unlocking casework.db (ms)':<40}{statistics.median(unlocks):>8.1f}"
          f"{max(unlocks):>8.1f}   <= 1000")
    del app


if __name__ == "__main__":
    main()
