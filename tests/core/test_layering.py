"""Imports point down only: ui -> store -> core. core imports neither Qt nor sqlite-utils."""

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "referral_app"

FORBIDDEN = {
    "core": ("PySide6", "sqlite_utils", "sqlite3", "referral_app.store", "referral_app.ui"),
    "store": ("PySide6", "referral_app.ui"),
}


def _imports(path: Path, package: Path = PACKAGE) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    layer_package = "referral_app." + ".".join(path.relative_to(package).parts[:-1])
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = layer_package.split(".")
                base = base[: len(base) - node.level + 1]
                found.add(".".join([*base, node.module or ""]).rstrip("."))
            else:
                found.add(node.module or "")
    return found


def broken_imports(package: Path, layer: str) -> list[str]:
    broken = []
    for path in sorted((package / layer).rglob("*.py")):
        for name in _imports(path, package):
            if any(name == bad or name.startswith(bad + ".") for bad in FORBIDDEN[layer]):
                broken.append(f"{path.relative_to(package)} imports {name}")
    return broken


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_point_down(layer: str) -> None:
    assert broken_imports(PACKAGE, layer) == []


def test_only_ui_imports_qt() -> None:
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE)
        if relative.parts[0] == "ui" or relative.name == "app.py":
            continue
        if any(name.startswith("PySide6") for name in _imports(path)):
            offenders.append(str(relative))
    assert offenders == []


def test_the_checker_sees_a_broken_rule(tmp_path: Path) -> None:
    (tmp_path / "core").mkdir()
    (tmp_path / "core" / "probe.py").write_text(
        "from ..store import directory\nimport PySide6.QtCore\n", encoding="utf-8")
    assert sorted(broken_imports(tmp_path, "core")) == [
        "core/probe.py imports PySide6.QtCore", "core/probe.py imports referral_app.store",
    ]
