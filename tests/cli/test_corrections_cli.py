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
    assert code == 0 and "1 corrections" in printed
    code, printed, _ = run(capsys, "corrections", "import", str(out), "--data-dir",
                           str(tmp_path / "coordinator"))
    assert code == 0 and "1 corrections from CW-9" in printed and "9 to 5 only" in printed
    (tmp_path / "junk.json").write_text("[]")
    code, _, err = run(capsys, "corrections", "import", str(tmp_path / "junk.json"))
    assert code == 1 and "not a corrections file" in err
