"""The command line's coordination commands: directory coverage, and referral figures (sent by
a laptop, taken in and reported on by the coordinator)."""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from .core.errors import UserError

if TYPE_CHECKING:  # each command loads what it uses when it runs (not with every command)
    from .core.picture import Picture
    from .store.directory import Directory


def add_commands(commands: argparse._SubParsersAction,  # type: ignore[type-arg]
                 common: argparse.ArgumentParser,
                 group: Callable[..., argparse._SubParsersAction]  # type: ignore[type-arg]
                 ) -> None:
    cover = commands.add_parser("coverage", parents=[common],
                                help="which needs each district has a service for")
    cover.add_argument("--province", default=None, help="only this province's districts")
    cover.add_argument("--format", choices=("text", "csv", "json"), default="text")

    figures = group(commands, common, "figures", "anonymised referral figures",
                    "export|merge|show|report")
    out = figures.add_parser("export", parents=[common],
                             help="write this laptop's referral figures (counts of 5 or more, "
                                  "nothing about anyone), signed by the laptop")
    out.add_argument("out", type=Path, metavar="OUT.json")
    out.add_argument("--passphrase-file", type=Path, metavar="FILE",
                     help="the casework passphrase")
    out.add_argument("--yes", action="store_true",
                     help="write it without asking (the figures are still shown)")
    merge = figures.add_parser("merge", parents=[common],
                               help="take in figures files from registered laptops "
                                    "(coordinators); a laptop's newest file counts once")
    merge.add_argument("files", type=Path, nargs="+", metavar="FILE")
    figures.add_parser("show", parents=[common], help="the picture the figures taken in make")
    report = figures.add_parser("report", parents=[common],
                                help="the picture as a PDF for a meeting, or CSV")
    report.add_argument("out", type=Path, metavar="OUT.pdf|OUT.csv")
    report.add_argument("--lang", choices=("en", "ur"), default="en")


def coverage_command(directory: Directory, args: argparse.Namespace) -> int:
    from .core.coverage import CSV_HEADER, coverage_rows
    from .store.coverage import directory_coverage

    found = directory_coverage(directory, args.province)
    rows = coverage_rows(found)
    if args.format == "csv":
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(CSV_HEADER)
        writer.writerows(rows)
    elif args.format == "json":
        print(json.dumps({"verified_since": found.verified_since,
                          "rows": [dict(zip(CSV_HEADER, row, strict=True)) for row in rows]},
                         ensure_ascii=False, indent=1))
    else:
        _coverage_table(found.districts, found.verified_since)
    return 0


def _coverage_table(districts: tuple, since: str) -> None:  # type: ignore[type-arg]
    from .core.needs import NEED_CODES

    print("services covering each district, by need (own + province-wide + national); "
          f"'-' is none; verified since {since}")
    print(f"{'district':<28}" + "".join(f"{code[:11]:>12}" for code in NEED_CODES))
    for row in districts:
        cells = "".join(f"{row.cells[c].total or '-':>12}" for c in NEED_CODES)
        print(f"{row.district.name[:27]:<28}{cells}")
    print(f"{len(districts)} districts; a need no service covers is shown as '-'")


def figures_command(directory: Directory, args: argparse.Namespace,
                    unlock: Callable[[Directory, argparse.Namespace], object]) -> int:
    from .store import received_figures

    if args.figures_command == "export":
        return _export(directory, args, unlock)
    if args.figures_command == "merge":
        files = []
        for path in args.files:
            try:
                files.append((path.name, received_figures.file_bytes(path)))
            except OSError as error:
                raise UserError(f"Cannot read {path}: {error.strerror}; nothing was taken "
                                "in.") from error
        for taken in received_figures.take_in(directory, files):
            print(f"{taken.file} from {taken.laptop}: {taken.result}")
        _show(directory, received_figures.coordination_picture(directory))
        return 0
    found = received_figures.coordination_picture(directory)
    if args.figures_command == "show":
        _show(directory, found)
        return 0
    return _report(directory, found, args)


def _export(directory: Directory, args: argparse.Namespace,
            unlock: Callable[[Directory, argparse.Namespace], object]) -> int:
    from .core.figures import read_figures_file
    from .store.casework import CaseworkStore
    from .store.figures import figures_file, write_figures

    store = unlock(directory, args)
    assert isinstance(store, CaseworkStore)
    try:
        text = figures_file(store, directory)
    finally:
        store.lock()
    read_figures_file(text.encode("utf-8"), args.out.name)  # what the coordinator will check
    print(text, end="")
    if not args.yes:
        if not sys.stdin.isatty():
            raise UserError("Nothing was written: there is no terminal to ask at; read the "
                            "figures above, then run it again with --yes.")
        if input(f"Write these figures to {args.out}? [y/N] ").strip().lower() not in ("y",
                                                                                       "yes"):
            print("Nothing was written.")
            return 0
    write_figures(text, args.out)
    print(f"wrote {args.out}: the figures above, signed by this laptop; no case code, date, "
          "text, age, sex or disability is in it, and no count under 5")
    return 0


def _show(directory: Directory, found: Picture) -> None:
    name = _namer(directory)
    print(f"referral figures from {found.laptops} laptop(s): {found.referrals} referrals "
          f"counted; {found.left_out} small count(s) left out by the laptops")
    print("unmet needs (referrals per service; 'none' where no service covers the place):")
    for u in found.unmet[:20]:
        per = f"{u.per_service:.1f}" if u.per_service is not None else "none"
        print(f"  {name(u.place)}, {u.need}: {u.referrals} referrals, {u.services} services, "
              f"{per} per service")
    print("services with the most failed referrals:")
    for f in found.failing[:10]:
        print(f"  {name(f.service)}: {f.failed} failed of {f.referrals}")
    print("by month (referrals, failed):")
    for m in found.months:
        print(f"  {m.month}: {m.referrals}, {m.failed}")


def _namer(directory: Directory) -> Callable[[str], str]:
    from .store import received_figures

    return lambda code: received_figures.place_or_service_name(directory, code)


def _report(directory: Directory, found: Picture, args: argparse.Namespace) -> int:
    from .core.picture import PICTURE_CSV_HEADER, picture_rows
    from .store.figures import write_figures

    out: Path = args.out
    if out.suffix.lower() == ".csv":
        text = io.StringIO()
        writer = csv.writer(text, lineterminator="\n")
        writer.writerow(PICTURE_CSV_HEADER)
        writer.writerows(picture_rows(found, _namer(directory)))
        write_figures(text.getvalue(), out)
    elif out.suffix.lower() == ".pdf":
        from .ui.figures_report import write_report_without_window

        write_report_without_window(directory, found, out, args.lang)
    else:
        raise UserError(f"{out.name}: give a name ending in .pdf (a report) or .csv (a "
                        "spreadsheet).")
    print(f"wrote {out} ({found.laptops} laptop(s), {found.referrals} referrals)")
    return 0
