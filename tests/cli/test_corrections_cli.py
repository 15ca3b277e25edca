import base64
import json
import os
from pathlib import Path

import pytest

from referral_app.app import main
from referral_app.core import bundle
from referral_app.core.corrections import Correction
from referral_app.store import corrections
from referral_app.store.directory import Directory

OTHER = bundle.new_private_key()  # a laptop nobody registered


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


PASS = "green tea at four"


def laptop_sends(capsys, tmp_path, *made: Correction) -> Path:
    """On the laptop (the data folder): corrections made, the laptop's key given to the
    coordinator (in tmp_path/coordinator, registered as Lahore desk 3), the file sent."""
    with Directory.open(tmp_path / "data") as directory:
        for correction in made:
            corrections.record(directory, correction)
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASS + "\n")
    code, printed, _ = run(capsys, "laptop", "key", "--out", str(tmp_path / "laptop.pub"),
                           "--passphrase-file", str(secret))
    assert code == 0 and "give it to the coordinator" in printed
    code, printed, _ = run(capsys, "laptops", "register", str(tmp_path / "laptop.pub"),
                           "--name", "Lahore desk 3", *coordinator(tmp_path))
    assert code == 0 and printed.startswith("registered Lahore desk 3: fingerprint ")
    out = tmp_path / "fixes.json"
    code, printed, _ = run(capsys, "corrections", "export", str(out), "--sender", "CW-9",
                           "--organization", "NGO", "--passphrase-file", str(secret))
    assert code == 0 and f"to {out}, signed by this laptop" in printed
    return out


def coordinator(tmp_path: Path) -> list[str]:
    return ["--data-dir", str(tmp_path / "coordinator")]


def desk() -> tuple[str, str]:
    with Directory.open(Path(os.environ["REFERRAL_APP_DATA_DIR"])) as directory:
        found = directory.search("madadgaar")[0]
    return found.id, found.name


def test_export_list_and_import(capsys, data_dir, tmp_path) -> None:
    desk_id, name = desk()
    with Directory.open(data_dir) as directory:
        corrections.record(directory, Correction(desk_id, name, "hours", "", "9 to 5 only"))
    assert "hours: 9 to 5 only" in run(capsys, "corrections", "list")[1]
    out = laptop_sends(capsys, tmp_path)
    code, printed, _ = run(capsys, "corrections", "import", str(out), *coordinator(tmp_path))
    assert code == 0 and "9 to 5 only" in printed
    assert "1 correction from Lahore desk 3 (CW-9, NGO)" in printed
    (tmp_path / "junk.json").write_text("[]")
    code, _, err = run(capsys, "corrections", "import", str(tmp_path / "junk.json"))
    assert code == 1 and "not a corrections file" in err


def test_the_laptops_key_needs_the_casework_passphrase(capsys, data_dir, tmp_path) -> None:
    desk_id, name = desk()
    out = laptop_sends(capsys, tmp_path, Correction(desk_id, name, "hours", "", "9 to 5"))
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the passphrase")
    code, _, err = run(capsys, "corrections", "export", str(out), "--passphrase-file",
                       str(wrong))
    assert code == 1 and "That passphrase does not open the casework file" in err
    code, _, err = run(capsys, "laptop", "key")  # no file, no keyboard
    assert code == 1 and "give --passphrase-file FILE" in err
    with Directory.open(data_dir) as directory:
        corrections.drop(directory, [c.id for c in corrections.open_corrections(directory)])
    code, _, err = run(capsys, "corrections", "export", str(out))  # asks nothing
    assert (code, err) == (1, "referral-app: There are no corrections to send.\n")


