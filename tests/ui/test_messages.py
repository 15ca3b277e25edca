"""The sentences the store raises reach an Urdu window in Urdu."""

import json
import re
import shutil
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from referral_app.core.corrections import Correction, local_service
from referral_app.core.referral import check_case_code
from referral_app.store import corrections, updates
from referral_app.store.casework import (
    CASEWORK_FILE,
    CaseworkStore,
    check_new_passphrase,
    restore_backup,
    restore_last_good_copy,
)
from referral_app.store.casework_copies import COPIES_FOLDER, kept_copies
from referral_app.store.database import DIRECTORY_FILE
from referral_app.store.directory import Directory
from referral_app.store.unlock_delay import TRIES_FILE
from referral_app.store.write_errors import write_error
from referral_app.ui.i18n import install_translation
from referral_app.ui.messages import message_text
from tests.fixtures.damage import damage_header
from tests.store.casework_damage import damage_page, referral_table_page
from tests.store.test_casework import PASS, referral

URDU_LETTERS = re.compile("[\u0600-\u06ff]")


def trust_sentences(folder: Path) -> list[Callable[[], object]]:
    """A second publisher under a name already trusted; an area-limited one re-added with no
    area (which would trust it everywhere without a word)."""
    from referral_app.core import bundle

    directory = Directory.open(folder, starter=False)
    first, second = (bundle.public_key_text(bundle.new_private_key().public_key())
                     for _ in range(2))
    updates.trust(directory, first, "Punjab coordinator", "a.pub", ("Punjab",))
    return [lambda: updates.trust(directory, second, "punjab coordinator", "b.pub"),
            lambda: updates.trust(directory, first, "Punjab coordinator", "a.pub")]


def sentences_a_caseworker_can_meet(tmp_path: Path) -> list[Callable[[], object]]:
    made = tmp_path / "made"
    store = CaseworkStore.create(made, PASS, PASS, who="CW-07")
    store.create_referral(referral("ORG-2026-0009"))
    damaged, plain, blocked = tmp_path / "damaged", tmp_path / "plain", tmp_path / "file"
    damaged.mkdir()
    (damaged / CASEWORK_FILE).write_bytes(b"x" * 100)
    plain.mkdir()
    sqlite3.connect(plain / CASEWORK_FILE).execute("CREATE TABLE t (x)").connection.commit()
    blocked.write_text("x")
    directory = Directory.open(tmp_path / "directory", starter=False)
    broken = tmp_path / "broken"
    Directory.open(broken, starter=False).close()
    damage_header(broken / DIRECTORY_FILE)
    directory.db.execute("PRAGMA busy_timeout = 10")

    def while_an_update_runs() -> None:
        updating = sqlite3.connect(directory.path, isolation_level=None)
        updating.execute("BEGIN IMMEDIATE")
        try:
            corrections.record(directory, Correction("s-1", "Desk", "verified", new_value="x"))
        finally:
            updating.close()

    kept_copy_damaged = Directory.open(tmp_path / "undo", starter=False)
    (tmp_path / "garbage.db").write_bytes(b"garbage" * 1000)
    with kept_copy_damaged.db.conn:
        kept_copy_damaged.db.execute(
            "INSERT INTO update_history (version, publisher, key_id, applied, added, updated, "
            "removed, unchanged, backup) VALUES (1, 'C', 'k', '2026-11-28', 0, 0, 0, 0, ?)",
            [str(tmp_path / "garbage.db")])

    kept_by_another_version = Directory.open(tmp_path / "older", starter=False)
    older = tmp_path / "older.db"
    other = sqlite3.connect(older)
    other.execute("PRAGMA user_version = 1")
    other.commit()
    other.close()
    with kept_by_another_version.db.conn:
        kept_by_another_version.db.execute(
            "INSERT INTO update_history (version, publisher, key_id, applied, added, updated, "
            "removed, unchanged, backup) VALUES (1, 'C', 'k', '2026-11-28', 0, 0, 0, 0, ?)",
            [str(older)])

    return [
        lambda: updates.undo_last(directory),
        *trust_sentences(tmp_path / "trust"),
        lambda: updates.undo_last(kept_copy_damaged),
        lambda: updates.undo_last(kept_by_another_version),
        lambda: check_new_passphrase("", ""),
        lambda: check_new_passphrase(PASS, PASS + "!"),
        lambda: check_new_passphrase("short", "short"),
        lambda: check_new_passphrase("green\x00tea at four", "green\x00tea at four"),
        lambda: CaseworkStore.create(made, PASS, PASS, who="CW-07"),
        lambda: CaseworkStore.create(blocked / "data", PASS, PASS, who="CW-07"),
        lambda: CaseworkStore.unlock(tmp_path / "none", PASS, who="CW-07"),
        lambda: CaseworkStore.unlock(made, "not the passphrase", who="CW-07"),
        lambda: CaseworkStore.unlock(damaged, PASS, who="CW-07"),
        lambda: CaseworkStore.unlock(plain, PASS, who="CW-07"),
        lambda: check_case_code(" "),
        lambda: check_case_code("Amina Bibi"),
        lambda: store.create_referral(referral("ORG-2026-0009")),
        lambda: store.mark_sent(1, "no-such-service"),
        lambda: corrections.to_send(directory),
        while_an_update_runs,
        lambda: Correction("s-1", "Desk", "phone", new_value=" ").check(),
        lambda: Correction("s-1", "Desk", "phone", new_value="1" * 100_000).check(),
        lambda: local_service(" ", "", "", "", "legal", "2026-11-28"),
        lambda: local_service("Desk", "", "", "", "no such need", "2026-11-28"),
        lambda: local_service("D" * 301, "", "", "", "legal", "2026-11-28"),
        *(lambda number=number: local_service("Desk", "", number, "", "legal", "2026-11-28")
          for number in LYING_NUMBERS),
        *(lambda number=number: Correction("s-1", "Desk", "phone", new_value=number).check()
          for number in LYING_NUMBERS),
        lambda: Directory.open(broken),
        *(lambda nothing=nothing: _raise(write_error(
            directory.path, sqlite3.OperationalError("database or disk is full"), nothing))
          for nothing in ("nothing was changed", "nothing was imported")),
        *casework_damage_and_backups(tmp_path / "casework", store),
    ]


