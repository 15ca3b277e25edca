"""Measure the import of a tabular data package (CSV) at scale: peak memory and time.

    python benchmarks/csv_package_benchmark.py [--services 100000]

Generates N services as in directory_benchmark.py, imports them, exports the directory as a
tabular data package (CSV files with datapackage.json), then imports that package into a fresh
data folder in a child process, so that its peak memory is its own. Prints the figures; asserts
nothing.
"""

from __future__ import annotations

import argparse
import atexit
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.directory_benchmark import generate, import_in_child  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--services", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it")
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="referral-csv-bench-"))
    if not args.keep:
        atexit.register(shutil.rmtree, work, ignore_errors=True)
    work.mkdir(parents=True, exist_ok=True)
    page = work / f"services-{args.services}.json"
    if not page.exists():
        generate(page, args.services)
    package = work / "package"
    if not (package / "datapackage.json").exists():
        took, peak, *_ = import_in_child(work / "from-json", page)
        print(f"{'JSON import (for comparison)':<44}{took:>10.1f} s {peak:>7.0f} MB")
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "referral_app", "--data-dir",
                        str(work / "from-json"), "export", "--format", "csv", str(package)],
                       check=True, capture_output=True, cwd=REPO)
        print(f"{'CSV export':<44}{time.perf_counter() - start:>10.1f} s")
    size = sum(f.stat().st_size for f in package.iterdir()) / 1e6
    for suffix in ("", "-wal", "-shm"):
        (work / "from-csv" / ("directory.db" + suffix)).unlink(missing_ok=True)
    took, peak, added, _, rejected, _ = import_in_child(work / "from-csv", package)
    print(f"{'CSV package':<44}{size:>10.0f} MB")
    print(f"{'services imported from CSV (rejected)':<44}{added:>12}   ({rejected} rejected)")
    print(f"{'CSV import time':<44}{took:>10.1f} s")
    print(f"{'peak memory of the CSV import process':<44}{peak:>9.0f} MB   <= 300 MB")


if __name__ == "__main__":
    main()
