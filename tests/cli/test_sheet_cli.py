"""`referral-app import SHEET --mapping M`: a guessed mapping is written when M is missing,
then the sheet imports in one step; older formats say what they were read as."""

from __future__ import annotations

import json
from pathlib import Path

from referral_app.app import main
from tests.cli.test_cli import run
from tests.fixtures.sheets import write_sheet


def test_a_missing_mapping_is_guessed_then_the_sheet_imports(capsys, data_dir,
                                                             tmp_path: Path) -> None:
    sheet = write_sheet(tmp_path / "services.xlsx")
    mapping = tmp_path / "mapping.json"
    code, out, _ = run(capsys, "import", str(sheet), "--mapping", str(mapping))
    assert code == 1
    assert f"No mapping at {mapping}: wrote the one guessed from the headers there." in out
    assert "'ضلع' -> district" in out
    assert json.loads(mapping.read_text(encoding="utf-8"))["columns"]["نام"] == "name"
    code, out, _ = run(capsys, "import", str(sheet), "--mapping", str(mapping))
    assert code == 0
    assert "services.xlsx: read as spreadsheet (4 rows), converted to HSDS 3.1" in out
    assert "added 4, updated 0, unchanged 0, rejected 0" in out


def test_a_sheet_without_mapping_and_a_bad_mapping_are_one_line(capsys, data_dir,
                                                               tmp_path: Path) -> None:
    sheet = write_sheet(tmp_path / "services.xlsx")
    code, out, err = run(capsys, "import", str(sheet))
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "is a spreadsheet; import it in the window" in err
    bad = tmp_path / "bad.json"
    bad.write_text("[]", encoding="utf-8")
    code, out, err = run(capsys, "import", str(sheet), "--mapping", str(bad))
    assert code == 1
    assert err.strip() == ("referral-app: bad.json is not a column mapping this app saved; "
                           "make one by importing the sheet in the window.")


def test_an_older_package_prints_what_it_was_read_as(capsys, data_dir, tmp_path: Path) -> None:
    folder = tmp_path / "old"
    folder.mkdir()
    (folder / "services.csv").write_text("id,name,status\n1,Fictional Desk,active\n",
                                         encoding="utf-8")
    (folder / "services_at_location.csv").write_text("id,service_id,location_id\n",
                                                     encoding="utf-8")
    assert main(["import", str(folder)]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "old: read as HSDS 1.1 tabular data package, converted to " \
                                  "HSDS 3.1"
    assert "added 1, updated 0, unchanged 0, rejected 0" in out


def test_validate_a_sheet_and_an_older_package(capsys, data_dir, tmp_path: Path) -> None:
    sheet = tmp_path / "list.csv"
    sheet.write_text("Name,Phone\nFictional Desk,0300-0000001\nFictional Line,call us\n",
                     encoding="utf-8")
    mapping = tmp_path / "m.json"
    mapping.write_text('{"referral_app_sheet_mapping": 1, "columns": {"Name": "name", '
                       '"Phone": "phone"}}', encoding="utf-8")
    code, out, _ = run(capsys, "validate", str(sheet), "--mapping", str(mapping))
    assert code == 1
    assert out.splitlines()[0] == "list.csv: read as spreadsheet (2 rows), converted to HSDS 3.1"
    assert "list.csv, row 3, column 'Phone': 'call us' holds letters" in out
    assert out.splitlines()[-1] == "list.csv: 1 problem; 1 service would be rejected"
