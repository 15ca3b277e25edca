import zipfile
from pathlib import Path

import pytest

from referral_app.core.archive import SafeZip
from referral_app.core.errors import InvalidFileError


def make_zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


@pytest.mark.parametrize("name", ["../evil.json", "/etc/evil.json", "a/../../evil.json",
                                  "C:/evil.json"])
def test_a_member_leaving_the_folder_is_refused(tmp_path: Path, name: str) -> None:
    path = make_zip(tmp_path / "p.zip", {name: b"{}"})
    with pytest.raises(InvalidFileError, match="leaves its folder"):
        SafeZip(path)


def test_a_zip_bomb_is_refused_before_reading(tmp_path: Path) -> None:
    path = make_zip(tmp_path / "bomb.zip", {"services.json": b"0" * (50 << 20)})
    with pytest.raises(InvalidFileError, match="compressed suspiciously well"):
        SafeZip(path)


def test_a_truncated_zip_is_refused(tmp_path: Path) -> None:
    path = make_zip(tmp_path / "p.zip", {"a.json": b"{}" * 1000})
    path.write_bytes(path.read_bytes()[:-30])
    with pytest.raises(InvalidFileError, match="not a readable zip file"):
        SafeZip(path)


def test_a_good_zip_reads(tmp_path: Path) -> None:
    path = make_zip(tmp_path / "p.zip", {"dir/a.json": b'{"x": 1}'})
    archive = SafeZip(path)
    assert archive.names() == {"dir/a.json"}
    with archive.open("dir/a.json") as member:
        assert member.read() == b'{"x": 1}'