def test_a_coordinator_accepts_a_corrections_file(capsys, data_dir, tmp_path,
                                                 monkeypatch) -> None:
    desk_id, name = desk()
    out = laptop_sends(capsys, tmp_path, *(
        Correction(desk_id, name, "verified", new_value="2026-11-28", made_on="2026-11-28"),
        Correction(desk_id, name, "hours", "", "9 to 5 only", made_on="2026-11-28")))
    code, printed, _ = run(capsys, "corrections", "accept", str(out), "--dry-run",
                           *coordinator(tmp_path))
    assert code == 0 and printed.splitlines() == [
        "would take in 1 correction of 2 from Lahore desk 3 (CW-9, NGO)",
        f"  2026-11-28 {name} [{desk_id}]: verified on 2026-11-28",
        "to put in by hand (written values; export the service, edit it, import it):",
        f"  2026-11-28 {name} [{desk_id}]: hours: (none) -> 9 to 5 only",
        "Nothing was changed."]
    # no terminal to ask at, and no --yes: nothing changes
    code, printed, err = run(capsys, "corrections", "accept", str(out), *coordinator(tmp_path))
    assert code == 1 and err == ("referral-app: Nothing was changed: there is no terminal to "
                                 "ask at; run it again with --yes to take these in.\n")
    assert "would take in 1 correction" in printed
    found = run(capsys, "search", "madadgaar", "--json", *coordinator(tmp_path))[1]
    assert '"last_verified": "2026-11-28"' not in found
    # at a terminal it asks; no is no
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    asked = []
    monkeypatch.setattr("builtins.input", lambda q: asked.append(q) or "n")
    code, printed, _ = run(capsys, "corrections", "accept", str(out), *coordinator(tmp_path))
    assert code == 0 and asked == ["Take these into the directory? [y/N] "]
    assert printed.endswith("Nothing was changed.\n")
    found = run(capsys, "search", "madadgaar", "--json", *coordinator(tmp_path))[1]
    assert '"last_verified": "2026-11-28"' not in found
    def input_ended(question: str) -> str:
        raise EOFError

    monkeypatch.setattr("builtins.input", input_ended)  # Ctrl+D: no answer is no
    code, printed, _ = run(capsys, "corrections", "accept", str(out), *coordinator(tmp_path))
    assert code == 0 and printed.endswith("Nothing was changed.\n")
    monkeypatch.setattr("builtins.input", lambda q: "y")
    code, printed, _ = run(capsys, "corrections", "accept", str(out), *coordinator(tmp_path))
    assert code == 0 and "took in 1 correction of 2\n" in printed
    assert "the directory as it was before is kept in" in printed
    found = run(capsys, "search", "madadgaar", "--json", *coordinator(tmp_path))[1]
    assert '"last_verified": "2026-11-28"' in found
    run(capsys, "export", str(tmp_path / "all.json"), *coordinator(tmp_path))
    assert '"verified_by": "Lahore desk 3"' in (tmp_path / "all.json").read_text()
    code, printed, _ = run(capsys, "corrections", "accept", str(out), "--yes",
                           *coordinator(tmp_path))
    assert printed.startswith("would take in 0 corrections of 2")
    assert "verified: the directory has it verified on that day or later" in printed
    code, _, err = run(capsys, "corrections", "accept", str(tmp_path / "none.json"))
    assert code == 1 and err.startswith("referral-app: Cannot read")


def test_numbers_reported_not_working_are_flagged_until_the_coordinator_decides(
        capsys, data_dir, tmp_path) -> None:
    desk_id, name = desk()
    out = laptop_sends(capsys, tmp_path, Correction(desk_id, name, "number_not_working",
                                                    old_value="1098", made_on="2026-11-28"))
    code, printed, _ = run(capsys, "corrections", "accept", str(out), "--yes",
                           *coordinator(tmp_path))
    assert code == 0 and printed.splitlines()[:3] == [
        "would take in 0 corrections of 1 from Lahore desk 3 (CW-9, NGO)",
        "numbers reported not working, kept until you decide (call each; to remove them, run "
        "it again with --remove-dead-number SERVICE_ID, or --remove-dead-numbers for all):",
        f"  2026-11-28 {name} [{desk_id}]: 1098"]
    assert '"1098"' in run(capsys, "search", "madadgaar", "--json", *coordinator(tmp_path))[1]
    code, printed, _ = run(capsys, "corrections", "accept", str(out), "--yes",
                           "--remove-dead-numbers", *coordinator(tmp_path))
    assert code == 0 and f"  2026-11-28 {name} [{desk_id}]: 1098 removed (not working)" in printed
    assert '"1098"' not in run(capsys, "search", "madadgaar", "--json",
                               *coordinator(tmp_path))[1]


