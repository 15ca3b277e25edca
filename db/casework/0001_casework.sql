-- 0001: referrals, the services each is sent to with consent and outcome, and the audit trail.
-- This file is encrypted (SQLCipher); nothing here ever leaves it in logs or update files.

CREATE TABLE referral (
    id INTEGER PRIMARY KEY,
    case_code TEXT NOT NULL UNIQUE,
    priority TEXT NOT NULL CHECK (priority IN ('emergency', 'urgent', 'normal')),
    age_band TEXT NOT NULL,
    sex TEXT NOT NULL,
    disability INTEGER NOT NULL DEFAULT 0,
    minor INTEGER NOT NULL DEFAULT 0,
    caregiver_informed INTEGER,
    caregiver_reason TEXT NOT NULL DEFAULT '',
    needs TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL DEFAULT '',
    referred_by TEXT NOT NULL DEFAULT '',
    organization TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL
);

CREATE TABLE referral_service (
    id INTEGER PRIMARY KEY,
    referral_id INTEGER NOT NULL REFERENCES referral(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    service_id TEXT NOT NULL,
    service_name TEXT NOT NULL,
    consent_given INTEGER,
    consent_on TEXT NOT NULL DEFAULT '',
    consent_by TEXT NOT NULL DEFAULT '',
    shared TEXT NOT NULL DEFAULT '',
    appointment TEXT NOT NULL DEFAULT '',
    channel TEXT NOT NULL DEFAULT 'phone',
    sent_on TEXT NOT NULL DEFAULT '',
    override_reason TEXT NOT NULL DEFAULT '',
    outcome TEXT NOT NULL DEFAULT 'pending',
    follow_up TEXT NOT NULL DEFAULT '',
    UNIQUE (referral_id, service_id)
);
CREATE INDEX referral_service_referral ON referral_service(referral_id);

CREATE TABLE audit (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    who TEXT NOT NULL,
    referral_id INTEGER,
    what TEXT NOT NULL
);
CREATE INDEX audit_referral ON audit(referral_id);
