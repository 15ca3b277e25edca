"""referral-app casework backup / restore / restore-copy: the passphrase from a file or a
prompt, one line for each bad input, nothing changed."""

from pathlib import Path

import pytest

from referral_app.app import main
from referral_app.store.casework import CASEWORK_FILE, CaseworkStore
from tests.store.casework_damage import damage_page, referral_table_page
from tests.store.test_casework import PASS, referral


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def secret(tmp_path: Path) -> Path:
    path = tmp_path / "passphrase.txt"
    path.write_text(PASS + "\n")
    return path


@pytest.fixture
def casework(data_dir: Path) -> Path:
    store = CaseworkStore.create(data_dir, PASS, PASS, who="CW-07")
    store.create_referral(referral("ORG-2026-0001"))
    store.lock()
    return data_dir


def test_backup_then_restore(capsys, casework, secret, tmp_path) -> None:
    out = tmp_path / "usb" / "casework.db"
    out.parent.mkdir()
    code, printed, _ = run(capsys, "casework", "backup", str(out), "--passphrase-file",
                           str(secret))
    assert code == 0 and printed.startswith(f"wrote {out}: an encrypted backup")
    store = CaseworkStore.unlock(casework, PASS, who="CW-07")
    store.create_referral(referral("ORG-2026-0002"))
    store.lock()
    code, printed, _ = run(capsys, "casework", "restore", str(out), "--passphrase-file",
                           str(secret))
    assert code == 0 and ": 1 referral\n" in printed
    assert "kept as casework-before-restore-" in printed
    store = CaseworkStore.unlock(casework, PASS, who="CW-07")
    assert [r.case_code for r in store.referrals()] == ["ORG-2026-0001"]
    store.lock()


def test_restore_the_last_good_copy_of_a_damaged_file(capsys, casework, secret) -> None:
    damage_page(casework, referral_table_page(casework, PASS))
    code, _, err = run(capsys, "casework", "backup", str(casework.parent / "b.db"),
                       "--passphrase-file", str(secret))
    assert code == 1 and err.startswith("referral-app: The casework file is damaged")
    assert not (casework.parent / "b.db").exists()
    code, printed, _ = run(capsys, "casework", "restore-copy", "--passphrase-file", str(secret))
    assert code == 0 and printed.startswith("put back the casework from 20")
    assert "kept as casework-damaged-" in printed


def test_a_wrong_passphrase_is_one_line_and_changes_nothing(capsys, casework, secret,
                                                            tmp_path) -> None:
    out = tmp_path / "backup.db"
    run(capsys, "casework", "backup", str(out), "--passphrase-file", str(secret))
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("four green teas at noon\n")
    before = (casework / CASEWORK_FILE).read_bytes()
    code, printed, err = run(capsys, "casework", "restore", str(out), "--passphrase-file",
                             str(wrong))
    assert code == 1 and printed == "" and len(err.splitlines()) == 1
    assert "does not open with this passphrase" in err and "nothing was changed" in err
    code, _, err = run(capsys, "casework", "backup", str(tmp_path / "b2.db"),
                       "--passphrase-file", str(wrong))
    assert code == 1 and "does not open the casework file" in err
    assert (casework / CASEWORK_FILE).read_bytes() == before
    assert not (tmp_path / "b2.db").exists()


@pytest.mark.parametrize(("args", "said"), [
    (("restore", "{tmp}/missing.db"), "Cannot read"),
    (("restore", "{tmp}/notes.db"), "is not a casework backup"),
    (("restore", "{tmp}"), "is a folder"),
    (("backup", "{tmp}/no-usb/backup.db"), "Cannot write the backup"),
    (("backup", "{tmp}/notes.db"), "exists already"),
])
def test_each_bad_path_is_one_line(capsys, casework, secret, tmp_path, args, said) -> None:
    (tmp_path / "notes.db").write_text("my notes")
    before = (casework / CASEWORK_FILE).read_bytes()
    command, path = args
    code, printed, err = run(capsys, "casework", command, path.format(tmp=tmp_path),
                             "--passphrase-file", str(secret))
    assert code == 1 and printed == "" and len(err.splitlines()) == 1 and said in err
    assert (casework / CASEWORK_FILE).read_bytes() == before
    assert (tmp_path / "notes.db").read_text() == "my notes"


def test_without_a_keyboard_the_passphrase_file_is_asked_for(capsys, casework,
                                                             tmp_path) -> None:
    code, _, err = run(capsys, "casework", "backup", str(tmp_path / "b.db"))
    assert code == 1 and "--passphrase-file" in err
