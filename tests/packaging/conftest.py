"""The offline kit and the packaged app, built once per run (minutes), for the tests marked
``kit``. To test a kit or an app built already: REFERRAL_APP_KIT=KIT/ and
REFERRAL_APP_DIST=DIST/ (the folder holding referral-app/)."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[2]
PACKAGING = REPO / "packaging"
PYTHONS = ("3.11", "3.12", "3.13")


def load_script(name: str) -> ModuleType:
    """A script of packaging/ as a module (the folder is not a package)."""
    spec = importlib.util.spec_from_file_location(f"packaging_{name}", PACKAGING / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def _build(command: list[str | Path]) -> None:
    done = subprocess.run([str(part) for part in command], cwd=REPO, capture_output=True,
                          text=True, check=False)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]


def build_kit(out: Path, source: Path = REPO) -> Path:
    _build([sys.executable, PACKAGING / "build_kit.py", "--out", out, "--source", source])
    return out


@pytest.fixture(scope="session")
def kit(tmp_path_factory: pytest.TempPathFactory) -> Path:
    given = os.environ.get("REFERRAL_APP_KIT")
    if given:
        return Path(given).resolve()
    return build_kit(tmp_path_factory.mktemp("kit") / "KIT")


@pytest.fixture(scope="session")
def packaged_app(kit: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The folder referral-app/ of the packaged Linux app."""
    given = os.environ.get("REFERRAL_APP_DIST")
    if given:
        return Path(given).resolve() / "referral-app"
    out = tmp_path_factory.mktemp("dist")
    _build([sys.executable, PACKAGING / "build_app.py", "--kit", kit, "--out", out])
    return out / "referral-app"


def can_cut_the_network() -> bool:
    return shutil.which("unshare") is not None and subprocess.run(
        ["unshare", "-n", "true"], capture_output=True, check=False).returncode == 0


@pytest.fixture(scope="session")
def offline() -> None:
    if not can_cut_the_network():
        pytest.skip("unshare -n is not allowed here (it needs root or user namespaces)")


def run_offline(command: list[str | Path], env: Mapping[str, str], cwd: Path | None = None,
                timeout: float = 600) -> subprocess.CompletedProcess[str]:
    """``command`` in a network namespace with no interfaces (any download fails) and with
    only the environment given: nothing of this machine's pip or Python settings."""
    return subprocess.run(["unshare", "-n", "env", "-i", *(f"{k}={v}" for k, v in env.items()),
                           *(str(part) for part in command)],
                          cwd=cwd, capture_output=True, text=True, timeout=timeout, check=False)


def laptop_env(home: Path, **more: str) -> dict[str, str]:
    """A laptop's plain environment: system PATH, its own home, a UTF-8 locale, no display."""
    return {"PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8",
            "QT_QPA_PLATFORM": "offscreen", **more}


def find_python(version: str) -> Path | None:
    """An interpreter of this version on this machine (on PATH or under pyenv), or None."""
    candidates = [shutil.which(f"python{version}")]
    candidates += sorted(str(p) for p in (Path.home() / ".pyenv" / "versions").glob(
        f"{version}.*/bin/python{version}"))
    for candidate in candidates:
        if not candidate:
            continue
        done = subprocess.run([candidate, "-c", "import sys, venv, ensurepip; "
                               "print('%d.%d' % sys.version_info[:2])"],
                              capture_output=True, text=True, check=False)
        if done.returncode == 0 and done.stdout.strip() == version:
            return Path(candidate)
    return None


# Run with an installed Python: opens the window offscreen as 'referral-app' does, prints its
# title and layout direction once it is shown, and closes it.
WINDOW_CHECK = r"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from referral_app.app import main

app = QApplication(sys.argv[:1])

def look():
    for widget in app.topLevelWidgets():
        if widget.isVisible() and type(widget).__name__ == "MainWindow":
            print("window shown:", widget.windowTitle(), widget.layoutDirection().name,
                  flush=True)
            widget.close()
            app.quit()
            return
    QTimer.singleShot(100, look)

QTimer.singleShot(100, look)
QTimer.singleShot(120000, lambda: (print("no window", flush=True), app.exit(3)))
raise SystemExit(main(sys.argv[1:]))
"""
