"""Write checked HSDS records into the directory, all of them or none.

Records are matched by id: an unchanged record (same fingerprint) is not touched, a changed one
replaces the stored one and everything it owns, a new one is added. One transaction covers the
whole file; with problems and without ``skip_invalid`` it is rolled back and nothing changes.
"""

from __future__ import annotations

import gc
import itertools
import json
import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..core.errors import InvalidFileError, Problem
from ..core.hsds_records import Record, RecordReader, read_digest
from ..core.hsds_tables import EXTRA, SATELLITES, TABLES
from ..core.models import ImportReport, LeftRecord
from ..core.search_terms import (
    LIST_COLUMNS,
    IndexEntry,
    PlaceFacts,
    coverage,
    index_entry,
    location_facts,
    organization_names,
    service_facts,
)
from .database import leaving_wal
from .ownership import Ownership
from .search_index import load_geography, reindex, write_entries
from .transaction import transaction
from .writer import Writer, delete_where_in, insert_present, insert_rows

if TYPE_CHECKING:
    import sqlite_utils

LAST_KEY = "last_key"  # directory_info: the highest key ever given to a record
READ_AT_ONCE = 20_000  # stored records of a table read at once; above, each looked up
LOOK_UP_TOGETHER = 500  # records whose stored versions are looked up in one query
MAX_PROBLEMS_KEPT = 1000
MAX_CHANGED_KEPT = 1000
FLUSH_EVERY = 2000  # records
PROGRESS_EVERY = 500  # services
RECENT_LOCATIONS = 20_000  # locations whose facts are kept for indexing the services after them


