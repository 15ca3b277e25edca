import json

from referral_app.store.directory import Directory
from tests.conftest import SHARED, need_shared


def test_first_start_loads_the_starter_directory(directory: Directory) -> None:
    assert directory.count("") == 47
    assert directory.stats().by_need["emergency"] == 9


def test_every_starter_record_keeps_its_source_and_is_unverified(directory: Directory) -> None:
    rows = directory.db.execute(
        "SELECT source_url, source_date, last_verified FROM service").fetchall()
    assert len(rows) == 47
    assert all(url.startswith("http") for url, _, _ in rows)
    assert all(verified is None for _, _, verified in rows)


def test_starter_facts_match_their_sources_exactly(directory: Directory) -> None:
    """Names and phone numbers carry over unchanged; nothing is added."""
    sources = json.loads(need_shared(SHARED / "data" / "pakistan_services.json").read_text())
    for entry in sources:
        found = [s for s in directory.search("", limit=100) if s.name == entry["name"]]
        assert len(found) == 1, entry["name"]
        assert list(found[0].phones) == entry["phones"], entry["name"]
        assert found[0].source_date == entry["source_date"]


def test_the_starter_file_is_the_one_the_builder_makes(tmp_path) -> None:
    import subprocess
    import sys
    from pathlib import Path

    repo = Path(__file__).resolve().parents[2]
    source = need_shared(SHARED / "data" / "pakistan_services.json")
    shipped = (repo / "db" / "starter_directory.json").read_text(encoding="utf-8")
    rebuilt = tmp_path / "starter.json"
    subprocess.run([sys.executable, str(repo / "db" / "make_starter.py"), str(source),
                    str(rebuilt)], check=True, capture_output=True)
    assert rebuilt.read_text(encoding="utf-8") == shipped


def test_shelters_are_confidential_locations(directory: Directory) -> None:
    rows = directory.db.execute(
        "SELECT DISTINCT l.confidential FROM service s JOIN service_need n ON n.service_key = "
        "s.key JOIN service_at_location a ON a.root = s.key JOIN location l ON "
        "l.id = a.location_id WHERE n.need = 'shelter'").fetchall()
    assert rows == [(1,)]
