import shutil
from datetime import datetime
from pathlib import Path

import pytest

from referral_app.core.errors import DatabaseError, UserError
from referral_app.core.referral import Consent, Outcome, Priority, Referral, ReferralService
from referral_app.store.casework import (
    CASEWORK_FILE,
    CaseworkDamagedError,
    CaseworkStore,
    WrongPassphraseError,
    passphrase_strength,
)
from referral_app.store.casework_copies import COPIES_FOLDER

PASS = "green tea at four"


@pytest.fixture
def store(tmp_path: Path):
    opened = CaseworkStore.create(tmp_path, PASS, PASS, who="CW-07")
    yield opened
    opened.lock()


def referral(code: str = "ORG-2026-0001") -> Referral:
    return Referral(case_code=code, priority=Priority.URGENT, age_band="18-24", sex="female",
                    needs=("shelter", "legal"), reason="needs a safe place tonight",
                    referred_by="CW-07", organization="Test NGO",
                    services=[ReferralService("s-1", "Legal Desk"),
                              ReferralService("s-2", "Safe House")])


def test_the_file_on_disk_is_not_readable_sqlite(store, tmp_path) -> None:
    store.create_referral(referral())
    data = (tmp_path / CASEWORK_FILE).read_bytes()
    assert not data.startswith(b"SQLite format 3")
    assert b"ORG-2026-0001" not in data and b"safe place" not in data


def test_a_wrong_passphrase_fails_cleanly_and_changes_nothing(store, tmp_path) -> None:
    store.create_referral(referral())
    store.lock()
    before = (tmp_path / CASEWORK_FILE).read_bytes()
    with pytest.raises(WrongPassphraseError, match="does not open the casework file"):
        CaseworkStore.unlock(tmp_path, "not the passphrase", who="CW-07")
    assert (tmp_path / CASEWORK_FILE).read_bytes() == before
    again = CaseworkStore.unlock(tmp_path, PASS, who="CW-07")
    assert [r.case_code for r in again.referrals()] == ["ORG-2026-0001"]
    again.lock()


@pytest.mark.parametrize(("first", "second", "message"), [
    ("", "", "Choose a passphrase"),
    ("green tea at four", "green tea at five", "not the same"),
    ("short", "short", "at least 8"),
])
def test_bad_new_passphrases_are_refused(tmp_path, first, second, message) -> None:
    with pytest.raises(UserError, match=message):
        CaseworkStore.create(tmp_path, first, second, who="CW-07")
    assert not (tmp_path / CASEWORK_FILE).exists()


def test_a_truncated_file_is_reported_and_left_untouched(store, tmp_path) -> None:
    store.create_referral(referral())
    store.lock()
    path = tmp_path / CASEWORK_FILE
    path.write_bytes(path.read_bytes()[:1500])
    cut = path.read_bytes()
    with pytest.raises(CaseworkDamagedError, match="damaged.*last good copy was made on"):
        CaseworkStore.unlock(tmp_path, PASS, who="CW-07")
    assert path.read_bytes() == cut
    shutil.rmtree(tmp_path / COPIES_FOLDER)  # without a copy, the passphrase cannot be proved
    with pytest.raises(DatabaseError, match="damaged"):
        CaseworkStore.unlock(tmp_path, PASS, who="CW-07")
    assert path.read_bytes() == cut


def test_a_corrupted_file_is_a_plain_sentence_and_left_untouched(store, tmp_path) -> None:
    store.lock()
    path = tmp_path / CASEWORK_FILE
    data = bytearray(path.read_bytes())
    data[100:200] = bytes(100)
    path.write_bytes(bytes(data))
    with pytest.raises(UserError):
        CaseworkStore.unlock(tmp_path, PASS, who="CW-07")
    assert path.read_bytes() == bytes(data)


def test_changing_the_passphrase(store, tmp_path) -> None:
    store.change_passphrase(PASS, "a new longer passphrase", "a new longer passphrase")
    store.lock()
    with pytest.raises(WrongPassphraseError):
        CaseworkStore.unlock(tmp_path, PASS, who="CW-07")
    CaseworkStore.unlock(tmp_path, "a new longer passphrase", who="CW-07").lock()


def test_changing_needs_the_old_passphrase(store) -> None:
    with pytest.raises(WrongPassphraseError):
        store.change_passphrase("wrong old one", "a new longer passphrase",
                                "a new longer passphrase")


def test_case_codes_must_be_codes_and_unique(store) -> None:
    store.create_referral(referral())
    with pytest.raises(UserError, match="already used"):
        store.create_referral(referral())
    with pytest.raises(UserError, match="Give the case a code"):
        store.create_referral(referral("  "))
    with pytest.raises(UserError, match="never the survivor's name"):
        store.create_referral(referral("Fatima Bibi"))