class Importer:
    def __init__(
        self, db: sqlite_utils.Database, source: str, *, skip_invalid: bool, dry_run: bool,
        ownership: Ownership | None = None, drop_bad_parts: bool = False,
        read_digests: bool = False,
    ) -> None:
        self.db = db
        # With ``read_digests`` (a signed update): each top-level service's fingerprint as
        # read (``read_digest``) is kept with it, and a service whose object is the one whose
        # fingerprint is kept is not read into records again (``_take_unread``)
        self._read_digests = read_digests
        self._stored_reads: dict[str, str] = {}  # service id -> fingerprint kept with it
        self._new_reads: list[tuple[str, int]] = []  # (fingerprint, key) to keep
        self._dirty: set[int] = set()  # top-level objects with a record not as stored
        self._snapshot_conn: Any = None
        self.ownership = ownership  # a signed update's: what its publisher may change
        self.source = source
        self.skip_invalid = skip_invalid
        # a bad phone, address or schedule leaves out only that part (also without
        # skip_invalid: the window's import)
        self.drop_bad_parts = drop_bad_parts or skip_invalid
        self.report = ImportReport(dry_run=dry_run)
        # id -> digest, and id -> key, of the stored records: looked up inside the
        # transaction (``_read_stored``), so that an import committed meanwhile is seen
        self._known: dict[str, _Stored] = {}
        self._keys: dict[str, int] = {}
        self._last_key = 0  # the highest key ever given (kept in directory_info)
        self._next_key = 1
        self._seen: dict[str, dict[str, str]] = defaultdict(dict)
        self._rejected: set[str] = set()
        self._pending: list[Record] = []
        self._batch = _Batch()
        self._indexed: set[int] = set()  # services indexed as they were staged
        self._removing: set[str] = set()  # services this update removes
        self._unindexed: set[int] = set()  # services to index from the database at the end
        self._changed_shared: dict[str, set[str]] = defaultdict(set)
        self._geography = load_geography(db)
        self._org_names: dict[str, list[str]] = {}
        self._places: dict[str, PlaceFacts] = {}
        self._terms_checked: dict[str, bool] = {}  # taxonomy term id -> may be written
        self._writer: Writer | None = None  # writes the batches while the next is read
        # (table, id) of organizations and locations that rejected records refer to
        self._left_behind: set[tuple[str, str]] = set()

    # -- entry point ---------------------------------------------------------------------------

    def run(self, records: Iterable[Record] | JsonObjects,
            removed: dict[str, list[str]] | None = None,
            before_commit: Callable[[ImportReport], None] | None = None,
            progress: Callable[[int], None] | None = None) -> ImportReport:
        """Import the records (and remove the ids in ``removed``: services, organizations,
        locations) in one transaction; ``before_commit`` may write more into it.
        ``progress`` hears how many services have been read, now and then and at the end."""
        with _collector_paused():
            return self._run(records, removed, before_commit, progress)

    def _run(self, records: Iterable[Record] | JsonObjects, removed: dict[str, list[str]] | None,
             before_commit: Callable[[ImportReport], None] | None,
             progress: Callable[[int], None] | None) -> ImportReport:
        db = self.db
        dry_run = self.report.dry_run
        # A dry run only reads (and counts), so it never holds the write lock. A real import
        # is committed leaving its pages in the write-ahead log, copied into the database file
        # in the background (``leaving_wal``).
        alone = not db.conn.in_transaction  # not inside a caller's transaction
        with nullcontext() if dry_run else leaving_wal(db), \
                transaction(db, immediate=not dry_run) as done, \
                _snapshot(db, alone and not dry_run) as looking_up:
            try:
                self._read_stored(looking_up)
                if isinstance(records, JsonObjects):
                    records = self._records_of(records)
                self._write_all(records, removed, before_commit, progress)
            except BaseException:
                if self._writer is not None:
                    self._writer.stop()  # before rolling back on the connection it uses
                raise
            if dry_run:
                done.roll_back_at_end()
        return self.report

    def _read_stored(self, conn: Any) -> None:
        """What the directory holds now, in this transaction (which has the write lock): each
        record is looked up when the file first names it, so that an update of a few
        services does not read every stored one; a small table is read at once. ``conn``
        reads the directory as this transaction found it (``_snapshot``)."""
        last = 0
        self._snapshot_conn = conn
        for table in ("organization", "location", "service"):
            stored = _Stored(conn, table, self._keys)
            self._known[table] = stored
            last = max(last, stored.last_key)
        # a key once given is never given again, not even after its record was removed: an
        # undo may bring that record back with it (``undo_record``)
        row = self.db.execute("SELECT value FROM directory_info WHERE key = ?",
                              [LAST_KEY]).fetchone()
        self._last_key = max(last, int(row[0]) if row and str(row[0]).isdigit() else 0)
        self._next_key = self._last_key + 1

    def _keep_last_key(self) -> None:
        if self._next_key - 1 > self._last_key:
            self.db.execute("INSERT INTO directory_info (key, value) VALUES (?, ?) ON CONFLICT "
                            "(key) DO UPDATE SET value = excluded.value",
                            [LAST_KEY, str(self._next_key - 1)])

    def _write_all(self, records: Iterable[Record], removed: dict[str, list[str]] | None,
                   before_commit: Callable[[ImportReport], None] | None,
                   progress: Callable[[int], None] | None) -> None:
        self.db.execute("PRAGMA defer_foreign_keys = ON")
        if not self.report.dry_run:
            self._writer = Writer()
        services = 0
        for record in self._looked_up(records):
            self._take(record)
            if record.table == "service":
                services += 1
                if services % PROGRESS_EVERY == 0:
                    if progress is not None:
                        progress(services)
                    if self._batch.count and self._writer is not None:
                        self._flush()  # written while the rest is read
        if progress is not None:
            progress(services)
        self.report.read = services
        self._settle_pending()
        self.report.problems.sort(key=lambda problem: problem.order)  # in file order
        if self.report.problem_count and not self.skip_invalid:
            raise InvalidFileError(self._refusal(), self.report.problems)
        self._flush()
        if self._writer is not None:
            self._writer.finish()
        if not self.report.dry_run:
            self._drop_left_behind()
        for kind, table in (("services", "service"), ("locations", "location"),
                            ("organizations", "organization")):
            self._remove(table, (removed or {}).get(kind, []))
        if not self.report.dry_run:
            self._reindex()
            self._keep_last_key()
            self._keep_read_digests()
        if before_commit is not None:
            before_commit(self.report)

    def _records_of(self, objects: JsonObjects) -> Iterator[Record]:
        """The records of the objects, but for a service whose object is the one whose
        fingerprint is kept with it: that one is only named (``RecordReader.unread``)."""
        reader = RecordReader(objects.file)
        iterator = iter(objects.objects)
        while chunk := list(itertools.islice(iterator, LOOK_UP_TOGETHER)):
            if self._read_digests:
                ids = [obj["id"] for _, obj, _ in chunk
                       if isinstance(obj, dict) and isinstance(obj.get("id"), str)]
                self._stored_reads.update(self._snapshot_conn.execute(
                    "SELECT id, read_digest FROM service WHERE id IN (SELECT value FROM "
                    "json_each(?)) AND read_digest != ''", [json.dumps(ids)]))
            for where, obj, text in chunk:
                digest = read_digest(text) if self._read_digests and text else ""
                if digest and isinstance(obj, dict) and \
                        self._stored_reads.get(str(obj.get("id"))) == digest:
                    yield reader.unread(where, obj, digest)
                    continue
                for record in reader.records(where, obj):
                    if record.table == "service" and record.where == where:
                        record.read_digest = digest
                    yield record

    def _looked_up(self, records: Iterable[Record]) -> Iterator[Record]:
        """The records, a few hundred at a time, once the stored ones among them are looked up
        together: one query for many ids, not one for each. (A record a file refers to
        without holding it is looked up alone.)"""
        iterator = iter(records)
        while chunk := list(itertools.islice(iterator, LOOK_UP_TOGETHER)):
            wanted: dict[str, set[str]] = {table: set() for table in self._known}
            for record in chunk:
                ids = wanted.get(record.table)
                if ids is not None and record.id and record.id not in self._seen[record.table]:
                    ids.add(record.id)
            for table, ids in wanted.items():
                self._known[table].look_up(ids)
            yield from chunk

    def _refusal(self) -> str:
        count = self.report.problem_count
        first = self.report.problems[0]
        more = f" (and {count - 1} more problems)" if count > 1 else ""
        return f"Nothing was imported: {first}{more}."

    # -- one record ----------------------------------------------------------------------------

    def _take(self, record: Record) -> None:
        if record.unread:
            self._take_unread(record)
            return
        if record.problems or (record.dropped and not self.drop_bad_parts):
            self._reject(record, sorted(record.problems + record.dropped,
                                        key=lambda p: p.order))
            return
        if record.dropped:
            self.report.dropped_count += len(record.dropped)
            room = MAX_PROBLEMS_KEPT - len(self.report.dropped)
            self.report.dropped.extend(record.dropped[:max(room, 0)])
        table, record_id = record.table, record.id
        if record_id in self._seen[table]:
            # HSDS nesting repeats a location or organization wherever it is used; the first
            # description is kept. A service twice is a mistake.
            if table == "service":
                self._reject(record, [record.problem(self.source, "id",
                                                     "appears twice in the file")])
            elif self._read_digests and record.digest() != self._seen[table][record_id]:
                self._dirty.add(record.order)  # its object describes it otherwise
            return
        missing = self._missing_references(record)
        if missing is None:
            return
        if missing:
            self._pending.append(record)
            return
        self._accept(record, record.digest())  # not before: most copies are skipped above

    def _take_unread(self, record: Record) -> None:
        """A service whose object is, byte for byte, the one whose records are stored: as
        an unchanged service read into records would be, it is counted unchanged and stays
        (or becomes) the signer's where an unchanged one does (``Ownership.service_left``)."""
        service_id = record.id
        if service_id in self._seen["service"]:
            self._reject(record, [record.problem(self.source, "id", "appears twice in the file")])
            return
        self._seen["service"][service_id] = self._known["service"].get(service_id) or ""
        if self.ownership is not None:
            self.ownership.service_left(service_id, service_id, self._keys.get(service_id),
                                        set, unchanged=True)
        self.report.unchanged += 1

    def _missing_references(self, record: Record) -> list[tuple[str, str]] | None:
        """References not yet resolved; None when one points at a rejected record."""
        missing = []
        for table, ref in _references(record):
            if ref in self._rejected:
                self._reject(record, [record.problem(self.source, f"{table}_id",
                                              f"refers to {table} {ref}, which was rejected")])
                return None
            if ref not in self._seen[table] and ref not in self._known[table]:
                missing.append((table, ref))
        return missing

    def _settle_pending(self) -> None:
        progress = True
        while self._pending and progress:
            waiting, self._pending, progress = self._pending, [], False
            for record in waiting:
                missing = self._missing_references(record)
                if missing == []:
                    self._accept(record, record.digest())
                    progress = True
                elif missing:
                    self._pending.append(record)
        order = {"organization": 0, "location": 1, "service": 2}
        for record in sorted(self._pending, key=lambda r: order[r.table]):
            missing = self._missing_references(record)  # rejects it if a reference was
            if missing:
                table, ref = missing[0]
                self._reject(record, [record.problem(self.source, f"{table}_id",
                                              f"refers to {table} {ref}, which is in neither "
                                              "the file nor the directory")])

    def _reject(self, record: Record, problems: list[Problem]) -> None:
        self._left_behind.update(_references(record))
        self._dirty.add(record.order)
        if record.table == "service":
            self.report.rejected += 1
        if record.id:
            self._rejected.add(record.id)
        self.report.problem_count += len(problems)
        room = MAX_PROBLEMS_KEPT - len(self.report.problems)
        self.report.problems.extend(problems[:max(room, 0)])

    def _accept(self, record: Record, digest: str) -> None:
        table, record_id = record.table, record.id
        self._seen[table][record_id] = digest
        known = self._known[table].get(record_id)
        left = self._left(record, known, digest)
        if self._read_digests:
            self._note_read(record, known == digest, left is None)
        if left is not None:  # another publisher's: left as it is, and listed if it differs
            if table == "service" and known == digest:
                self.report.unchanged += 1
            elif known != digest:
                self._leave(left)
            return
        self._remember(record)
        if table == "service":
            if known == digest:
                self.report.unchanged += 1
                return
            if known is None:
                self.report.added += 1
            else:
                self.report.updated += 1
            if len(self.report.changed) < MAX_CHANGED_KEPT:
                self.report.changed.append(("added" if known is None else "updated",
                                            record_id, str(record.row.get("name", ""))))
        elif known == digest:
            return
        else:
            self.report.shared_changed += 1
            if known is not None:
                self._changed_shared[table].add(record_id)
        if self.report.dry_run or (self.report.problem_count and not self.skip_invalid):
            return  # only counting, or the file will be refused: nothing to write
        self._stage(record, digest, replace=known is not None)

    def _note_read(self, record: Record, unchanged: bool, taken: bool) -> None:
        """A top-level object is clean while every record in it is stored as it describes
        it (unchanged, or written from it: not left as another publisher's); a clean
        service's fingerprint as read is kept with it."""
        if record.table != "service":
            if not taken:
                self._dirty.add(record.order)
        elif unchanged and taken and record.read_digest and record.order not in self._dirty \
                and self._stored_reads.get(record.id) != record.read_digest:
            self._new_reads.append((record.read_digest, self._keys[record.id]))

    def _keep_read_digests(self) -> None:
        """Keep the fingerprints of the clean unchanged services; forget those of every
        service using an organization or location this import changed (its object no
        longer describes what is stored)."""
        conn = self.db.conn
        conn.executemany("UPDATE service SET read_digest = ? WHERE key = ?", self._new_reads)
        for table, ids in self._changed_shared.items():
            users = ("organization_id IN (SELECT value FROM json_each(?))"
                     if table == "organization" else
                     "key IN (SELECT root FROM service_at_location WHERE location_id IN "
                     "(SELECT value FROM json_each(?)))")
            conn.execute(f"UPDATE service SET read_digest = '' WHERE read_digest != '' AND "
                         f"{users}", [json.dumps(sorted(ids))])

    # -- what a signed update may not change --------------------------------------------------

    def _left(self, record: Record, known: str | None, digest: str) -> LeftRecord | None:
        ownership = self.ownership
        if ownership is None:
            return None
        name = str(record.row.get("name") or record.id)
        if record.table == "service":
            stored = self._keys.get(record.id) if known is not None else None
            return ownership.service_left(record.id, name, stored,
                                          lambda: self._coverage(record),
                                          unchanged=known == digest)
        if known is None:  # a new one is added, and is the signer's
            ownership.shared_added(record.table, record.id)
            return None
        if known == digest:
            return None  # an unchanged one stays
        return ownership.shared_left(record.table, record.id, name)

    def _leave(self, left: LeftRecord) -> None:
        self.report.left_count += 1
        if len(self.report.left) < MAX_CHANGED_KEPT:
            ownership = self.ownership
            self.report.left.append(ownership.as_stored(left) if ownership else left)

    def _coverage(self, record: Record) -> set[str]:
        """The places a service record covers: its areas, and the districts of its
        locations as this file or, failing that, the directory describes them."""
        areas = [str(s.row["name"]) for s in record.satellites
                 if s.table == "service_area" and s.row.get("name")]
        addresses: list[tuple[str, str, str]] = []
        for satellite in record.satellites:
            if satellite.table != "service_at_location":
                continue
            location_id = str(satellite.row.get("location_id"))
            place = self._places.get(location_id)
            if place is not None:
                addresses += place.addresses
            else:
                addresses += [(str(city), str(region), str(province))
                              for city, region, province in self.db.execute(
                                  "SELECT coalesce(city, ''), coalesce(region, ''), "
                                  "coalesce(state_province, '') FROM address WHERE root = "
                                  "(SELECT key FROM location WHERE id = ?)", [location_id])]
        return coverage(areas, addresses, self._geography)

    # -- writing -------------------------------------------------------------------------------

    def _stage(self, record: Record, digest: str, replace: bool) -> None:
        batch = self._batch
        table, record_id = record.table, record.id
        key = self._keys.get(record_id)
        if key is None:
            key = self._keys[record_id] = self._next_key
            self._next_key += 1
        head: tuple[Any, ...] = (key, digest)  # the columns before the HSDS fields
        if table == "service":
            clean = self._read_digests and record.order not in self._dirty
            head += (record.read_digest if clean else "",)
            batch.needs.extend((key, code) for code in sorted(record.needs))
            entry = self._index_entry(record, key)
            if entry is None:
                self._unindexed.add(key)
                head += _NOT_LISTED_YET
            else:
                self._indexed.add(key)
                batch.index.append(entry)
                head += entry.list_values()
        if replace:
            batch.replaced.append(key)
        batch.rows[table].append((*head, *map(record.row.get, _FIELDS[table])))
        for satellite in record.satellites:
            batch.rows[satellite.table].append(
                (key, *satellite[1:4], *map(satellite.row.get, _FIELDS[satellite.table])))
        batch.terms.extend(tuple(map(term.get, _COLUMNS["taxonomy_term"]))
                           for term in record.terms if self._may_write_term(term))
        batch.count += 1
        if batch.count >= FLUSH_EVERY:
            self._flush()

    def _may_write_term(self, term: dict[str, Any]) -> bool:
        """A signed update adds categories, and changes a stored one only when it may change
        every service using it (like an organization); else it is left, and listed."""
        if self.ownership is None or not term.get("id"):
            return True
        term_id = str(term["id"])
        if term_id in self._terms_checked:
            return self._terms_checked[term_id]
        stored = self.db.execute(
            f"SELECT {', '.join(_COLUMNS['taxonomy_term'])} FROM taxonomy_term WHERE id = ?",
            [term_id]).fetchone()
        wanted = tuple(map(term.get, _COLUMNS["taxonomy_term"]))
        left = None
        if stored is not None and tuple(stored) != wanted:
            left = self.ownership.shared_left("taxonomy_term", term_id,
                                              str(term.get("name") or term_id))
            if left is not None:
                self._leave(left)
        self._terms_checked[term_id] = left is None
        return left is None

    def _flush(self) -> None:
        batch, self._batch = self._batch, _Batch()
        if self._writer is None:
            _write(self.db, batch)
        else:
            self._writer.submit(lambda: _write(self.db, batch))

    def _remember(self, record: Record) -> None:
        """Keep what the index of a later service needs from this organization or location."""
        if record.table == "organization":
            self._org_names[record.id] = organization_names(record.row)
        elif record.table == "location":
            if len(self._places) >= RECENT_LOCATIONS:
                self._places.clear()
            self._places[record.id] = location_facts(
                record.row, ((s.table, s.row) for s in record.satellites))

    def _index_entry(self, record: Record, key: int) -> IndexEntry | None:
        """The service's index entry from what this import has seen; None when it refers to
        records known only to the database (it is then indexed from there at the end)."""
        org_id = record.row.get("organization_id")
        organization = self._org_names.get(str(org_id), []) if org_id else []
        if org_id and org_id not in self._org_names:
            return None
        places = []
        for satellite in record.satellites:
            if satellite.table == "service_at_location":
                place = self._places.get(str(satellite.row.get("location_id")))
                if place is None:
                    return None
                places.append(place)
        satellites = ((s.table, s.row) for s in record.satellites
                      if s.parent_type in ("service", "service_at_location", "contact"))
        facts = service_facts(key, record.row, record.needs, satellites, organization, places)
        return index_entry(facts, self._geography)

    def _drop_left_behind(self) -> None:
        """Take away the locations, then the organizations, that this import added only for
        records it rejected: nothing else uses them, and the JSON export (services with what
        they use) and the CSV export (every table) then agree."""
        conn = self.db.conn
        users = {
            "location": ("SELECT 1 FROM service_at_location WHERE location_id = ? LIMIT 1",),
            "organization": ("SELECT 1 FROM service WHERE organization_id = ? LIMIT 1",
                             "SELECT 1 FROM location WHERE organization_id = ? LIMIT 1"),
        }
        for table in ("location", "organization"):
            for kind, record_id in sorted(self._left_behind):
                if kind != table or record_id not in self._seen[table] \
                        or record_id in self._known[table]:
                    continue  # not added by this import
                if any(conn.execute(sql, [record_id]).fetchone() for sql in users[table]):
                    continue
                key = self._keys[record_id]
                if table == "location":
                    (org,) = conn.execute("SELECT organization_id FROM location WHERE key = ?",
                                          [key]).fetchone()
                    if org:
                        self._left_behind.add(("organization", str(org)))
                for satellite in SATELLITES:
                    conn.execute(f"DELETE FROM {satellite} WHERE root = ?", [key])
                conn.execute(f"DELETE FROM {table} WHERE key = ?", [key])
                self.report.shared_changed -= 1

    def _remove(self, table: str, ids: list[str]) -> None:
        """Remove records by id, with everything they own; an unknown id is only a warning.
        A dry run only counts (and checks that nothing still uses what would go)."""
        conn = self.db.conn
        for record_id in ids:
            if record_id in self._seen[table]:
                raise InvalidFileError(f"The update both changes and removes {table} "
                                       f"{record_id}; ask the coordinator for a new file.")
            known = record_id in self._known[table]  # looked up: its key is then known
            key = self._keys.get(record_id)
            if key is None or not known:
                if self.ownership is None:  # a signed update lists every removal, ever
                    self.report.warnings.append(
                        f"{table} {record_id} is to be removed but is not in the directory")
                continue
            if not self._unused(table, record_id):
                continue
            if table != "service" and self.ownership is not None:
                (name,) = conn.execute(f"SELECT name FROM {table} WHERE key = ?",
                                       [key]).fetchone()
                left = self.ownership.shared_removal_left(table, record_id,
                                                          str(name or record_id))
                if left is not None:
                    self._leave(left)
                    continue
            if table == "service":
                (name,) = conn.execute("SELECT name FROM service WHERE key = ?",
                                       [key]).fetchone()
                name = str(name or record_id)
                if self.ownership is not None:
                    left = self.ownership.removal_left(record_id, name, key)
                    if left is not None:
                        self._leave(left)
                        continue
                self.report.removed += 1
                self._removing.add(record_id)
                if len(self.report.changed) < MAX_CHANGED_KEPT:
                    self.report.changed.append(("removed", record_id, name))
            if self.report.dry_run:
                continue
            for satellite in SATELLITES:
                conn.execute(f"DELETE FROM {satellite} WHERE root = ?", [key])
            if table == "service":
                for derived, column in (("service_need", "service_key"),
                                        ("service_coverage", "service_key"),
                                        ("service_search", "rowid"),
                                        ("service_name_search", "rowid")):
                    conn.execute(f"DELETE FROM {derived} WHERE {column} = ?", [key])
            conn.execute(f"DELETE FROM {table} WHERE id = ?", [record_id])
            if table != "service":
                conn.execute("DELETE FROM shared_owner WHERE record_table = ? AND "
                             "record_id = ?", [table, record_id])

    def _unused(self, table: str, record_id: str) -> bool:
        """An organization or location may only go when no service uses it any more: one
        still used stays (another publisher's service may use it), with a warning."""
        queries = {
            "organization": "SELECT id FROM service WHERE organization_id = ?",
            "location": "SELECT s.id FROM service_at_location a JOIN service s "
                        "ON s.key = a.root WHERE a.location_id = ?",
        }
        if table not in queries:
            return True
        users = len({service_id for (service_id,) in self.db.conn.execute(
            queries[table], [record_id])} - self._removing)
        if users:
            self.report.warnings.append(
                f"{table} {record_id} is to be removed, but {users} services still use it; "
                "it stays")
        return not users

    def _reindex(self) -> None:
        keys = set(self._unindexed)
        for table, column in (("organization", "organization_id"), ("location", None)):
            ids = list(self._changed_shared.get(table, ()))
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                marks = ",".join("?" * len(chunk))
                if column:
                    sql = f"SELECT key FROM service WHERE organization_id IN ({marks})"
                else:
                    sql = f"SELECT root FROM service_at_location WHERE location_id IN ({marks})"
                keys.update(k for (k,) in self.db.execute(sql, chunk))
        keys -= self._indexed
        if keys:
            reindex(self.db, keys, self._geography)


