"""The offline kit: every file checked by SHA256SUMS, every wheel one the repository pinned,
installed by install.sh with no network on each Python found here, and the Windows half
complete for each Python version (pip's resolver for win_amd64 with no index). Slow: marked
``kit`` (python -m pytest -m kit tests/packaging)."""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
import zipfile
from email.parser import Parser
from pathlib import Path

import pytest
from packaging.markers import default_environment
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from tests.fixtures.services import service
from tests.packaging.conftest import (
    PACKAGING,
    PYTHONS,
    WINDOW_CHECK,
    find_python,
    laptop_env,
    load_script,
    run_offline,
)

pytestmark = pytest.mark.kit

build_kit = load_script("build_kit")


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_every_file_of_the_kit_is_in_sha256sums(kit: Path) -> None:
    listed = {}
    for line in (kit / "SHA256SUMS").read_text().splitlines():
        digest, name = line.split("  ", 1)
        listed[name] = digest
    files = {p.relative_to(kit).as_posix() for p in kit.rglob("*") if p.is_file()}
    assert set(listed) == files - {"SHA256SUMS"}
    for name, digest in listed.items():
        assert sha256(kit / name) == digest, name
    for needed in ("install.sh", "install.bat", "install.ps1", "uninstall.sh", "uninstall.ps1",
                   "uninstall.bat", "requirements.txt", "README.txt"):
        assert needed in listed
    for windows_script in ("install.bat", "install.ps1", "uninstall.bat", "uninstall.ps1"):
        data = (kit / windows_script).read_bytes()
        assert data.count(b"\r\n") == data.count(b"\n") > 0, windows_script  # CRLF lines
        data.decode("ascii")  # Windows PowerShell 5 reads a file without a BOM as ANSI


def test_every_wheel_is_pinned_with_its_hash_and_no_index_is_named(kit: Path) -> None:
    pins = {canonicalize_name(p.name): p for p in build_kit.read_pins()}
    assert pins["pyside6-essentials"].version == "6.11.3"
    for system in ("linux", "windows"):
        wheels = list((kit / system).glob("*.whl"))
        names = {canonicalize_name(w.name.split("-")[0]) for w in wheels}
        assert names == set(pins) | {"referral-app"}, system
        for wheel in wheels:
            name, version = wheel.name.split("-")[:2]
            if name == "referral_app":
                continue
            pin = pins[canonicalize_name(name)]
            assert version == pin.version and sha256(wheel) in pin.hashes, wheel.name
    for text in ((kit / "requirements.txt").read_text(),
                 (PACKAGING / "constraints.txt").read_text()):
        assert not re.search(r"--(extra-)?index-url|--find-links|://", text)
    assert (kit / "requirements.txt").read_text() == "".join(
        p.line() for p in build_kit.read_pins())


def _requirements_met(target: Path, system: str, python: str) -> list[str]:
    """What an installed distribution in ``target`` needs on that system and Python but is
    not there (pip judges markers such as sys_platform by this machine, not the target)."""
    environment = default_environment()
    environment.update(build_kit.Target(system, python).environment())
    installed = {}
    for info in target.glob("*.dist-info"):
        metadata = Parser().parsestr((info / "METADATA").read_text(encoding="utf-8"))
        installed[canonicalize_name(metadata["Name"])] = metadata
    missing = []
    for name, metadata in installed.items():
        for text in metadata.get_all("Requires-Dist") or []:
            requirement = Requirement(text)
            if requirement.marker and not requirement.marker.evaluate(
                    {**environment, "extra": ""}):
                continue
            if canonicalize_name(requirement.name) not in installed:
                missing.append(f"{name} needs {requirement}")
    return missing


@pytest.mark.parametrize("system", ["windows", "linux"])
@pytest.mark.parametrize("python", PYTHONS)
def test_every_dependency_is_in_the_kit_for_each_python(kit, offline, tmp_path, system,
                                                        python) -> None:
    """pip's resolver installs the app for that platform and Python from the kit alone."""
    platforms = ["win_amd64"] if system == "windows" else list(build_kit.LINUX_TAGS)
    for_target = [
        sys.executable, "-m", "pip", "--isolated", "install", "-q", "--no-index",
        "--find-links", kit / system, "--only-binary=:all:",
        *[part for tag in platforms for part in ("--platform", tag)],
        "--python-version", python, "--implementation", "cp"]
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "PIP_CONFIG_FILE": "/dev/null"}
    # what the install scripts install: every pin, by its hash
    pinned = tmp_path / "pinned"
    done = run_offline([*for_target, "--target", pinned, "--require-hashes",
                        "-r", kit / "requirements.txt"], env)
    assert done.returncode == 0, done.stderr[-3000:]
    # the app's own requirements, resolved by pip from the kit alone
    target = tmp_path / "target"
    (app,) = (kit / system).glob("referral_app-*.whl")
    done = run_offline([*for_target, "--target", target, app], env)
    assert done.returncode == 0, done.stderr[-3000:]
    assert _requirements_met(target, system, python) == []
    extension = ".pyd" if system == "windows" else ".so"
    digits = python.replace(".", "")
    tag = f"cp{digits}-" if system == "windows" else f"cpython-{digits}-"
    assert list((target / "sqlcipher3").glob(f"*{tag}*{extension}"))
    assert list((target / "PySide6").glob(f"QtWidgets*{extension}"))


