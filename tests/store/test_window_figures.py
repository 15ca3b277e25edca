import sqlite3

from referral_app.core.models import SearchFilters
from referral_app.store.directory import Directory
from referral_app.store.window_figures import WindowFigures, figures
from tests.conftest import write_json
from tests.fixtures.services import page, service


def worked_out(directory: Directory) -> WindowFigures:
    unverified, oldest, newest = directory.unverified()
    return WindowFigures(directory.count("", SearchFilters(include_inactive=True)),
                         tuple(directory.languages()), unverified, oldest, newest)


def kept(directory: Directory) -> list[str]:
    return [name for (name,) in directory.db.execute("SELECT name FROM window_figure")]


def test_the_figures_are_kept_once_worked_out(directory) -> None:
    directory.db.execute("DELETE FROM window_figure")
    assert kept(directory) == []
    first = figures(directory)
    assert first == worked_out(directory) and first.services == 47 and first.unverified == 47
    assert kept(directory) == ["figures"]
    assert figures(directory) == first


def test_an_import_has_them_worked_out_for_the_next_start(empty_directory, tmp_path) -> None:
    empty_directory.import_file(write_json(tmp_path / "a.json", page(
        service("Desk One", languages=("Balochi",)))))
    assert kept(empty_directory) == ["figures"]
    assert figures(empty_directory).languages == ("Balochi",)


def test_any_change_by_any_program_drops_the_kept_figures(empty_directory, tmp_path) -> None:
    empty_directory.import_file(write_json(tmp_path / "a.json", page(
        service("Desk One", languages=("Balochi",)), service("Desk Two", status="defunct"))))
    assert figures(empty_directory).services == 2
    with Directory.open(empty_directory.path.parent) as other:  # another program, say
        other.import_file(write_json(tmp_path / "b.json", page(
            service("Desk Three", languages=("Pashto",)))))
        other.db.execute("DELETE FROM window_figure WHERE 0")  # nothing of its own
    now = figures(empty_directory)
    assert now == worked_out(empty_directory)
    assert now.services == 3 and set(now.languages) == {"Balochi", "Pashto"}
    changes = [
        "UPDATE service SET last_verified = '2026-01-01' WHERE name = 'Desk One'",
        "UPDATE service SET status = 'active' WHERE name = 'Desk Two'",
        "UPDATE service SET source_date = '2020-01-01' WHERE name = 'Desk Three'",
        "UPDATE language SET name = 'Sindhi' WHERE name = 'Pashto'",
        "DELETE FROM language WHERE name = 'Balochi'",
    ]
    for change in changes:
        figures(empty_directory)
        with sqlite3.connect(empty_directory.path) as conn:
            conn.execute(change)
        assert kept(empty_directory) == [], change
        assert figures(empty_directory) == worked_out(empty_directory), change


def test_a_directory_busy_with_another_write_still_gives_them_at_once(
        empty_directory, tmp_path) -> None:
    empty_directory.import_file(write_json(tmp_path / "a.json", page(service("Desk One"))))
    empty_directory.db.execute("DELETE FROM window_figure")
    other = sqlite3.connect(empty_directory.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # an import in another program holds the write lock
    try:
        assert figures(empty_directory).services == 1
        assert kept(empty_directory) == []  # nothing kept, nothing waited for
    finally:
        other.execute("ROLLBACK")
        other.close()
