"""The coordinator's view (coverage grid and chart, referral figures, report) and File > Send
referral figures, in the real window."""

import json
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt

from referral_app.core import bundle
from referral_app.core.needs import NEED_CODES
from referral_app.store import laptops, received_figures
from referral_app.store.casework import CaseworkStore
from referral_app.store.directory import Directory
from referral_app.store.figures import figures_file, write_figures
from referral_app.ui import dialogs
from referral_app.ui.coverage_model import CoverageModel
from tests.conftest import write_json
from tests.fixtures.figures import HOTLINE, LEGAL, PASS, SECRETS, SHELTER, fill, made_up_directory
from tests.fixtures.services import page
from tests.ui.conftest import open_window


def _coordinator_with_figures(data_dir: Path, tmp_path: Path) -> None:
    """A coordinator's directory with the test services and one laptop's figures taken in."""
    laptop_dir = made_up_directory(tmp_path / "laptop")
    store = CaseworkStore.create(tmp_path / "laptop", PASS, PASS, who="CW-1")
    fill(store)
    out = tmp_path / "figures.json"
    write_figures(figures_file(store, laptop_dir, date(2026, 4, 1)), out)
    key = store.laptop_key().public_key()
    store.lock()
    laptop_dir.close()
    with Directory.open(data_dir) as directory:
        directory.import_file(write_json(tmp_path / "s.json", page(LEGAL, SHELTER, HOTLINE)))
        laptops.register(directory, bundle.public_key_text(key), "Multan desk 1", "k")
        received_figures.take_in(directory, [(out.name, out.read_bytes())])


def _view(qtbot, window):
    """The coordination view, opened from its menu, once its coverage and figures are shown."""
    window.coordination_menu.view_action.trigger()
    view = window.coordination_menu.view
    qtbot.waitUntil(lambda: view.coverage is not None and view.picture is not None,
                    timeout=10_000)
    return view


def test_the_coverage_grid_shows_every_district_and_need(qtbot, window, qtmodeltester) -> None:
    view = _view(qtbot, window)
    qtbot.waitExposed(view)
    model = view.grid.model()
    assert model.columnCount() == 1 + len(NEED_CODES)
    assert model.rowCount() == len(window.directory_menu.directory.districts())
    qtmodeltester.check(model)
    with qtbot.waitSignal(view.coverage_shown):
        view.province.setCurrentIndex(view.province.findText("Punjab"))
    assert model.rowCount() == len([p for p in window.directory_menu.directory.districts()
                                    if p.parent == "pb"])
    assert view.gap_chart.accessibleName().startswith("Districts with no service, by need")


def test_a_standalone_model_passes_the_model_tester(qtmodeltester, directory) -> None:
    from referral_app.store.coverage import directory_coverage

    model = CoverageModel()
    model.show(directory_coverage(directory))
    qtmodeltester.check(model)


def test_the_picture_and_its_report(qtbot, data_dir, tmp_path, monkeypatch) -> None:
    _coordinator_with_figures(data_dir, tmp_path)
    window = open_window(qtbot, data_dir)
    view = _view(qtbot, window)
    assert view.summary.text().startswith("11 referrals counted from the figures of 1 "
                                          "registered laptop(s)")
    assert view.failing_chart.accessibleName().startswith("Services with the most failed")
    out = tmp_path / "report.pdf"
    monkeypatch.setattr(dialogs, "choose_pdf_path", lambda *args: out)
    view.pdf_button.click()
    assert out.read_bytes().startswith(b"%PDF")
    csv_out = tmp_path / "figures.csv"
    monkeypatch.setattr(dialogs, "choose_csv_path", lambda *args: csv_out)
    view.csv_button.click()
    assert "failed referrals,,,Test Legal Desk Multan,,,6,,6" in csv_out.read_text()
    window.runner.wait()


