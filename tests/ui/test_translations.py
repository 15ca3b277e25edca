"""The Urdu translation is complete and current, and the compiled files match the sources."""

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
I18N = REPO / "resources" / "i18n"


def _tool(name: str) -> str:
    path = Path(sys.executable).parent / f"pyside6-{name}"
    if not path.exists():
        pytest.skip(f"pyside6-{name} is not installed")
    return str(path)


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {(context.findtext("name"), message.findtext("source")): message
            for context in root.iter("context") for message in context.iter("message")}


def test_every_urdu_entry_is_translated() -> None:
    unfinished = []
    for (context, source), message in messages(I18N / "referral_app_ur.ts").items():
        translation = message.find("translation")
        texts = [form.text for form in translation.iter("numerusform")] or [translation.text]
        if translation.get("type") == "unfinished" or not all(texts):
            unfinished.append(f"{context}: {source}")
    assert unfinished == []


def test_the_translation_files_hold_every_string_in_the_code(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (REPO / "referral_app" / "ui").glob("*.py"))
    subprocess.run([_tool("lupdate"), "-no-obsolete", *sources, "-ts", str(fresh)], check=True,
                   capture_output=True)
    wanted = set(messages(fresh))
    for language in ("ur", "en"):
        assert wanted == set(messages(I18N / f"referral_app_{language}.ts")), (
            f"referral_app_{language}.ts is out of date: run lupdate (docs/translating.md)")


@pytest.mark.parametrize("language", ["en", "ur"])
def test_the_compiled_translation_matches_its_source(tmp_path: Path, language: str) -> None:
    compiled = tmp_path / "out.qm"
    subprocess.run([_tool("lrelease"), str(I18N / f"referral_app_{language}.ts"), "-qm",
                    str(compiled)], check=True, capture_output=True)
    assert compiled.read_bytes() == (I18N / f"referral_app_{language}.qm").read_bytes(), (
        f"referral_app_{language}.qm is stale: run lrelease (docs/translating.md)")


def test_need_labels_in_the_translation_match_the_domain_table() -> None:
    from referral_app.core.needs import NEEDS

    urdu = {source: message.findtext("translation")
            for (context, source), message in messages(I18N / "referral_app_ur.ts").items()
            if context == "Labels"}
    for need in NEEDS:
        assert urdu[need.label_en] == need.label_ur
