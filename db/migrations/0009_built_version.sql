-- 0009: on a coordinator's laptop, every update file built here, by key and version, with a
-- digest of what it holds (services, removals, offers): the same version cannot be built again
-- with other contents (laptops would hold two different versions N of one publisher). Kept on
-- undo, like the trust list: an undo does not make a published version unpublished.
-- Offers: service_handed_over now holds every offer of a service to another key, made here or
-- taken in from an owner's update file; the service stays its owner's until the receiving key
-- publishes it.

CREATE TABLE built_version (
    key_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    contents TEXT NOT NULL,
    built TEXT NOT NULL,
    PRIMARY KEY (key_id, version)
) WITHOUT ROWID;
