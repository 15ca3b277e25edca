from referral_app.app import main
from referral_app.core.corrections import Correction
from referral_app.store import corrections
from referral_app.store.directory import Directory


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_export_list_and_import(capsys, data_dir, tmp_path) -> None:
    with Directory.open(data_dir) as directory:
        desk = directory.search("madadgaar")[0]
        corrections.record(directory, Correction(desk.id, desk.name, "hours", "",
                                                 "9 to 5 only"))
    assert "hours: 9 to 5 only" in run(capsys, "corrections", "list")[1]
    out = tmp_path / "fixes.json"
    code, printed, _ = run(capsys, "corrections", "export", str(out), "--sender", "CW-9")
    assert code == 0 and "wrote 1 correction to" in printed
    code, printed, _ = run(capsys, "corrections", "import", str(out), "--data-dir",
                           str(tmp_path / "coordinator"))
    assert code == 0 and "1 correction from CW-9" in printed and "9 to 5 only" in printed
    (tmp_path / "junk.json").write_text("[]")
    code, _, err = run(capsys, "corrections", "import", str(tmp_path / "junk.json"))
    assert code == 1 and "not a corrections file" in err


def test_a_coordinator_accepts_a_corrections_file(capsys, data_dir, tmp_path) -> None:
    with Directory.open(data_dir) as directory:
        desk = directory.search("madadgaar")[0]
        corrections.record(directory, Correction(desk.id, desk.name, "verified",
                                                 new_value="2026-11-28", made_on="2026-11-28"))
        corrections.record(directory, Correction(desk.id, desk.name, "hours", "",
                                                 "9 to 5 only", made_on="2026-11-28"))
    out = tmp_path / "fixes.json"
    run(capsys, "corrections", "export", str(out), "--sender", "CW-9", "--organization", "NGO")
    coordinator = ["--data-dir", str(tmp_path / "coordinator")]
    code, printed, _ = run(capsys, "corrections", "accept", str(out), "--dry-run", *coordinator)
    assert code == 0 and printed.startswith("would take in 1 correction of 2 from CW-9 at NGO\n")
    assert "backups" not in printed
    code, printed, _ = run(capsys, "corrections", "accept", str(out), *coordinator)
    lines = printed.splitlines()
    assert code == 0 and lines[:4] == [
        "took in 1 correction of 2 from CW-9 at NGO",
        f"  2026-11-28 {desk.name} [{desk.id}]: verified on 2026-11-28",
        "to put in by hand (written values; export the service, edit it, import it):",
        f"  2026-11-28 {desk.name} [{desk.id}]: hours: (none) -> 9 to 5 only"]
    assert "the directory as it was before is kept in" in lines[4]
    found = run(capsys, "search", "madadgaar", "--json", *coordinator)[1]
    assert '"last_verified": "2026-11-28"' in found
    code, printed, _ = run(capsys, "corrections", "accept", str(out), *coordinator)
    assert printed.startswith("took in 0 corrections of 2")
    assert "verified: the directory has it verified on that day or later" in printed
    code, _, err = run(capsys, "corrections", "accept", str(tmp_path / "none.json"))
    assert code == 1 and err.startswith("referral-app: Cannot read")


def test_a_service_added_here_is_listed_in_a_line_not_as_json(capsys, data_dir) -> None:
    from referral_app.core.corrections import local_service

    with Directory.open(data_dir) as directory:
        corrections.add_local_service(directory, local_service(
            "Women's desk", "District office", "061-1234567", "Multan", "legal", "2026-11-27"),
            "CW-1")
    printed = run(capsys, "corrections", "list")[1]
    assert "Women's desk" in printed and "new_service: 061-1234567; Multan\n" in printed
    assert "{" not in printed
