from referral_app.app import main
from tests.conftest import HSDS, need_shared


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_a_coordinator_and_a_laptop(capsys, tmp_path) -> None:
    secret = tmp_path / "pass.txt"
    secret.write_text("coordinator passphrase\n")
    key, coordinator, laptop = tmp_path / "key", str(tmp_path / "co"), str(tmp_path / "lap")
    code, out, _ = run(capsys, "keys", "generate", "--out", str(key), "--name", "Coord",
                       "--passphrase-file", str(secret), "--data-dir", coordinator)
    assert code == 0 and (tmp_path / "key.pub").exists()
    assert oct(key.stat().st_mode & 0o777) == "0o600"
    fingerprint = out.rsplit("fingerprint ", 1)[1].strip()
    assert run(capsys, "keys", "show", str(tmp_path / "key.pub"))[1].endswith(
        f"fingerprint {fingerprint}\n")
    run(capsys, "import", str(need_shared(HSDS / "examples" / "service_full.json")),
        "--data-dir", coordinator)
    bundle = tmp_path / "v1.zip"
    code, out, _ = run(capsys, "bundle", "build", "--key", str(key), "--publisher", "Coord",
                       "--version", "1", "--out", str(bundle), "--passphrase-file", str(secret),
                       "--data-dir", coordinator)
    assert code == 0 and "48 services" in out

    code, _, err = run(capsys, "import", str(bundle), "--data-dir", laptop)
    assert code == 1 and "does not trust" in err and err.count("\n") == 1
    assert run(capsys, "trust", "add", str(tmp_path / "key.pub"), "--name", "Coord",
               "--data-dir", laptop)[0] == 0
    assert fingerprint in run(capsys, "trust", "list", "--data-dir", laptop)[1]
    assert "contents intact" in run(capsys, "bundle", "verify", str(bundle), "--data-dir",
                                    laptop)[1]
    assert run(capsys, "import", str(bundle), "--dry-run", "--data-dir", laptop)[1].startswith(
        f"would apply (dry run): version 1 from Coord ({fingerprint}); added 1")
    assert run(capsys, "import", str(bundle), "--data-dir", laptop)[1].startswith(
        "applied: version 1")
    # checked whole once it is in, and a copy of the sound directory kept for a repair
    assert [p.name[:16] for p in (tmp_path / "lap" / "backups").iterdir()] == [
        "directory-sound-"]
    assert "version 1 from Coord" in run(capsys, "history", "--data-dir", laptop)[1]
    assert run(capsys, "undo", "--data-dir", laptop)[0] == 0
    assert "No updates applied yet" in run(capsys, "history", "--data-dir", laptop)[1]
    assert run(capsys, "trust", "remove", fingerprint, "--data-dir", laptop)[0] == 0


def test_bad_key_input_is_one_line(capsys, tmp_path) -> None:
    secret = tmp_path / "pass.txt"
    secret.write_text("short")
    code, _, err = run(capsys, "keys", "generate", "--out", str(tmp_path / "k"),
                       "--passphrase-file", str(secret), "--data-dir", str(tmp_path / "d"))
    assert code == 1 and "at least 8 characters" in err
    code, _, err = run(capsys, "keys", "generate", "--out", str(tmp_path / "k"),
                       "--data-dir", str(tmp_path / "d"))
    assert code == 1 and "--passphrase-file" in err  # no keyboard in the test
    (tmp_path / "not.pub").write_text("hello")
    code, _, err = run(capsys, "trust", "add", str(tmp_path / "not.pub"), "--name", "X",
                       "--data-dir", str(tmp_path / "d"))
    assert code == 1 and "not a Referral App public key" in err
    code, _, err = run(capsys, "trust", "remove", "0000-0000-0000-0000",
                       "--data-dir", str(tmp_path / "d"))
    assert code == 1 and "No trusted publisher" in err
    code, _, err = run(capsys, "undo", "--data-dir", str(tmp_path / "d"))
    assert code == 1 and "nothing to undo" in err


def test_validate_reads_the_services_of_an_update_file(capsys, tmp_path) -> None:
    import json
    import zipfile

    from referral_app.core import bundle
    from referral_app.store import updates
    from referral_app.store.directory import Directory

    key = bundle.new_private_key()
    good = tmp_path / "v1.zip"
    with Directory.open(tmp_path / "co") as coordinator:
        updates.build(coordinator, key, "Coord", 1, good)
    laptop = str(tmp_path / "lap")
    code, out, err = run(capsys, "validate", str(good), "--data-dir", laptop)
    assert code == 0 and err == ""
    assert out == (f"v1.zip: valid (47 services). It is an update file: 'referral-app bundle "
                   f"verify {good}' checks its signature\n")
    # a coordinator's file with a bad record: the record is named, nothing is imported
    with zipfile.ZipFile(good) as source:
        members = {name: source.read(name) for name in source.namelist()}
    data = json.loads(members["services.json"])
    data["contents"][0]["status"] = "maybe"
    members["services.json"] = json.dumps(data).encode()
    bad = tmp_path / "bad.zip"
    with zipfile.ZipFile(bad, "w") as target:
        for name, content in members.items():
            target.writestr(name, content)
    code, out, _ = run(capsys, "validate", str(bad), "--data-dir", laptop)
    assert code == 1
    assert "bad.zip/services.json" in out and "status: must be one of" in out
    assert out.endswith("bad.zip: 1 problem; 1 service would be rejected\n")
    assert "No updates applied yet" in run(capsys, "history", "--data-dir", laptop)[1]


def test_import_says_which_corrections_made_here_the_update_carries(capsys, tmp_path) -> None:
    from tests.fixtures.carried import update_carrying_a_verification

    laptop = tmp_path / "lap"
    update = update_carrying_a_verification(laptop, tmp_path)
    code, out, _ = run(capsys, "import", str(update), "--dry-run", "--data-dir", str(laptop))
    assert code == 0 and "closed" not in out
    code, out, _ = run(capsys, "import", str(update), "--data-dir", str(laptop))
    assert code == 0 and out.endswith(
        "closed 1 correction made here: the update carries them\n")
    assert run(capsys, "corrections", "list", "--data-dir", str(laptop))[1] == "No corrections.\n"
