-- An organization or a location belongs to the key whose signed update first published it
-- (shared_owner), as a service does (service_owner): its owner may change it whatever other
-- publishers' services use it, and no other key may change it. Records published before have
-- no owner and keep the older rule (changed only by a key that may change every service using
-- them): guessing an owner from the services using them could hand a record to a key that
-- never published it.

CREATE TABLE shared_owner (
    record_table TEXT NOT NULL CHECK (record_table IN ('organization', 'location')),
    record_id TEXT NOT NULL,
    key_id TEXT NOT NULL,
    PRIMARY KEY (record_table, record_id)
) WITHOUT ROWID;
CREATE INDEX shared_owner_key ON shared_owner(key_id);
