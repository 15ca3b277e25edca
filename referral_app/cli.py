"""Headless commands for coordinators and scripts.

Each command turns the user's problems into one line on stderr and exit status 1; usage mistakes
give one line and status 2; anything else is our bug: logged with its traceback, one line, 3.
"""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import os
import sqlite3
import sys
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from . import coordination_cli
from .core.errors import UserError, grouped
from .core.needs import NEED_CODES
from .core.vocabulary import KINDS
from .logs import start_logging
from .paths import data_dir
from .store.database import DIRECTORY_FILE
from .store.directory import Directory
from .store.integrity import damaged, is_damage

# Each command loads the modules it uses when it runs: a slip does not wait for the key
# library, the spreadsheet readers, the updates and the casework store to load.
if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from .core.corrections import Correction
    from .core.sheet_mapping import SheetMapping
    from .core.slip import Slip, SlipEntry
    from .store import corrections, laptops
    from .store.casework import CaseworkStore

log = logging.getLogger(__name__)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        print(f"{self.prog}: {message} (see {self.prog} --help)", file=sys.stderr)
        raise SystemExit(2)


_Commands = argparse._SubParsersAction  # what add_subparsers returns


def _group(commands: _Commands[_Parser], common: _Parser, name: str, help_text: str,
           metavar: str) -> _Commands[_Parser]:
    """A command with commands of its own (``keys generate``); the chosen one is in
    ``args.<name>_command``."""
    group = commands.add_parser(name, parents=[common], help=help_text)
    return group.add_subparsers(dest=f"{name}_command", parser_class=_Parser, metavar=metavar,
                                required=True)


def _data_dir_option(default: str | None) -> _Parser:
    option = _Parser(add_help=False)
    option.add_argument("--data-dir", metavar="DIR", default=default,
                        help="the data folder (default: REFERRAL_APP_DATA_DIR or the platform's)")
    return option


