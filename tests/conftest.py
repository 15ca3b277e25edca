"""Shared fixtures. Tests run offscreen, each on its own temporary data folder."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
HSDS = SHARED / "hsds"


@pytest.fixture(autouse=True)
def _private_home(tmp_path_factory: pytest.TempPathFactory,
                  monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads or writes the real user's folders: a command run without --data-dir
    would otherwise use (and could damage) the data folder of whoever runs the tests."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.delenv("REFERRAL_APP_DATA_DIR", raising=False)


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("REFERRAL_APP_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def directory(data_dir: Path):
    from referral_app.store.directory import Directory

    with Directory.open(data_dir) as opened:
        yield opened


@pytest.fixture
def empty_directory(data_dir: Path):
    """A directory with needs and geography but without the starter services."""
    from referral_app.store.directory import Directory

    with Directory.open(data_dir, starter=False) as opened:
        yield opened


def need_shared(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path} is not beside the project (the shared reference data)")
    return path


def write_json(path: Path, value: object) -> Path:
    path.write_text(json.dumps(value, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture(autouse=True)
def _close_log_files():
    """Each test may start logging into its own data folder; close the file afterwards."""
    yield
    import logging

    root = logging.getLogger("referral_app")
    for handler in root.handlers:
        handler.close()
    root.handlers.clear()


@pytest.fixture(autouse=True)
def _fail_on_logged_errors(request: pytest.FixtureRequest):
    """An error the app logs fails the test, unless the test is marked ``logs_errors``: a
    silent problem (a slot that failed, a background job that died) never passes unseen."""
    import logging

    logged: list[logging.LogRecord] = []
    make_record = logging.getLogRecordFactory()

    def recording(*args, **kwargs):
        record = make_record(*args, **kwargs)
        if record.levelno >= logging.ERROR and record.name.startswith("referral_app"):
            logged.append(record)
        return record

    logging.setLogRecordFactory(recording)
    try:
        yield logged
    finally:
        logging.setLogRecordFactory(make_record)
    if logged and request.node.get_closest_marker("logs_errors") is None:
        pytest.fail("the app logged an error: " + "; ".join(
            f"{r.name}: {r.getMessage()}" for r in logged), pytrace=False)
