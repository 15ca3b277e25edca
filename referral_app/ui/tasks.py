"""Background work: a plain function on the thread pool, its result handed to a callback on
the UI thread. Workers take plain values and return plain data; only callbacks touch widgets."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self._work = work
        self.signals = signals

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as error:  # handed to the UI thread, which decides what to show
            self.signals.failed.emit(error)
        else:
            self.signals.done.emit(result)


class TaskRunner(QObject):
    """Runs ``work()`` off the UI thread; ``done(result)`` or ``failed(error)`` run on it."""

    def __init__(self, parent: QObject | None = None, threads: int = 2,
                 unexpected: Callable[[BaseException], None] | None = None) -> None:
        super().__init__(parent)
        # what a job without a failure handler of its own does with its error
        self._unexpected = unexpected or (lambda error: log.error("background work failed",
                                                                   exc_info=error))
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(threads)
        self._running: set[_Signals] = set()

    def run(self, work: Callable[[], Any], done: Callable[[Any], None],
            failed: Callable[[BaseException], None] | None = None) -> None:
        self.run_with_progress(lambda _report: work(), done, failed, None)

    def run_with_progress(self, work: Callable[[Callable[[int], None]], Any],
                          done: Callable[[Any], None],
                          failed: Callable[[BaseException], None] | None,
                          progress: Callable[[int], None] | None) -> None:
        """Like ``run``; ``work`` is given a function to report a count with, and each count
        reaches ``progress`` on the UI thread."""
        signals = _Signals(self)
        self._running.add(signals)
        if progress is not None:
            signals.progress.connect(progress)

        def finish(result: Any, callback: Callable[[Any], None]) -> None:
            self._running.discard(signals)
            signals.deleteLater()
            callback(result)

        signals.done.connect(lambda result: finish(result, done))
        signals.failed.connect(lambda error: finish(error, failed or self._unexpected))
        self._pool.start(_Job(lambda: work(signals.progress.emit), signals))

    def wait(self, msecs: int = 10_000) -> bool:
        """Wait for every job to finish (tests and shutdown)."""
        return self._pool.waitForDone(msecs)


class LatestOnly(QObject):
    """Runs one job at a time. Jobs asked for while one runs are not queued: only the newest
    runs next, and the running job's result is dropped when a newer one is waiting, so a stale
    result never reaches the screen."""

    def __init__(self, runner: TaskRunner) -> None:
        super().__init__(runner)
        self._runner = runner
        self._next: tuple[Callable[[], Any], Callable[[Any], None],
                          Callable[[BaseException], None]] | None = None
        self._busy = False

    @property
    def busy(self) -> bool:
        return self._busy or self._next is not None

    def ask(self, work: Callable[[], Any], done: Callable[[Any], None],
            failed: Callable[[BaseException], None]) -> None:
        self._next = (work, done, failed)
        if not self._busy:
            self._start()

    def _start(self) -> None:
        assert self._next is not None
        work, done, failed = self._next
        self._next = None
        self._busy = True
        self._runner.run(work, lambda result: self._finish(result, done),
                         lambda error: self._finish(error, failed))

    def _finish(self, value: Any, callback: Callable[[Any], None]) -> None:
        self._busy = False
        if self._next is not None:  # asked for something newer meanwhile
            self._start()
            return
        callback(value)
