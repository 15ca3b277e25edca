"""Who may change which service with a signed update, and what each publisher publishes.

Every service belongs to the publisher (the key) whose signed update first published it.
Starter services and services from plain HSDS files belong to no one until a trusted publisher
publishes them: that first signed publication claims them. A signed update adds services, and
changes or removes only those its key owns; a key trusted for some areas only adds, changes and
removes only services that lie inside them, before and after the change.

An organization or a location belongs, like a service, to the key whose signed update first
added it here (``shared_owner``): its owner may change it whatever other publishers' services
use it (another key cannot freeze it by linking a service of its own to it), and no other key
may change or remove it. One with no owner (a starter record, one added before owners were
kept, one whose owner is no longer trusted) and a category (taxonomy term) are changed only when
every service using them may be changed by the signer, so that another publisher's service, its
numbers and its address stay as that publisher published them. A publisher this laptop no
longer trusts owns nothing (``release``): its services wait for the next trusted publisher that
publishes them.

A service changes hands only with both publishers' signatures: its owner offers it to another
key (``handed_over`` in its file), and the offer is only recorded (``service_handed_over``); the
service stays the owner's until the receiving key itself publishes it in a signed file. So a
stolen key cannot make a service it planted look like another publisher's. An offer counts only
while the key that made it still owns the service here and both keys are trusted.

A service its owner removed is remembered with the owner and the version: a stale copy from
another publisher cannot bring it back, and each update file carries all of its publisher's
removals, so a laptop that skipped an update still removes what it removed.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ..core.geography import Geography
from ..core.models import LeftRecord
from .transaction import transaction

if TYPE_CHECKING:
    import sqlite_utils

_USERS = {  # the services using an organization or a location: (id, key)
    "organization": "SELECT id, key FROM service WHERE organization_id = ?",
    "location": "SELECT s.id, s.key FROM service_at_location a JOIN service s ON s.key = a.root "
                "WHERE a.location_id = ?",
    # a category (kept once, by id) named by a service, its organization or its location
    "taxonomy_term":
        "SELECT s.id, s.key FROM attribute a JOIN service s ON s.key = a.root "
        "WHERE a.taxonomy_term_id = ? UNION "
        "SELECT s.id, s.key FROM attribute a JOIN organization o ON o.key = a.root "
        "JOIN service s ON s.organization_id = o.id WHERE a.taxonomy_term_id = ? UNION "
        "SELECT s.id, s.key FROM attribute a JOIN location l ON l.key = a.root "
        "JOIN service_at_location p ON p.location_id = l.id JOIN service s ON s.key = p.root "
        "WHERE a.taxonomy_term_id = ?",
}


class Ownership:
    """The rules for one signed update, and what it claims and removes (written by
    :meth:`record` in the update's own transaction). With no signer (""), the rules for a
    plain file a caseworker takes in: it changes no service a trusted publisher owns."""

    def __init__(self, db: sqlite_utils.Database, signer: str, areas: Iterable[str],
                 geography: Geography, handed_over: dict[str, str] | None = None) -> None:
        self.db = db
        self.signer = signer
        self.areas = frozenset(areas)
        self.geography = geography
        self.handed_over = dict(handed_over or {})
        self.names = dict(db.execute("SELECT fingerprint, name FROM trusted_key").fetchall())
        self._owners = {service_id: key for service_id, key in db.execute(
            "SELECT service_id, key_id FROM service_owner") if key in self.names}
        self._shared_owners = {(table, record_id): key for table, record_id, key in db.execute(
            "SELECT record_table, record_id, key_id FROM shared_owner") if key in self.names}
        self._tombstones = dict(db.execute(
            "SELECT service_id, key_id FROM removed_service").fetchall())
        self._offers = {service_id: (by, to) for service_id, by, to in db.execute(
            "SELECT service_id, key_id, to_key FROM service_handed_over")}
        # offers this laptop records: only of services the signer owned here before this file
        # (never one it adds or claims in it); one to a key this laptop does not trust is kept
        # too (a coordinator's laptop does not trust its own key) but counts for nothing here
        self.handing = {service_id: to for service_id, to in self.handed_over.items()
                        if self._owners.get(service_id) == signer and to != signer}
        self.claimed: list[str] = []  # services the signer publishes for the first time
        self.taken: list[str] = []  # of those, the ones already here (not added by the file)
        self.accepted: list[str] = []  # of those, the ones their owner offered to the signer
        self.published: set[str] = set()  # every service the signer may publish in this file
        self.removed: list[str] = []
        self.added_shared: list[tuple[str, str]] = []  # (table, id) this file adds: the signer's

    def _left(self, table: str, record_id: str, name: str, reason: str, key_id: str
              ) -> LeftRecord:
        """Why a record is left, with the name this laptop trusts the publisher as (and the
        name the file gives the record: see :meth:`as_stored`)."""
        return LeftRecord(table, record_id, name, reason, self.names.get(key_id, key_id),
                          key_id)

    def as_stored(self, left: LeftRecord) -> LeftRecord:
        """A left record named as this laptop has it (a file cannot make the line name another
        service), with the file's name for it too when that differs; asked only for the
        records a report lists."""
        row = self.db.execute(f"SELECT name FROM {left.table} WHERE id = ?",
                              [left.id]).fetchone()
        stored = str(row[0]) if row is not None and row[0] else ""
        if not stored or stored == left.name:
            return left
        return replace(left, name=stored, file_name=left.name)

    # -- deciding ------------------------------------------------------------------------------

    def offered_to_signer(self, service_id: str) -> bool:
        """The service's owner here (a trusted key) has offered it to the signer."""
        owner = self._owners.get(service_id)
        return owner is not None and self._offers.get(service_id) == (owner, self.signer)

    def service_left(self, service_id: str, name: str, stored_key: int | None,
                     coverage: Callable[[], set[str]], unchanged: bool = False
                     ) -> LeftRecord | None:
        """None when the signer may publish this service (it is then the signer's, unless
        ``unchanged``: a record no one owns that the file holds exactly as stored is not
        claimed, so that who owns a starter service does not depend on which publisher's file
        a laptop takes first); else the reason it is left as it is. ``coverage`` gives the
        places the new record covers."""
        owner = self._owners.get(service_id)
        reason, whose = "", self.signer
        if stored_key is None:
            gone_by = self._tombstones.get(service_id)
            if gone_by is not None and gone_by != self.signer and gone_by in self.names:
                reason, whose = "removed", gone_by
        elif owner not in (None, self.signer) and not self.offered_to_signer(service_id):
            reason, whose = "owned", str(owner)
        elif self.areas and not self._inside(stored_key):
            reason = "outside"
        if not reason and self.areas and not self.geography.within(coverage(), self.areas):
            reason = "outside"
        if reason:
            return self._left("service", service_id, name, reason, whose)
        self.published.add(service_id)
        if owner != self.signer and not (unchanged and owner is None):
            self.claimed.append(service_id)
            if owner is not None:  # its owner offered it to the signer, which takes it now
                self.accepted.append(service_id)
            elif stored_key is not None:
                self.taken.append(service_id)
        return None

    def shared_left(self, table: str, record_id: str, name: str) -> LeftRecord | None:
        """None when the signer may change this stored organization, location or taxonomy
        term: it is the signer's (and every service of the signer's or no one's using it lies
        inside the signer's areas), or it has no owner and every service using it is the
        signer's or no one's (and inside the signer's areas)."""
        owner = self._shared_owners.get((table, record_id))
        if owner is not None and owner != self.signer:
            return self._left(table, record_id, name, "owned", owner)
        query = _USERS[table]
        for service_id, key in self.db.execute(query, [record_id] * query.count("?")):
            service_owner = self._owners.get(service_id)
            others = service_owner not in (None, self.signer) \
                and not self.offered_to_signer(service_id)
            if others and owner is None:
                return self._left(table, record_id, name, "shared", str(service_owner))
            if not others and self.areas and not self._inside(key):
                return self._left(table, record_id, name, "outside", self.signer)
        return None

    def shared_added(self, table: str, record_id: str) -> None:
        """The signed update adds this organization or location: it is the signer's."""
        if self.signer and table in ("organization", "location"):
            self.added_shared.append((table, record_id))

    def shared_removal_left(self, table: str, record_id: str, name: str) -> LeftRecord | None:
        """None when the signer may remove this organization or location (no service uses
        it any more): no other trusted key owns it."""
        owner = self._shared_owners.get((table, record_id))
        if owner is not None and owner != self.signer:
            return self._left(table, record_id, name, "owned", owner)
        return None

    def removal_left(self, service_id: str, name: str, key: int) -> LeftRecord | None:
        """None when the signer may remove this service: it is the signer's, or no trusted
        publisher owns it here (a starter service the signer removed before this laptop got
        any of its files)."""
        owner = self._owners.get(service_id)
        if owner not in (None, self.signer):
            return self._left("service", service_id, name, "owned", str(owner))
        if self.areas and not self._inside(key):
            return self._left("service", service_id, name, "outside", self.signer)
        self.removed.append(service_id)
        return None

    def claims(self, limit: int) -> list[tuple[str, str]]:
        """The first ``limit`` services already here that this file claims (no trusted
        publisher owned them): (id, name)."""
        found = []
        for service_id in self.taken[:limit]:
            row = self.db.execute("SELECT name FROM service WHERE id = ?",
                                  [service_id]).fetchone()
            found.append((service_id, str(row[0] or service_id) if row else service_id))
        return found

    def handovers(self) -> list[tuple[str, str, str, str]]:
        """The offers this file makes here that were not recorded before: (service id, name,
        to whom, its key)."""
        found = []
        for service_id, to in sorted(self.handing.items()):
            if self._offers.get(service_id) == (self.signer, to):
                continue  # carried again from an earlier file
            row = self.db.execute("SELECT name FROM service WHERE id = ?",
                                  [service_id]).fetchone()
            if row is not None and service_id not in self.removed:
                found.append((service_id, str(row[0] or service_id), self.names.get(to, to),
                              to))
        return found

    def takeovers(self) -> list[tuple[str, str, str, str]]:
        """The services the signer takes over with this file, as their owners offered them:
        (service id, name, from whom, its key)."""
        found = []
        for service_id in self.accepted:
            owner = str(self._owners[service_id])
            row = self.db.execute("SELECT name FROM service WHERE id = ?",
                                  [service_id]).fetchone()
            name = str(row[0] or service_id) if row else service_id
            found.append((service_id, name, self.names.get(owner, owner), owner))
        return found

    def _inside(self, key: int) -> bool:
        places = [p for (p,) in self.db.execute(
            "SELECT place FROM service_coverage WHERE service_key = ?", [key])]
        return self.geography.within(places, self.areas)

    # -- recording -----------------------------------------------------------------------------

    def record(self, version: int) -> None:
        """Write who owns what after this update, its removals and the signer's version
        (inside the update's transaction)."""
        conn = self.db.conn
        conn.executemany(
            "INSERT INTO service_owner (service_id, key_id) VALUES (?, ?) "
            "ON CONFLICT (service_id) DO UPDATE SET key_id = excluded.key_id",
            ((service_id, self.signer) for service_id in self.claimed))
        conn.executemany("DELETE FROM removed_service WHERE service_id = ?",
                         ((i,) for i in self.claimed if i in self._tombstones))
        # the signer owns these now: any offer of them is settled
        conn.executemany("DELETE FROM service_handed_over WHERE service_id = ?",
                         ((i,) for i in self.claimed if i in self._offers))
        # an offer is only recorded: the service stays the signer's until the receiving key
        # publishes it
        conn.executemany(
            "INSERT INTO service_handed_over (service_id, key_id, to_key, version) "
            "VALUES (?, ?, ?, ?) ON CONFLICT (service_id) DO UPDATE SET key_id = "
            "excluded.key_id, to_key = excluded.to_key, version = excluded.version",
            ((i, self.signer, to, version) for i, to in sorted(self.handing.items())
             if i not in self.removed))
        # the first key to add an organization or location owns it (one added for records
        # that were all rejected is gone again: it gets no owner)
        for table, record_id in self.added_shared:
            conn.execute(
                f"INSERT INTO shared_owner (record_table, record_id, key_id) SELECT ?, ?, ? "
                f"WHERE EXISTS (SELECT 1 FROM {table} WHERE id = ?) "
                "ON CONFLICT (record_table, record_id) DO NOTHING",
                [table, record_id, self.signer, record_id])
        remember_removed(self.db, self.signer, version, self.removed)
        conn.execute("INSERT INTO publisher_version (key_id, version) VALUES (?, ?) "
                     "ON CONFLICT (key_id) DO UPDATE SET version = excluded.version",
                     [self.signer, version])


def remember_removed(db: sqlite_utils.Database, key_id: str, version: int,
                     service_ids: Iterable[str]) -> None:
    """The publisher removed these services with this version: they belong to no one now."""
    ids = list(service_ids)
    db.conn.executemany("DELETE FROM service_owner WHERE service_id = ?", ((i,) for i in ids))
    db.conn.executemany("DELETE FROM service_handed_over WHERE service_id = ?",
                        ((i,) for i in ids))
    db.conn.executemany(
        "INSERT INTO removed_service (service_id, key_id, version) VALUES (?, ?, ?) "
        "ON CONFLICT (service_id) DO UPDATE SET key_id = excluded.key_id, "
        "version = excluded.version WHERE removed_service.key_id != excluded.key_id",
        ((i, key_id, version) for i in ids))


def forget_offers(db: sqlite_utils.Database, key_id: str) -> None:
    """A key is no longer trusted: every offer it made or was made to it is dropped (in the
    caller's transaction)."""
    db.execute("DELETE FROM service_handed_over WHERE key_id = ? OR to_key = ?",
               [key_id, key_id])


def offers_to(db: sqlite_utils.Database, signer: str) -> dict[str, str]:
    """The services offered to this key here by the trusted key that owns them: id -> that
    key."""
    return dict(db.execute(
        "SELECT h.service_id, h.key_id FROM service_handed_over h JOIN service_owner o ON "
        "o.service_id = h.service_id AND o.key_id = h.key_id JOIN trusted_key k ON "
        "k.fingerprint = h.key_id WHERE h.to_key = ?", [signer]).fetchall())


def release(db: sqlite_utils.Database, key_id: str) -> int:
    """A key is no longer trusted: the services, organizations and locations it owned belong
    to no one (in the caller's transaction); how many services."""
    db.execute("DELETE FROM shared_owner WHERE key_id = ?", [key_id])
    return int(db.execute("DELETE FROM service_owner WHERE key_id = ?", [key_id]).rowcount)


# -- what a coordinator publishes --------------------------------------------------------------

@dataclass(frozen=True)
class Publication:
    """What one key publishes from this directory."""

    keys: list[int]  # of the services it owns and those no trusted publisher owns
    ids: set[str]
    removed: list[str]  # every service it has removed, ever


def publication(db: sqlite_utils.Database, signer: str, removed_since_previous: set[str],
                accepting: Iterable[str] = ()) -> Publication:
    """The services this key publishes (its own but those it offered to another key, those
    no publisher owns here, which it then claims, and those in ``accepting``: offered to it,
    which it then takes over; a publisher no longer trusted here owns nothing), and all its
    removals: those remembered, those it owned that are no longer in the directory, and those
    the previous file held and the directory does not."""
    rows = db.execute(
        "SELECT s.key, s.id FROM service s LEFT JOIN service_owner o ON o.service_id = s.id "
        "WHERE (o.key_id IS NULL OR o.key_id = ? OR s.id IN (SELECT value FROM json_each(?))) "
        "AND s.id NOT IN (SELECT service_id FROM service_handed_over WHERE key_id = ?) "
        "ORDER BY s.sort_name, s.id",
        [signer, json.dumps(sorted(accepting)), signer]).fetchall()
    gone = {i for (i,) in db.execute(
        "SELECT service_id FROM service_owner WHERE key_id = ? AND service_id NOT IN "
        "(SELECT id FROM service)", [signer])}
    remembered = {i for (i,) in db.execute(
        "SELECT service_id FROM removed_service WHERE key_id = ?", [signer])}
    ids = {service_id for _, service_id in rows}
    removed = (gone | remembered | removed_since_previous) - ids
    return Publication([key for key, _ in rows], ids, sorted(removed))


def handed_over_before(db: sqlite_utils.Database, signer: str, published: Publication,
                       ) -> dict[str, str]:
    """Every offer this key made before that is still open (it still owns the service here,
    and publishes it no more): each file carries them all, so a laptop that skipped one
    still records it."""
    return {service_id: to for service_id, to in db.execute(
        "SELECT h.service_id, h.to_key FROM service_handed_over h JOIN service_owner o ON "
        "o.service_id = h.service_id AND o.key_id = h.key_id WHERE h.key_id = ?", [signer])
        if service_id not in published.ids and service_id not in published.removed}


def record_publication(db: sqlite_utils.Database, signer: str, version: int,
                       published: Publication, handed_over: dict[str, str]) -> None:
    """After a file is built: the key owns what it published (those it offered too, until the
    receiving key publishes them; those offered to it and taken over are no longer on offer),
    and its removals are remembered."""
    with transaction(db):
        db.conn.executemany(
            "INSERT INTO service_owner (service_id, key_id) VALUES (?, ?) "
            "ON CONFLICT (service_id) DO UPDATE SET key_id = excluded.key_id",
            ((i, signer) for i in sorted(published.ids)))
        db.conn.executemany("DELETE FROM removed_service WHERE service_id = ?",
                            ((i,) for i in sorted(published.ids)))
        db.conn.executemany("DELETE FROM service_handed_over WHERE service_id = ?",
                            ((i,) for i in sorted(published.ids) if i not in handed_over))
        remember_removed(db, signer, version, published.removed)
        db.conn.executemany(
            "INSERT INTO service_handed_over (service_id, key_id, to_key, version) "
            "VALUES (?, ?, ?, ?) ON CONFLICT (service_id) DO UPDATE SET key_id = "
            "excluded.key_id, to_key = excluded.to_key, version = excluded.version",
            ((i, signer, to, version) for i, to in sorted(handed_over.items())))
