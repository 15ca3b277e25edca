-- 0006: the laptops whose corrections files this (the coordinator's) directory takes in, each
-- registered by its public key and a name the coordinator gives it. Not directory data: an
-- undo of an update leaves it as it is.

CREATE TABLE registered_laptop (
    fingerprint TEXT PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    public_key TEXT NOT NULL,
    added TEXT NOT NULL
);