def test_the_coordinator_chooses_which_dead_numbers_go_one_by_one(capsys, data_dir, tmp_path,
                                                                  monkeypatch) -> None:
    with Directory.open(data_dir) as directory:
        first, second = (directory.search(q)[0] for q in ("madadgaar", "edhi"))
        numbers = [[p["number"] for p in directory.service(s.id)["phones"]]
                   for s in (first, second)]
    out = laptop_sends(capsys, tmp_path, *(
        Correction(s.id, s.name, "number_not_working", old_value=n[0], made_on="2026-11-28")
        for s, n in ((first, numbers[0]), (second, numbers[1]))))

    def listed(service_id: str, number: str) -> bool:
        with Directory.open(tmp_path / "coordinator") as directory:
            return number in [p["number"] for p in directory.service(service_id).get("phones", [])]

    # a service with no number reported: one sentence, nothing changed
    code, _, err = run(capsys, "corrections", "accept", str(out), "--yes",
                       "--remove-dead-number", "no-such-service", *coordinator(tmp_path))
    assert code == 1 and err.count("\n") == 1
    assert "No number of service no-such-service is reported not working" in err
    # at a terminal, without --yes: asked number by number; no to the first only
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    asked = []
    monkeypatch.setattr("builtins.input",
                        lambda q: asked.append(q) or ("n" if numbers[0][0] in q else "y"))
    code, printed, _ = run(capsys, "corrections", "accept", str(out), *coordinator(tmp_path))
    assert code == 0 and asked == [
        f"{first.name}: {numbers[0][0]} is reported not working. Remove it (only if you called "
        "it)? [y/N] ",
        f"{second.name}: {numbers[1][0]} is reported not working. Remove it (only if you "
        "called it)? [y/N] ",
        "Take these into the directory? [y/N] "]
    assert listed(first.id, numbers[0][0]) and not listed(second.id, numbers[1][0])
    # by service id on the command line
    code, printed, _ = run(capsys, "corrections", "accept", str(out), "--yes",
                           "--remove-dead-number", first.id, *coordinator(tmp_path))
    assert code == 0 and f"{numbers[0][0]} removed (not working)" in printed
    assert not listed(first.id, numbers[0][0])


@pytest.mark.parametrize(("spoil", "message"), [
    (lambda raw: {"format": 1, **json.loads(raw["corrections"])},
     "fixes.json is not signed by a laptop"),
    (lambda raw: {**raw, "corrections": raw["corrections"].replace("2026-11-28", "2099-12-31")},
     "fixes.json was changed after the laptop signed it"),
    (lambda raw: {**raw, "laptop_key": bundle.public_key_text(OTHER.public_key()).strip(),
                  "key_id": bundle.fingerprint(OTHER.public_key()),
                  "signature": base64.b64encode(OTHER.sign(
                      raw["corrections"].encode())).decode()},
     "fixes.json is signed by a laptop that is not registered here"),
])
def test_files_not_from_a_registered_laptop_are_refused(capsys, data_dir, tmp_path, spoil,
                                                       message) -> None:
    desk_id, name = desk()
    out = laptop_sends(capsys, tmp_path, Correction(desk_id, name, "verified",
                                                    new_value="2026-11-28"))
    out.write_text(json.dumps(spoil(json.loads(out.read_text()))))
    for command in (["import"], ["accept", "--yes"]):
        code, printed, err = run(capsys, "corrections", *command, str(out),
                                 *coordinator(tmp_path))
        assert code == 1 and printed == "" and err.startswith(f"referral-app: {message}")
        assert err.count("\n") == 1
    found = run(capsys, "search", "madadgaar", "--json", *coordinator(tmp_path))[1]
    assert "2026-11-28" not in found and "2099" not in found