def test_consent_is_enforced_and_an_override_needs_a_reason(store) -> None:
    rid = store.create_referral(referral())
    with pytest.raises(UserError, match="has not agreed"):
        store.mark_sent(rid, "s-1")
    store.record_consent(rid, "s-1", Consent(True, "2026-11-28", "CW-07",
                                             ("case_code", "needs")))
    store.mark_sent(rid, "s-1")
    store.record_consent(rid, "s-2", Consent(False, "2026-11-28", "CW-07"))
    with pytest.raises(UserError, match="has not agreed"):
        store.mark_sent(rid, "s-2", override_reason="   ")
    store.mark_sent(rid, "s-2", override_reason="risk to life: threatened tonight")
    services = {s.service_id: s for s in store.referral(rid).services}
    assert services["s-1"].sent_on and services["s-1"].consent.shared == ("case_code", "needs")
    assert services["s-2"].override_reason == "risk to life: threatened tonight"


def test_every_change_is_in_the_audit_trail(store) -> None:
    rid = store.create_referral(referral())
    store.record_consent(rid, "s-1", Consent(True, "2026-11-28", "CW-07"))
    store.mark_sent(rid, "s-1")
    store.set_outcome(rid, "s-1", Outcome.ACCEPTED, follow_up="2026-12-05")
    trail = [what for _, who, what in store.audit_trail(rid)]
    assert trail == [
        "created referral ORG-2026-0001 (urgent)", "added Legal Desk", "added Safe House",
        "consent to refer to Legal Desk given, sharing case_code", "sent to Legal Desk",
        "Legal Desk: accepted, follow up on 2026-12-05",
    ]
    assert {who for _, who, _ in store.audit_trail(rid)} == {"CW-07"}


def test_a_referral_reads_back_whole(store) -> None:
    rid = store.create_referral(referral())
    back = store.referral(rid)
    assert back.case_code == "ORG-2026-0001" and back.priority is Priority.URGENT
    assert back.needs == ("shelter", "legal") and back.sex == "female"
    assert [s.service_name for s in back.services] == ["Legal Desk", "Safe House"]
    assert back.due() == datetime.fromisoformat(back.created) + Priority.URGENT.within


def test_passphrase_strength_hint() -> None:
    assert passphrase_strength("password") == "weak"
    assert passphrase_strength("Tea at 4pm!") == "fair"
    assert passphrase_strength("green tea at four o'clock") == "strong"


def test_a_folder_that_cannot_hold_the_casework_is_one_sentence(tmp_path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(UserError, match="Cannot create the casework file"):
        CaseworkStore.create(blocker / "data", PASS, PASS, who="CW-07")


def test_the_laptops_key_is_made_once_and_kept_in_the_casework(store, tmp_path) -> None:
    from referral_app.core.bundle import fingerprint

    made = fingerprint(store.laptop_key().public_key())
    assert fingerprint(store.laptop_key().public_key()) == made
    store.change_passphrase(PASS, "a new longer passphrase", "a new longer passphrase")
    store.lock()
    again = CaseworkStore.unlock(tmp_path, "a new longer passphrase", who="CW-07")
    assert fingerprint(again.laptop_key().public_key()) == made  # the passphrase protects it
    again.lock()
    assert b"laptop_key" not in (tmp_path / "casework.db").read_bytes()  # encrypted


def test_a_casework_file_from_before_the_laptop_key_gets_one(tmp_path) -> None:
    import sqlcipher3

    from referral_app.store.database import statements

    conn = sqlcipher3.connect(str(tmp_path / "casework.db"))
    conn.execute(f"PRAGMA key = '{PASS}'")
    sql = (Path(__file__).parents[2] / "db" / "casework" / "0001_casework.sql").read_text()
    for statement in statements(sql):
        conn.execute(statement)
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    opened = CaseworkStore.unlock(tmp_path, PASS, who="CW-07")
    assert opened.laptop_key() is not None
    assert opened.db.execute("PRAGMA user_version").fetchone()[0] == 3
    opened.lock()


def test_a_full_disk_is_one_sentence_and_saves_nothing(store) -> None:
    """SQLite ends the transaction by itself on a full disk; the caseworker reads that the
    disk is full, never 'cannot rollback'."""
    store.create_referral(referral("ORG-2026-0001"))
    (pages,) = store.db.execute("PRAGMA page_count").fetchone()
    store.db.execute(f"PRAGMA max_page_count = {pages}")  # the file may not grow: a full disk
    big = referral("ORG-2026-0002")
    big.reason = "x" * 300
    with pytest.raises(UserError, match="^The disk is full, so this change was not saved"):
        for number in range(2, 200):
            big.case_code = f"ORG-2026-{number:04d}"
            store.create_referral(big)
    codes = store.used_case_codes()
    assert "ORG-2026-0001" in codes and all(  # each referral whole, or not there at all
        len(store.referral(r.id).services) == len(big.services) for r in store.referrals()
        if r.case_code != "ORG-2026-0001")
