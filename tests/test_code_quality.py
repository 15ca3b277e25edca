"""Lint and type checks run with the tests, so a change cannot land without them."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed (pip install -e '.[dev]')")
    return found


def test_ruff_finds_nothing() -> None:
    done = subprocess.run([_tool("ruff"), "check", "referral_app", "tests", "benchmarks", "db",
                           "packaging"],
                          cwd=REPO, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout


def test_mypy_strict_on_core_and_store() -> None:
    done = subprocess.run([_tool("mypy")], cwd=REPO, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout
