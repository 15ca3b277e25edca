from PySide6.QtWidgets import QAbstractButton


def test_need_buttons_never_show_the_counts_of_an_older_query(qtbot, window) -> None:
    legal = window.findChild(QAbstractButton, "needFilter_legal")
    qtbot.waitUntil(lambda: "(" in legal.text(), timeout=10_000)
    old_query = window._query
    with qtbot.waitSignal(window.counts_shown, timeout=10_000):
        window.search_field.setText("helpline")
        assert "(" not in legal.text()  # the numbers go as soon as the query changes
        window._counted((old_query, (999, {"legal": 999})))  # a late answer to the old one
        assert "999" not in legal.text() and "999" not in window.result_count.text()
    qtbot.waitUntil(lambda: not window._running, timeout=10_000)
    assert "(" in legal.text() and "999" not in legal.text()
    assert window.model.total == int(window.result_count.text().split()[0])


def test_counts_show_while_the_results_are_still_on_their_way(qtbot, window,
                                                              monkeypatch) -> None:
    """The need buttons follow the keystroke without waiting for the results; the results,
    coming after, show the total the counts found."""
    import threading

    from referral_app.store import search_session
    from referral_app.ui import main_window

    counted = threading.Event()
    real_find = search_session.find

    def slow_find(path, text, filters, order, limit):
        assert counted.wait(10), "the counts waited for the results"
        return real_find(path, text, filters, order, limit)

    qtbot.waitUntil(lambda: not window._running, timeout=10_000)
    monkeypatch.setattr(search_session, "find", slow_find)
    monkeypatch.setattr(main_window, "PAGE", 5)  # more services than one page: a count needed
    legal = window.findChild(QAbstractButton, "needFilter_legal")
    window.counts_shown.connect(counted.set)
    with qtbot.waitSignal(window.results_shown, timeout=10_000):
        window.search_field.setText("a")
        qtbot.waitUntil(counted.is_set, timeout=10_000)
        assert "(" in legal.text()  # shown before the results came
    expected = window.directory.count("a")
    assert expected > 5 and window.model.total == expected
    assert window.result_count.text().startswith(f"{expected} ")


def test_counts_coming_and_going_never_move_the_layout(qtbot, window) -> None:
    """Each keystroke clears the counts and shows new ones: the buttons keep their places and
    sizes, so the window is not laid out and the results not repainted for it."""
    from PySide6.QtWidgets import QApplication

    qtbot.waitUntil(lambda: not window._running, timeout=10_000)
    buttons = list(window.panel.need_buttons.values())
    table = window.results.geometry()

    def places() -> list[object]:
        QApplication.processEvents()
        return [button.geometry() for button in buttons] + [window.results.geometry()]

    before = places()
    for counts in ({}, {code: 123456 for code in window.panel.need_buttons}, {"legal": 7}):
        window.panel.set_need_counts(counts)
        assert places() == before, counts
    assert window.results.geometry() == table
