"""Make the offline kit that installs Referral App on a laptop with no network.

On a connected machine, from the repository:

    .venv/bin/python packaging/build_kit.py --out KIT/

The kit holds the app's wheel and the wheel of every dependency for Windows x86-64 and Linux
x86-64 and CPython 3.11, 3.12 and 3.13, at exactly the versions in packaging/constraints.txt,
each checked against the sha256 written there; the install scripts; and SHA256SUMS, the
sha256 of every file, which the install scripts check before they install anything.

    .venv/bin/python packaging/build_kit.py --pin

writes packaging/constraints.txt again from the environment it runs in (the one the tests
passed in): every runtime dependency's installed version, and the sha256 of each of its wheels
for the six targets.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from packaging.markers import Marker
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
CONSTRAINTS = HERE / "constraints.txt"
SCRIPTS = HERE / "kit"
PYTHONS = ("3.11", "3.12", "3.13")
# PySide6 6.11 and cryptography 50 need glibc 2.34 (Debian 12, Ubuntu 22.04 and later).
LINUX_TAGS = ("manylinux_2_34_x86_64", "manylinux_2_28_x86_64", "manylinux_2_17_x86_64",
              "manylinux2014_x86_64")
WINDOWS_TAGS = ("win_amd64",)
SUMS = "SHA256SUMS"


@dataclass(frozen=True)
class Target:
    system: str  # the kit's folder: "linux" or "windows"
    python: str  # "3.11"

    @property
    def platforms(self) -> tuple[str, ...]:
        return WINDOWS_TAGS if self.system == "windows" else LINUX_TAGS

    def environment(self) -> dict[str, str]:
        """Marker values of a CPython of this version on this system (for Requires-Dist)."""
        windows = self.system == "windows"
        return {
            "python_version": self.python, "python_full_version": f"{self.python}.0",
            "sys_platform": "win32" if windows else "linux",
            "platform_system": "Windows" if windows else "Linux",
            "os_name": "nt" if windows else "posix",
            "platform_machine": "AMD64" if windows else "x86_64",
            "platform_python_implementation": "CPython", "implementation_name": "cpython",
            "extra": "",
        }


TARGETS = tuple(Target(system, python) for system in ("linux", "windows") for python in PYTHONS)


class KitError(Exception):
    """A step of the build failed; the message says which and why."""


@dataclass(frozen=True)
class Pin:
    name: str
    version: str
    marker: str  # "" or a PEP 508 marker: the targets that need this package
    hashes: tuple[str, ...]

    def wanted_by(self, target: Target) -> bool:
        return not self.marker or Marker(self.marker).evaluate(target.environment())

    def line(self, with_marker: bool = True) -> str:
        marker = f" ; {self.marker}" if self.marker and with_marker else ""
        hashes = "".join(f" \\\n    --hash=sha256:{digest}" for digest in self.hashes)
        return f"{self.name}=={self.version}{marker}{hashes}\n"


def read_pins(path: Path = CONSTRAINTS) -> list[Pin]:
    """The pins of constraints.txt (one requirement per logical line, hashes after it)."""
    text = path.read_text(encoding="utf-8")
    logical = re.sub(r"\\\n", " ", text)
    pins = []
    for raw in logical.splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        requirement_text, *options = line.split(" --hash=")
        requirement = Requirement(requirement_text.strip())
        (specifier,) = requirement.specifier
        if specifier.operator != "==":
            raise KitError(f"{path.name}: {requirement.name} is not pinned with ==.")
        hashes = tuple(option.strip().removeprefix("sha256:") for option in options)
        if not hashes:
            raise KitError(f"{path.name}: {requirement.name} has no sha256.")
        pins.append(Pin(requirement.name, specifier.version,
                        str(requirement.marker) if requirement.marker else "", hashes))
    return pins


def dependencies(target: Target, root: str = "referral-app") -> dict[str, str]:
    """Every distribution ``root`` needs on ``target``, with the version installed here."""
    found: dict[str, str] = {}
    todo = [Requirement(text) for text in metadata.requires(root) or []]
    while todo:
        requirement = todo.pop()
        if requirement.marker and not requirement.marker.evaluate(target.environment()):
            continue
        name = canonicalize_name(requirement.name)
        if name in found:
            continue
        try:
            distribution = metadata.distribution(name)
        except metadata.PackageNotFoundError as error:
            raise KitError(f"{name} (needed on {target.system} {target.python}) is not "
                           "installed here; install it, run the tests, then pin.") from error
        found[name] = distribution.version
        todo.extend(Requirement(text) for text in distribution.requires or [])
    return found


def pip(*args: str, quiet: bool = True) -> None:
    command = [sys.executable, "-m", "pip", *args, *(["-q"] if quiet else [])]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise KitError(f"pip {args[0]} failed:\n{done.stdout[-3000:]}{done.stderr[-3000:]}")


def download(requirements: list[str], target: Target, folder: Path,
             require_hashes: bool) -> None:
    """Wheels (never sources) of ``requirements`` for ``target`` into ``folder``."""
    with tempfile.TemporaryDirectory() as scratch:
        listed = Path(scratch) / "requirements.txt"
        listed.write_text("".join(requirements), encoding="utf-8")
        platforms = [part for tag in target.platforms for part in ("--platform", tag)]
        cp = "cp" + target.python.replace(".", "")
        pip("download", "--no-deps", "--only-binary=:all:", *platforms,
            "--python-version", target.python, "--implementation", "cp",
            "--abi", cp, "--abi", "abi3", "--abi", "none",
            *(["--require-hashes"] if require_hashes else []),
            "-r", str(listed), "-d", str(folder))


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def pin(out: Path = CONSTRAINTS) -> None:
    """Write constraints.txt from this environment's versions and the wheels' hashes."""
    wanted: dict[str, dict[str, set[Target]]] = {}
    for target in TARGETS:
        for name, version in dependencies(target).items():
            wanted.setdefault(name, {}).setdefault(version, set()).add(target)
    for name, versions in wanted.items():
        if len(versions) > 1:
            raise KitError(f"{name}: two versions wanted ({', '.join(versions)}).")
    files: dict[str, set[str]] = {}
    with tempfile.TemporaryDirectory() as scratch:
        for target in TARGETS:
            print(f"pin: wheels for {target.system}, Python {target.python}")
            folder = Path(scratch) / f"{target.system}-{target.python}"
            names = [f"{name}=={version}\n" for name, versions in wanted.items()
                     for version, targets in versions.items() if target in targets]
            download(names, target, folder, require_hashes=False)
            for wheel in folder.glob("*.whl"):
                name = canonicalize_name(wheel.name.split("-", 1)[0])
                files.setdefault(name, set()).add(sha256(wheel))
    pins = []
    for name, versions in sorted(wanted.items()):
        ((version, targets),) = versions.items()
        marker = "" if len(targets) == len(TARGETS) else _marker_for(targets)
        pins.append(Pin(name, version, marker, tuple(sorted(files[name]))))
    header = (
        "# Every package Referral App needs at run time, at the version its tests passed with,\n"
        "# and the sha256 of each wheel the offline kit may carry (Windows x86-64 and Linux\n"
        "# x86-64, CPython 3.11, 3.12 and 3.13). Written by: python packaging/build_kit.py --pin\n"
        "# PySide6-Essentials stays at 6.11.3: 6.12.0 aborts the process on Python 3.11.\n"
    )
    out.write_text(header + "".join(p.line() for p in pins), encoding="utf-8")
    print(f"wrote {out}: {len(pins)} packages")


def _marker_for(targets: set[Target]) -> str:
    systems = {t.system for t in targets}
    if len(systems) == 1 and len(targets) == len(PYTHONS):
        return 'sys_platform == "win32"' if "windows" in systems else 'sys_platform == "linux"'
    raise KitError("a package needed by only some Python versions: write its marker by hand.")


def build_app_wheel(source: Path, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    pip("wheel", "--no-deps", "-w", str(folder), str(source))
    (wheel,) = folder.glob("referral_app-*.whl")
    return wheel


def write_sums(kit: Path) -> None:
    """SHA256SUMS: the sha256 of every other file of the kit, as sha256sum writes them."""
    lines = [f"{sha256(path)}  {path.relative_to(kit).as_posix()}\n"
             for path in sorted(kit.rglob("*")) if path.is_file() and path.name != SUMS]
    (kit / SUMS).write_text("".join(lines), encoding="utf-8", newline="\n")


def build(out: Path, source: Path = REPO) -> None:
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise KitError(f"{out} is not an empty folder; give a new folder for the kit.")
    if not (source / "pyproject.toml").is_file() or not (source / "referral_app").is_dir():
        raise KitError(f"{source} is not a source tree of Referral App (no pyproject.toml "
                       "and referral_app/ in it); give the repository's folder.")
    pins = read_pins()
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        app = build_app_wheel(source, Path(scratch))
        for system in ("linux", "windows"):
            folder = out / system
            folder.mkdir()
            shutil.copy2(app, folder / app.name)
        print(f"kit: {app.name}")
    for target in TARGETS:
        print(f"kit: wheels for {target.system}, Python {target.python}")
        download([p.line(with_marker=False) for p in pins if p.wanted_by(target)], target,
                 out / target.system, require_hashes=True)
    # What the install scripts install: every pin, checked against its sha256 again.
    (out / "requirements.txt").write_text(
        "".join(p.line() for p in pins), encoding="utf-8", newline="\n")
    for script in sorted(SCRIPTS.iterdir()):
        newline = "\r\n" if script.suffix in (".bat", ".ps1") else "\n"
        text = script.read_text(encoding="utf-8")
        (out / script.name).write_text(text, encoding="utf-8", newline=newline)
        if script.suffix == ".sh":
            (out / script.name).chmod(0o755)
    write_sums(out)
    size = sum(path.stat().st_size for path in out.rglob("*") if path.is_file())
    print(f"wrote the kit in {out}: {size / 2**20:.0f} MiB")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--out", type=Path, help="a new folder for the kit")
    action.add_argument("--pin", action="store_true",
                        help="write packaging/constraints.txt from this environment")
    parser.add_argument("--source", type=Path, default=REPO,
                        help="the source tree of the app to put in the kit (default: this one)")
    args = parser.parse_args(argv)
    try:
        if args.pin:
            pin()
        else:
            build(args.out, args.source)
    except KitError as error:
        print(f"build_kit: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
