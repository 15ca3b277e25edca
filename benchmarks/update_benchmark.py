"""Time a directory update file of a large directory: build, check and preview, apply.

    python benchmarks/update_benchmark.py --directory DATA_FOLDER_WITH_MANY_SERVICES

Builds a signed update file from that directory (the coordinator's side), then on a fresh
laptop directory: checks and previews it, applies it, each in a child process whose peak memory
is its own; while the preview runs, searches on the same laptop keep being timed; then a week of
changes is applied and undone. Prints a table; asserts nothing.
"""

from __future__ import annotations

import argparse
import atexit
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

CHILD = """
import resource, sys, time
from pathlib import Path
from referral_app.store import updates
from referral_app.store.directory import Directory
directory = Directory.open(Path(sys.argv[1]))
# As in the window: signature, trust and version are checked first; services.json is hashed
# by the preview and by the apply as they read it.
start = time.perf_counter()
checked = updates.check(directory, Path(sys.argv[2]), payload=False)
checking = time.perf_counter() - start
report = updates.apply(directory, checked, dry_run=sys.argv[3] == "preview")
took = time.perf_counter() - start
# After applying, the window goes on at once; a background thread copies the update from the
# write-ahead log into the database file. Timed on its own.
directory.close()
tidied = time.perf_counter() - start - took
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"{checking:.2f} {took:.2f} {peak:.0f} {report.added} {report.updated} {tidied:.2f}")
"""


UNDO = """
import sys, time
from pathlib import Path
from referral_app.store import updates
from referral_app.store.directory import Directory
directory = Directory.open(Path(sys.argv[1]))
start = time.perf_counter()
updates.undo_last(directory)  # directory data only: the trust list and corrections stay
took = time.perf_counter() - start
directory.close()
print(f"{took:.2f}")
"""


def child(laptop: Path, bundle: Path, mode: str) -> list[float]:
    done = subprocess.run([sys.executable, "-c", CHILD, str(laptop), str(bundle), mode],
                          capture_output=True, text=True, check=True, cwd=REPO)
    return [float(x) for x in done.stdout.split()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--directory", type=Path, required=True,
                        help="a data folder holding a large directory (the coordinator's)")
    args = parser.parse_args()

    from referral_app.core import bundle
    from referral_app.store import updates
    from referral_app.store.database import backup_to
    from referral_app.store.directory import Directory

    work = Path(tempfile.mkdtemp(prefix="referral-update-bench-"))
    atexit.register(shutil.rmtree, work, ignore_errors=True)  # gigabytes at 100,000
    key = bundle.new_private_key()
    out = work / "update.zip"
    source = work / "coordinator"
    source.mkdir()
    with Directory.open(args.directory) as original:  # a copy: the next version edits it
        backup_to(original.db, source / "directory.db")
    start = time.perf_counter()
    with Directory.open(source) as coordinator:
        manifest = updates.build(coordinator, key, "Benchmark", 1, out)
    built = time.perf_counter() - start
    laptop = work / "laptop"
    with Directory.open(laptop) as directory:
        updates.trust(directory, bundle.public_key_text(key.public_key()), "Benchmark", "k")

    latencies: list[float] = []
    stop = threading.Event()

    def search_meanwhile() -> None:
        with Directory.open(laptop) as reader:
            while not stop.is_set():
                begin = time.perf_counter()
                reader.search("helpline")
                latencies.append((time.perf_counter() - begin) * 1000)
                time.sleep(0.05)

    thread = threading.Thread(target=search_meanwhile)
    thread.start()
    checking, previewing, preview_peak, _, _, _ = child(laptop, out, "preview")
    stop.set()
    thread.join()
    _, applying, apply_peak, added, _, tidying = child(laptop, out, "apply")
    # The usual week: the laptop has version 1, the coordinator changed 1 % of the services.
    second = work / "update2.zip"
    with Directory.open(source) as coordinator:
        changed = coordinator.search("", limit=max(manifest.counts["services"] // 100, 1))
        edited = [coordinator.service(s.id) for s in changed]
        page = {"contents": [dict(r, alert="Moved; call first") for r in edited if r]}
        (work / "week.json").write_text(json.dumps(page, ensure_ascii=False))
        coordinator.import_file(work / "week.json")
        updates.build(coordinator, key, "Benchmark", 2, second, previous=out)
    _, weekly, weekly_peak, _, weekly_updated, _ = child(laptop, second, "apply")
    undone = subprocess.run([sys.executable, "-c", UNDO, str(laptop)], capture_output=True,
                            text=True, check=True, cwd=REPO)
    undoing = float(undone.stdout)
    services = manifest.counts["services"]
    print(f"update file: {services} services, {out.stat().st_size / 1e6:.0f} MB, "
          f"built in {built:.1f} s")
    print(f"{'':<46}{'figure':>10}   target")
    print(f"{'check signature, trust and version (s)':<46}{checking:>10.1f}")
    print(f"{'check and preview (s)':<46}{previewing:>10.1f}   <= 20")
    print(f"{'apply, all new to this laptop (s)':<46}{applying:>10.1f}   <= 30")
    print(f"{'  then copied into the database file (s)':<46}{tidying:>10.1f}   (in the background)")
    print(f"{'peak memory, preview / apply (MB)':<46}{preview_peak:>5.0f} / {apply_peak:.0f}"
          "   <= 500")
    if latencies:
        print(f"{'searches during the preview: median / worst (ms)':<46}"
              f"{statistics.median(latencies):>5.1f} / {max(latencies):.1f}"
              f"   ({len(latencies)} searches)")
    print(f"{'apply a week of changes (' + str(int(weekly_updated)) + ' changed) (s)':<46}"
          f"{weekly:>10.1f}   (peak {weekly_peak:.0f} MB)")
    print(f"{'undo the week (directory data only) (s)':<46}{undoing:>10.1f}")
    print(f"services added: {added:.0f}")


if __name__ == "__main__":
    main()
