from datetime import date

import pytest

from referral_app.core.errors import UserError
from referral_app.core.referral import (
    DEFAULT_PATTERN,
    Consent,
    Referral,
    ReferralService,
    check_case_code,
    check_sendable,
    next_case_code,
    shared_fields,
)


def test_next_case_code_follows_the_pattern_and_skips_used_codes() -> None:
    today = date(2026, 11, 28)
    assert next_case_code(DEFAULT_PATTERN, set(), today) == "ORG-2026-0001"
    assert next_case_code(DEFAULT_PATTERN, {"ORG-2026-0001", "ORG-2026-0002"},
                          today) == "ORG-2026-0003"
    assert next_case_code("LHR/{number}", set(), today) == "LHR/1"
    assert next_case_code("broken {nope}", set(), today) == "ORG-2026-0001"
    assert next_case_code("NO-NUMBER", set(), today) == "ORG-2026-0001"


@pytest.mark.parametrize("code", ["", "ab", "Fatima Bibi", "x" * 41, "<b>"])
def test_bad_case_codes(code: str) -> None:
    with pytest.raises(UserError):
        check_case_code(code)


def test_sending_needs_consent_or_a_reason() -> None:
    service = ReferralService("s", "Desk")
    with pytest.raises(UserError):
        check_sendable(service)
    service.consent = Consent(False, "2026-11-28", "CW")
    with pytest.raises(UserError):
        check_sendable(service)
    service.override_reason = "risk to life"
    check_sendable(service)
    check_sendable(ReferralService("s", "Desk", consent=Consent(True, "2026-11-28", "CW")))


def test_only_what_she_agreed_to_is_shared() -> None:
    referral = Referral("ORG-1", age_band="18-24", sex="female", needs=("legal",),
                        reason="private reason")
    agreed = ReferralService("s", "Desk", consent=Consent(True, "d", "CW", ("case_code",
                                                                              "needs")))
    assert shared_fields(referral, agreed) == {"case_code": "ORG-1", "needs": "legal"}
    refused = ReferralService("s", "Desk", consent=Consent(False, "d", "CW", ("reason",)))
    assert shared_fields(referral, refused) == {}
