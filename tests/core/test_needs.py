import xml.etree.ElementTree as ET

from referral_app.core import needs
from tests.conftest import HSDS, need_shared


def test_nine_needs_with_both_labels_and_an_icon_that_ships() -> None:
    from importlib import resources

    assert needs.NEED_CODES == (
        "legal", "shelter", "education", "livelihood", "health", "psychosocial", "protection",
        "repatriation", "emergency",
    )
    icons = resources.files("referral_app.resources") / "icons"
    for need in needs.NEEDS:
        assert need.label_en and need.label_ur
        assert (icons / need.icon).is_file(), need.icon
    assert len({n.term_id for n in needs.NEEDS}) == 9


def test_source_words_map_to_need_codes() -> None:
    assert needs.need_code("helpline") == "emergency"
    assert needs.need_code("Legal") == "legal"
    assert needs.need_code("nonsense") is None


def _open_eligibility_terms():
    path = need_shared(HSDS / "taxonomies" / "openeligibility" / "taxonomy")
    root = ET.parse(path).getroot()
    services = root.find("services")
    assert services is not None

    def walk(node, ancestors):
        for child in node:
            if child.tag.endswith("_level"):
                yield child.get("id"), child.get("title"), ancestors
                yield from walk(child, (child.get("id"), *ancestors))

    yield from walk(services, ())


def test_open_eligibility_terms_land_in_the_right_needs() -> None:
    found = {title: needs.needs_for_open_eligibility(code, title, ancestors)
             for code, title, ancestors in _open_eligibility_terms()}
    assert found["Help Escape Violence"] == ("protection",)
    assert found["Emergency Shelter"] == ("shelter",)
    assert found["Counseling"] == ("psychosocial",)
    assert found["Help Hotlines"] == ("emergency",)
    assert found["Identification Recovery"] == ("repatriation",)
    assert "legal" in found["Advocacy & Legal Aid"]
    assert found["Job Placement"] == ("livelihood",)
    assert found["Food Pantry"] == ()  # no need of ours: left out, not guessed


def test_every_mapped_open_eligibility_id_exists_in_the_taxonomy() -> None:
    ids = {code for code, _, _ in _open_eligibility_terms()}
    assert set(needs.OPEN_ELIGIBILITY_NEEDS) <= ids
    assert set(needs.OPEN_ELIGIBILITY_TITLES.values()) <= ids