def _write_test_directory(path: Path) -> str:
    record = service("Fictional Riverside Legal Desk", phone="0300-0000001",
                     district="Lahore", province="Punjab")
    path.write_text(json.dumps([record]), encoding="utf-8")
    return str(record["id"])


def check_installed_app(home: Path, tmp_path: Path) -> None:
    """The installed command works with no network: import a file, search, a slip, the
    window offscreen."""
    command = home / ".local" / "bin" / "referral-app"
    env = laptop_env(home)
    hsds = tmp_path / "fictional.json"
    service_id = _write_test_directory(hsds)
    done = run_offline([command, "import", hsds], env)
    assert done.returncode == 0 and done.stdout.startswith("added 1,"), done.stdout + done.stderr
    done = run_offline([command, "search", "Riverside", "--json"], env)
    assert done.returncode == 0, done.stderr
    assert [r["id"] for r in json.loads(done.stdout)] == [service_id]
    slip = tmp_path / "slip.pdf"
    done = run_offline([command, "slip", "--service", service_id, "--out", slip], env)
    assert done.returncode == 0, done.stderr
    assert slip.read_bytes().startswith(b"%PDF")
    python = home / ".local" / "opt" / "referral-app" / "venv" / "bin" / "python"
    done = run_offline([python, "-P", "-c", WINDOW_CHECK], env, timeout=180)
    assert done.returncode == 0 and "window shown: Referral App" in done.stdout, (
        done.stdout + done.stderr)


@pytest.mark.parametrize("version", PYTHONS)
def test_install_sh_installs_with_no_network_and_the_app_starts(kit, offline, tmp_path,
                                                                 version) -> None:
    python = find_python(version)
    if python is None:
        pytest.skip(f"no Python {version} with venv on this machine")
    home = tmp_path / "home"
    (home / "Desktop").mkdir(parents=True)
    done = run_offline(["sh", kit / "install.sh"], laptop_env(home, PYTHON=str(python)))
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.startswith("Referral App 0.1.0 is installed in")
    prefix = home / ".local" / "opt" / "referral-app"
    venv_version = (prefix / "venv" / "pyvenv.cfg").read_text()
    assert f"version = {version}." in venv_version or f"version_info = {version}." in (
        venv_version)
    desktop = (home / ".local" / "share" / "applications" / "referral-app.desktop").read_text()
    assert f'Exec="{prefix}/venv/bin/python" -P -m referral_app' in desktop
    assert "Terminal=false" in desktop
    assert (home / "Desktop" / "referral-app.desktop").exists()
    check_installed_app(home, tmp_path)

    done = run_offline(["sh", prefix / "uninstall.sh"], laptop_env(home))
    assert done.returncode == 0, done.stderr
    assert "data folder" in done.stdout and "is kept" in done.stdout
    assert not prefix.exists()
    assert not (home / ".local" / "bin" / "referral-app").exists()
    assert not (home / ".local" / "share" / "applications" / "referral-app.desktop").exists()
    assert (home / ".local" / "share" / "referral-app" / "directory.db").exists()


def test_a_damaged_kit_is_refused_and_nothing_is_installed(kit, offline, tmp_path) -> None:
    damaged = tmp_path / "KIT"
    subprocess.run(["cp", "-r", kit, damaged], check=True)
    wheel = next((damaged / "linux").glob("pyside6_essentials-*.whl"))
    with zipfile.ZipFile(wheel, "a") as archive:  # still a valid zip, but not the one pinned
        archive.writestr("extra.txt", "changed on the stick")
    home = tmp_path / "home"
    done = run_offline(["sh", damaged / "install.sh"], laptop_env(home))
    assert done.returncode == 1
    assert done.stderr.strip().count(".") == 1 and "This kit is damaged" in done.stderr
    assert not (home / ".local").exists()
