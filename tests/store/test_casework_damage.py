"""A damaged casework file is said in one sentence, never an empty list, and the last good
copy, kept after every saved change, can be put back."""

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from referral_app.core.errors import UserError
from referral_app.core.referral import Outcome
from referral_app.store import casework_copies
from referral_app.store.casework import (
    CASEWORK_FILE,
    CaseworkDamagedError,
    CaseworkStore,
    WrongPassphraseError,
    restore_last_good_copy,
)
from referral_app.store.casework_copies import COPIES_FOLDER, KEEP, kept_copies
from referral_app.store.casework_file import count_good
from tests.store.casework_damage import PAGE, damage_page, referral_table_page
from tests.store.test_casework import PASS, referral

NEW = "four green teas at noon"


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 28, 9, 0)

    def __call__(self) -> datetime:
        return self.now


def with_referrals(data_dir: Path, count: int, clock: Clock | None = None) -> None:
    store = CaseworkStore.create(data_dir, PASS, PASS, who="CW-07", clock=clock or Clock())
    for number in range(1, count + 1):
        store.create_referral(referral(f"ORG-2026-{number:04d}"))
    store.lock()


def test_one_damaged_page_is_one_sentence_at_unlock_not_an_empty_list(tmp_path) -> None:
    with_referrals(tmp_path, 3)
    damaged = damage_page(tmp_path, referral_table_page(tmp_path, PASS))
    with pytest.raises(CaseworkDamagedError) as raised:
        CaseworkStore.unlock(tmp_path, PASS, who="CW-07")
    assert str(raised.value) == (
        "The casework file is damaged, so referrals cannot be read; the last good copy was "
        "made on 2026-11-28, 09:00 and can be put back.")
    assert raised.value.copy_made == datetime(2026, 11, 28, 9, 0)
    assert (tmp_path / CASEWORK_FILE).read_bytes() == damaged  # left untouched
    assert count_good(kept_copies(tmp_path)[0].path, PASS) == 3  # the copy was not replaced


def test_reading_a_page_damaged_after_unlock_is_the_same_sentence(tmp_path) -> None:
    with_referrals(tmp_path, 3)
    page = referral_table_page(tmp_path, PASS)
    store = CaseworkStore.unlock(tmp_path, PASS, who="CW-07")
    damage_page(tmp_path, page)
    store.db.execute("PRAGMA shrink_memory")  # what it has read is read again from the disk
    with pytest.raises(CaseworkDamagedError, match="last good copy was made on 2026-11-28"):
        store.referrals()
    store.lock()


def test_every_read_and_write_on_a_damaged_page_is_the_sentence(tmp_path) -> None:
    with_referrals(tmp_path, 3)
    store = CaseworkStore.unlock(tmp_path, PASS, who="CW-07")
    store.laptop_key()
    store.lock()
    path = tmp_path / CASEWORK_FILE
    pages = path.stat().st_size // PAGE
    whole = path.read_bytes()
    calls = {
        "referrals": lambda s: s.referrals(),
        "referral": lambda s: s.referral(1),
        "audit_trail": lambda s: s.audit_trail(),
        "used_case_codes": lambda s: s.used_case_codes(),
        "laptop_key": lambda s: s.laptop_key(),
        "mark_sent": lambda s: s.mark_sent(1, "s-1", "risk to life"),
        "set_outcome": lambda s: s.set_outcome(1, "s-1", Outcome.ACCEPTED),
        "create_referral": lambda s: s.create_referral(referral("ORG-2026-0099")),
    }
    for page in range(2, pages + 1):  # each page damaged in turn, every call tried on it
        path.write_bytes(whole)
        store = CaseworkStore.unlock(tmp_path, PASS, who="CW-07")
        damage_page(tmp_path, page)
        for name, call in calls.items():
            store.db.execute("PRAGMA shrink_memory")  # read again from the disk
            try:
                call(store)
            except CaseworkDamagedError:
                pass
            except Exception as error:  # noqa: BLE001 - what else would reach the window
                pytest.fail(f"{name} on damaged page {page}: {error!r}")
        store.lock()


def test_a_damaged_first_page_with_the_right_passphrase_is_damage_not_a_wrong_passphrase(
        tmp_path) -> None:
    with_referrals(tmp_path, 2)
    damage_page(tmp_path, 1)
    with pytest.raises(CaseworkDamagedError, match="last good copy"):
        CaseworkStore.unlock(tmp_path, PASS, who="CW-07")
    with pytest.raises(WrongPassphraseError):
        CaseworkStore.unlock(tmp_path, "another passphrase entirely", who="CW-07")


def test_with_no_copy_the_sentence_says_so(tmp_path) -> None:
    with_referrals(tmp_path, 2)
    page = referral_table_page(tmp_path, PASS)
    for copy in kept_copies(tmp_path):
        copy.path.unlink()
    damage_page(tmp_path, page)
    with pytest.raises(CaseworkDamagedError, match="there is no good copy of it"):
        CaseworkStore.unlock(tmp_path, PASS, who="CW-07")
    with pytest.raises(UserError, match="no good copy .* nothing was changed"):
        restore_last_good_copy(tmp_path, PASS)


