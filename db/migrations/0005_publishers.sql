-- 0005: many publishers, each trusted only for what it owns. A service belongs to the key
-- whose signed update first published it (service_owner); services its owner removed are
-- remembered (removed_service), so that a stale copy cannot bring them back and a laptop that
-- skipped an update still removes them; each key has its own version sequence
-- (publisher_version). A key may be trusted for some provinces or districts only (areas: place
-- codes separated by spaces; empty for everywhere).

ALTER TABLE trusted_key ADD COLUMN areas TEXT NOT NULL DEFAULT '';

CREATE TABLE service_owner (
    service_id TEXT PRIMARY KEY,
    key_id TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX service_owner_key ON service_owner(key_id);

CREATE TABLE removed_service (
    service_id TEXT PRIMARY KEY,
    key_id TEXT NOT NULL,
    version INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE publisher_version (
    key_id TEXT PRIMARY KEY,
    version INTEGER NOT NULL
) WITHOUT ROWID;

-- what was applied before: each key's last version, and its trusted name in the history
INSERT INTO publisher_version (key_id, version)
    SELECT key_id, max(version) FROM update_history GROUP BY key_id;
UPDATE update_history SET publisher = (SELECT name FROM trusted_key WHERE fingerprint = key_id)
    WHERE key_id IN (SELECT fingerprint FROM trusted_key);
