"""Compare the two libraries that could read a coordinator's .xlsx: python-calamine and
openpyxl in read-only mode (the app uses calamine; docs/spreadsheets.md says why).

    python benchmarks/sheet_readers.py [--rows 5000]

Writes a sheet of fictional services (Urdu and English headers and text), then prints, for each
library, the median and worst of 5 reads of every cell, the time to import the library, and
the size of the installed package. Then times the whole import of that sheet into an empty
directory (reading, mapping, checking, writing). Asserts nothing.
"""

from __future__ import annotations

import argparse
import atexit
import importlib.metadata
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

DISTRICTS = ("Lahore", "Karachi Central", "ملتان", "Quetta", "پشاور", "Islamabad")
NEEDS = ("legal, shelter", "صحت", "Counselling", "emergency", "روزگار")


def write_sheet(path: Path, rows: int) -> None:
    import openpyxl

    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet()
    sheet.append(["نام", "ادارہ", "Phone / فون", "ضلع", "Need", "پتہ", "Hours", "زبانیں"])
    for i in range(rows):
        sheet.append([f"Fictional service {i}", f"فرضی ادارہ {i % 300}", f"0300-{i:07d}",
                      DISTRICTS[i % len(DISTRICTS)], NEEDS[i % len(NEEDS)],
                      f"House {i}, Street {i % 50}", "Mon-Fri 09:00-17:00", "Urdu, Punjabi"])
    workbook.save(path)


def read_calamine(path: Path) -> int:
    from python_calamine import CalamineWorkbook

    workbook = CalamineWorkbook.from_path(str(path))
    return len(workbook.get_sheet_by_index(0).to_python())


def read_openpyxl(path: Path) -> int:
    import openpyxl

    workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    count = sum(1 for _ in workbook.worksheets[0].iter_rows(values_only=True))
    workbook.close()
    return count


def import_time(module: str) -> float:
    """Seconds a fresh interpreter takes to import the module."""
    code = f"import time; t = time.perf_counter(); import {module}; " \
           "print(time.perf_counter() - t)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    return float(out.stdout)


def installed_size(*distributions: str) -> int:
    total = 0
    for name in distributions:
        for file in importlib.metadata.distribution(name).files or []:
            located = Path(str(file.locate()))
            if located.is_file():
                total += located.stat().st_size
    return total


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=5000)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="referral-sheet-bench-"))
    atexit.register(shutil.rmtree, work, ignore_errors=True)
    sheet = work / "services.xlsx"
    write_sheet(sheet, args.rows)
    print(f"sheet: {args.rows:,} rows, {sheet.stat().st_size / 1e6:.2f} MB")
    print(f"{'library':<24}{'median s':>10}{'worst s':>10}{'import s':>10}{'installed MB':>14}")
    for label, read, module, dists in (
            ("python-calamine", read_calamine, "python_calamine", ("python-calamine",)),
            ("openpyxl (read-only)", read_openpyxl, "openpyxl", ("openpyxl", "et-xmlfile"))):
        times = []
        for _ in range(5):
            start = time.perf_counter()
            read(sheet)
            times.append(time.perf_counter() - start)
        print(f"{label:<24}{statistics.median(times):>10.3f}{max(times):>10.3f}"
              f"{import_time(module):>10.3f}{installed_size(*dists) / 1e6:>14.2f}")

    from referral_app.core.sheet_mapping import guess
    from referral_app.core.sheet_reader import read_sheet
    from referral_app.store.directory import Directory

    with Directory.open(work / "data", starter=False) as directory:
        start = time.perf_counter()
        report = directory.import_file(sheet, mapping=guess(read_sheet(sheet).columns))
        took = time.perf_counter() - start
    print(f"whole import into an empty directory: {took:.2f} s, "
          f"{report.added:,} services added ({report.added / took:,.0f} a second)")


if __name__ == "__main__":
    main()