@dataclass(frozen=True)
class JsonObjects:
    """The top-level objects of an HSDS JSON file, each with its text as read
    (``JsonStream.records_as_read``), for :meth:`Importer.run` to read into records."""

    objects: Iterable[tuple[str, Any, str]]
    file: str


class _Stored:
    """The digests (and, into ``keys``, the keys) of the stored records of one table, by id:
    all read at once when the table is small, else each looked up when first asked for."""

    _ABSENT = object()

    def __init__(self, conn: Any, table: str, keys: dict[str, int]) -> None:
        self._conn, self._keys = conn, keys
        self._sql = f"SELECT digest, key FROM {table} WHERE id = ?"
        self._many = (f"SELECT id, digest, key FROM {table} WHERE id IN "
                      "(SELECT value FROM json_each(?))")
        (self.last_key,) = conn.execute(f"SELECT coalesce(max(key), 0) FROM {table}").fetchone()
        self._found: dict[str, Any] = {}
        self._complete = False
        (count,) = conn.execute(f"SELECT count(*) FROM (SELECT 1 FROM {table} LIMIT ?)",
                                [READ_AT_ONCE + 1]).fetchone()
        if count <= READ_AT_ONCE:
            rows = conn.execute(f"SELECT id, digest, key FROM {table}").fetchall()
            self._found = {row[0]: row[1] for row in rows}
            keys.update((row[0], row[2]) for row in rows)
            self._complete = True

    def look_up(self, ids: set[str]) -> None:
        """Look up these ids (those not looked up yet) together."""
        if self._complete:
            return
        wanted = [i for i in ids if i not in self._found]
        for start in range(0, len(wanted), LOOK_UP_TOGETHER):
            chunk = wanted[start:start + LOOK_UP_TOGETHER]
            for record_id in chunk:
                self._found[record_id] = self._ABSENT
            for record_id, digest, key in self._conn.execute(self._many, [json.dumps(chunk)]):
                self._found[record_id] = digest
                self._keys[record_id] = key

    def get(self, record_id: str) -> str | None:
        """The stored record's digest; None when there is no such record."""
        found = self._look_up(record_id)
        return None if found is self._ABSENT else str(found) if found is not None else None

    def __contains__(self, record_id: object) -> bool:
        return isinstance(record_id, str) and self._look_up(record_id) is not self._ABSENT

    def _look_up(self, record_id: str) -> Any:
        found = self._found.get(record_id, self._ABSENT)
        if found is not self._ABSENT or self._complete:
            return found
        row = self._conn.execute(self._sql, [record_id]).fetchone()
        if row is None:
            found = self._ABSENT
        else:
            found = row[0]
            self._keys[record_id] = row[1]
        self._found[record_id] = found
        return found


