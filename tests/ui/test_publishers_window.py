"""Several publishers in the window: the preview names each change with the publisher's trusted
name, lists what it leaves to another publisher, asks before a far version jump; the history
names the trusted publisher; undo keeps the trust list."""

import copy

from PySide6.QtWidgets import QMessageBox

from referral_app.store import updates
from referral_app.ui import dialogs
from tests.fixtures.publishers import Publisher, apply, laptop_trusting, publishers
from tests.fixtures.services import service
from tests.ui.conftest import open_window, type_query, without_isolates

TIP = "d87bd091-5b94-5bde-83eb-72a50dc83b00"
LAHORE = service("Lahore Women's Desk", area="Lahore", phone="042-0000001")
MULTAN = service("Multan Legal Desk", area="Multan", phone="061-0000002")


def preview_of(qtbot, window, update):
    preview = window.directory_menu.preview_update(update)
    qtbot.waitUntil(lambda: preview.apply_button.isEnabled(), timeout=10_000)
    return preview


def items(widget) -> list[str]:
    return [without_isolates(widget.item(i).text()) for i in range(widget.count())]


def test_the_preview_names_changes_and_what_is_left_to_another_publisher(qtbot, data_dir,
                                                                         tmp_path) -> None:
    national, punjab, _ = publishers(tmp_path)
    punjab = Publisher(punjab.name, punjab.folder, starter=True, key=punjab.key)
    with punjab.directory() as directory:
        tip = directory.service(TIP)
    checked = copy.deepcopy(tip)  # the national coordinator claims it by publishing it checked
    checked["description"] = "Checked by the national coordinator."
    with laptop_trusting(data_dir, national, punjab) as laptop:
        apply(laptop, national.publish(1, MULTAN, checked))
    tip["phones"][0]["number"] = "0300-6666666"
    update = punjab.publish(1, LAHORE, tip)
    window = open_window(qtbot, data_dir)
    preview = preview_of(qtbot, window, update)
    key = punjab.fingerprint
    assert without_isolates(preview.status.text()) == (
        f"Version 1 from Punjab coordinator ({key}), signed and "
                                     "checked.")
    assert items(preview.changed) == ["Lahore Women's Desk: new, from Punjab coordinator"]
    assert preview.left.isVisible() and preview.left_label.text().startswith(
        "1 record in this file belongs to another publisher")
    assert items(preview.left) == [
        f"National Trafficking in Persons (TIP) Hotline: left as published by National "
        f"coordinator ({national.fingerprint})"]
    assert preview._services_in_file() == 47 + 1  # the one left is read too
    with qtbot.waitSignal(preview.applied, timeout=10_000):
        preview.apply_button.click()
    phones = [p["number"] for p in window.directory.service(TIP)["phones"]]
    assert phones == ["111-247-786"]
    # the national coordinator removes a service: named, with its publisher
    removal = national.publish(2, remove=(MULTAN["id"],))
    preview = preview_of(qtbot, window, removal)
    assert items(preview.changed) == ["Multan Legal Desk: removed by National coordinator"]
    assert not preview.left.isVisible()
    preview.reject()
    window.runner.wait()


def test_a_far_version_jump_asks_first(qtbot, data_dir, tmp_path, monkeypatch) -> None:
    national, _, _ = publishers(tmp_path)
    laptop_trusting(data_dir, national).close()
    far = national.publish(9 * 10**18, LAHORE)
    window = open_window(qtbot, data_dir)
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "confirm", lambda _parent, _title, question: asked.append(
        question) or False)
    preview = window.directory_menu.preview_update(far)
    qtbot.waitUntil(lambda: "Not used" in preview.status.text(), timeout=10_000)
    assert "(0 → 9000000000000000000)" in asked[0] and not preview.apply_button.isEnabled()
    preview.reject()
    monkeypatch.setattr(dialogs, "confirm", lambda *args: True)
    preview = preview_of(qtbot, window, far)
    with qtbot.waitSignal(preview.applied, timeout=10_000):
        preview.apply_button.click()
    assert window.directory.service(LAHORE["id"]) is not None
    window.runner.wait()