def test_the_last_good_copy_is_put_back_and_the_damaged_file_kept_aside(tmp_path) -> None:
    with_referrals(tmp_path, 3)
    damaged = damage_page(tmp_path, referral_table_page(tmp_path, PASS))
    restored = restore_last_good_copy(tmp_path, PASS,
                                      clock=lambda: datetime(2026, 11, 29, 10, 30))
    assert (restored.made, restored.referrals) == (datetime(2026, 11, 28, 9, 0), 3)
    assert restored.kept_aside == tmp_path / "casework-damaged-20261129T103000.000000.db"
    assert restored.kept_aside.read_bytes() == damaged  # never deleted
    store = CaseworkStore.unlock(tmp_path, PASS, who="CW-07")
    assert sorted(r.case_code for r in store.referrals()) == [
        "ORG-2026-0001", "ORG-2026-0002", "ORG-2026-0003"]
    store.lock()


def test_restoring_needs_the_passphrase_and_changes_nothing_without_it(tmp_path) -> None:
    with_referrals(tmp_path, 1)
    damaged = damage_page(tmp_path, referral_table_page(tmp_path, PASS))
    with pytest.raises(UserError, match="nothing was changed"):
        restore_last_good_copy(tmp_path, "not the passphrase at all")
    assert (tmp_path / CASEWORK_FILE).read_bytes() == damaged
    assert list(tmp_path.glob("casework-damaged-*")) == []


def test_a_damaged_newest_copy_is_passed_over_for_an_older_good_one(tmp_path) -> None:
    clock = Clock()
    store = CaseworkStore.create(tmp_path, PASS, PASS, who="CW-07", clock=clock)
    clock.now += timedelta(minutes=5)
    store.create_referral(referral("ORG-2026-0001"))
    clock.now += timedelta(minutes=5)
    store.create_referral(referral("ORG-2026-0002"))
    store.lock()
    newest, older = kept_copies(tmp_path)[:2]
    newest.path.write_bytes(newest.path.read_bytes()[:4096] + bytes(4096))
    damage_page(tmp_path, referral_table_page(tmp_path, PASS))
    restored = restore_last_good_copy(tmp_path, PASS)
    assert (restored.made, restored.referrals) == (older.made, 1)


def test_a_copy_after_every_saved_change_generations_a_minute_apart(tmp_path) -> None:
    clock = Clock()
    store = CaseworkStore.create(tmp_path, PASS, PASS, who="CW-07", clock=clock)
    for number in range(1, 13):
        clock.now += timedelta(seconds=30)
        store.create_referral(referral(f"ORG-2026-{number:04d}"))
        copies = kept_copies(tmp_path)
        assert copies[0].made == clock.now  # the newest is always the latest change
        assert count_good(copies[0].path, PASS) == number
        assert all(a.made - b.made >= timedelta(minutes=1)
                   for a, b in zip(copies[1:], copies[2:], strict=False))
    assert len(kept_copies(tmp_path)) == KEEP
    store.lock()


def test_a_damaged_file_never_replaces_a_good_copy(tmp_path) -> None:
    clock = Clock()
    with_referrals(tmp_path, 2, clock)
    page = referral_table_page(tmp_path, PASS)
    store = CaseworkStore.unlock(tmp_path, PASS, who="CW-07", clock=clock)
    before = {c.path: c.path.read_bytes() for c in kept_copies(tmp_path)}
    damage_page(tmp_path, page)
    store.db.execute("PRAGMA shrink_memory")
    clock.now += timedelta(minutes=3)
    with pytest.raises(CaseworkDamagedError):
        store.add_service(1, referral().services[0])
    with pytest.raises(CaseworkDamagedError):  # also when the change itself did not read it
        casework_copies.keep_copy(store.db.conn, store.path, clock())
    assert {c.path: c.path.read_bytes() for c in kept_copies(tmp_path)} == before
    store.lock()


def test_after_a_passphrase_change_the_copies_open_only_with_the_new_one(tmp_path) -> None:
    clock = Clock()
    store = CaseworkStore.create(tmp_path, PASS, PASS, who="CW-07", clock=clock)
    for number in range(1, 4):
        clock.now += timedelta(minutes=2)
        store.create_referral(referral(f"ORG-2026-{number:04d}"))
    assert len(kept_copies(tmp_path)) == 4
    clock.now += timedelta(minutes=2)
    store.change_passphrase(PASS, NEW, NEW)
    store.lock()
    copies = list((tmp_path / COPIES_FOLDER).iterdir())
    assert len(copies) == 1
    assert count_good(copies[0], PASS) is None
    assert count_good(copies[0], NEW) == 3


def test_a_file_from_before_copies_gets_one_when_unlocked(tmp_path) -> None:
    with_referrals(tmp_path, 1)
    for copy in kept_copies(tmp_path):
        copy.path.unlink()
    CaseworkStore.unlock(tmp_path, PASS, who="CW-07").lock()
    assert len(casework_copies.kept_copies(tmp_path)) == 1
