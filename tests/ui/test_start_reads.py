"""Until its first results are on screen, a window reads nothing whose size grows with the
directory's (issue 15: start on 100,000 services within 1.15 times the start on the starter
directory): not the index's words, which take seconds of the interpreter at that size."""

import threading

from referral_app.app import build_main_window
from referral_app.store import search_words
from referral_app.ui.tasks import LatestOnly
from tests.ui.conftest import type_query


def test_no_words_are_read_before_the_first_results(qtbot, data_dir, monkeypatch) -> None:
    reads: list[str] = []  # in this thread or another, started in the background or not
    real_read, real_thread = search_words.read_words, threading.Thread

    def read_words(conn):
        reads.append("read")
        return real_read(conn)

    class Thread(real_thread):
        def start(self) -> None:
            if self.name == "directory words":
                reads.append("background")
            super().start()

    monkeypatch.setattr(search_words, "read_words", read_words)
    monkeypatch.setattr(search_words.threading, "Thread", Thread)
    window = build_main_window(data_dir, language="en")
    qtbot.addWidget(window)
    at_first_results: list[list[str]] = []
    window.results_shown.connect(lambda _n: at_first_results.append(list(reads)))
    with qtbot.waitSignal(window.results_shown, timeout=10_000):
        window.show()
    assert at_first_results[0] == []
    type_query(qtbot, window, "wakeel")  # a word typed: now they are read
    qtbot.waitUntil(lambda: "read" in reads, timeout=10_000)
    window.runner.wait()


def test_the_first_counts_are_asked_after_the_first_results(qtbot, data_dir,
                                                            monkeypatch) -> None:
    """The first count builds the counter: a third of a second of the interpreter at 100,000
    services, which beside the first search slowed the start by a sixth."""
    asked: list[str] = []
    real_ask = LatestOnly.ask

    def ask(self, work, done, failed) -> None:
        asked.append(getattr(done, "__name__", ""))
        real_ask(self, work, done, failed)

    monkeypatch.setattr(LatestOnly, "ask", ask)
    window = build_main_window(data_dir, language="en")
    qtbot.addWidget(window)
    at_first_results: list[list[str]] = []
    window.results_shown.connect(lambda _n: at_first_results.append(list(asked)))
    with qtbot.waitSignal(window.counts_shown, timeout=10_000):
        window.show()
    assert at_first_results[0] == ["_found"]
    assert asked[:2] == ["_found", "_counted"]
    assert window.panel.need_buttons["emergency"].text().endswith(")")  # counts shown
    type_query(qtbot, window, "wakeel")  # from then on, beside each search and before it
    assert asked[2:4] == ["_counted", "_found"]
    window.runner.wait()
