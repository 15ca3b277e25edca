"""The passphrase: the common and the guessable are refused, wrong tries make the next one
wait (also after a restart), and the files it protects are this account's only."""

import json
import os
import stat
from pathlib import Path

import pytest

from referral_app.core.errors import UserError
from referral_app.logs import start_logging
from referral_app.store.casework import (
    CASEWORK_FILE,
    CaseworkStore,
    WaitBeforeTryingError,
    WrongPassphraseError,
    check_new_passphrase,
    passphrase_strength,
)
from referral_app.store.casework_copies import COPIES_FOLDER, kept_copies
from referral_app.store.database import open_database
from referral_app.store.passphrase_policy import common_words
from referral_app.store.unlock_delay import LONGEST, TRIES_FILE, UnlockTries
from tests.store.test_casework import PASS, referral

# -- the policy ----------------------------------------------------------------------------------


@pytest.mark.parametrize("guessable", [
    "password", "Password1", "Pakistan@123", "pakistan zindabad", "bismillah786",
    "Lahore1234", "karachi123", "iloveyou", "qwertyuiop", "12345678", "Fatima1990",
    "pyar dil jaan", "karachi kings", "referralapp1", "پیار دل جان", "اللہ اکبر 786",
    "پاکستان زندہ باد", "Dil Dil Pakistan 1947",
])
def test_the_common_and_guessable_are_refused(guessable) -> None:
    with pytest.raises(UserError, match="too easy to guess"):
        check_new_passphrase(guessable, guessable)
    assert passphrase_strength(guessable) == "weak"


@pytest.mark.parametrize("chosen", [
    PASS, "four green teas at noon", "kitchen window rain", "a new longer passphrase",
])
def test_a_sentence_of_ones_own_is_taken(chosen) -> None:
    check_new_passphrase(chosen, chosen)
    assert passphrase_strength(chosen) in ("fair", "strong")


def test_a_very_long_passphrase_is_estimated_too() -> None:
    long_one = "the river by my grandmother's house in spring " * 5  # past zxcvbn's 72
    check_new_passphrase(long_one, long_one)
    assert passphrase_strength(long_one) == "strong"
    with pytest.raises(UserError, match="too easy to guess"):
        check_new_passphrase("a" * 200, "a" * 200)


def test_the_minimum_length_stays() -> None:
    with pytest.raises(UserError, match="at least 8"):
        check_new_passphrase("x7#Qz!", "x7#Qz!")


def test_the_word_list_says_where_it_comes_from_and_holds_the_pakistani_words() -> None:
    text = (Path(__file__).parents[2] / "resources" / "passphrase_words.txt").read_text()
    assert "Where they come from" in text
    words = set(common_words())
    assert {"pakistan", "lahore", "karachi", "islamabad", "peshawar", "quetta", "allah",
            "bismillah", "zindabad", "cricket", "fatima", "pyar", "dil", "jaan", "khuda",
            "referral"} <= words
    assert "پاکستان" in words and "پاکستان زندہ باد" in words  # Urdu script, phrases too
    assert all(word == word.lower() == word.strip() for word in words)


# -- the wait after wrong tries ------------------------------------------------------------------


posix_only = pytest.mark.skipif(os.name != "posix", reason="modes are POSIX's")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


class Clock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def made(tmp_path: Path) -> Path:
    CaseworkStore.create(tmp_path, PASS, PASS, who="CW-07").lock()
    return tmp_path


def wrong_try(folder: Path, clock: Clock) -> None:
    with pytest.raises(WrongPassphraseError):
        CaseworkStore.unlock(folder, "not the passphrase", who="CW-07",
                             tries=UnlockTries(folder, clock))


def test_after_three_wrong_tries_each_further_try_waits_twice_as_long(made) -> None:
    clock = Clock()
    for _ in range(3):
        wrong_try(made, clock)  # no wait yet
    for wait in (2, 4, 8, 16):
        with pytest.raises(WaitBeforeTryingError, match=f"^Wait {wait} seconds before trying "
                                                         "again.$"):
            CaseworkStore.unlock(made, PASS, who="CW-07", tries=UnlockTries(made, clock))
        clock.now += wait - 1
        with pytest.raises(WaitBeforeTryingError, match="Wait 1 seconds"):
            CaseworkStore.unlock(made, PASS, who="CW-07", tries=UnlockTries(made, clock))
        clock.now += 1
        wrong_try(made, clock)


def test_the_wait_has_a_cap(tmp_path) -> None:
    clock = Clock()
    tries = UnlockTries(tmp_path, clock)
    for _ in range(300):
        tries.wrong()
    assert tries.wait() == LONGEST
    clock.now += LONGEST
    assert tries.wait() == 0


