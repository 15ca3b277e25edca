"""The search finds the right services for what caseworkers type (tests/fixtures/relevance.py)."""

import pytest

from referral_app.store.directory import Directory
from tests.conftest import write_json
from tests.fixtures.relevance import MADE_UP_QUERIES, STARTER_QUERIES, made_up_page, score

HIT_AT_3 = 0.95
PRECISION_AT_3 = 0.85


@pytest.fixture(scope="module")
def starter(tmp_path_factory):
    directory = Directory.open(tmp_path_factory.mktemp("starter"))
    yield directory
    directory.close()


@pytest.fixture(scope="module")
def made_up(tmp_path_factory):
    folder = tmp_path_factory.mktemp("made-up")
    directory = Directory.open(folder, starter=False)
    directory.import_file(write_json(folder / "made-up.json", made_up_page()))
    yield directory
    directory.close()


def names(directory):
    return lambda text: [s.name for s in directory.search(text, limit=3)]


def test_the_set_is_large_and_mixed() -> None:
    queries = [case.query for case in STARTER_QUERIES + MADE_UP_QUERIES]
    assert len(set(queries)) >= 80 - 1  # one query is asked of both directories
    assert sum(not q.isascii() for q in queries) >= 10  # Urdu letters


@pytest.mark.parametrize("which", ["starter", "made_up"])
def test_right_services_come_first(which, request) -> None:
    directory = request.getfixturevalue(which)
    cases = STARTER_QUERIES if which == "starter" else MADE_UP_QUERIES
    found = score(names(directory), cases)
    assert found.hit >= HIT_AT_3, found.misses
    assert found.precision >= PRECISION_AT_3, found.misses


def test_both_directories_together(starter, made_up) -> None:
    one = score(names(starter), STARTER_QUERIES)
    two = score(names(made_up), MADE_UP_QUERIES)
    total = len(STARTER_QUERIES) + len(MADE_UP_QUERIES)
    hit = (one.hit * len(STARTER_QUERIES) + two.hit * len(MADE_UP_QUERIES)) / total
    precision = (one.precision * len(STARTER_QUERIES)
                 + two.precision * len(MADE_UP_QUERIES)) / total
    assert hit >= HIT_AT_3 and precision >= PRECISION_AT_3, one.misses + two.misses
