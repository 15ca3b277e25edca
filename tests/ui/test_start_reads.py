"""Until its first results are on screen, a window reads nothing whose size grows with the
directory's (issue 15: start on 100,000 services within 1.15 times the start on the starter
directory): not the index's words, which take seconds of the interpreter at that size."""

import threading

from referral_app.app import build_main_window
from referral_app.store import search_words
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