def parser() -> argparse.ArgumentParser:
    # --data-dir may come before the command or after it. After it, it is only set when given:
    # a default there would overwrite the one given before the command.
    common = _data_dir_option(argparse.SUPPRESS)
    top = _Parser(prog="referral-app", parents=[_data_dir_option(None)],
                  description="Find support services and make referrals, offline. "
                              "With no command, opens the window.")
    commands = top.add_subparsers(dest="command", parser_class=_Parser, metavar="COMMAND")

    imp = commands.add_parser("import", parents=[common], help="import an HSDS file or package")
    imp.add_argument("file", type=Path)
    imp.add_argument("--dry-run", action="store_true", help="check and count, change nothing")
    imp.add_argument("--skip-invalid", action="store_true",
                     help="import the valid records and list the skipped ones")
    imp.add_argument("--mapping", type=Path, metavar="M",
                     help="for a spreadsheet: the column mapping saved by the window (a .json "
                          "file); when M does not exist, a guessed one is written there to check")
    imp.add_argument("--accept-version-jump", action="store_true",
                     help="apply an update whose version is far above the last one applied "
                          "from its publisher")

    val = commands.add_parser("validate", parents=[common], help="list the problems in a file")
    val.add_argument("file", type=Path)
    val.add_argument("--mapping", type=Path, metavar="M",
                     help="for a spreadsheet: its column mapping (a .json file)")

    find = commands.add_parser("search", parents=[common], help="search the directory")
    find.add_argument("text", nargs="?", default="")
    find.add_argument("--need", action="append", default=[], choices=NEED_CODES)
    find.add_argument("--province", default="")
    find.add_argument("--district", default="")
    find.add_argument("--language", default="")
    find.add_argument("--limit", type=_positive, default=20)
    find.add_argument("--json", action="store_true", help="print a JSON list")
    find.add_argument("--explain", action="store_true",
                      help="say how the words were read (needs, groups, places) before the "
                           "results (on stderr with --json)")
    find.add_argument("--plain", action="store_true",
                      help="search the words as typed, without reading needs and places")

    words = _group(commands, common, "vocabulary", "the search words for needs, groups and "
                   "places", "{add,list}")
    add_words = words.add_parser("add", parents=[common],
                                 help="add words the search reads as a need, group or place")
    add_words.add_argument("kind", choices=KINDS)
    add_words.add_argument("value", help="a need code, women/children/men, or a place")
    add_words.add_argument("words", nargs="+", help="each word or phrase, quoted if it has "
                                                     "spaces")
    add_words.add_argument("--source", required=True,
                           help="where the words come from, for the reviewer")
    words.add_parser("list", parents=[common], help="list the words added to the vocabulary")

    out = commands.add_parser("export", parents=[common], help="export the directory as HSDS")
    out.add_argument("out", type=Path, help="a .json file, or a folder for CSV")
    out.add_argument("--format", choices=("json", "csv"), default=None,
                     help="json (an HSDS API page) or csv (a tabular data package)")

    commands.add_parser("stats", parents=[common], help="services per need and per province")

    key_commands = _group(commands, common, "keys", "signing keys (coordinators)",
                          "generate|show")
    generate = key_commands.add_parser("generate", parents=[common],
                                       help="a new signing key, and KEYFILE.pub to share")
    generate.add_argument("--out", type=Path, required=True, metavar="KEYFILE")
    generate.add_argument("--name", default="", help="who the key belongs to")
    generate.add_argument("--passphrase-file", type=Path, metavar="FILE")
    show = key_commands.add_parser("show", parents=[common], help="a public key's fingerprint")
    show.add_argument("public_key", type=Path, metavar="KEYFILE.pub")

    bundle_commands = _group(commands, common, "bundle", "signed update files (coordinators)",
                             "build|verify")
    build = bundle_commands.add_parser("build", parents=[common],
                                       help="a signed update file of this directory")
    build.add_argument("--key", type=Path, required=True, metavar="KEYFILE")
    build.add_argument("--publisher", required=True)
    build.add_argument("--version", type=_positive, required=True)
    build.add_argument("--out", type=Path, required=True)
    build.add_argument("--previous", type=Path, metavar="OLD.zip")
    build.add_argument("--passphrase-file", type=Path, metavar="FILE")
    build.add_argument("--hand-over", action="append", default=[], metavar="SERVICE_ID",
                       help="offer a service this key owns to another publisher (with --to); "
                            "it stays this key's until that publisher publishes it")
    build.add_argument("--to", action="append", default=[], type=Path, metavar="OTHER.pub",
                       help="the public key of the publisher the --hand-over before it is "
                            "offered to")
    build.add_argument("--accept-hand-over", action="append", default=[], metavar="SERVICE_ID",
                       help="publish a service another publisher offered to this key (in an "
                            "update file taken in here), so that it becomes this key's")
    check = bundle_commands.add_parser("verify", parents=[common],
                                       help="check an update file's signature and contents")
    check.add_argument("file", type=Path)

    trust_commands = _group(commands, common, "trust",
                            "publishers whose update files are accepted",
                            "add|list|remove|areas")
    add = trust_commands.add_parser("add", parents=[common], help="trust a public key")
    add.add_argument("public_key", type=Path, metavar="KEYFILE.pub")
    add.add_argument("--name", required=True)
    add.add_argument("--area", action="append", default=[], metavar="PLACE",
                     help="trust the key only for services inside this province, district or "
                          "city (repeat for several; 'trust areas' lists them); without it, "
                          "everywhere")
    trust_commands.add_parser("areas", parents=[common],
                              help="the provinces, districts and cities --area takes")
    trust_commands.add_parser("list", parents=[common], help="the trusted publishers")
    remove = trust_commands.add_parser("remove", parents=[common], help="stop trusting a key")
    remove.add_argument("fingerprint")
    remove.add_argument("--release-services", action="store_true",
                        help="(a coordinator's own old key) its services belong to no one, so "
                             "the next file built here publishes them")

    laptop_commands = _group(commands, common, "laptop", "this laptop's signing key", "key")
    laptop_key = laptop_commands.add_parser(
        "key", parents=[common],
        help="this laptop's public key, for the coordinator to register (made on first use)")
    laptop_key.add_argument("--out", type=Path, metavar="LAPTOP.pub",
                            help="write it to this file (default: print it)")
    laptop_key.add_argument("--passphrase-file", type=Path, metavar="FILE",
                            help="the casework passphrase, which protects the key")

    casework_commands = _group(commands, common, "casework",
                               "back up and restore the encrypted casework", "backup|restore")
    backup = casework_commands.add_parser(
        "backup", parents=[common], help="write an encrypted backup (same passphrase), e.g. to "
                                         "a USB stick")
    backup.add_argument("out", type=Path, metavar="OUT.db")
    restore = casework_commands.add_parser(
        "restore", parents=[common],
        help="put a backup in place of the casework (the current file is kept aside)")
    restore.add_argument("file", type=Path, metavar="FILE.db")
    restore_copy = casework_commands.add_parser(
        "restore-copy", parents=[common],
        help="put back the last good copy kept beside a damaged casework file")
    for command in (backup, restore, restore_copy):
        command.add_argument("--passphrase-file", type=Path, metavar="FILE",
                             help="the casework passphrase (else it is asked for)")

    laptops_commands = _group(commands, common, "laptops",
                              "laptops whose corrections are taken in (coordinators)",
                              "register|list|remove")
    register = laptops_commands.add_parser("register", parents=[common],
                                           help="take corrections from a laptop's key")
    register.add_argument("public_key", type=Path, metavar="LAPTOP.pub")
    register.add_argument("--name", required=True, help="which laptop, e.g. 'Lahore desk 3'")
    laptops_commands.add_parser("list", parents=[common], help="the registered laptops")
    unregister = laptops_commands.add_parser("remove", parents=[common],
                                             help="take no more corrections from a laptop")
    unregister.add_argument("fingerprint")

    fix_commands = _group(commands, common, "corrections",
                          "corrections made here, sent to the coordinator",
                          "export|import|list|accept")
    fix_export = fix_commands.add_parser("export", parents=[common],
                                         help="write the open corrections to a file")
    fix_export.add_argument("out", type=Path, metavar="OUT.json")
    fix_export.add_argument("--sender", default="", help="your staff code")
    fix_export.add_argument("--organization", default="")
    fix_export.add_argument("--passphrase-file", type=Path, metavar="FILE",
                            help="the casework passphrase, which protects this laptop's key")
    fix_import = fix_commands.add_parser("import", parents=[common],
                                         help="show a corrections file (coordinators)")
    fix_import.add_argument("file", type=Path)
    fix_commands.add_parser("list", parents=[common], help="the open corrections made here")
    fix_accept = fix_commands.add_parser(
        "accept", parents=[common],
        help="take a corrections file into this directory (coordinators): verification dates, "
             "numbers that do not work, added services")
    fix_accept.add_argument("file", type=Path)
    fix_accept.add_argument("--dry-run", action="store_true",
                            help="show what would be taken in, change nothing")
    fix_accept.add_argument("--yes", action="store_true",
                            help="do not ask before taking them in (for scripts)")
    fix_accept.add_argument("--remove-dead-numbers", action="store_true",
                            help="remove all the numbers reported not working, once you have "
                                 "called them (otherwise they are only listed, or, at a "
                                 "terminal, asked about one by one)")
    fix_accept.add_argument("--remove-dead-number", action="append", default=[],
                            metavar="SERVICE_ID",
                            help="remove the numbers of this service reported not working "
                                 "(repeat for several services)")

    commands.add_parser("check", parents=[common],
                        help="check the whole directory file for damage (reads all of it)")
    commands.add_parser("repair", parents=[common],
                        help="restore a damaged directory from the newest sound kept copy, or "
                             "the starter directory; the damaged file is kept aside")
    commands.add_parser("history", parents=[common], help="the updates applied here")
    commands.add_parser("undo", parents=[common], help="undo the last update")

    slip = commands.add_parser("slip", parents=[common],
                               help="a survivor's slip for services (no casework is used)")
    slip.add_argument("--service", action="append", required=True, metavar="ID",
                      help="a service id (repeat for several)")
    slip.add_argument("--case-code", default="")
    slip.add_argument("--desk-phone", default="", help="the referring desk's phone number")
    _paper_options(slip, default_out="slip.pdf")

    handout = commands.add_parser("handout", parents=[common],
                                  help="a printable list of services, with no case data")
    handout.add_argument("--need", action="append", default=[], choices=NEED_CODES)
    handout.add_argument("--district", default="")
    handout.add_argument("--limit", type=_positive, default=20)
    _paper_options(handout, default_out=None)
    coordination_cli.add_commands(commands, common, _group)
    return top


