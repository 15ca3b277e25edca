-- 0002: signed directory updates: the publishers this laptop trusts, and every update applied.

CREATE TABLE trusted_key (
    fingerprint TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    public_key TEXT NOT NULL,
    added TEXT NOT NULL
);

CREATE TABLE update_history (
    id INTEGER PRIMARY KEY,
    version INTEGER NOT NULL,
    publisher TEXT NOT NULL,
    key_id TEXT NOT NULL,
    applied TEXT NOT NULL,
    added INTEGER NOT NULL,
    updated INTEGER NOT NULL,
    removed INTEGER NOT NULL,
    unchanged INTEGER NOT NULL,
    backup TEXT NOT NULL
);
