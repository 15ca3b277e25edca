"""The picture: unmet needs where services are fewest first, failed referrals by service (no
answer and service unavailable both fail), the months."""

from referral_app.core.figures import Figures
from referral_app.core.picture import picture, picture_rows


def test_the_picture() -> None:
    figures = Figures({
        "referrals": {("2026-01", "legal", "pb-a", "no answer"): 5,
                      ("2026-01", "legal", "pb-a", "accepted"): 10,
                      ("2026-02", "shelter", "pb-b", "service unavailable"): 6,
                      ("2026-02", "health", "pb-b", "not eligible"): 7},
        "services": {("s-1", "no answer"): 5, ("s-1", "accepted"): 10,
                     ("s-2", "service unavailable"): 6, ("s-3", "not eligible"): 7},
        "follow_up": {("2026-01", "legal", "3-7 days"): 8},
    }, {"referrals": 2, "services": 1, "follow_up": 0})
    services = {("pb-a", "legal"): 3, ("pb-b", "shelter"): 0, ("pb-b", "health"): 1}
    found = picture(figures, 2, lambda place, need: services[place, need])
    assert [(u.place, u.need, u.referrals, u.services) for u in found.unmet] == [
        ("pb-b", "shelter", 6, 0), ("pb-b", "health", 7, 1), ("pb-a", "legal", 15, 3)]
    assert [(f.service, f.failed, f.referrals) for f in found.failing] == [
        ("s-2", 6, 6), ("s-1", 5, 15)]  # not eligible is no failure of the service
    assert [(m.month, m.referrals, m.failed) for m in found.months] == [
        ("2026-01", 15, 5), ("2026-02", 13, 6)]
    assert dict(found.follow_up)["3-7 days"] == 8 and found.left_out == 3
    assert found.referrals == 28 and found.laptops == 2
    rows = picture_rows(found, str.upper)
    assert ("unmet need", "PB-B", "shelter", "", "", "", 6, 0, "") in rows
    assert ("failed referrals", "", "", "S-2", "", "", 6, "", 6) in rows
