"""packaging/build_kit.py and build_app.py: bad input is one sentence and makes nothing.
Fast: in the default run (the builds themselves are tested under the 'kit' marker)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from tests.packaging.conftest import PACKAGING, REPO, load_script


def run(script: str, *args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(PACKAGING / script), *map(str, args)],
                          capture_output=True, text=True, timeout=120, check=False)


def one_sentence(done: subprocess.CompletedProcess[str], prefix: str) -> str:
    assert done.returncode == 1 and done.stdout == "", done.stdout + done.stderr
    assert done.stderr.count("\n") == 1 and done.stderr.startswith(prefix), done.stderr
    return done.stderr


def test_build_kit_wants_an_empty_folder(tmp_path) -> None:
    out = tmp_path / "KIT"
    out.mkdir()
    (out / "kept.txt").write_text("something of the user's")
    assert "is not an empty folder" in one_sentence(run("build_kit.py", "--out", out),
                                                    "build_kit: ")
    assert [p.name for p in out.iterdir()] == ["kept.txt"]
    afile = tmp_path / "a-file"
    afile.write_text("")
    assert "is not an empty folder" in one_sentence(run("build_kit.py", "--out", afile),
                                                    "build_kit: ")


def test_build_kit_wants_a_source_tree(tmp_path) -> None:
    done = run("build_kit.py", "--out", tmp_path / "KIT", "--source", tmp_path)
    assert "is not a source tree of Referral App" in one_sentence(done, "build_kit: ")
    assert not (tmp_path / "KIT").exists()


def test_build_app_wants_a_kit_and_an_empty_folder(tmp_path) -> None:
    done = run("build_app.py", "--kit", tmp_path, "--out", tmp_path / "DIST")
    assert "is not a kit made by packaging/build_kit.py" in one_sentence(done, "build_app: ")
    assert not (tmp_path / "DIST").exists()


@pytest.mark.parametrize("script", ["build_kit.py", "build_app.py"])
def test_a_usage_mistake_is_argparse_s_usage_and_exit_2(script) -> None:
    done = run(script)
    assert done.returncode == 2 and "usage:" in done.stderr and "Traceback" not in done.stderr


def test_the_pins_name_every_runtime_dependency_of_pyproject() -> None:
    build_kit = load_script("build_kit")
    pinned = {p.name for p in build_kit.read_pins()}
    text = (REPO / "pyproject.toml").read_text()
    block = text.split("dependencies = [", 1)[1].split("]", 1)[0]
    for line in block.splitlines():
        line = line.strip().rstrip(",").strip('"')
        if line and not line.startswith("#"):
            requirement = Requirement(line)
            assert canonicalize_name(requirement.name) in pinned, requirement.name
            version = next(p.version for p in build_kit.read_pins()
                           if p.name == canonicalize_name(requirement.name))
            assert requirement.specifier.contains(version), (requirement, version)
