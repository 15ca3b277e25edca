"""An older casework file (a kept copy or a backup put in its place by hand) or another
laptop's file opened with the same passphrase is said in one sentence on unlock, with the newer
copy offered back; and no save ever drops a copy newer than the file."""

import shutil
from datetime import timedelta
from pathlib import Path

import pytest

from referral_app.store.casework import (
    CASEWORK_FILE,
    CaseworkDamagedError,
    CaseworkOlderError,
    CaseworkStore,
    restore_backup,
    restore_last_good_copy,
)
from referral_app.store.casework_copies import KEEP, kept_copies
from referral_app.store.casework_file import count_good
from tests.store.test_casework import PASS, referral
from tests.store.test_casework_damage import Clock


def thirty(data_dir: Path, clock: Clock) -> None:
    store = CaseworkStore.create(data_dir, PASS, PASS, who="CW-07", clock=clock)
    for number in range(1, 31):
        clock.now += timedelta(seconds=20)  # the copies less than a minute apart
        store.create_referral(referral(f"ORG-2026-{number:04d}"))
    store.lock()


def test_an_older_file_put_in_place_is_said_and_the_newer_copy_offered(tmp_path) -> None:
    clock = Clock()
    thirty(tmp_path, clock)
    newest = kept_copies(tmp_path)[0]
    shutil.copyfile(kept_copies(tmp_path)[-1].path, tmp_path / CASEWORK_FILE)
    with pytest.raises(CaseworkOlderError) as raised:
        CaseworkStore.unlock(tmp_path, PASS, who="CW-07", clock=clock)
    assert isinstance(raised.value, CaseworkDamagedError)  # the same offer in the window
    assert str(raised.value) == (
        "The casework file is older than the copy kept on "
        f"{newest.made.strftime('%Y-%m-%d, %H:%M')}, which holds later changes; that copy can "
        "be put back.")
    assert raised.value.copy_made == newest.made
    assert count_good(newest.path, PASS) == 30  # nothing dropped
    restored = restore_last_good_copy(tmp_path, PASS, clock=clock)
    assert restored.referrals == 30
    CaseworkStore.unlock(tmp_path, PASS, who="CW-07", clock=clock).lock()


def test_another_laptops_file_is_said_and_this_laptops_copy_offered(tmp_path) -> None:
    clock = Clock()
    thirty(tmp_path / "here", clock)
    other = CaseworkStore.create(tmp_path / "there", PASS, PASS, who="CW-09", clock=clock)
    for number in range(1, 41):  # saved more often than this laptop's file
        other.create_referral(referral(f"KHI-2026-{number:04d}"))
    other.lock()
    newest = kept_copies(tmp_path / "here")[0]
    shutil.copyfile(tmp_path / "there" / CASEWORK_FILE, tmp_path / "here" / CASEWORK_FILE)
    with pytest.raises(CaseworkOlderError) as raised:
        CaseworkStore.unlock(tmp_path / "here", PASS, who="CW-07", clock=clock)
    assert str(raised.value).startswith("The casework file is not the one this laptop kept "
                                        "copies of")
    assert count_good(newest.path, PASS) == 30
    assert restore_last_good_copy(tmp_path / "here", PASS, clock=clock).referrals == 30


def test_a_save_never_drops_a_copy_newer_than_the_file(tmp_path) -> None:
    clock = Clock()
    thirty(tmp_path, clock)
    newest = kept_copies(tmp_path)[0]
    oldest = kept_copies(tmp_path)[-1]
    # the file is older, however it came to be opened (an older version of the app, say)
    store = CaseworkStore.unlock(tmp_path, PASS, who="CW-07", clock=clock)
    store.lock()
    shutil.copyfile(oldest.path, tmp_path / CASEWORK_FILE)
    store = CaseworkStore.unlock(tmp_path, PASS, who="CW-07", clock=clock, older_is_fine=True)
    for number in range(31, 50):  # saved more often than the newest copy was
        clock.now += timedelta(seconds=20)
        store.create_referral(referral(f"ORG-2026-{number:04d}"))
    store.lock()
    assert newest.path.exists() and count_good(newest.path, PASS) == 30
    assert len(kept_copies(tmp_path)) <= 2 * KEEP


def test_an_older_backup_put_back_goes_on_apart_and_drops_no_newer_copy(tmp_path) -> None:
    clock = Clock()
    thirty(tmp_path / "data", clock)
    store = CaseworkStore.unlock(tmp_path / "data", PASS, who="CW-07", clock=clock)
    store.lock()
    shutil.copyfile(kept_copies(tmp_path / "data")[-1].path, tmp_path / "backup.db")
    newest = kept_copies(tmp_path / "data")[0]
    restore_backup(tmp_path / "data", PASS, tmp_path / "backup.db", clock=clock)
    store = CaseworkStore.unlock(tmp_path / "data", PASS, who="CW-07", clock=clock)  # no word
    for number in range(31, 50):
        clock.now += timedelta(seconds=20)
        store.create_referral(referral(f"ORG-2026-{number:04d}"))
    store.lock()
    assert newest.path.exists() and count_good(newest.path, PASS) == 30


def test_the_save_counter_grows_with_every_save(tmp_path) -> None:
    clock = Clock()
    store = CaseworkStore.create(tmp_path, PASS, PASS, who="CW-07", clock=clock)
    before = store.generation()
    store.create_referral(referral("ORG-2026-0001"))
    store.laptop_key()
    after = store.generation()
    assert after.file_id == before.file_id and after.saves >= before.saves + 2
    store.lock()
    assert kept_copies(tmp_path)[0].generation == after