@contextmanager
def _snapshot(db: sqlite_utils.Database, own: bool) -> Iterator[Any]:
    """A connection that reads the directory as the import's transaction found it. With
    ``own`` (a transaction of the import's own, which holds the write lock, so nothing is
    committed meanwhile), a read-only connection of its own: its look-ups do not wait for the
    writing thread, which shares the import's connection. Else that connection itself (a
    caller's transaction may hold changes that only it sees)."""
    (file,) = [row[2] for row in db.execute("PRAGMA database_list") if row[1] == "main"]
    if not own or not file:
        yield db.conn
        return
    reader = sqlite3.connect(f"{Path(file).as_uri()}?mode=ro", uri=True, isolation_level=None,
                             check_same_thread=False)
    try:
        reader.execute("BEGIN")
        reader.execute("SELECT 1 FROM service LIMIT 1").fetchall()  # the snapshot starts
        yield reader
    finally:
        reader.close()


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector walks the live objects again and again while an import makes
    millions of short-lived ones (and no cycles); it waits until the import is over."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


class _Batch:
    def __init__(self) -> None:
        self.rows: dict[str, list[tuple[Any, ...]]] = defaultdict(list)  # in _COLUMNS order
        self.needs: list[tuple[int, str]] = []
        self.index: list[IndexEntry] = []
        self.terms: list[tuple[Any, ...]] = []
        self.replaced: list[int] = []  # keys of stored records being replaced
        self.count = 0


