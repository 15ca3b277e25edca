-- 0007: keys whose services were released on purpose ('trust remove --release-services', on a
-- coordinator's laptop whose old key was stolen): they own nothing here any more, and an undo
-- of an update does not give them back what they owned (it is kept on undo, like the trust
-- list). Removing trust alone releases nothing: a coordinator's file never publishes the
-- services of another key, trusted or not.

CREATE TABLE released_key (
    key_id TEXT PRIMARY KEY,
    released TEXT NOT NULL
) WITHOUT ROWID;
