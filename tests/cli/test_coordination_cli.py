"""referral-app coverage and referral-app figures: export on a laptop, merge, show and report
on the coordinator's; every mistake one line."""

import csv
import io
import json
from pathlib import Path

from referral_app.app import main
from referral_app.store.casework import CaseworkStore
from tests.fixtures.figures import PASS, SECRETS, fill, made_up_directory


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_coverage_as_text_csv_and_json(capsys, data_dir) -> None:
    code, out, _ = run(capsys, "coverage", "--province", "Sindh")
    assert code == 0 and out.startswith("services covering each district, by need")
    assert "Karachi" in out or "Hyderabad" in out
    code, out, _ = run(capsys, "coverage", "--format", "csv")
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0][:4] == ["province", "district", "need", "services"]
    assert len(rows) - 1 == 9 * len({(r[0], r[1]) for r in rows[1:]})
    code, out, _ = run(capsys, "coverage", "--format", "json", "--province", "pb")
    found = json.loads(out)
    assert {row["province"] for row in found["rows"]} == {"Punjab"}


def test_an_unknown_province_is_one_line(capsys, data_dir) -> None:
    code, out, err = run(capsys, "coverage", "--province", "Atlantis")
    assert code == 1 and out == ""
    assert err.startswith("referral-app: There is no province called 'Atlantis'")
    assert err.count("\n") == 1


def _laptop(tmp_path: Path) -> Path:
    folder = tmp_path / "laptop"
    made_up_directory(folder).close()
    store = CaseworkStore.create(folder, PASS, PASS, who="CW-1")
    fill(store)
    store.lock()
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASS + "\n")
    return secret


def test_export_shows_the_file_then_writes_it(capsys, tmp_path) -> None:
    secret = _laptop(tmp_path)
    out = tmp_path / "figures.json"
    laptop = ("--data-dir", str(tmp_path / "laptop"), "--passphrase-file", str(secret))
    code, printed, err = run(capsys, "figures", "export", str(out), *laptop)
    assert code == 1 and not out.exists()  # no terminal to ask at
    assert err.startswith("referral-app: Nothing was written: there is no terminal")
    code, printed, _ = run(capsys, "figures", "export", str(out), "--yes", *laptop)
    assert code == 0
    written = out.read_text(encoding="utf-8")
    assert printed.startswith(written)  # what was shown is what was written
    logged = "".join(f.read_text(encoding="utf-8")
                     for f in (tmp_path / "laptop" / "logs").glob("*"))
    for secret_text in SECRETS:
        assert secret_text not in written and secret_text not in logged

    code, printed, _ = run(capsys, "laptop", "key", "--out", str(tmp_path / "l.pub"), *laptop)
    coordinator = ("--data-dir", str(tmp_path / "coordinator"))
    made_up_directory(tmp_path / "coordinator").close()
    code, printed, err = run(capsys, "figures", "merge", str(out), *coordinator)
    assert code == 1 and err.startswith("referral-app: figures.json is signed by a laptop "
                                        "that is not registered here")
    run(capsys, "laptops", "register", str(tmp_path / "l.pub"), "--name", "Desk 1",
        *coordinator)
    code, printed, _ = run(capsys, "figures", "merge", str(out), str(out), *coordinator)
    assert code == 0
    assert printed.startswith("figures.json from Desk 1: taken in\n"
                              "figures.json from Desk 1: already taken in\n"
                              "referral figures from 1 laptop(s): 11 referrals counted")
    assert "Test Legal Desk Multan: 6 failed of 6" in printed
    code, printed, _ = run(capsys, "figures", "report", str(tmp_path / "r.pdf"), "--lang",
                           "ur", *coordinator)
    assert code == 0 and (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")
    code, printed, err = run(capsys, "figures", "report", str(tmp_path / "r.txt"),
                             *coordinator)
    assert code == 1 and err.startswith("referral-app: r.txt: give a name ending in .pdf")
    code, printed, _ = run(capsys, "figures", "report", str(tmp_path / "r.csv"), *coordinator)
    assert "month,,,,2026-03,,11,,6" in (tmp_path / "r.csv").read_text()


def test_a_missing_or_damaged_file_is_one_line(capsys, tmp_path) -> None:
    made_up_directory(tmp_path / "c").close()
    code, _, err = run(capsys, "figures", "merge", str(tmp_path / "none.json"),
                       "--data-dir", str(tmp_path / "c"))
    assert code == 1 and err.startswith("referral-app: Cannot read ")
    bad = tmp_path / "bad.json"
    bad.write_text('{"kind": "referral figures", "format": 1}')
    code, _, err = run(capsys, "figures", "merge", str(bad), "--data-dir", str(tmp_path / "c"))
    assert code == 1 and err == ("referral-app: bad.json is not signed by a laptop; nothing "
                                 "was taken from it. Ask the caseworker to send it again with "
                                 "File > Send referral figures.\n")


def test_export_without_casework_is_one_line(capsys, data_dir, tmp_path) -> None:
    code, _, err = run(capsys, "figures", "export", str(tmp_path / "f.json"), "--yes")
    assert code == 1 and err.startswith("referral-app: There is no casework file on this "
                                        "laptop")


def test_a_huge_file_given_to_merge_is_one_sentence_without_reading_it_all(tmp_path) -> None:
    """A file of gigabytes picked by mistake is refused from its first 20 MB: read whole,
    it ran the laptop out of memory (here a 3 GB sparse file under a 1.5 GB memory limit)."""
    import resource
    import subprocess
    import sys

    big = tmp_path / "big.json"
    with big.open("wb") as file:
        file.truncate(3 << 30)

    def limited() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (1500 << 20, 1500 << 20))

    done = subprocess.run(
        [sys.executable, "-m", "referral_app", "figures", "merge", str(big), "--data-dir",
         str(tmp_path / "data")], capture_output=True, text=True, preexec_fn=limited,
        timeout=120, check=False)
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr == ("referral-app: big.json is too large to be a referral figures "
                           "file; nothing was taken from it.\n")