def test_history_names_the_trusted_publisher_and_undo_keeps_the_trust_list(
        qtbot, data_dir, tmp_path, monkeypatch) -> None:
    national, punjab, _ = publishers(tmp_path)
    with laptop_trusting(data_dir, national) as laptop:
        apply(laptop, national.publish(1, LAHORE, claimed_name="Someone Else"))
        updates.distrust(laptop, national.fingerprint)
        updates.trust(laptop, punjab.public, punjab.name, "p.pub")
    window = open_window(qtbot, data_dir)
    menu = window.directory_menu
    menu.show_history()
    box = window.findChild(QMessageBox, "historyDialog")
    assert box.text().startswith(f"Version 1 from National coordinator "
                                 f"(\u2066{national.fingerprint}\u2069), ")
    assert "Someone Else" not in box.text()
    box.close()
    monkeypatch.setattr(dialogs, "confirm", lambda *args: True)
    with qtbot.waitSignal(menu.changed, timeout=10_000):
        menu.undo_update()
    assert window.directory.service(LAHORE["id"]) is None
    assert [k.name for k in updates.trusted(window.directory)] == ["Punjab coordinator"]
    window.runner.wait()


def test_the_settings_say_which_areas_a_publisher_is_trusted_for(qtbot, data_dir,
                                                                 tmp_path) -> None:
    national, punjab, _ = publishers(tmp_path)
    laptop_trusting(data_dir, national, (punjab, ("Punjab", "Karachi South"))).close()
    window = open_window(qtbot, data_dir)
    window.show_settings()
    shown = items(window._settings_dialog.publishers)
    assert shown == [f"National coordinator — {national.fingerprint}",
                     f"Punjab coordinator — {punjab.fingerprint} — for Punjab, "
                     "Karachi South only"]
    window.runner.wait()


def test_a_file_that_is_not_signed_cannot_change_a_published_service(qtbot, data_dir,
                                                                     tmp_path) -> None:
    import copy

    from tests.conftest import write_json
    from tests.fixtures.services import page

    national, _, _ = publishers(tmp_path)
    with laptop_trusting(data_dir, national) as laptop:
        apply(laptop, national.publish(1, MULTAN))
    changed = copy.deepcopy(MULTAN)
    changed["phones"][0]["number"] = "0300-6666666"
    plain = write_json(tmp_path / "plain.json", page(changed, LAHORE))
    window = open_window(qtbot, data_dir)
    preview = window.directory_menu.preview_update(plain)
    qtbot.waitUntil(lambda: "not signed" in preview.status.text(), timeout=10_000)
    assert items(preview.changed) == ["Lahore Women's Desk (new)"]
    assert preview.left_label.text().startswith("1 record in this file was published by a "
                                                "trusted publisher")
    assert items(preview.left) == [f"Multan Legal Desk: left as published by National "
                                   f"coordinator ({national.fingerprint})"]
    preview.unsigned.setChecked(True)
    with qtbot.waitSignal(preview.applied, timeout=10_000):
        preview.apply_button.click()
    assert [p["number"] for p in window.directory.service(MULTAN["id"])["phones"]] == [
        "061-0000002"]
    assert window.directory.service(LAHORE["id"]) is not None
    window.runner.wait()


def test_the_details_name_the_trusted_publisher_of_a_service(qtbot, data_dir,
                                                             tmp_path) -> None:

    national, _, _ = publishers(tmp_path)
    with laptop_trusting(data_dir, national) as laptop:
        apply(laptop, national.publish(1, MULTAN, claimed_name="Federal Investigation Agency"))
    window = open_window(qtbot, data_dir)
    type_query(qtbot, window, "multan legal desk")
    window.select_row(0)
    shown = f"Published by National coordinator (\u2066{national.fingerprint}\u2069)"
    qtbot.waitUntil(lambda: shown in window.detail.browser.toPlainText(), timeout=10_000)
    assert "Federal Investigation Agency" not in window.detail.browser.toPlainText()
    window.runner.wait()