def test_a_file_from_an_unregistered_laptop_is_one_sentence(qtbot, window, tmp_path,
                                                           monkeypatch) -> None:
    laptop_dir = made_up_directory(tmp_path / "stranger")
    store = CaseworkStore.create(tmp_path / "stranger", PASS, PASS, who="CW-9")
    fill(store)
    out = tmp_path / "stranger.json"
    write_figures(figures_file(store, laptop_dir), out)
    store.lock()
    laptop_dir.close()
    view = _view(qtbot, window)
    view.tabs.setCurrentIndex(1)
    monkeypatch.setattr(dialogs, "choose_figures_files", lambda *args: [out])
    view.take_button.click()  # refused before anything is counted again
    assert view.status.text().startswith("stranger.json is signed by a laptop that is not "
                                         "registered here")
    assert view.picture.laptops == 0


def test_send_figures_shows_exactly_what_is_written(qtbot, unlocked_window, tmp_path,
                                                    monkeypatch) -> None:
    fill(unlocked_window.session.require())
    unlocked_window.coordination_menu.send_action.trigger()
    dialog = unlocked_window.coordination_menu.send_dialog
    shown = dialog.contents.toPlainText()
    out = tmp_path / "sent.json"
    monkeypatch.setattr(dialogs, "choose_json_path", lambda *args: out)
    with qtbot.waitSignal(dialog.sent):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    written = out.read_text(encoding="utf-8")
    assert written == shown + "\n" or written == shown
    for secret in SECRETS:
        assert secret not in written
    assert json.loads(written)["kind"] == "referral figures"


def test_send_figures_with_only_small_counts_says_so(qtbot, unlocked_window) -> None:
    fill(unlocked_window.session.require(), legal_unavailable=2, shelter_accepted=1,
         hotline_few=1)
    with qtbot.waitSignal(unlocked_window.coordination_menu.message) as said:
        unlocked_window.coordination_menu.send_action.trigger()
    assert said.args[0].startswith("There are no referral figures to send yet")
    assert unlocked_window.coordination_menu.send_dialog is None


def test_the_grid_counts_dead_numbers_when_asked(qtbot, window) -> None:
    from referral_app.core.corrections import Correction
    from referral_app.store import corrections

    directory = window.directory_menu.directory
    key, sid, name = directory.db.execute(
        "SELECT s.key, s.id, s.name FROM service s JOIN service_coverage c "
        "ON c.service_key = s.key WHERE c.place = 'pk' ORDER BY s.key LIMIT 1").fetchone()
    need = directory.db.execute("SELECT need FROM service_need WHERE service_key = ? LIMIT 1",
                                [key]).fetchone()[0]
    corrections.record(directory, Correction(sid, name, "number_not_working",
                                             old_value="0300-0000009"))
    view = _view(qtbot, window)
    model = view.grid.model()
    column = 1 + NEED_CODES.index(need)
    view.measure.setCurrentIndex(2)
    assert model.data(model.index(0, column)) == "1"
    view.measure.setCurrentIndex(0)
    assert int(model.data(model.index(0, column))) >= 1
    assert "1 with a number reported not working" in model.data(
        model.index(0, column), Qt.ItemDataRole.ToolTipRole)


def test_no_answer_and_not_eligible_can_be_recorded(window) -> None:
    combo = window.referrals.outcome
    words = [combo.itemText(i) for i in range(combo.count())]
    assert words[-2:] == ["No answer", "Not eligible"] and all(words)
    assert [combo.itemData(i) for i in range(combo.count())][-2:] == ["no answer",
                                                                       "not eligible"]


def test_the_coverage_choices_wrap_in_a_narrow_view(qtbot, window) -> None:
    # the province and the count, each beside its name, go one over the other when the view
    # is too narrow for both (large text, half a screen) instead of widening it
    view = _view(qtbot, window)
    pairs = [view.province.parentWidget(), view.measure.parentWidget()]
    both = sum(pair.sizeHint().width() for pair in pairs)
    assert view.minimumSizeHint().width() < both + 40
    view.resize(max(pair.sizeHint().width() for pair in pairs) + 60, 600)
    qtbot.waitUntil(lambda: pairs[0].y() < pairs[1].y())
    assert view.province_label.parentWidget() is pairs[0]  # a name stays beside its box
    view.resize(both + 200, 600)
    qtbot.waitUntil(lambda: pairs[0].y() == pairs[1].y())
    view.close()