def test_the_wait_survives_a_restart_and_holds_no_secret(made) -> None:
    clock = Clock()
    for _ in range(4):
        clock.now += 60
        wrong_try(made, clock)
    kept = (made / TRIES_FILE).read_text()
    assert set(json.loads(kept)) == {"wrong", "last"} and "passphrase" not in kept
    assert UnlockTries(made, clock).wait() == 4  # a new run reads the same file


def test_a_clock_put_back_does_not_make_the_wait_longer(made) -> None:
    clock = Clock()
    for _ in range(4):
        clock.now += 60
        wrong_try(made, clock)
    clock.now -= 86_400
    assert UnlockTries(made, clock).wait() == 4
    clock.now += 4
    assert UnlockTries(made, clock).wait() == 0  # and it ends


def test_the_right_passphrase_ends_the_wait(made) -> None:
    clock = Clock()
    for _ in range(5):
        clock.now += 60
        wrong_try(made, clock)
    clock.now += 60
    CaseworkStore.unlock(made, PASS, who="CW-07", tries=UnlockTries(made, clock)).lock()
    assert not (made / TRIES_FILE).exists()
    for _ in range(3):
        wrong_try(made, clock)  # three free tries again


@pytest.mark.parametrize("kept", ["{nonsense", "", '{"wrong": "x"}', "[]"])
def test_a_damaged_tries_file_gives_one_ordinary_wait_from_its_time(made, kept) -> None:
    # a power cut or a full disk during a wrong try leaves the file empty: one ordinary wait,
    # never a wait that never ends
    clock = Clock()
    (made / TRIES_FILE).write_text(kept)
    os.utime(made / TRIES_FILE, (clock.now, clock.now))
    with pytest.raises(WaitBeforeTryingError, match="^Wait 2 seconds"):
        CaseworkStore.unlock(made, PASS, who="CW-07", tries=UnlockTries(made, clock))
    clock.now += 2
    CaseworkStore.unlock(made, PASS, who="CW-07", tries=UnlockTries(made, clock)).lock()
    assert not (made / TRIES_FILE).exists()


def test_a_damaged_tries_file_still_counts_the_tries_after_it(made) -> None:
    clock = Clock()
    (made / TRIES_FILE).write_text("")
    os.utime(made / TRIES_FILE, (clock.now - 60, clock.now - 60))
    wrong_try(made, clock)  # taken as the third wrong try: the next waits
    assert UnlockTries(made, clock).wait() == 4


@posix_only
def test_the_tries_file_is_written_whole_and_this_accounts_only(made) -> None:
    clock = Clock()
    wrong_try(made, clock)
    assert mode(made / TRIES_FILE) == 0o600
    assert json.loads((made / TRIES_FILE).read_text())["wrong"] == 1
    assert [p.name for p in made.iterdir() if p.name.startswith(TRIES_FILE)] == [TRIES_FILE]


# -- file modes ----------------------------------------------------------------------------------


@posix_only
def test_the_casework_its_copies_and_backups_are_this_accounts_only(tmp_path) -> None:
    data = tmp_path / "data"
    store = CaseworkStore.create(data, PASS, PASS, who="CW-07")
    store.create_referral(referral())
    store.laptop_key()  # kept inside casework.db
    store.backup(tmp_path / "backup.db")
    store.lock()
    assert mode(data) == 0o700 and mode(data / COPIES_FOLDER) == 0o700
    assert mode(data / CASEWORK_FILE) == 0o600
    assert {mode(c.path) for c in kept_copies(data)} == {0o600}
    assert mode(tmp_path / "backup.db") == 0o600


@posix_only
def test_files_made_before_are_made_private_on_unlock(tmp_path) -> None:
    data = tmp_path / "data"
    CaseworkStore.create(data, PASS, PASS, who="CW-07").lock()
    data.chmod(0o755)
    (data / COPIES_FOLDER).chmod(0o755)
    (data / CASEWORK_FILE).chmod(0o644)
    for copy in kept_copies(data):
        copy.path.chmod(0o644)
    CaseworkStore.unlock(data, PASS, who="CW-07").lock()
    assert mode(data) == 0o700 and mode(data / CASEWORK_FILE) == 0o600
    assert mode(data / COPIES_FOLDER) == 0o700
    assert {mode(c.path) for c in kept_copies(data)} == {0o600}


@posix_only
def test_the_data_folder_and_its_log_folder_are_made_private(tmp_path) -> None:
    db, _ = open_database(tmp_path / "new" / "directory.db")
    db.conn.close()
    assert mode(tmp_path / "new") == 0o700
    start_logging(tmp_path / "new")
    assert mode(tmp_path / "new" / "logs") == 0o700