def _write(db: sqlite_utils.Database, batch: _Batch) -> None:
    conn = db.conn
    for table in (*SATELLITES, "service_need"):
        column = "service_key" if table == "service_need" else "root"
        delete_where_in(conn, table, column, batch.replaced)
    for table in ("organization", "location", "service", *SATELLITES):
        rows = batch.rows.get(table)
        if rows:
            _upsert(conn, table, rows)
    insert_rows(conn, "INSERT OR IGNORE INTO service_need (service_key, need)", batch.needs)
    write_entries(db, batch.index, fresh=not batch.replaced, list_columns=False)
    if batch.terms:
        _upsert(conn, "taxonomy_term", batch.terms)


def _references(record: Record) -> list[tuple[str, str]]:
    refs = []
    org = record.row.get("organization_id")
    if org and record.table in ("service", "location"):
        refs.append(("organization", str(org)))
    for satellite in record.satellites:
        if satellite.table == "service_at_location" and "location_id" in satellite.row:
            refs.append(("location", str(satellite.row["location_id"])))
    return refs


_EXTRA_COLUMNS = {
    "service": ("key", "digest", "read_digest", *LIST_COLUMNS),
    "organization": ("key", "digest"),
    "location": ("key", "digest"),
    "taxonomy_term": (),
}
_SATELLITE_COLUMNS = ("root", "parent_type", "parent_id", "position")
# Every column written, in order: ours first, then the HSDS fields.
_COLUMNS = {
    table: (*_EXTRA_COLUMNS.get(table, _SATELLITE_COLUMNS), *spec.fields, EXTRA)
    for table, spec in TABLES.items()
}
_FIELDS = {table: (*spec.fields, EXTRA) for table, spec in TABLES.items()}
# The list columns of a service indexed only at the end (``_reindex``), until then.
_NOT_LISTED_YET = ("", *(None for _ in LIST_COLUMNS[1:]))


def _upsert(conn: Any, table: str, rows: list[tuple[Any, ...]]) -> None:
    """Insert rows, replacing stored rows with the same id (main tables) in place."""
    columns = _COLUMNS[table]
    tail = ""
    if table in _EXTRA_COLUMNS:
        updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c not in ("id", "key"))
        tail = f"ON CONFLICT (id) DO UPDATE SET {updates}"
    insert_present(conn, table, columns, rows, tail)
