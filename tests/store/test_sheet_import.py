"""A coordinator's spreadsheet imported with a column mapping: Urdu headers, merged cells,
empty rows and formulas; its CSV twin gives the same services; bad input is one sentence and
changes nothing."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from referral_app.core.errors import InvalidFileError, UserError
from referral_app.core.sheet_mapping import SheetMapping, guess, load
from referral_app.core.sheet_reader import read_sheet
from referral_app.core.sheet_services import unknown_values
from referral_app.store.directory import Directory
from tests.fixtures.sheets import HEADERS, write_csv_twin, write_sheet
from tests.store.helpers import snapshot


@pytest.fixture
def sheet(tmp_path: Path) -> Path:
    return write_sheet(tmp_path / "services-march.xlsx")


def services(directory: Directory) -> dict[str, tuple]:
    rows = directory.db.execute(
        "SELECT s.id, s.name, o.name, s.source_date FROM service s "
        "LEFT JOIN organization o ON o.id = s.organization_id").fetchall()
    return {row[1]: tuple(row) for row in rows}


def test_the_headers_are_guessed_in_urdu_and_english(sheet: Path) -> None:
    read = read_sheet(sheet)
    assert read.header_row == 2  # the merged title above is passed over
    assert read.columns == tuple(HEADERS)
    assert guess(read.columns).columns == {
        "نام": "name", "ادارہ": "organization", "فون نمبر": "phone", "ضلع": "district",
        "ضرورت": "needs", "Address / پتہ": "address", "اوقات": "hours", "زبانیں": "languages"}


def test_the_sheet_is_read_as_the_spreadsheet_shows_it(sheet: Path) -> None:
    read = read_sheet(sheet)
    rows = dict(read.rows)
    assert 5 not in rows  # the empty row
    assert rows[4][3] == "Lahore"  # merged over rows 3 and 4
    assert rows[6][0] == "Fictional Shelter Home"  # a formula, as its saved result
    assert rows[4][2] == "3000000002"  # a number cell, without ".0"


def test_a_sheet_imports_as_local_services(empty_directory: Directory, sheet: Path) -> None:
    mapping = guess(read_sheet(sheet).columns)
    report = empty_directory.import_file(sheet, mapping=mapping)
    assert report.read_as == "read as spreadsheet (4 rows), converted to HSDS 3.1"
    assert (report.added, report.rejected) == (4, 0)
    found = services(empty_directory)
    assert set(found) == {"Fictional Legal Desk", "Fictional Counselling Line",
                          "Fictional Shelter Home", "Fictional Skills Centre"}
    assert found["Fictional Skills Centre"][2] == "Fictional Skills Centre"  # its own org
    db = empty_directory.db
    phones = {row[0] for row in db.execute("SELECT number FROM phone")}
    assert phones == {"0300-0000001", "03000000002", "0300-0000003", "042-0000004",
                      "0300-0000005"}
    needs = dict(db.execute("SELECT s.name, group_concat(n.need) FROM service s JOIN "
                            "service_need n ON n.service_key = s.key GROUP BY s.key"))
    assert needs["Fictional Legal Desk"] in ("legal,shelter", "shelter,legal")
    assert needs["Fictional Counselling Line"] == "psychosocial"
    assert needs["Fictional Shelter Home"] == "shelter"
    coverage = dict(db.execute("SELECT s.name, group_concat(c.place) FROM service s JOIN "
                               "service_coverage c ON c.service_key = s.key GROUP BY s.key"))
    assert coverage["Fictional Legal Desk"] == "pb-lahore"
    assert coverage["Fictional Shelter Home"] == "pb-multan"
    assert any("03000000002" in line for line in report.conversion)
    assert any("'Sewing classes' is not one this app knows" in line
               for line in report.conversion)
    # the same sheet again: the same ids, nothing changes
    again = empty_directory.import_file(sheet, mapping=mapping)
    assert (again.added, again.updated, again.unchanged) == (0, 0, 4)


def test_the_csv_twin_gives_the_same_services(tmp_path: Path, data_dir: Path) -> None:
    sheet = write_sheet(tmp_path / "services.xlsx")
    twin = write_csv_twin(tmp_path / "services.csv")
    os.utime(twin, (sheet.stat().st_atime, sheet.stat().st_mtime))
    mapping = guess(read_sheet(sheet).columns)
    results = []
    for path, folder in ((sheet, "a"), (twin, "b")):
        with Directory.open(data_dir / folder, starter=False) as directory:
            directory.import_file(path, mapping=mapping)
            results.append((services(directory), snapshot(directory)))
    assert results[0] == results[1]


def test_unknown_needs_and_places_are_listed_and_mapped(empty_directory: Directory,
                                                        sheet: Path, tmp_path: Path) -> None:
    read = read_sheet(sheet)
    mapping = guess(read.columns)
    unknown = unknown_values(read, mapping, empty_directory.geography)
    assert dict(unknown.needs) == {"Sewing classes": 1}
    assert dict(unknown.districts) == {"Lhr City": 1}
    mapping.needs["sewing classes"] = "livelihood"
    mapping.districts["lhr city"] = "pb-lahore"
    saved = tmp_path / "mapping.json"
    mapping.save(saved)
    loaded = load(saved)
    assert loaded == mapping
    assert unknown_values(read, loaded, empty_directory.geography).needs == {}
    empty_directory.import_file(sheet, mapping=loaded)
    row = empty_directory.db.execute(
        "SELECT group_concat(n.need), group_concat(c.place) FROM service s "
        "JOIN service_need n ON n.service_key = s.key JOIN service_coverage c ON "
        "c.service_key = s.key WHERE s.name = 'Fictional Skills Centre'").fetchone()
    assert row == ("livelihood", "pb-lahore")


def test_a_bad_phone_is_named_by_row_and_column(empty_directory: Directory,
                                                tmp_path: Path) -> None:
    path = tmp_path / "sheet.csv"
    path.write_text("Name,Phone\nFictional Desk,0300-0000001\nFictional Line,call us\n",
                    encoding="utf-8")
    before = snapshot(empty_directory)
    with pytest.raises(InvalidFileError) as refused:
        empty_directory.import_file(path, mapping=guess(["Name", "Phone"]))
    assert "sheet.csv, row 3, column 'Phone': 'call us' holds letters" in str(refused.value)
    assert snapshot(empty_directory) == before
    report = empty_directory.import_file(path, mapping=guess(["Name", "Phone"]),
                                         skip_invalid=True)
    assert (report.added, report.rejected) == (1, 1)


@pytest.mark.parametrize(("content", "sentence"), [
    (b"", "x.xlsx is not a spreadsheet this app can read (it may be damaged); open it in "
          "Excel or LibreOffice and save it again as .xlsx."),
    (b"PK\x03\x04 not really a zip", "x.xlsx is not a spreadsheet this app can read (it may "
                                     "be damaged); open it in Excel or LibreOffice and save "
                                     "it again as .xlsx."),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600),
     "x.xlsx is protected with a password; open it in Excel or LibreOffice, remove the "
     "password, save it, and import it again."),
])
def test_a_damaged_or_protected_sheet_is_one_sentence(empty_directory: Directory,
                                                      tmp_path: Path, content: bytes,
                                                      sentence: str) -> None:
    path = tmp_path / "x.xlsx"
    path.write_bytes(content)
    before = snapshot(empty_directory)
    with pytest.raises(InvalidFileError) as refused:
        empty_directory.import_file(path, mapping=SheetMapping({"Name": "name"}))
    assert str(refused.value) == sentence
    assert snapshot(empty_directory) == before


def test_an_empty_sheet_and_a_sheet_without_a_name_column(empty_directory: Directory,
                                                          tmp_path: Path) -> None:
    import openpyxl

    empty = tmp_path / "empty.xlsx"
    openpyxl.Workbook().save(empty)
    with pytest.raises(InvalidFileError, match=r"^empty.xlsx has no rows; a sheet needs a "
                                               r"header row and one row per service.$"):
        empty_directory.import_file(empty, mapping=SheetMapping({"Name": "name"}))
    nameless = tmp_path / "nameless.csv"
    nameless.write_text("Phone,District\n0300-0000001,Lahore\n", encoding="utf-8")
    mapping = guess(["Phone", "District"])
    assert mapping.missing() == ["name"]
    with pytest.raises(InvalidFileError, match="no column is chosen as the service's name"):
        empty_directory.import_file(nameless, mapping=mapping)
    assert empty_directory.db.execute("SELECT count(*) FROM service").fetchone()[0] == 0


def test_a_100_mb_sheet_is_refused_before_it_is_read(empty_directory: Directory,
                                                     tmp_path: Path) -> None:
    path = tmp_path / "huge.xlsx"
    with path.open("wb") as file:
        file.truncate(100 << 20)  # sparse: no 100 MB written
    with pytest.raises(InvalidFileError, match=r"^huge.xlsx is 100 MB, more than the 50 MB"):
        empty_directory.import_file(path, mapping=SheetMapping({"Name": "name"}))


def test_a_sheet_without_a_mapping_says_how_to_import_it(empty_directory: Directory,
                                                         sheet: Path) -> None:
    with pytest.raises(InvalidFileError, match="is a spreadsheet; import it in the window"):
        empty_directory.import_file(sheet)


@pytest.mark.parametrize(("text", "message"), [
    ("not json", "is not a column mapping this app saved"),
    ('{"referral_app_sheet_mapping": 1, "columns": {"A": "colour"}}',
     "maps a column to 'colour', which is not a field"),
    ('{"referral_app_sheet_mapping": 1, "needs": {"x": "food"}}',
     "matches a need to 'food', which is not a need code"),
])
def test_a_bad_mapping_file_is_one_sentence(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "m.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(UserError, match=message):
        load(path)


def test_an_ods_sheet_gives_the_same_services_as_its_csv_twin(tmp_path: Path,
                                                              data_dir: Path) -> None:
    from tests.fixtures.sheets import ROWS, write_ods

    ods = write_ods(tmp_path / "services.ods", [HEADERS, *ROWS])
    twin = write_csv_twin(tmp_path / "services.csv")
    os.utime(twin, (ods.stat().st_atime, ods.stat().st_mtime))
    mapping = guess(HEADERS)
    results = []
    for path, folder in ((ods, "a"), (twin, "b")):
        with Directory.open(data_dir / folder, starter=False) as directory:
            report = directory.import_file(path, mapping=mapping)
            results.append((report.added, services(directory)))
    assert results[0] == results[1]
    assert results[0][0] == 4
