-- 0008: on a coordinator's laptop, every service a key handed over (service_handed_over): each
-- later file of that key carries the hand-over again, as it carries its removals, so a laptop
-- that skipped the file that made it still applies it (only where the key still owns the
-- service there).

CREATE TABLE service_handed_over (
    service_id TEXT PRIMARY KEY,
    key_id TEXT NOT NULL,
    to_key TEXT NOT NULL,
    version INTEGER NOT NULL
) WITHOUT ROWID;
