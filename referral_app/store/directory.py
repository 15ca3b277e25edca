"""The directory store: the one place the window and the command line get services from.

It returns plain data (``core.models``) and raises ``UserError`` subclasses for problems the
user can fix; rows and cursors never leave this package.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date
from importlib import resources
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from ..core.errors import InvalidFileError
from ..core.geography import Geography, Place
from ..core.models import DirectoryStats, ImportReport, SearchFilters, ServiceSummary
from ..core.needs import NEEDS
from ..core.query_reading import QueryReader, Reading
from ..core.vocabulary import Entry, reviewed_vocabulary
from . import export, integrity, search, search_words, window_figures
from . import search_vocabulary as vocabulary_store
from .database import DIRECTORY_FILE, connect, open_database, wait_for_checkpoints
from .search_index import load_geography
from .search_plan import Plan, plan_for
from .search_words import DirectoryWords
from .transaction import transaction
from .write_errors import write_error

if TYPE_CHECKING:
    import sqlite_utils

    from ..core.hsds_records import Record
    from ..core.sheet_mapping import SheetMapping

log = logging.getLogger(__name__)
STARTER_FILE = "starter_directory.json"
FEW_SERVICES = 1000  # below this, a large import is read by a second process (_few_services)


class Directory:
    def __init__(self, db: sqlite_utils.Database, path: Path, *, owner: bool = False) -> None:
        self.db = db
        self.path = path
        self._owner = owner  # opened with open(), not a reader: waits for checkpoints at close
        self._geography: Geography | None = None
        self._reader: QueryReader | None = None
        self._reader_stamp: tuple[int, int] = (0, 0)
        # True where a search must never wait seconds for the directory's words (the window):
        # until they are read, words match as typed and by prefix only
        self.words_in_background = False

    @classmethod
    def reader(cls, path: Path) -> Directory:
        """Another connection to a directory already opened with ``open``, for searching from
        a background thread (each thread has its own)."""
        return cls(connect(path), path)

    @classmethod
    def open(cls, data_dir: Path, *, starter: bool = True) -> Directory:
        """Open the directory in ``data_dir``; a new one gets the needs, the geography and,
        unless ``starter`` is False, the starter directory."""
        path = data_dir / DIRECTORY_FILE
        db, created = open_database(path)
        directory = cls(db, path, owner=True)
        try:
            if created:
                directory._seed(starter)
            else:
                directory._check_readable()
        except BaseException:
            db.conn.close()
            if created:  # never leave a half-made directory behind
                for suffix in ("", "-wal", "-shm"):
                    path.with_name(path.name + suffix).unlink(missing_ok=True)
            raise
        return directory

    def close(self) -> None:
        """Closing the directory opened with ``open`` waits for the background copy of a
        large import into the database file (``database.leaving_wal``); a reader's does not."""
        if self._owner:
            wait_for_checkpoints(self.path)
        self.db.conn.close()

    def __enter__(self) -> Directory:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- setting up ----------------------------------------------------------------------------

    def _seed(self, starter: bool) -> None:
        from ..core.hsds_nest import need_term

        data = json.loads((resources.files("referral_app.db") / "geography.json").read_text(
            encoding="utf-8"))
        db = self.db
        with transaction(db):
            for place in data["places"]:
                db.execute(
                    "INSERT INTO place (code, kind, name, name_ur, parent) VALUES (?,?,?,?,?)",
                    [place["code"], place["kind"], place["name"], place.get("name_ur"),
                     place.get("parent")],
                )
                for alias in place.get("aliases", []):
                    db.execute(
                        "INSERT OR IGNORE INTO place_alias (folded, alias, code) VALUES (?,?,?)",
                        [alias.casefold(), alias, place["code"]],
                    )
            for need in NEEDS:
                term = need_term(need.code)
                columns = ", ".join(term)
                marks = ", ".join("?" * len(term))
                db.execute(f"INSERT INTO taxonomy_term ({columns}) VALUES ({marks})",
                           list(term.values()))
        if starter:
            starter_file = resources.files("referral_app.db") / STARTER_FILE
            with resources.as_file(starter_file) as path:
                report = self.import_file(path)
            self.set_info(version="0", source="starter directory", date="")
            log.info("loaded the starter directory: %s", report.counts_line())

    def _check_readable(self) -> None:
        """A cheap look (the schema, the first page of services); the full check, which reads
        the whole file, is ``verify``'s."""
        integrity.check_schema(self.db.conn, self.path)

    def verify(self) -> None:
        """DirectoryDamagedError when SQLite's full check finds the file damaged."""
        integrity.verify(self.db.conn, self.path)

    def forget_cached(self) -> None:
        """The database was replaced under us (undo): read everything afresh."""
        self._geography = None
        self._reader = None

    @property
    def geography(self) -> Geography:
        if self._geography is None:
            self._geography = load_geography(self.db)
        return self._geography

    # -- importing -----------------------------------------------------------------------------

    def import_file(self, path: Path, *, dry_run: bool = False, skip_invalid: bool = False,
                    progress: Callable[[int], None] | None = None,
                    keep_published: bool = False,
                    mapping: SheetMapping | None = None, drop_bad_parts: bool = False,
                    before_commit: Callable[[ImportReport], None] | None = None
                    ) -> ImportReport:
        """Import an HSDS file or data package (older HSDS and Open Referral UK pages are
        converted), or a spreadsheet with its column ``mapping``; all or nothing unless
        ``skip_invalid``. With ``drop_bad_parts`` (or ``skip_invalid``) a bad phone, address or
        schedule is left out of its record, which is kept; the report lists it. ``progress``
        hears how many services have been read so far. With ``keep_published`` (a caseworker's
        plain file), services a trusted publisher published, and what they use, are left as
        they are and listed. ``before_commit`` may write more into the import's transaction."""
        # loaded by an import, not by every start and command (the file readers)
        from ..core.directory_file import open_directory_file

        opened = open_directory_file(path, self.geography, mapping, _file_date(path),
                                     read_aside=self._few_services())
        try:
            report = self.import_records(opened.records, path.name, dry_run=dry_run,
                                         skip_invalid=skip_invalid, progress=progress,
                                         keep_published=keep_published,
                                         drop_bad_parts=drop_bad_parts,
                                         before_commit=before_commit)
        except InvalidFileError as error:
            if not opened.conversion.converted:
                raise
            raise InvalidFileError(f"{path.name} was {opened.conversion.heading()}. {error}",
                                   error.problems) from error
        finally:  # an import that stopped early stops reading (a second process: at once)
            close = getattr(opened.records, "close", None)
            if close is not None:
                close()
        report.read_as = opened.conversion.heading()
        report.conversion = opened.conversion.lines()
        if not dry_run:
            self._check_after_import()
        return report

    def _check_after_import(self) -> None:
        """SQLite's full check (a large write is where damage shows; say so before it does
        harm), on a connection of its own, while the window's figures are worked out on this
        one, so that the next start finds them: both mostly wait for SQLite, which lets go of
        Python's interpreter lock, so they share the two cores. Damage is said first."""
        found: list[BaseException] = []

        def check() -> None:
            try:
                integrity.verify_file(self.path)
            except BaseException as error:  # raised below, in the importing thread
                found.append(error)

        checking = threading.Thread(target=check, name="directory-check", daemon=True)
        checking.start()
        try:
            window_figures.figures(self)
        except sqlite3.Error:
            checking.join()
            if found:
                raise found[0] from None
            raise
        checking.join()
        if found:
            raise found[0]

    def _few_services(self) -> bool:
        """Whether the directory holds few services, so that an import will mostly write: a
        large file is then read by a second process while this one writes. Re-importing a
        file into a directory that holds it mostly compares fingerprints; nothing then
        overlaps, and reading in this process costs less (no records sent between the two)."""
        (held,) = self.db.execute(
            f"SELECT count(*) FROM (SELECT 1 FROM service LIMIT {FEW_SERVICES})").fetchone()
        return int(held) < FEW_SERVICES

    def import_records(self, records: Iterable[Record], source: str, *, dry_run: bool = False,
                       skip_invalid: bool = False,
                       progress: Callable[[int], None] | None = None,
                       keep_published: bool = False, drop_bad_parts: bool = False,
                       before_commit: Callable[[ImportReport], None] | None = None
                       ) -> ImportReport:
        from .importer import Importer
        from .ownership import Ownership

        ownership = Ownership(self.db, "", (), self.geography) if keep_published else None
        importer = Importer(self.db, source, skip_invalid=skip_invalid, dry_run=dry_run,
                            ownership=ownership, drop_bad_parts=drop_bad_parts)
        try:
            return importer.run(records, before_commit=before_commit, progress=progress)
        except sqlite3.OperationalError as error:
            raise write_error(self.path, error, "nothing was imported") from error

    # -- reading -------------------------------------------------------------------------------

    def search(self, text: str = "", filters: SearchFilters | None = None, *, limit: int = 50,
               offset: int = 0, order: str = "relevance") -> list[ServiceSummary]:
        filters = filters or SearchFilters()
        keys = search.search_keys(self.db, self.geography, self.plan(text, filters), filters,
                                  limit, offset, order)
        return search.summaries(self.db, keys)

    def count(self, text: str = "", filters: SearchFilters | None = None) -> int:
        filters = filters or SearchFilters()
        return search.count_matches(self.db, self.geography, self.plan(text, filters), filters)

    def read_query(self, text: str, filters: SearchFilters | None = None) -> Reading:
        """How the search reads ``text``: the needs, groups and places it names, and the
        plain words left."""
        filters = filters or SearchFilters()
        try:
            reader, known = self.query_reader, self._directory_words(text).known
        except sqlite3.Error as error:  # a damaged file: the search itself will say so
            log.warning("reading the query without the directory's words: %s", error)
            reader = QueryReader(reviewed_vocabulary(), self.geography)
            known = search_words.EMPTY.known
        return reader.read(text, known, ignored=filters.unread, plain=filters.plain_words)

    def _directory_words(self, text: str) -> DirectoryWords:
        """The index's words, for spelling variants and near words of those in ``text``; none
        for a text without words (listing or counting every service reads none of them)."""
        if not text.strip():
            return search_words.EMPTY
        return search_words.SHARED.get(self.db.conn, wait=not self.words_in_background)

    def plan(self, text: str, filters: SearchFilters) -> Plan:
        """The search planned for ``text`` with ``filters`` (what the index is asked)."""
        reading = self.read_query(text, filters)
        vocabulary = self.query_reader.vocabulary
        return plan_for(reading, self.geography, self._directory_words(text),
                        {group: vocabulary.words_of("group", group) for group in reading.groups})

    def added_vocabulary(self) -> list[Entry]:
        return vocabulary_store.added(self.db)

    def add_vocabulary(self, entries: list[Entry]) -> int:
        """Add words to the search vocabulary of this directory; how many entries were new."""
        with transaction(self.db):
            added = vocabulary_store.add(self.db, entries)
        self._reader = None
        return added

    @property
    def query_reader(self) -> QueryReader:
        """The reader of queries, with the words added here or by update files (read again
        when they changed, also through another connection)."""
        stamp = vocabulary_store.stamp(self.db)
        if self._reader is None or stamp != self._reader_stamp:
            vocabulary = reviewed_vocabulary().extended(vocabulary_store.added(self.db))
            self._reader = QueryReader(vocabulary, self.geography)
            self._reader_stamp = stamp
        return self._reader

    def need_counts(self, text: str = "", filters: SearchFilters | None = None) -> dict[str, int]:
        """For each need, how many services match the text and the other filters."""
        others = (filters or SearchFilters()).without_needs()
        return {need.code: self.count(text, replace(others, needs=(need.code,)))
                for need in NEEDS}

    def unverified(self) -> tuple[int, str, str]:
        """How many listed services nobody has verified, and the oldest and newest dates of
        their sources."""
        row = self.db.execute(
            "SELECT count(*), coalesce(min(source_date), ''), coalesce(max(source_date), '') "
            f"FROM service s WHERE {search.VERIFIED_ON} = '' AND status IN ('active', "
            "'temporarily closed')").fetchone()
        return int(row[0]), str(row[1]), str(row[2])

    def provinces(self) -> list[Place]:
        return sorted((p for p in self.geography.places.values() if p.kind == "province"),
                      key=lambda p: p.name)

    def districts(self, province: str = "") -> list[Place]:
        """Districts of a province (a code), or all of them, by name."""
        return sorted((p for p in self.geography.places.values()
                       if p.kind == "district" and (not province or p.parent == province)),
                      key=lambda p: p.name)

    def languages(self) -> list[str]:
        """The languages services say they speak, by name, most common first."""
        rows = self.db.execute(
            "SELECT name, count(*) FROM language WHERE name IS NOT NULL AND name != '' "
            "GROUP BY lower(name) ORDER BY count(*) DESC, name").fetchall()
        return [name for name, _ in rows]

    def service(self, service_id: str) -> dict[str, Any] | None:
        """One service as a fully nested HSDS object, or None."""
        row = self.db.execute("SELECT key FROM service WHERE id = ?", [service_id]).fetchone()
        return export.nested_batch(self.db, [row[0]])[0] if row else None

    def stats(self) -> DirectoryStats:
        total = self.db.execute("SELECT count(*) FROM service").fetchone()[0]
        by_need = {need.code: 0 for need in NEEDS}
        for need, count in self.db.execute(
            "SELECT need, count(*) FROM service_need GROUP BY need"
        ):
            by_need[need] = count
        by_province: dict[str, int] = {}
        for province, count in self.db.execute(
            "SELECT CASE WHEN c.place = 'pk' THEN 'National' ELSE p.name END, "
            "count(DISTINCT c.service_key) FROM service_coverage c "
            "JOIN place p ON p.code = (CASE WHEN (SELECT kind FROM place WHERE code = c.place) "
            "= 'district' THEN (SELECT parent FROM place WHERE code = c.place) ELSE c.place END) "
            "GROUP BY 1 ORDER BY 1"
        ):
            by_province[province] = count
        unplaced = self.db.execute(
            "SELECT count(*) FROM service WHERE key NOT IN (SELECT service_key FROM "
            "service_coverage)"
        ).fetchone()[0]
        if unplaced:
            by_province["(no place given)"] = unplaced
        return DirectoryStats(total, by_need, by_province)

    def info(self) -> dict[str, str]:
        return dict(self.db.execute("SELECT key, value FROM directory_info").fetchall())

    def set_info(self, **values: str) -> None:
        """Set keys of the directory's information (version, source, date), all or none."""
        try:
            with transaction(self.db):
                for key, value in values.items():
                    self.db.execute(
                        "INSERT INTO directory_info (key, value) VALUES (?, ?) "
                        "ON CONFLICT (key) DO UPDATE SET value = excluded.value", [key, value])
        except sqlite3.OperationalError as error:
            raise write_error(self.path, error) from error

    # -- exporting -----------------------------------------------------------------------------

    def export_json(self, out: IO[str], keys: list[int] | None = None) -> int:
        return export.write_json(self.db, out, keys)

    def export_package(self, folder: Path) -> int:
        return export.write_package(self.db, folder)


def _file_date(path: Path) -> str:
    """The day a file was last changed (YYYY-MM-DD): a spreadsheet's services are dated by
    it, so that the same sheet imported again changes nothing."""
    try:
        return date.fromtimestamp(path.stat().st_mtime).isoformat()
    except (OSError, ValueError, OverflowError):
        return ""
