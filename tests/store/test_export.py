import io
import json
from pathlib import Path

from referral_app.store.directory import Directory
from tests.conftest import HSDS, need_shared
from tests.store.hsds_schema import schema_errors


def export_json(directory: Directory) -> dict:
    out = io.StringIO()
    directory.export_json(out)
    return json.loads(out.getvalue())


def test_the_starter_export_is_valid_hsds_without_nulls(directory: Directory) -> None:
    page = export_json(directory)
    assert page["total_items"] == len(page["contents"]) == 47
    assert schema_errors(page["contents"]) == []
    assert "null" not in json.dumps(page)


def test_needs_survive_as_taxonomy_attributes(directory: Directory) -> None:
    service = export_json(directory)["contents"][0]
    terms = [a["taxonomy_term"] for a in service["attributes"]]
    assert terms and all(t["taxonomy"] == "referral_app_needs" for t in terms)
    assert all(t["name_ur"] for t in terms)


def test_json_round_trip_is_exact(directory: Directory, tmp_path: Path) -> None:
    directory.import_file(need_shared(HSDS / "examples" / "service_full.json"))
    first = tmp_path / "first.json"
    with first.open("w", encoding="utf-8") as file:
        directory.export_json(file)
    with Directory.open(tmp_path / "fresh", starter=False) as fresh:
        report = fresh.import_file(first)
        assert (report.added, report.rejected) == (48, 0)
        again = export_json(fresh)
    assert again == json.loads(first.read_text(encoding="utf-8"))
    assert schema_errors(again["contents"]) == []


def test_csv_round_trip_is_exact(directory: Directory, tmp_path: Path) -> None:
    directory.import_file(need_shared(HSDS / "examples" / "service_full.json"))
    directory.export_package(tmp_path / "one")
    with Directory.open(tmp_path / "fresh", starter=False) as fresh:
        assert fresh.import_file(tmp_path / "one").added == 48
        fresh.export_package(tmp_path / "two")
        services = export_json(fresh)["contents"]
    for path in sorted((tmp_path / "one").iterdir()):
        assert path.read_bytes() == (tmp_path / "two" / path.name).read_bytes(), path.name
    assert schema_errors(services) == []


def test_a_service_is_read_back_whole(directory: Directory) -> None:
    summary = directory.search("Madadgaar")[0]
    service = directory.service(summary.id)
    assert service is not None
    assert service["phones"][0]["number"] == "1098"
    assert service["organization"]["name"] == summary.organization
    assert directory.service("00000000-0000-4000-8000-000000000000") is None


def test_the_order_of_phones_and_languages_survives_a_csv_package(directory, tmp_path) -> None:
    """The first phone is the one on a slip and in the results list; CSV has no position
    column, so the rows are written in their order under each parent."""
    directory.export_package(tmp_path / "package")
    with Directory.open(tmp_path / "fresh", starter=False) as fresh:
        fresh.import_file(tmp_path / "package")
        for summary in directory.search("", limit=100):
            before, after = directory.service(summary.id), fresh.service(summary.id)
            for key, field in (("phones", "number"), ("languages", "name")):
                assert [p[field] for p in after.get(key, [])] == \
                    [p[field] for p in before.get(key, [])], (summary.name, key)
        bolo = fresh.search("bolo helpline")[0]
        assert bolo.phones[:2] == directory.search("bolo helpline")[0].phones[:2]