def test_the_preview_names_claims_and_hand_overs(qtbot, data_dir, tmp_path) -> None:
    national, punjab, _ = publishers(tmp_path)
    starter = Publisher(national.name, national.folder, starter=True, key=national.key)
    with starter.directory() as directory:
        tip = directory.service(TIP)
    tip["description"] = "Checked by the national coordinator."
    with laptop_trusting(data_dir, national, punjab) as laptop:
        apply(laptop, punjab.publish(1, LAHORE))
    window = open_window(qtbot, data_dir)
    preview = preview_of(qtbot, window, starter.publish(1, tip))
    assert items(preview.changed) == [
        "National Trafficking in Persons (TIP) Hotline: changed by National coordinator",
        "National Trafficking in Persons (TIP) Hotline: claimed by National coordinator (no one "
        "had published it)"]
    preview.reject()
    handing = punjab.publish(2, hand_over={LAHORE["id"]: national.fingerprint})
    preview = preview_of(qtbot, window, handing)
    assert items(preview.changed) == [
        f"Lahore Women's Desk: offered to National coordinator ({national.fingerprint}) by "
        f"Punjab coordinator; it stays Punjab coordinator's until National coordinator "
        f"({national.fingerprint}) publishes it"]
    with qtbot.waitSignal(preview.applied, timeout=10_000):
        preview.apply_button.click()
    # the details say who offers it to whom; it is still Punjab's
    type_query(qtbot, window, "lahore women's desk")
    window.select_row(0)
    shown = ("Published by Punjab coordinator", "Offered to National coordinator by Punjab "
             "coordinator; it stays Punjab coordinator's until National coordinator publishes "
             "it")
    qtbot.waitUntil(lambda: all(s in without_isolates(window.detail.browser.toPlainText())
                                for s in shown), timeout=10_000)
    # the national coordinator accepts it: the preview says it is taken over
    with national.directory() as directory:
        updates.trust(directory, punjab.public, punjab.name, "punjab.pub")
        apply(directory, tmp_path / "punjab-v1.zip")
        apply(directory, handing)
    preview = preview_of(qtbot, window, national.publish(2, accept=(LAHORE["id"],)))
    assert (f"Lahore Women's Desk: taken over by National coordinator, as Punjab coordinator "
            f"({punjab.fingerprint}) offered it") in items(preview.changed)
    preview.reject()
    window.runner.wait()


def test_a_left_line_names_the_service_as_this_laptop_has_it(qtbot, data_dir,
                                                             tmp_path) -> None:
    national, punjab, _ = publishers(tmp_path)
    with laptop_trusting(data_dir, national, punjab) as laptop:
        apply(laptop, national.publish(1, MULTAN))
    renamed = copy.deepcopy(MULTAN)
    renamed["name"] = "Punjab Helpline (verified)"
    renamed["phones"][0]["number"] = "0300-6666666"
    window = open_window(qtbot, data_dir)
    preview = preview_of(qtbot, window, punjab.publish(1, renamed))
    assert items(preview.left) == [
        f"Multan Legal Desk: left as published by National coordinator "
        f"({national.fingerprint}) (the file calls it Punjab Helpline (verified))"]
    preview.reject()
    window.runner.wait()


def test_publisher_names_in_the_details_are_shown_as_typed(qtbot, data_dir, tmp_path) -> None:
    """The trusted names were escaped twice: "Women & Children Desk" read "Women &amp;
    Children Desk", and a name with a tag showed its entities."""
    _, punjab, sindh = publishers(tmp_path)
    punjab.name, sindh.name = "Women & Children <Punjab>", "Sindh & Karachi"
    with laptop_trusting(data_dir, punjab, sindh) as laptop:
        apply(laptop, punjab.publish(1, LAHORE))
        apply(laptop, punjab.publish(2, hand_over={LAHORE["id"]: sindh.fingerprint}))
    window = open_window(qtbot, data_dir)
    type_query(qtbot, window, "lahore women's desk")
    window.select_row(0)
    shown = ("Published by Women & Children <Punjab> (", "Offered to Sindh & Karachi by "
             "Women & Children <Punjab>; it stays Women & Children <Punjab>'s until Sindh & "
             "Karachi publishes it")
    qtbot.waitUntil(lambda: "Published by" in window.detail.browser.toPlainText(),
                    timeout=10_000)
    text = without_isolates(window.detail.browser.toPlainText())
    assert all(s in text for s in shown) and "&amp;" not in text and "&lt;" not in text
    window.runner.wait()
