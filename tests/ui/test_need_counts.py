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
