"""Time converting and importing the published directories in ../shared/realdata.

    python benchmarks/older_formats.py [--realdata PATH]

Each dataset is imported (with --skip-invalid) into an empty directory in a child process;
prints the format seen, services read and added, seconds, services a second and the child's
peak memory. Asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DATASETS = ("or-sample-1.1/all_resources", "ohana-smc-csv",
            "miami211-datapackage/datapackage-1566177582.zip", "orservices-dc/package",
            "orservices-dc/datapackage.zip", "bucks-outpost-oruk/services_page_1.json",
            "fl-transformer-orgs/organization_3.json")

CHILD = """
import json, resource, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[3])
from referral_app.store.directory import Directory
with Directory.open(Path(sys.argv[2]), starter=False) as directory:
    start = time.perf_counter()
    report = directory.import_file(Path(sys.argv[1]), skip_invalid=True)
    took = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps([report.read_as, report.read, report.added, took, peak]))
"""


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--realdata", type=Path, default=REPO.parent / "shared" / "realdata")
    args = parser.parse_args()
    print(f"{'dataset':<52}{'read':>7}{'added':>7}{'s':>7}{'/s':>7}{'peak MB':>9}  format")
    for name in DATASETS:
        path = args.realdata / name
        if not path.exists():
            print(f"{name:<52} (absent)")
            continue
        with tempfile.TemporaryDirectory() as work:
            out = subprocess.run([sys.executable, "-c", CHILD, str(path), work, str(REPO)],
                                 capture_output=True, text=True, check=True)
        read_as, read, added, took, peak = json.loads(out.stdout)
        print(f"{name[-52:]:<52}{read:>7,}{added:>7,}{took:>7.2f}{read / took:>7,.0f}"
              f"{peak:>9.0f}  {read_as.removeprefix('read as ')}")


if __name__ == "__main__":
    main()
