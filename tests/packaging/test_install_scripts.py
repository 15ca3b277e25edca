"""The kit's install scripts, read step by step (the Windows ones cannot run here), and
install.sh run on a small made-up kit: a damaged kit is refused in one sentence before anything
is made, and a failed install puts the older installation back. Fast: in the default run."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.packaging.conftest import PACKAGING, load_script

SCRIPTS = PACKAGING / "kit"
DAMAGED = ("This kit is damaged (a file is missing or changed), so nothing was installed: "
           "copy the kit again from the machine that made it.")


def text(name: str) -> str:
    return (SCRIPTS / name).read_text(encoding="utf-8")


def in_order(script: str, *steps: str) -> None:
    """Each step is found in the script, after the one before it."""
    at = 0
    for step in steps:
        found = script.find(step, at)
        assert found >= 0, f"{step!r} is missing or out of order"
        at = found + len(step)


def code_lines(script: str) -> str:
    return "\n".join(line for line in script.splitlines() if not line.lstrip().startswith("#"))


def test_install_ps1_checks_the_kit_then_installs_with_no_index_then_adds_shortcuts() -> None:
    script = code_lines(text("install.ps1"))
    in_order(script,
             # 1. every file against SHA256SUMS, one sentence and exit when one differs
             "'SHA256SUMS'", "Get-FileHash -Algorithm SHA256", "if ($Actual -ne $Expected) "
             "{ Fail $Damaged }",
             # 2. the laptop's Python, 3.13 to 3.11 by the py launcher, then python on PATH
             "'3.13', '3.12', '3.11'", "('py', \"-$Version\")", "@('python')",
             "(3, 11) <= sys.version_info[:2] <= (3, 13) and sys.maxsize > 2**32",
             # 3. never a folder that is not an older installation (the data folder)
             "holds something other than Referral App",
             # the older installation aside, a fresh venv, pip with no index from the kit
             "Move-Item -LiteralPath $Prefix -Destination $Old", "-m venv",
             "$Wheels = Join-Path $Kit 'windows'", "$env:PIP_CONFIG_FILE = 'nul'",
             "-m pip --isolated install --quiet --no-index --find-links $Wheels "
             "--require-hashes -r (Join-Path $Kit 'requirements.txt')",
             "--no-index --no-deps $AppWheel", "-m pip --isolated check",
             "-P -m referral_app --help",
             # 4. shortcuts in the Start menu and on the desktop that start pythonw (no console)
             "GetFolderPath('Programs'), [Environment]::GetFolderPath('Desktop')",
             "$Link.TargetPath = $VenvPythonw", "$Link.Arguments = '-P -m referral_app'",
             # 5. the uninstall script beside the program, listed under Settings > Apps
             "(Join-Path $Kit 'uninstall.ps1'), (Join-Path $Kit 'uninstall.bat')",
             r"CurrentVersion\Uninstall\ReferralApp", "UninstallString")
    assert "$VenvPythonw = Join-Path $Prefix 'venv\\Scripts\\pythonw.exe'" in script
    assert f"$Damaged = '{DAMAGED}'" in script
    # every failure after the old installation was moved aside puts it back
    assert script.count("if ($LASTEXITCODE -ne 0) { Restore-Older") == 5
    # nothing outside the program folder, its shortcuts and its registry key is removed
    removed = re.findall(r"Remove-Item -LiteralPath (\$\w+)", script)
    assert set(removed) <= {"$Old", "$Prefix"}


def test_install_bat_runs_install_ps1_past_the_execution_policy() -> None:
    script = text("install.bat")
    assert ('powershell.exe -NoProfile -ExecutionPolicy Bypass -File "%~dp0install.ps1" %*'
            in script)
    assert "exit /b %status%" in script


def test_uninstall_ps1_removes_the_program_and_shortcuts_and_keeps_the_data() -> None:
    script = code_lines(text("uninstall.ps1"))
    in_order(script, "from referral_app.paths import data_dir",
             "'Referral App.lnk'", "Remove-Item -LiteralPath $Link",
             r"CurrentVersion\Uninstall\ReferralApp", "Remove-Item -LiteralPath $Key",
             "Remove-Item -LiteralPath $Prefix -Recurse", "is kept")
    assert "$Data" not in script.split("Remove-Item", 1)[1].split("Write-Host")[0]
    assert '"%~dp0uninstall.ps1"' in text("uninstall.bat")


def test_install_sh_checks_the_kit_then_installs_with_no_index_then_adds_the_menu() -> None:
    script = code_lines(text("install.sh"))
    in_order(script, "sha256sum --check --quiet --strict SHA256SUMS", DAMAGED,
             "python3.13 python3.12 python3.11 python3", "import venv, ensurepip",
             "holds something other than Referral App", 'mv "$prefix" "$old"',
             '-m venv "$prefix/venv"', "export PIP_CONFIG_FILE=/dev/null",
             '-m pip --isolated install --quiet --no-index --find-links "$kit/linux"',
             '--require-hashes -r "$kit/requirements.txt"', "--no-deps",
             "-m pip --isolated check", "-P -m referral_app --help", 'rm -rf "$old"',
             "referral-app.desktop", "Terminal=false")
    assert 'Exec="$venv_python" -P -m referral_app' in script
    for name in ("install.sh", "install.ps1", "uninstall.sh", "uninstall.ps1", "README.txt"):
        assert not re.search(r"https?://|--index-url|--extra-index", text(name)), name


def sh_kit(tmp_path: Path) -> Path:
    """A made-up kit: the real install scripts, a wheel that is no wheel, and its sums."""
    kit = tmp_path / "KIT"
    (kit / "linux").mkdir(parents=True)
    for name in ("install.sh", "uninstall.sh"):
        (kit / name).write_bytes((SCRIPTS / name).read_bytes())
    (kit / "linux" / "referral_app-0.1.0-py3-none-any.whl").write_bytes(b"not a wheel")
    (kit / "requirements.txt").write_text("")
    load_script("build_kit").write_sums(kit)
    return kit


def install(kit: Path, home: Path) -> subprocess.CompletedProcess[str]:
    python = getattr(sys, "_base_executable", sys.executable)
    return subprocess.run(["sh", str(kit / "install.sh")], capture_output=True, text=True,
                          env={"PATH": "/usr/bin:/bin", "HOME": str(home), "PYTHON": python},
                          timeout=300, check=False)


@pytest.mark.parametrize("damage", ["changed", "missing", "no sums", "sums changed"])
def test_a_damaged_kit_is_refused_in_one_sentence_before_anything_is_made(
        tmp_path, damage) -> None:
    kit = sh_kit(tmp_path)
    wheel = kit / "linux" / "referral_app-0.1.0-py3-none-any.whl"
    if damage == "changed":
        wheel.write_bytes(b"not a wheel either")
    elif damage == "missing":
        wheel.unlink()
    elif damage == "no sums":
        (kit / "SHA256SUMS").unlink()
    else:
        sums = (kit / "SHA256SUMS").read_text()
        (kit / "SHA256SUMS").write_text(sums.replace(sums[:8], "00000000", 1))
    home = tmp_path / "home"
    done = install(kit, home)
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr == DAMAGED + "\n"
    assert not home.exists()


def test_a_failed_install_keeps_the_older_installation(tmp_path) -> None:
    kit = sh_kit(tmp_path)
    home = tmp_path / "home"
    older = home / ".local" / "opt" / "referral-app"
    (older / "venv").mkdir(parents=True)
    (older / "venv" / "kept.txt").write_text("the older installation")
    done = install(kit, home)
    assert done.returncode == 1
    assert done.stderr.strip().splitlines()[-1] == (
        "Installing from the kit failed, so the earlier installation (if any) was kept; "
        "pip's last lines are above.")
    assert (older / "venv" / "kept.txt").read_text() == "the older installation"
    assert not (home / ".local" / "opt" / "referral-app.old").exists()
    assert not (home / ".local" / "bin").exists()


def test_a_folder_that_is_not_an_installation_is_never_replaced(tmp_path) -> None:
    kit = sh_kit(tmp_path)
    home = tmp_path / "home"
    data = home / ".local" / "opt" / "referral-app"  # e.g. the data folder given by mistake
    data.mkdir(parents=True)
    (data / "casework.db").write_bytes(b"a caseworker's referrals")
    done = install(kit, home)
    assert done.returncode == 1 and done.stderr.count("\n") == 1
    assert "holds something other than Referral App" in done.stderr
    assert [p.name for p in data.iterdir()] == ["casework.db"]
    assert (data / "casework.db").read_bytes() == b"a caseworker's referrals"
