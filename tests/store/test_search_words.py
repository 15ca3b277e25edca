"""The directory's words for spelling: read in the background for a search that must not wait
for them, and not at all for one without words (issue 15: listing or counting every service,
as a window's first results and the figures after an import do, reads none of them)."""

import threading

import pytest

from referral_app.store import search_words
from tests.conftest import write_json
from tests.fixtures.services import page, service

_THREAD = threading.Thread  # the test replaces the one the words cache starts


@pytest.fixture
def words_read(monkeypatch) -> list[threading.Thread]:
    """The threads asked to read a directory's words, held until the test runs them (on a
    tiny directory the reading would otherwise win the race with the search that asked)."""
    asked: list[threading.Thread] = []

    class Held(threading.Thread):
        def start(self) -> None:
            if self.name == "directory words":
                asked.append(self)
            else:
                super().start()

    monkeypatch.setattr(search_words.threading, "Thread", Held)
    return asked


def run(thread: threading.Thread) -> None:
    _THREAD.start(thread)
    thread.join()


@pytest.fixture
def near_words(empty_directory, tmp_path):
    empty_directory.import_file(write_json(tmp_path / "s.json", page(
        service("Zarina Training House", needs=("education",)),
        service("Zarena Training House", needs=("education",)))))
    empty_directory.words_in_background = True
    return empty_directory


def test_listing_and_counting_every_service_reads_no_words(empty_directory, tmp_path,
                                                           monkeypatch) -> None:
    read = []
    monkeypatch.setattr(search_words, "read_words",
                        lambda conn: read.append(conn) or search_words.EMPTY)
    # an import works out the window's figures (counts of every service) at its end
    empty_directory.import_file(write_json(tmp_path / "s.json", page(service("Gul Cafe"))))
    assert len(empty_directory.search("")) == empty_directory.count("  ") == 1
    assert read == []  # seconds at 100,000 services, for nothing
    empty_directory.search("gul")
    assert len(read) == 1


def test_a_search_that_does_not_wait_reads_the_words_in_the_background(near_words,
                                                                       words_read) -> None:
    assert near_words.search("zarxna") == []  # not read yet: words match as typed
    assert len(words_read) == 1
    run(words_read[0])
    assert [s.name for s in near_words.search("zarxna")] == [
        "Zarena Training House", "Zarina Training House"]


def test_a_thread_that_must_have_the_words_waits_for_the_one_reading_them(
        empty_directory, tmp_path, words_read, monkeypatch) -> None:
    """The look-ahead of the counts waits for the words being read in the background rather
    than reading them a second time (seconds of the interpreter at 100,000 services)."""
    empty_directory.import_file(write_json(tmp_path / "s.json", page(
        service("Madadgaar Helpline", needs=("legal",)))))
    cache = search_words.WordsCache()
    reads: list[int] = []
    real_read = search_words.read_words
    monkeypatch.setattr(search_words, "read_words",
                        lambda conn: reads.append(1) or real_read(conn))
    assert cache.get(empty_directory.db.conn, wait=False) is search_words.EMPTY
    [reader] = words_read  # asked, held
    waiting = _THREAD(target=cache.ready, args=(empty_directory.path,))
    waiting.start()
    waiting.join(0.3)
    assert waiting.is_alive() and reads == []  # waits for the reader, reads nothing itself
    run(reader)
    waiting.join(10)
    assert not waiting.is_alive() and reads == [1]
    assert cache.get(empty_directory.db.conn, wait=False).has("madadgaar")
