"""Make Referral App as one folder that runs on a laptop with no Python (PyInstaller).

On a connected machine, after building the kit (packaging/build_kit.py):

    .venv/bin/python packaging/build_app.py --kit KIT/ --out DIST/

makes DIST/referral-app/ (start it with DIST/referral-app/referral-app) and
DIST/referral-app-linux-x86_64.tar.gz to carry it. The app and its dependencies come from the
kit's wheels (the versions and hashes in packaging/constraints.txt); PyInstaller, at the
version in packaging/app/build-requirements.txt, comes from the package index. On Windows the
same command makes the folder that packaging/app/referral_app.iss turns into an installer.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tarfile
import tempfile
import venv
from pathlib import Path

HERE = Path(__file__).resolve().parent
SPEC = HERE / "app" / "referral_app.spec"
BUILD_REQUIREMENTS = HERE / "app" / "build-requirements.txt"
WINDOWS = sys.platform == "win32"


class AppBuildError(Exception):
    """A step of the build failed; the message says which."""


def run(*command: str | Path, cwd: Path | None = None) -> None:
    done = subprocess.run([str(part) for part in command], cwd=cwd, capture_output=True,
                          text=True, check=False)
    if done.returncode != 0:
        raise AppBuildError(f"{Path(str(command[0])).name} {command[1]} failed:\n"
                            f"{done.stdout[-3000:]}{done.stderr[-3000:]}")


def build(kit: Path, out: Path) -> Path:
    wheels = kit / ("windows" if WINDOWS else "linux")
    if not (kit / "requirements.txt").is_file() or not any(wheels.glob("referral_app-*.whl")):
        raise AppBuildError(f"{kit} is not a kit made by packaging/build_kit.py; make one "
                            "with build_kit.py --out KIT first.")
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise AppBuildError(f"{out} is not an empty folder; give a new folder for the app.")
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        venv.create(work / "venv", with_pip=True)
        python = work / "venv" / ("Scripts/python.exe" if WINDOWS else "bin/python")
        print("app: installing the kit's wheels and PyInstaller")
        run(python, "-m", "pip", "install", "-q", "--no-index", "--find-links", wheels,
            "--require-hashes", "-r", kit / "requirements.txt")
        (app_wheel,) = wheels.glob("referral_app-*.whl")
        run(python, "-m", "pip", "install", "-q", "--no-index", "--no-deps", app_wheel)
        run(python, "-m", "pip", "install", "-q", "-r", BUILD_REQUIREMENTS)
        print("app: freezing with PyInstaller")
        run(python, "-m", "PyInstaller", "--noconfirm", "--distpath", out,
            "--workpath", work / "build", SPEC, cwd=work)
    folder = out / "referral-app"
    for path in folder.rglob("*"):
        if path.is_symlink() and not path.exists():
            path.unlink()  # a link to a library that was left out
    size = sum(path.stat().st_size for path in folder.rglob("*")
               if path.is_file() and not path.is_symlink())
    print(f"app: {folder} ({size / 2**20:.0f} MiB)")
    if not WINDOWS:
        archive = out / "referral-app-linux-x86_64.tar.gz"
        with tarfile.open(archive, "w:gz") as tar:
            tar.add(folder, arcname="referral-app")
        print(f"app: {archive} ({archive.stat().st_size / 2**20:.0f} MiB)")
    return folder


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kit", type=Path, required=True, help="a kit from build_kit.py")
    parser.add_argument("--out", type=Path, required=True, help="a new folder for the app")
    args = parser.parse_args(argv)
    try:
        build(args.kit.resolve(), args.out.resolve())
    except AppBuildError as error:
        print(f"build_app: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    os.environ.pop("PYTHONPATH", None)
    raise SystemExit(main())
