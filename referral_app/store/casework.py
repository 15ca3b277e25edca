"""The casework store: referrals, consent, outcomes and their audit trail, encrypted at rest.

``casework.db`` is a SQLCipher database unlocked with the caseworker's passphrase; without it
the file is unreadable. Every change writes an audit row (when, who, what) in the same
transaction. Nothing from here is logged. It also keeps this laptop's signing key (for the
corrections it sends), so that the same passphrase protects it.

After every saved change an encrypted copy is kept beside the file (``casework_copies``); on
unlock the file is checked whole, and a damaged one is one sentence with the last good copy
offered back. The folder is 0700 and the files 0600. Wrong passphrases make the next try wait.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlcipher3

from ..core.bundle import new_private_key
from ..core.errors import DatabaseError, UserError
from ..core.referral import (
    Channel,
    Consent,
    Outcome,
    Priority,
    Referral,
    ReferralService,
    check_case_code,
    check_sendable,
)
from ..core.signed_corrections import key_bytes, key_from_bytes
from . import casework_backup, casework_copies
from .casework_file import (
    CASEWORK_FILE,
    READ_ERRORS,
    SHOWN,
    SQLITE_HEADER,
    CaseworkDamagedError,
    CaseworkOlderError,
    Generation,
    Restored,
    generation,
    is_whole,
    new_file_id,
    opens,
    quoted,
)
from .casework_file import connect as _connect
from .database import Database, statements
from .passphrase_policy import MIN_PASSPHRASE, check_new_passphrase, passphrase_strength
from .private_files import private_file, private_folder
from .transaction import transaction
from .unlock_delay import UnlockTries, WaitBeforeTryingError

if TYPE_CHECKING:  # loaded where a key is used (30 ms)
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

__all__ = ["CASEWORK_FILE", "MIN_PASSPHRASE", "SHOWN", "CaseworkDamagedError",
           "CaseworkOlderError", "CaseworkStore",
           "Restored", "WaitBeforeTryingError", "WrongPassphraseError", "check_new_passphrase",
           "passphrase_strength", "restore_backup", "restore_last_good_copy"]


class WrongPassphraseError(UserError):
    """The passphrase does not open the casework file."""


def restore_last_good_copy(data_dir: Path, passphrase: str,
                           clock: Callable[[], datetime] = datetime.now) -> Restored:
    """Put the newest kept copy that opens with the passphrase and is whole in place of the
    casework file, which is kept aside (renamed, never deleted). Says what was put back."""
    return casework_copies.restore_last_good_copy(data_dir, passphrase, clock())


def restore_backup(data_dir: Path, passphrase: str, backup: Path,
                   clock: Callable[[], datetime] = datetime.now,
                   before_placing: Callable[[], None] = lambda: None) -> Restored:
    """Put a backup made with ``CaseworkStore.backup`` in place of the casework file, checked
    first; the current file is kept aside. Says what was put back. ``before_placing`` runs
    when the backup has passed every check, just before it replaces the file."""
    try:
        private_folder(data_dir)
    except OSError as error:
        raise UserError(f"Cannot write to the data folder {data_dir} ({error.strerror}); "
                        "nothing was changed.") from error
    return casework_backup.restore_backup(data_dir, passphrase, backup, clock(), before_placing)


class CaseworkStore:
    def __init__(self, conn: Any, path: Path, who: str,
                 clock: Callable[[], datetime] = datetime.now) -> None:
        self._conn = conn
        self.db = Database(conn)
        self.path = path
        self.who = who
        self._clock = clock

    # -- opening ---------------------------------------------------------------------------------

    @classmethod
    def exists(cls, data_dir: Path) -> bool:
        return (data_dir / CASEWORK_FILE).exists()

    @classmethod
    def create(cls, data_dir: Path, passphrase: str, again: str, who: str,
               clock: Callable[[], datetime] = datetime.now) -> CaseworkStore:
        """A new, empty, encrypted casework store."""
        check_new_passphrase(passphrase, again)
        path = data_dir / CASEWORK_FILE
        if path.exists():
            raise UserError("This laptop already has a casework file; unlock it instead.")
        try:
            private_folder(data_dir)
            conn = _connect(path, passphrase)
            conn.execute("PRAGMA user_version").fetchone()
            private_file(path)
        except (OSError, sqlcipher3.Error) as error:
            raise UserError(f"Cannot create the casework file in {data_dir}; check that the "
                            "folder can be written.") from error
        try:
            conn.execute("PRAGMA foreign_keys = ON")
            _migrate(conn)
        except BaseException:
            conn.close()
            path.unlink(missing_ok=True)
            raise
        store = cls(conn, path, who, clock)
        with store._transaction():
            store._audit(None, "created the casework file")
        return store

    @classmethod
    def unlock(cls, data_dir: Path, passphrase: str, who: str,
               clock: Callable[[], datetime] = datetime.now,
               tries: UnlockTries | None = None,
               older_is_fine: bool = False) -> CaseworkStore:
        """Open the casework with the passphrase, checked whole. A damaged file is a
        ``CaseworkDamagedError`` saying when the last good copy was made; a file older than
        the newest good copy kept (or another laptop's) is a ``CaseworkOlderError`` offering
        that copy, unless ``older_is_fine``; wrong passphrases make the next try wait
        (``WaitBeforeTryingError``)."""
        path = data_dir / CASEWORK_FILE
        if not path.exists():
            raise UserError("There is no casework file on this laptop yet; create one first.")
        tries = tries or UnlockTries(data_dir)
        tries.check()
        _make_private(data_dir)
        size = path.stat().st_size
        if size < 1024 or size % 1024:
            if casework_copies.newest_copy_opens(data_dir, passphrase):
                tries.right()
                raise casework_copies.damaged(data_dir, passphrase)
            raise DatabaseError(
                f"{CASEWORK_FILE} is damaged (cut short); it has been left untouched so that "
                "it can be recovered from a backup.")
        with open(path, "rb") as file:
            if file.read(16) == SQLITE_HEADER:
                raise DatabaseError(f"{CASEWORK_FILE} is not encrypted, so it is not ours; it "
                                    "has been left untouched.")
        conn = _connect(path, passphrase)
        if not opens(conn):
            conn.close()
            if casework_copies.newest_copy_opens(data_dir, passphrase):
                tries.right()  # the passphrase is right: the file's first page is damaged
                raise casework_copies.damaged(data_dir, passphrase)
            tries.wrong()
            raise WrongPassphraseError(
                "That passphrase does not open the casework file; check it and try again. "
                "(If it is right, the file may be damaged; it has been left untouched.)")
        tries.right()
        if not is_whole(conn):
            conn.close()
            raise casework_copies.damaged(data_dir, passphrase)
        try:
            conn.execute("PRAGMA foreign_keys = ON")
            _migrate(conn)
        except BaseException:
            conn.close()
            raise
        store = cls(conn, path, who, clock)
        live = store.generation()
        newer = casework_copies.newer_good_copy(data_dir, passphrase, live)
        if newer is not None and newer.generation is not None:
            if not older_is_fine:
                store.lock()  # left untouched: the caseworker chooses to put the copy back
                raise CaseworkOlderError(newer.made, newer.generation.file_id != live.file_id)
            with store._damage_said():
                new_file_id(conn)  # it goes on apart: the newer copies are never dropped
        if not casework_copies.kept_copies(data_dir):
            store._saved()  # a file from before copies were kept gets its first one
        return store

    def change_passphrase(self, old: str, new: str, again: str) -> None:
        check_new_passphrase(new, again)
        CaseworkStore.unlock(self.path.parent, old, self.who).lock()  # proves the old one
        with self._damage_said():
            self._conn.execute(f"PRAGMA rekey = {quoted(new)}")
        with self._damage_said(), transaction(self._conn):
            self._audit(None, "changed the passphrase")
            self._count_save()
        # the copies under the old passphrase would still open with it: made again
        casework_copies.keep_copy(self._conn, self.path, self._clock(), replace_all=True)

    def backup(self, out: Path, overwrite: bool = False) -> None:
        """An encrypted backup (same passphrase) of the casework as saved, written to ``out``."""
        casework_backup.write_backup(self._conn, self.path, out, overwrite)

    def lock(self) -> None:
        """Close the store: nothing can be read until it is unlocked again."""
        self._conn.close()

    def generation(self) -> Generation:
        """Which file this is and how many times it was saved."""
        with self._damage_said():
            found = generation(self._conn)
        if found is None:
            raise DatabaseError(f"{CASEWORK_FILE} lacks its save counter; it has been left "
                                "untouched.")
        return found

    # -- this laptop's key -----------------------------------------------------------------------

    def laptop_key(self) -> Ed25519PrivateKey:
        """The key that signs the corrections this laptop sends; made on its first use."""
        with self._damage_said():
            row = self._conn.execute(
                "SELECT private_key FROM laptop_key WHERE id = 1").fetchone()
        if row is not None:
            return key_from_bytes(bytes(row[0]))
        key = new_private_key()
        with self._transaction():
            self._conn.execute("INSERT INTO laptop_key (id, private_key, made) VALUES (1, ?, ?)",
                               [key_bytes(key), self._now()])
        return key

    # -- referrals -------------------------------------------------------------------------------

    def used_case_codes(self) -> set[str]:
        with self._damage_said():
            return {code for (code,) in self._conn.execute("SELECT case_code FROM referral")}

    def create_referral(self, referral: Referral) -> int:
        code = check_case_code(referral.case_code)
        if code in self.used_case_codes():
            raise UserError(f"The case code {code} is already used; choose another.")
        created = referral.created or self._now()
        with self._transaction():
            cursor = self._conn.execute(
                "INSERT INTO referral (case_code, priority, age_band, sex, disability, minor, "
                "caregiver_informed, caregiver_reason, needs, reason, referred_by, organization, "
                "created) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                [code, referral.priority.value, referral.age_band, referral.sex,
                 int(referral.disability), int(referral.minor),
                 None if referral.caregiver_informed is None else int(referral.caregiver_informed),
                 referral.caregiver_reason, " ".join(referral.needs), referral.reason,
                 referral.referred_by, referral.organization, created])
            referral_id = int(cursor.lastrowid)
            self._audit(referral_id, f"created referral {code} ({referral.priority.value})")
            for service in referral.services:
                self._add_service(referral_id, service)
        return referral_id

    def add_service(self, referral_id: int, service: ReferralService) -> None:
        with self._transaction():
            self._add_service(referral_id, service)

    def _add_service(self, referral_id: int, service: ReferralService) -> None:
        position = self._conn.execute(
            "SELECT count(*) FROM referral_service WHERE referral_id = ?", [referral_id]
        ).fetchone()[0]
        self._conn.execute(
            "INSERT INTO referral_service (referral_id, position, service_id, service_name, "
            "appointment, channel) VALUES (?,?,?,?,?,?)",
            [referral_id, position, service.service_id, service.service_name,
             service.appointment, service.channel.value])
        self._audit(referral_id, f"added {service.service_name}")
        if service.consent is not None:
            self._record_consent(referral_id, service.service_id, service.consent)

    def record_consent(self, referral_id: int, service_id: str, consent: Consent) -> None:
        with self._transaction():
            self._record_consent(referral_id, service_id, consent)

    def _record_consent(self, referral_id: int, service_id: str, consent: Consent) -> None:
        self._conn.execute(
            "UPDATE referral_service SET consent_given = ?, consent_on = ?, consent_by = ?, "
            "shared = ? WHERE referral_id = ? AND service_id = ?",
            [int(consent.given), consent.on, consent.taken_by, " ".join(consent.shared),
             referral_id, service_id])
        name = self._service_name(referral_id, service_id)
        if consent.given:
            what = f"consent to refer to {name} given, sharing {', '.join(consent.shared)}"
        else:
            what = f"consent to refer to {name} refused"
        self._audit(referral_id, what)

    def mark_sent(self, referral_id: int, service_id: str, override_reason: str = "") -> None:
        """Record the referral as sent to a service: only with consent, or a written reason."""
        service = self._referral_service(referral_id, service_id)
        service.override_reason = override_reason.strip()
        check_sendable(service)
        with self._transaction():
            self._conn.execute(
                "UPDATE referral_service SET sent_on = ?, override_reason = ? "
                "WHERE referral_id = ? AND service_id = ?",
                [self._now(), service.override_reason, referral_id, service_id])
            what = f"sent to {service.service_name}"
            if service.override_reason:
                what += f" without consent, because: {service.override_reason}"
            self._audit(referral_id, what)

    def set_outcome(self, referral_id: int, service_id: str, outcome: Outcome,
                    follow_up: str = "") -> None:
        name = self._service_name(referral_id, service_id)
        with self._transaction():
            self._conn.execute(
                "UPDATE referral_service SET outcome = ?, follow_up = ? "
                "WHERE referral_id = ? AND service_id = ?",
                [outcome.value, follow_up, referral_id, service_id])
            self._audit(referral_id, f"{name}: {outcome.value}"
                                     + (f", follow up on {follow_up}" if follow_up else ""))

    def referral(self, referral_id: int) -> Referral:
        with self._damage_said():
            return self._read_referral(referral_id)

    def _read_referral(self, referral_id: int) -> Referral:
        row = self._conn.execute(
            "SELECT id, case_code, priority, age_band, sex, disability, minor, "
            "caregiver_informed, caregiver_reason, needs, reason, referred_by, organization, "
            "created FROM referral WHERE id = ?", [referral_id]).fetchone()
        if row is None:
            raise UserError(f"There is no referral number {referral_id}.")
        referral = Referral(
            id=row[0], case_code=row[1], priority=Priority(row[2]), age_band=row[3],
            sex=row[4], disability=bool(row[5]), minor=bool(row[6]),
            caregiver_informed=None if row[7] is None else bool(row[7]), caregiver_reason=row[8],
            needs=tuple(row[9].split()), reason=row[10], referred_by=row[11],
            organization=row[12], created=row[13])
        referral.services = [self._service_from(r) for r in self._conn.execute(
            f"SELECT {_SERVICE_COLUMNS} FROM referral_service WHERE referral_id = ? "
            "ORDER BY position", [referral_id])]
        return referral

    def referrals(self) -> list[Referral]:
        """Every referral, newest first; a file that cannot be read is never an empty list
        but a ``CaseworkDamagedError``."""
        with self._damage_said():
            ids = [i for (i,) in self._conn.execute(
                "SELECT id FROM referral ORDER BY created DESC")]
            return [self._read_referral(i) for i in ids]

    def audit_trail(self, referral_id: int | None = None) -> list[tuple[str, str, str]]:
        where, args = ("WHERE referral_id = ?", [referral_id]) if referral_id else ("", [])
        with self._damage_said():
            return [tuple(row) for row in self._conn.execute(
                f"SELECT at, who, what FROM audit {where} ORDER BY id", args)]

    # -- inside ----------------------------------------------------------------------------------

    def _referral_service(self, referral_id: int, service_id: str) -> ReferralService:
        with self._damage_said():
            row = self._conn.execute(
                f"SELECT {_SERVICE_COLUMNS} FROM referral_service WHERE referral_id = ? AND "
                "service_id = ?", [referral_id, service_id]).fetchone()
        if row is None:
            raise UserError("That service is not part of this referral.")
        return self._service_from(row)

    def _service_name(self, referral_id: int, service_id: str) -> str:
        return self._referral_service(referral_id, service_id).service_name

    @staticmethod
    def _service_from(row: Any) -> ReferralService:
        consent = None
        if row[2] is not None:
            consent = Consent(bool(row[2]), row[3], row[4], tuple(row[5].split()))
        return ReferralService(
            service_id=row[0], service_name=row[1], consent=consent, appointment=row[6],
            channel=Channel(row[7]), sent_on=row[8], override_reason=row[9],
            outcome=Outcome(row[10]), follow_up=row[11])

    def _audit(self, referral_id: int | None, what: str) -> None:
        self._conn.execute("INSERT INTO audit (at, who, referral_id, what) VALUES (?,?,?,?)",
                           [self._now(), self.who, referral_id, what])

    def _now(self) -> str:
        return self._clock().isoformat(timespec="minutes")

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        """All or nothing; once saved, a copy of the file is kept."""
        with self._damage_said(), transaction(self._conn):
            yield
            self._count_save()
        self._saved()

    def _count_save(self) -> None:
        self._conn.execute("UPDATE casework_generation SET saves = saves + 1 WHERE id = 1")

    def _saved(self) -> None:
        casework_copies.keep_copy(self._conn, self.path, self._clock())

    @contextmanager
    def _damage_said(self) -> Iterator[None]:
        """A page that cannot be read is the damaged-file sentence, never a traceback."""
        try:
            yield
        except READ_ERRORS as error:
            if isinstance(error, sqlcipher3.OperationalError):
                if "full" in str(error):
                    raise UserError("The disk is full, so this change was not saved; free some "
                                    "space (delete or move files you do not need) and try "
                                    "again.") from error
                raise  # locked, ...: not damage
            raise CaseworkDamagedError(casework_copies.last_copy_made(self.path.parent)) \
                from error


def _make_private(data_dir: Path) -> None:
    """The data folder 0700 and the casework files in it 0600, also ones made before."""
    private_folder(data_dir)
    if casework_copies.copies_folder(data_dir).is_dir():
        private_folder(casework_copies.copies_folder(data_dir))
    for path in (data_dir / CASEWORK_FILE, *casework_copies.copies_folder(data_dir).glob("*")):
        private_file(path)
    for aside in data_dir.glob("casework-*.db"):
        private_file(aside)


def _migrate(conn: Any) -> None:
    """Apply the casework migrations this file lacks (db/casework/NNNN_name.sql), each in its
    own transaction; a file from a newer version is refused."""
    folder = resources.files("referral_app.db") / "casework"
    steps = sorted((f for f in folder.iterdir() if f.name.endswith(".sql")), key=lambda f: f.name)
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > len(steps):
        raise DatabaseError(f"{CASEWORK_FILE} was made by a newer version of Referral App; "
                            "install the newer version to open it.")
    for number, step in enumerate(steps, start=1):
        if number <= version:
            continue
        with transaction(conn):
            for statement in statements(step.read_text(encoding="utf-8")):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {number}")


_SERVICE_COLUMNS = ("service_id, service_name, consent_given, consent_on, consent_by, shared, "
                    "appointment, channel, sent_on, override_reason, outcome, follow_up")
