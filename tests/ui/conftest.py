import pytest

from referral_app.app import build_main_window


def open_window(qtbot, data_dir, language="en", passphrase=None):
    """The window on a data folder, shown, with its first results on screen."""
    opened = build_main_window(data_dir, language=language, passphrase=passphrase)
    qtbot.addWidget(opened)
    with qtbot.waitSignal(opened.results_shown, timeout=10_000):
        opened.show()
    return opened


PASS = "green tea at four"  # the casework passphrase of the tests' windows


@pytest.fixture
def unlocked_window(qtbot, data_dir):
    """The window with the casework made and unlocked, its first results on screen."""
    opened = open_window(qtbot, data_dir, passphrase=PASS)
    yield opened
    opened.runner.wait()


@pytest.fixture
def window(qtbot, data_dir):
    """The search window on the starter directory, with its first results on screen."""
    opened = open_window(qtbot, data_dir)
    yield opened
    opened.runner.wait()


def type_query(qtbot, window, text: str) -> None:
    """Type into the search field; Urdu arrives whole, as from an input method (QTest can only
    type Latin keys)."""
    window.search_field.clear()
    with qtbot.waitSignal(window.results_shown, timeout=10_000):
        if text.isascii():
            qtbot.keyClicks(window.search_field, text)
        else:
            window.search_field.setText(text)
    qtbot.waitUntil(lambda: not window._running, timeout=10_000)


def names(window) -> list[str]:
    return [window.model.service(row).name for row in range(window.model.rowCount())]


def without_isolates(text: str) -> str:
    """Text as read, without the invisible marks that keep each name whole in an Urdu line."""
    return text.translate(dict.fromkeys(range(0x2066, 0x206A)))