def _paper_options(command: argparse.ArgumentParser, default_out: str | None) -> None:
    command.add_argument("--lang", choices=("en", "ur", "both"), default="both")
    command.add_argument("--large-print", action="store_true")
    command.add_argument("--page", choices=("A4", "A5"), default="A4")
    command.add_argument("--out", type=Path, required=default_out is None,
                         default=Path(default_out) if default_out else None)


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def run(args: argparse.Namespace) -> int:
    folder = data_dir(args.data_dir)
    log_file = start_logging(folder)
    try:
        if args.command == "repair":  # the damaged directory cannot be opened to repair it
            return _repair(folder)
        with Directory.open(folder) as directory:
            return _COMMANDS[args.command](directory, args)
    except sqlite3.DatabaseError as error:
        if not is_damage(error):
            return _bug(args, log_file)
        print(f"referral-app: {damaged(folder / DIRECTORY_FILE, str(error))}", file=sys.stderr)
        return 1
    except UserError as error:
        print(f"referral-app: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("referral-app: stopped; nothing was changed.", file=sys.stderr)
        return 130
    except BrokenPipeError:  # the reader stopped early (| head): no bug, and nothing to say
        _silence_stdout()
        return 141  # what a shell reports for a program ended by a closed pipe
    except Exception:
        return _bug(args, log_file)


def _bug(args: argparse.Namespace, log_file: Path | None) -> int:
    log.exception("command %s failed", args.command)
    where = f" (details in {log_file})" if log_file else ""
    print(f"referral-app: something went wrong{where}; please report it.", file=sys.stderr)
    return 3


def _check(directory: Directory, args: argparse.Namespace) -> int:
    directory.verify()
    print(f"{directory.path.name} in {directory.path.parent} is sound "
          f"({_count(directory.stats().services, 'service')})")
    return 0


def _repair(folder: Path) -> int:
    from .store import repair
    from .store.undo import KEPT_ON_UNDO
    from .ui.window_lock import window_closed  # Qt's lock file, loaded only here

    with window_closed(folder):
        done = repair.repair(folder)
    source = f"the kept copy {done.restored_from.name}" if done.restored_from else \
        "the starter directory (no sound kept copy was found)"
    print(f"restored the directory from {source}; the damaged file is kept as {done.aside}")
    if done.kept:
        print(f"taken from the damaged file: {', '.join(KEPT_ON_UNDO[t] for t in done.kept)}")
    if done.lost:
        print(f"could not be read from the damaged file, so as in the restored copy: "
              f"{', '.join(KEPT_ON_UNDO[t] for t in done.lost)}")
    return 0


def _silence_stdout() -> None:
    """Send what is still buffered for the closed pipe nowhere, so that Python does not
    complain when it flushes standard output at exit."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)


class _ReadCounter:
    """On a terminal, one line counting the services read so far, cleared when done; nothing
    when the output goes to a file or a pipe."""

    def __init__(self) -> None:
        self.shown = sys.stderr.isatty()

    def __call__(self, services: int) -> None:
        if self.shown:
            print(f"\r{services:,} services read…", end="", file=sys.stderr, flush=True)

    def __enter__(self) -> _ReadCounter:
        return self

    def __exit__(self, *_exc: object) -> None:
        if self.shown:
            print("\r\x1b[K", end="", file=sys.stderr, flush=True)


def _import(directory: Directory, args: argparse.Namespace) -> int:
    from .store import updates

    if updates.is_bundle(args.file):
        try:
            checked = updates.check(directory, args.file, payload=False,  # apply hashes it
                                    accept_version_jump=args.accept_version_jump)
        except updates.VersionJumpError as error:
            raise UserError(f"{error} To apply it, add --accept-version-jump.") from error
        with _ReadCounter() as counter:
            report = updates.apply(directory, checked, dry_run=args.dry_run, progress=counter)
        for warning in report.warnings:
            print(f"warning: {warning}")
        prefix = "would apply (dry run): " if args.dry_run else "applied: "
        print(f"{prefix}version {checked.manifest.version} from {checked.publisher}; "
              + report.counts_line())
        if args.dry_run:
            by = checked.publisher_trusted_as
            for kind, _, name in report.changed:
                print(f"{_CHANGE_WORDS[kind]} by {by}: {name}")
        if report.claimed_count:
            print(f"claims {_count(report.claimed_count, 'service')} no one published here:")
            for _, name in report.claimed:
                print(f"  {name}")
        by = checked.publisher_trusted_as
        for _, name, to, key_id in report.handed_over:
            print(f"offered by {by} to {to} ({key_id}), still {by}'s until {to} publishes it: "
                  f"{name}")
        for _, name, whose, key_id in report.taken_over:
            print(f"taken over by {by}, as {whose} ({key_id}) offered it: {name}")
        for left in report.left:
            print(left.line())
        if report.left_count > len(report.left):
            print(f"… and {report.left_count - len(report.left)} more left as they are")
        if report.corrections_taken:
            print(f"closed {_count(len(report.corrections_taken), 'correction')} made here: "
                  "the update carries them")
        if not args.dry_run:  # the whole file, now that the update is in and said; then a
            from .store import repair  # copy of it for a repair

            directory.verify()
            repair.keep_sound_copy(directory.path.parent)
        return 0
    mapping = None
    if args.mapping is not None:
        mapping = _sheet_mapping(args.file, args.mapping)
        if mapping is None:
            return 1
    with _ReadCounter() as counter:
        report = directory.import_file(args.file, dry_run=args.dry_run,
                                       skip_invalid=args.skip_invalid, progress=counter,
                                       mapping=mapping)
    if report.conversion or report.read_as.endswith("HSDS 3.1"):
        print(f"{args.file.name}: {report.read_as}")
        for line in report.conversion:
            print(f"  {line}")
    for line in grouped(report.problems):
        print(f"skipped: {line}")
    if report.problem_count > len(report.problems):
        print(f"skipped: … and {report.problem_count - len(report.problems)} more problems")
    for line in grouped(report.dropped):
        print(f"left out: {line}")
    if report.dropped_count > len(report.dropped):
        print(f"left out: … and {report.dropped_count - len(report.dropped)} more")
    prefix = "would import (dry run): " if args.dry_run else ""
    print(prefix + report.counts_line())
    if not args.dry_run:  # the import checked the whole file: a copy of it for a repair,
        from .store import repair  # which would otherwise restore one from before

        repair.keep_sound_copy(directory.path.parent)
    return 0


def _sheet_mapping(sheet_path: Path, mapping_path: Path) -> SheetMapping | None:
    """The mapping at ``mapping_path``; when there is none, a guessed one is written there
    for the coordinator to check (None: nothing is imported this time)."""
    from .core.sheet_mapping import FIELDS, guess
    from .core.sheet_mapping import load as load_mapping
    from .core.sheet_reader import is_spreadsheet, read_sheet

    if mapping_path.exists():
        return load_mapping(mapping_path)
    if not is_spreadsheet(sheet_path):
        raise UserError(f"{sheet_path.name} is not a spreadsheet; --mapping is only for "
                        ".xlsx, .xls, .ods and .csv files.")
    sheet = read_sheet(sheet_path)
    guessed = guess(sheet.columns)
    guessed.save(mapping_path)
    print(f"No mapping at {mapping_path}: wrote the one guessed from the headers there.")
    for column in sheet.columns:
        print(f"  {column!r} -> {guessed.columns.get(column, '(not used)')}")
    print("Check it (fields: " + ", ".join(FIELDS) + ") and run the import again.")
    return None


LARGEST_CORRECTIONS_FILE = 64 << 20  # far more than any laptop's corrections
LARGEST_KEY_FILE = 64 << 10  # a public key file is one short line
_CHANGE_WORDS = {"added": "added", "updated": "changed", "removed": "removed"}


def _validate(directory: Directory, args: argparse.Namespace) -> int:
    from .core.sheet_mapping import load as load_mapping
    from .store import updates

    if updates.is_bundle(args.file):  # its services, as HSDS; the signature is verify's
        report = updates.check_records(directory, args.file)
        after = (f". It is an update file: 'referral-app bundle verify {args.file}' checks "
                 "its signature")
    else:
        mapping = load_mapping(args.mapping) if args.mapping is not None else None
        report = directory.import_file(args.file, dry_run=True, skip_invalid=True,
                                       mapping=mapping)
        after = ""
        if report.conversion or report.read_as.endswith("HSDS 3.1"):
            print(f"{args.file.name}: {report.read_as}")
            for line in report.conversion:
                print(f"  {line}")
    for line in grouped(report.problems + report.dropped):
        print(line)
    if report.problem_count or report.dropped_count:
        left_out = (f"; with --skip-invalid {report.dropped_count} of their phones, "
                    "addresses or schedules would be left out, and the services kept"
                    if report.dropped_count else "")
        print(f"{args.file.name}: "
              f"{_count(report.problem_count + report.dropped_count, 'problem')}; "
              f"{_count(report.rejected, 'service')} would be rejected{left_out}")
        return 1
    total = report.added + report.updated + report.unchanged
    print(f"{args.file.name}: valid ({total} services){after}")
    return 0


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" + ("" if number == 1 else "s")


def _search(directory: Directory, args: argparse.Namespace) -> int:
    from .core.models import SearchFilters
    from .core.query_reading import explanation

    filters = SearchFilters(needs=tuple(args.need), province=args.province,
                            district=args.district, language=args.language,
                            plain_words=args.plain)
    results = directory.search(args.text, filters, limit=args.limit)
    if args.explain:
        reading = directory.read_query(args.text, filters)
        for line in explanation(reading, directory.geography):
            print(f"read as {line}", file=sys.stderr if args.json else sys.stdout)
    if args.json:
        print(json.dumps([r.as_json() for r in results], ensure_ascii=False, indent=1))
        return 0
    for r in results:
        place = ", ".join(dict.fromkeys(p for p in (r.city, r.district, r.province) if p))
        phone = r.phones[0] if r.phones else "no phone listed"
        print(f"{r.name} — {r.organization} [{', '.join(r.needs)}] {place} · {phone}")
    if not results:
        print("No services match.")
    return 0


def _vocabulary(directory: Directory, args: argparse.Namespace) -> int:
    from .core.vocabulary import checked_entry

    if args.vocabulary_command == "list":
        for entry in directory.added_vocabulary():
            print(f"{entry.kind} {entry.value}: {', '.join(entry.words)}  ({entry.source})")
        return 0
    entry = checked_entry(args.kind, args.value, args.words, args.source)
    if entry.kind == "place" and directory.geography.find(entry.value) is None \
            and directory.geography.get(entry.value) is None:
        raise UserError(f"There is no place called '{entry.value[:40]}' in the directory's "
                        "geography; give a district or province name or code, such as "
                        "pb-lahore.")
    added = directory.add_vocabulary([entry])
    print(f"added {added} entry to the search vocabulary" if added else
          "those words are in the vocabulary already; nothing was added")
    return 0


def _export(directory: Directory, args: argparse.Namespace) -> int:
    form = args.format or ("json" if args.out.suffix.lower() == ".json" else "csv")
    if form == "json":
        partial = args.out.with_name(args.out.name + ".partial")
        try:
            with partial.open("w", encoding="utf-8") as file:
                count = directory.export_json(file)
            partial.replace(args.out)
        except OSError as error:
            partial.unlink(missing_ok=True)
            raise UserError(f"Cannot write {args.out}: {error.strerror}.") from error
    else:
        if args.out.exists() and any(args.out.iterdir()):
            raise UserError(f"{args.out} is not empty; give an empty or new folder for CSV.")
        try:
            count = directory.export_package(args.out)
        except OSError as error:
            raise UserError(f"Cannot write {args.out}: {error.strerror}.") from error
    print(f"exported {count} services to {args.out} ({form})")
    return 0


def _stats(directory: Directory, args: argparse.Namespace) -> int:
    stats = directory.stats()
    print(f"services: {stats.services}")
    print("by need:")
    for need, count in stats.by_need.items():
        print(f"  {need:<14} {count}")
    print("by province:")
    for province, count in stats.by_province.items():
        print(f"  {province:<30} {count}")
    return 0


def _slip(directory: Directory, args: argparse.Namespace) -> int:
    from .core.phone_number import desk_phone
    from .core.referral import check_case_code
    from .core.slip import Slip

    # the same rule as in the window: a code, never the survivor's name
    case_code = check_case_code(args.case_code) if args.case_code.strip() else ""
    entries = []
    for service_id in args.service:
        record = directory.service(service_id)
        if record is None:
            raise UserError(f"There is no service with the id {service_id} in the directory; "
                            "find ids with 'referral-app search TEXT --json'.")
        entries.append(_entry(record))
    return _write_paper(Slip(tuple(entries), args.lang, args.large_print, case_code,
                             desk_phone(args.desk_phone)), args)


def _handout(directory: Directory, args: argparse.Namespace) -> int:
    from .core.models import SearchFilters
    from .core.slip import Slip

    found = directory.search("", SearchFilters(needs=tuple(args.need), district=args.district),
                             limit=args.limit)
    if not found:
        raise UserError("No services match those needs and district; nothing was written.")
    entries = []
    for summary in found:
        record = directory.service(summary.id)
        if record is not None:
            entries.append(_entry(record))
    return _write_paper(Slip(tuple(entries), args.lang, args.large_print, handout=True), args)


def _entry(record: dict[str, object]) -> SlipEntry:
    from .core.service_view import service_view
    from .core.slip import slip_entry

    view = service_view(record, [])
    return slip_entry(view, str(record.get("slip_name", "")), str(record.get("slip_name_ur", "")))


def _write_paper(slip: Slip, args: argparse.Namespace) -> int:
    from .ui.slip_pdf import write_pdf_without_window

    write_pdf_without_window(slip, args.out, args.page)
    print(f"wrote {args.out} ({_count(len(slip.entries), 'service')})")
    return 0


def _passphrase(args: argparse.Namespace, prompt: str, twice: bool = False) -> str:
    if args.passphrase_file:
        try:
            return str(args.passphrase_file.read_text(encoding="utf-8").rstrip("\r\n"))
        except (OSError, UnicodeDecodeError) as error:
            raise UserError(f"Cannot read the passphrase file {args.passphrase_file}.") \
                from error
    if not sys.stdin.isatty():
        raise UserError("No passphrase: give --passphrase-file FILE when there is no "
                        "keyboard to type it at.")
    first = getpass.getpass(prompt)
    if twice and getpass.getpass("Again: ") != first:
        raise UserError("The two passphrases are not the same.")
    return first


def _keys(directory: Directory, args: argparse.Namespace) -> int:
    from .core import bundle

    if args.keys_command == "show":
        shown = bundle.parse_public_key(_read_text(args.public_key), args.public_key.name)
        print(f"{args.public_key.name}: fingerprint {bundle.fingerprint(shown)}")
        return 0
    out: Path = args.out
    public = out.with_name(out.name + ".pub")
    if out.exists() or public.exists():
        raise UserError(f"{out} or {public.name} exists already; choose another name (a signing "
                        "key is never overwritten).")
    key = bundle.new_private_key()
    private = bundle.private_key_file(key, _passphrase(args, "Passphrase for the key: ",
                                                       twice=True))
    try:
        out.write_bytes(private)
        out.chmod(0o600)
        public.write_text(bundle.public_key_text(key.public_key(), args.name), encoding="utf-8")
    except OSError as error:
        raise UserError(f"Cannot write {out}: {error.strerror}.") from error
    print(f"wrote {out} (keep it secret) and {public.name} (give it to every laptop); "
          f"fingerprint {bundle.fingerprint(key.public_key())}")
    return 0


def _bundle(directory: Directory, args: argparse.Namespace) -> int:
    from .core import bundle
    from .store import updates

    if args.bundle_command == "verify":
        checked = updates.check(directory, args.file, require_newer=False)
        manifest = checked.manifest
        print(f"{args.file.name}: signed by {checked.publisher_trusted_as} "
              f"({manifest.key_id}), version {manifest.version}, "
              f"{manifest.counts.get('services', 0)} services, "
              f"{sum(len(v) for v in manifest.removed.values())} ids removed; contents intact")
        return 0
    try:
        data = args.key.read_bytes()
    except OSError as error:
        raise UserError(f"Cannot read the key {args.key}: {error.strerror}.") from error
    key = bundle.load_private_key(data, _passphrase(args, "Passphrase for the key: "),
                                  args.key.name)
    claims = updates.first_claims(directory, bundle.fingerprint(key.public_key()))
    manifest = updates.build(directory, key, args.publisher, args.version, args.out,
                             args.previous, _hand_over(args), args.accept_hand_over)
    print(f"wrote {args.out}: version {manifest.version}, {manifest.counts['services']} services, "
          f"{sum(len(v) for v in manifest.removed.values())} ids removed")
    if claims:
        print(f"claims {_count(len(claims), 'service')} no publisher owned here, for the "
              "first time:")
        for _, name in claims:
            print(f"  {name}")
    for service_id, fingerprint in manifest.handed_over.items():
        print(f"offered: {service_id} to {fingerprint} (it stays this key's until that "
              "publisher publishes it)")
    for service_id in args.accept_hand_over:
        print(f"accepted: {service_id} (this key's once a laptop applies this file)")
    return 0


def _hand_over(args: argparse.Namespace) -> dict[str, str]:
    """--hand-over SERVICE_ID --to OTHER.pub, in pairs: service id -> fingerprint."""
    from .core import bundle

    if len(args.hand_over) != len(args.to):
        raise UserError("Give each --hand-over SERVICE_ID its --to OTHER.pub (the public key "
                        "of the publisher it goes to).")
    return {service_id: bundle.fingerprint(bundle.parse_public_key(_read_text(path), path.name))
            for service_id, path in zip(args.hand_over, args.to, strict=True)}


def _trust(directory: Directory, args: argparse.Namespace) -> int:
    from .store import updates

    if args.trust_command == "add":
        entry = updates.trust(directory, _read_text(args.public_key), args.name,
                              args.public_key.name, args.area)
        where = ", ".join(updates.area_names(directory, entry)) or "everywhere"
        print(f"trusted {entry.name}: fingerprint {entry.fingerprint}, for {where}")
    elif args.trust_command == "areas":
        for name, parts in updates.known_areas(directory):
            print(f"{name}: {', '.join(parts)}")
    elif args.trust_command == "remove":
        released = updates.distrust(directory, args.fingerprint, args.release_services)
        print(f"no longer trusted: {args.fingerprint}")
        if args.release_services:
            print(f"released {_count(released, 'service')}: the next file built here "
                  "publishes them")
    else:
        for entry in updates.trusted(directory):
            where = ", ".join(updates.area_names(directory, entry)) or "everywhere"
            print(f"{entry.fingerprint}  {entry.name}  (since {entry.added[:10]}; for {where})")
    return 0


def _laptop(directory: Directory, args: argparse.Namespace) -> int:
    from .core import bundle

    key = _laptop_key(directory, args).public_key()
    text = bundle.public_key_text(key, "laptop")
    if args.out is None:
        print(text, end="")
    else:
        try:
            args.out.write_text(text, encoding="utf-8")
        except OSError as error:
            raise UserError(f"Cannot write {args.out}: {error.strerror}.") from error
        print(f"wrote {args.out}: give it to the coordinator, who registers it with "
              f"'referral-app laptops register {args.out.name} --name NAME'")
    print(f"this laptop's fingerprint: {bundle.fingerprint(key)} (read it to the coordinator "
          "by phone to check)", file=sys.stderr if args.out is None else sys.stdout)
    return 0


def _laptop_key(directory: Directory, args: argparse.Namespace) -> Ed25519PrivateKey:
    """This laptop's signing key, from the casework file that keeps it (made with the first
    passphrase given here when the laptop has no casework file yet)."""
    from .store.casework import CaseworkStore

    folder = directory.path.parent
    if CaseworkStore.exists(folder):
        store = CaseworkStore.unlock(folder, _passphrase(args, "Casework passphrase: "),
                                     "command line")
    else:
        chosen = _passphrase(args, "This laptop has no casework file yet. Choose its "
                                   "passphrase (it also protects the laptop's key): ", twice=True)
        store = CaseworkStore.create(folder, chosen, chosen, "command line")
    try:
        return store.laptop_key()
    finally:
        store.lock()


def _casework(directory: Directory, args: argparse.Namespace) -> int:
    from .store.casework import CaseworkStore, restore_backup, restore_last_good_copy

    folder = directory.path.parent
    if args.casework_command == "backup":
        store = CaseworkStore.unlock(folder, _passphrase(args, "Casework passphrase: "),
                                     "command line")
        try:
            store.backup(args.out)
        finally:
            store.lock()
        print(f"wrote {args.out}: an encrypted backup of the casework; it opens only with the "
              "casework passphrase")
        return 0
    from .ui.window_lock import window_closed  # Qt's lock file, loaded only here

    with window_closed(folder):  # asked first: no passphrase typed in vain
        passphrase = _passphrase(args, "Passphrase of the backup: " if args.casework_command ==
                                 "restore" else "Casework passphrase: ")
        if args.casework_command == "restore":
            restored = restore_backup(folder, passphrase, args.file)
        else:
            restored = restore_last_good_copy(folder, passphrase)
    print(f"put back the casework from {restored.made:%Y-%m-%d %H:%M}: "
          f"{_count(restored.referrals, 'referral')}")
    if restored.kept_aside is not None:
        print(f"the casework file that was there is kept as {restored.kept_aside.name}")
    return 0


def _laptops(directory: Directory, args: argparse.Namespace) -> int:
    from .store import laptops

    if args.laptops_command == "register":
        entry = laptops.register(directory, _read_text(args.public_key), args.name,
                                 args.public_key.name)
        print(f"registered {entry.name}: fingerprint {entry.fingerprint}")
    elif args.laptops_command == "remove":
        gone = laptops.remove(directory, args.fingerprint)
        print(f"no longer registered: {gone.name} ({gone.fingerprint})")
    else:
        entries = laptops.registered(directory)
        for entry in entries:
            print(f"{entry.fingerprint}  {entry.name}  (since {entry.added[:10]})")
        if not entries:
            print("No laptops registered.")
    return 0


def _corrections(directory: Directory, args: argparse.Namespace) -> int:
    from .core import bundle
    from .store import corrections

    if args.corrections_command == "export":
        corrections.to_send(directory)  # before asking for the passphrase
        key = _laptop_key(directory, args)
        count = corrections.export(directory, args.out, args.sender, args.organization, key)
        print(f"wrote {_count(count, 'correction')} to {args.out}, signed by this laptop "
              f"({bundle.fingerprint(key.public_key())}); no casework is in it")
        return 0
    if args.corrections_command == "accept":
        return _accept_corrections(directory, args)
    if args.corrections_command == "import":
        received = _received(directory, args.file)
        print(f"{_count(len(received.signed.corrections), 'correction')} from "
              f"{_who(received)}; check each, then take them in with 'referral-app "
              f"corrections accept {args.file}':")
        found = directory.db.execute("SELECT id FROM service").fetchall()
        known = {service_id for (service_id,) in found}
        shown = received.signed.corrections
    else:
        known, shown = set(), corrections.open_corrections(directory)
    for c in shown:
        value = _added_summary(c) if c.kind == "new_service" else c.new_value or c.old_value
        missing = "" if args.corrections_command == "list" or c.service_id in known else \
            " (not in this directory)"
        print(f"{c.made_on} {c.service_name} [{c.service_id}]{missing}: {c.kind}: {value}"
              + (f" ({c.note})" if c.note else ""))
    if not shown:
        print("No corrections.")
    return 0


def _added_summary(c: Correction) -> str:
    """A service added on a laptop, in a line: its phones and areas (the name is shown)."""
    from .core.corrections import new_service_record

    try:
        record = new_service_record(c)
        phones = [str(p.get("number", "")) for p in record.get("phones", [])]
        areas = [str(a.get("name", "")) for a in record.get("service_areas", [])]
    except (UserError, AttributeError, TypeError):
        return "(not readable)"
    return "; ".join(filter(None, (", ".join(filter(None, phones)),
                                   ", ".join(filter(None, areas))))) or "(no phone or area)"


def _received(directory: Directory, path: Path) -> laptops.Received:
    from .store import laptops

    try:
        with path.open("rb") as file:  # never more than a corrections file can hold
            data = file.read(LARGEST_CORRECTIONS_FILE + 1)
    except OSError as error:
        raise UserError(f"Cannot read {path}: {error.strerror}.") from error
    if len(data) > LARGEST_CORRECTIONS_FILE:
        raise UserError(f"{path.name} is too large to be a corrections file; nothing was "
                        "taken from it.")
    return laptops.receive(directory, data, path.name)


def _who(received: laptops.Received) -> str:
    """The registered laptop's name (the coordinator's word), and who the file says sent it."""
    sender, organization = received.signed.sender, received.signed.organization
    said = ", ".join(filter(None, (sender, organization)))
    return received.laptop.name + (f" ({said})" if said else "")


def _accept_corrections(directory: Directory, args: argparse.Namespace) -> int:
    from .store import corrections

    received = _received(directory, args.file)
    verifier = received.laptop.name
    chosen: set[tuple[str, str]] = set()

    def take(dry_run: bool) -> corrections.Acceptance:
        return corrections.accept(directory, received.signed.corrections, verifier,
                                  args.file.name, dry_run=dry_run,
                                  remove_dead_numbers=args.remove_dead_numbers,
                                  dead_numbers=chosen)

    plan = take(dry_run=True)
    chosen |= _dead_numbers_chosen(args, plan)
    if chosen:
        plan = take(dry_run=True)
    total = len(received.signed.corrections)
    print(f"would take in {_count(len(plan.taken), 'correction')} of {total} from "
          f"{_who(received)}")
    _show_acceptance(plan)
    if args.dry_run or not plan.taken:
        print("Nothing was changed.")
        return 0
    if not args.yes:
        if not sys.stdin.isatty():
            raise UserError("Nothing was changed: there is no terminal to ask at; run it again "
                            "with --yes to take these in.")
        if _answer("Take these into the directory? [y/N] ") not in ("y", "yes"):
            print("Nothing was changed.")
            return 0
    done = take(dry_run=False)
    print(f"took in {_count(len(done.taken), 'correction')} of {total}")
    if done.backup is not None:
        print(f"the directory as it was before is kept in {done.backup}; build the next update "
              "file to send the corrections to every laptop")
    return 0


def _dead_numbers_chosen(args: argparse.Namespace, plan: corrections.Acceptance
                         ) -> set[tuple[str, str]]:
    """The numbers reported not working that the coordinator chose to remove: those of each
    --remove-dead-number service, or, at a terminal without --yes, each one asked about."""
    if args.remove_dead_numbers:  # all of them already
        return set()
    flagged = [(c.service_id, c.old_value) for c in plan.flagged]
    for service_id in args.remove_dead_number:
        if service_id not in {s for s, _ in flagged}:
            raise UserError(f"No number of service {service_id} is reported not working in "
                            f"{args.file.name}; nothing was changed. The numbers reported are "
                            "listed by 'referral-app corrections accept FILE --dry-run'.")
    if args.remove_dead_number:
        return {(s, n) for s, n in flagged if s in args.remove_dead_number}
    if args.yes or args.dry_run or not flagged or not sys.stdin.isatty():
        return set()
    chosen = set()
    for c in plan.flagged:
        if _answer(f"{c.service_name}: {c.old_value} is reported not working. Remove it "
                   "(only if you called it)? [y/N] ") in ("y", "yes"):
            chosen.add((c.service_id, c.old_value))
    return chosen


def _answer(question: str) -> str:
    try:
        return input(question).strip().lower()
    except EOFError:  # the input ended: no answer is no
        return ""


def _show_acceptance(plan: corrections.Acceptance) -> None:
    for c in plan.taken:
        print(f"  {c.made_on} {c.service_name} [{c.service_id}]: {_what(c)}")
    if plan.flagged:
        print("numbers reported not working, kept until you decide (call each; to remove them, "
              "run it again with --remove-dead-number SERVICE_ID, or --remove-dead-numbers "
              "for all):")
        for c in plan.flagged:
            print(f"  {c.made_on} {c.service_name} [{c.service_id}]: {c.old_value}")
    if plan.by_hand:
        print("to put in by hand (written values; export the service, edit it, import it):")
        for c in plan.by_hand:
            print(f"  {c.made_on} {c.service_name} [{c.service_id}]: {c.kind}: "
                  f"{c.old_value or '(none)'} -> {c.new_value}")
    if plan.not_taken:
        print("not taken in:")
        for c, why in plan.not_taken:
            print(f"  {c.made_on} {c.service_name} [{c.service_id}]: {c.kind}: {why}")


def _what(c: Correction) -> str:
    return {"verified": f"verified on {c.new_value or c.made_on}",
            "number_not_working": f"{c.old_value} removed (not working)",
            "new_service": f"added: {_added_summary(c)}"}.get(c.kind, c.kind)


def _history(directory: Directory, args: argparse.Namespace) -> int:
    from .store import updates

    entries = updates.history(directory)
    for e in entries:
        what = f"version {e.version} from {e.publisher} ({e.key_id})" if e.key_id else \
            f"file {e.publisher} (not signed)"
        print(f"{what}, applied {e.applied}: added {e.added}, "
              f"updated {e.updated}, removed {e.removed}, unchanged {e.unchanged}")
    if not entries:
        print("No updates applied yet.")
    return 0


def _undo(directory: Directory, args: argparse.Namespace) -> int:
    from .store import updates

    entry = updates.undo_last(directory)
    what = f"version {entry.version} from {entry.publisher} ({entry.key_id})" if entry.key_id \
        else f"file {entry.publisher} (not signed)"
    print(f"undone: {what}; the "
          "directory is as it was before it (the trusted publishers and the corrections made "
          "here are kept)")
    return 0


def _read_text(path: Path) -> str:
    """A public key file's text (one short line; a larger file is not one)."""
    try:
        with path.open("rb") as file:
            data = file.read(LARGEST_KEY_FILE + 1)
        if len(data) > LARGEST_KEY_FILE:
            raise UserError(f"{path.name} is too large to be a public key file.")
        return data.decode("utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise UserError(f"Cannot read {path}.") from error


def _figures(directory: Directory, args: argparse.Namespace) -> int:
    return coordination_cli.figures_command(directory, args, _unlock_casework)


def _unlock_casework(directory: Directory, args: argparse.Namespace) -> CaseworkStore:
    from .store.casework import CaseworkStore

    folder = directory.path.parent
    if not CaseworkStore.exists(folder):
        raise UserError("There is no casework file on this laptop, so there are no referral "
                        "figures to send.")
    return CaseworkStore.unlock(folder, _passphrase(args, "Casework passphrase: "),
                                "command line")


_COMMANDS = {"import": _import, "validate": _validate, "search": _search, "export": _export,
             "stats": _stats, "slip": _slip, "handout": _handout, "keys": _keys,
             "bundle": _bundle, "trust": _trust, "history": _history, "undo": _undo,
             "corrections": _corrections, "laptop": _laptop, "laptops": _laptops,
             "casework": _casework, "check": _check,
             "coverage": coordination_cli.coverage_command,
             "figures": _figures, "vocabulary": _vocabulary}

