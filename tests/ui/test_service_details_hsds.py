"""The details show what a caseworker uses of the HSDS fields a publisher gives: fees, costs,
programme, accreditations, accessibility, and the publisher's own verification date."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from referral_app.store.directory import Directory
from tests.conftest import write_json
from tests.fixtures.services import make_id, page, service
from tests.ui.conftest import open_window, type_query

SHOTS = os.environ.get("REFERRAL_APP_SHOTS", "")


def assured_service() -> dict:
    out = service("Kiran Test Desk", district="Multan", province="Punjab",
                  fees="Registration 100 rupees", accreditations="Test Council of Advocates",
                  assured_date=date.today().isoformat(), assurer_email="checker@example.org",
                  cost_options=[{"id": make_id("cost"), "option": "Court filing",
                                 "amount": 500, "currency": "PKR"}],
                  program={"id": make_id("program"), "name": "Test Legal Aid Programme",
                           "description": "A test programme."})
    location = out["service_at_locations"][0]["location"]
    location["accessibility"] = [{"id": make_id("access"), "description": "Ramp at the door",
                                  "details": "ground floor only"}]
    return out


def test_the_details_show_fees_costs_programme_accreditations_and_access(
        qtbot, data_dir, tmp_path) -> None:
    with Directory.open(data_dir) as directory:
        directory.import_file(write_json(tmp_path / "desk.json", page(assured_service())))
    window = open_window(qtbot, data_dir)
    type_query(qtbot, window, "kiran test")
    window.select_row(0)
    qtbot.waitUntil(lambda: window.detail.view is not None, timeout=10_000)
    shown = window.detail.browser.toPlainText()
    for text in ("Registration 100 rupees", "Court filing: 500 PKR", "Programme",
                 "Test Legal Aid Programme", "Accreditations", "Test Council of Advocates",
                 "Accessibility", "Ramp at the door: ground floor only",
                 "checker@example.org"):
        assert text in shown, text
    assert "Not verified" not in shown
    copied = window.detail.plain_text()
    assert "Fees: Registration 100 rupees; Court filing: 500 PKR" in copied
    assert "Accessibility: Ramp at the door: ground floor only" in copied
    if SHOTS:
        window.resize(1400, 900)
        window.grab().save(str(Path(SHOTS) / "details-hsds-fields.png"))
    window.runner.wait()


def test_an_assured_service_counts_as_verified_in_the_filter(data_dir, tmp_path) -> None:
    from referral_app.core.models import SearchFilters

    with Directory.open(data_dir, starter=False) as directory:
        directory.import_file(write_json(tmp_path / "desk.json", page(assured_service())))
        recent = SearchFilters(verified_since="2000-01-01")
        found = directory.search("kiran", recent)
        assert [s.name for s in found] == ["Kiran Test Desk"]
        assert found[0].last_verified == date.today().isoformat()
        assert directory.unverified()[0] == 0


def test_the_new_headings_are_in_urdu_in_the_urdu_window(qtbot, data_dir, tmp_path) -> None:
    with Directory.open(data_dir) as directory:
        directory.import_file(write_json(tmp_path / "desk.json", page(assured_service())))
    window = open_window(qtbot, data_dir, language="ur")
    type_query(qtbot, window, "kiran test")
    window.select_row(0)
    qtbot.waitUntil(lambda: window.detail.view is not None, timeout=10_000)
    shown = window.detail.browser.toPlainText()
    for heading in ("اخراجات", "پروگرام", "منظوری اور اسناد", "معذور افراد کے لیے رسائی"):
        assert heading in shown, heading
    window.runner.wait()