def test_registering_laptops_with_bad_input(capsys, data_dir, tmp_path) -> None:
    public = tmp_path / "laptop.pub"
    public.write_text(bundle.public_key_text(OTHER.public_key(), "laptop"))
    assert run(capsys, "laptops", "list")[1] == "No laptops registered.\n"
    code, printed, _ = run(capsys, "laptops", "register", str(public), "--name", "Multan 1")
    assert code == 0
    fingerprint = bundle.fingerprint(OTHER.public_key())
    assert run(capsys, "laptops", "list")[1].startswith(f"{fingerprint}  Multan 1  (since ")
    bad = tmp_path / "bad.pub"
    bad.write_text("not a key")
    another = tmp_path / "another.pub"
    another.write_text(bundle.public_key_text(bundle.new_private_key().public_key()))
    for args, message in (
            (("register", str(bad), "--name", "X"), "bad.pub is not a Referral App public key"),
            (("register", str(tmp_path / "none.pub"), "--name", "X"), "Cannot read"),
            (("register", str(another), "--name", "multan 1"),
             "A laptop named Multan 1 is registered already"),
            (("register", str(public), "--name", "Y"), "That laptop is registered already"),
            (("remove", "0000-0000-0000-0000"), "No registered laptop has the fingerprint")):
        code, _, err = run(capsys, "laptops", *args)
        assert code == 1 and message in err and err.count("\n") == 1
    assert len(run(capsys, "laptops", "list")[1].splitlines()) == 1
    code, printed, _ = run(capsys, "laptops", "remove", fingerprint)
    assert code == 0 and printed == f"no longer registered: Multan 1 ({fingerprint})\n"


def test_a_service_added_here_is_listed_in_a_line_not_as_json(capsys, data_dir) -> None:
    from referral_app.core.corrections import local_service

    with Directory.open(data_dir) as directory:
        corrections.add_local_service(directory, local_service(
            "Women's desk", "District office", "061-1234567", "Multan", "legal", "2026-11-27"),
            "CW-1")
    printed = run(capsys, "corrections", "list")[1]
    assert "Women's desk" in printed and "new_service: 061-1234567; Multan\n" in printed
    assert "{" not in printed


def test_the_question_shows_an_added_services_phone_and_area(capsys, data_dir,
                                                             tmp_path) -> None:
    from referral_app.core.corrections import local_service

    added = local_service("Women's desk, Okara", "NGO", "0300-1234567", "Okara", "legal",
                          "2026-11-27")
    out = laptop_sends(capsys, tmp_path, Correction(
        added["id"], added["name"], "new_service", new_value=json.dumps(added),
        made_on="2026-11-28"))
    code, printed, _ = run(capsys, "corrections", "accept", str(out), "--dry-run",
                           *coordinator(tmp_path))
    assert code == 0 and (f"  2026-11-28 Women's desk, Okara [{added['id']}]: added: "
                          "0300-1234567; Okara") in printed.splitlines()


@pytest.mark.parametrize("command", [("corrections", "accept"), ("trust", "add"),
                                     ("laptops", "register")])
def test_a_huge_file_is_one_sentence_without_reading_it_all(tmp_path, command) -> None:
    """A file of gigabytes given by mistake as a corrections file or a public key is
    refused from its first bytes: read whole, it ran the laptop out of memory (here a 3 GB
    sparse file under a 1.5 GB memory limit)."""
    import resource
    import subprocess
    import sys

    big = tmp_path / "big.json"
    with big.open("wb") as file:
        file.truncate(3 << 30)

    def limited() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (1500 << 20, 1500 << 20))

    options = ["--yes"] if command[0] == "corrections" else ["--name", "Test"]
    done = subprocess.run(
        [sys.executable, "-m", "referral_app", *command, str(big), *options, "--data-dir",
         str(tmp_path / "data")],
        capture_output=True, text=True, preexec_fn=limited, timeout=120, check=False)
    assert done.returncode == 1 and done.stdout == "" and done.stderr.count("\n") == 1
    assert "too large" in done.stderr