def casework_damage_and_backups(tmp_path: Path, store: CaseworkStore
                                ) -> list[Callable[[], object]]:
    """A damaged file with and without a kept copy, the wait after wrong tries, a guessable
    passphrase, and each bad backup or restore."""
    with_copy, without_copy, waiting = tmp_path / "copy", tmp_path / "no-copy", tmp_path / "wait"
    for folder in (with_copy, without_copy):
        opened = CaseworkStore.create(folder, PASS, PASS, who="CW-07")
        opened.create_referral(referral("ORG-2026-0001"))
        opened.lock()
        damage_page(folder, referral_table_page(folder, PASS))
    shutil.rmtree(without_copy / COPIES_FOLDER)
    CaseworkStore.create(waiting, PASS, PASS, who="CW-07").lock()
    older, other = tmp_path / "older", tmp_path / "other"
    for folder in (older, other):
        opened = CaseworkStore.create(folder, PASS, PASS, who="CW-07")
        opened.create_referral(referral("ORG-2026-0001"))
        opened.lock()
    shutil.copyfile(kept_copies(older)[-1].path, older / CASEWORK_FILE)
    shutil.copyfile(waiting / CASEWORK_FILE, other / CASEWORK_FILE)
    (waiting / TRIES_FILE).write_text(json.dumps({"wrong": 6, "last": time.time()}))
    (tmp_path / "folder").mkdir()
    (tmp_path / "there.db").write_bytes(b"x")
    (tmp_path / "not-a-backup.db").write_bytes(b"holiday photos")
    store.backup(tmp_path / "backup.db")
    data = store.path.parent
    return [
        lambda: check_new_passphrase("Pakistan@123", "Pakistan@123"),
        lambda: CaseworkStore.unlock(waiting, PASS, who="CW-07"),
        lambda: CaseworkStore.unlock(with_copy, PASS, who="CW-07"),
        lambda: CaseworkStore.unlock(without_copy, PASS, who="CW-07"),
        lambda: CaseworkStore.unlock(older, PASS, who="CW-07"),
        lambda: CaseworkStore.unlock(other, PASS, who="CW-07"),
        lambda: restore_last_good_copy(without_copy, PASS),
        lambda: store.backup(data / CASEWORK_FILE),
        lambda: store.backup(tmp_path / "folder"),
        lambda: store.backup(tmp_path / "there.db"),
        lambda: store.backup(tmp_path / "no-usb" / "backup.db"),
        lambda: restore_backup(data, PASS, tmp_path / "folder"),
        lambda: restore_backup(data, PASS, tmp_path / "missing.db"),
        lambda: restore_backup(data, PASS, tmp_path / "not-a-backup.db"),
        lambda: restore_backup(data, "four green teas at noon", tmp_path / "backup.db"),
    ]


def _raise(error: Exception) -> None:
    raise error


# one for each sentence of core/phone_number.py
LYING_NUMBERS = ("1" * 31, "\u202e687-742-111", "111-2\u200b47-786", "१११-२४७-७८६",
                 "0800-00000 toll free", "1099 / 1098", "051.000.0000", "5")


@pytest.fixture
def urdu(qapp):
    assert install_translation("ur")
    yield
    install_translation("en")


def test_every_sentence_a_caseworker_can_meet_is_shown_in_urdu(urdu, tmp_path) -> None:
    for raise_it in sentences_a_caseworker_can_meet(tmp_path):
        with pytest.raises(Exception) as caught:
            raise_it()
        shown = message_text(caught.value)
        english = str(caught.value)
        assert shown != english and URDU_LETTERS.search(shown), english


def test_the_changing_part_is_kept_and_unknown_sentences_pass_through(urdu) -> None:
    shown = message_text(ValueError("The case code ORG-2026-0001 is already used; choose "
                                    "another."))
    assert "ORG-2026-0001" in shown and "%1" not in shown and URDU_LETTERS.search(shown)
    assert message_text(ValueError("Something nobody listed.")) == "Something nobody listed."


def test_in_english_the_store_sentence_is_shown_as_it_is(qapp) -> None:
    install_translation("en")
    sentence = "Give the case a code (never the survivor's name)."
    assert message_text(ValueError(sentence)) == sentence


def test_qt_standard_buttons_speak_urdu(urdu) -> None:
    from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                           | QDialogButtonBox.StandardButton.Cancel
                           | QDialogButtonBox.StandardButton.Close)
    question = QMessageBox(QMessageBox.Icon.Question, "?", "?",
                           QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    buttons = [*box.buttons(), *question.buttons()]
    assert len(buttons) == 5
    for button in buttons:
        assert URDU_LETTERS.search(button.text()), button.text()


def test_text_fields_context_menus_speak_urdu(urdu) -> None:
    from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

    for field in (QLineEdit("x"), QPlainTextEdit("x")):
        words = [a.text() for a in field.createStandardContextMenu().actions() if a.text()]
        assert len(words) == 7
        for word in words:
            assert URDU_LETTERS.search(word), word


def test_every_phone_number_sentence_is_listed_for_translation() -> None:
    from referral_app.core.phone_number import PROBLEMS
    from referral_app.ui.messages import SENTENCES

    assert {problem.in_window for problem in PROBLEMS} <= set(SENTENCES)
