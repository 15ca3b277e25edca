-- 0003: which file this is and how many times it was saved. The id is random, made when the
-- table is (a file of another laptop has another one); the counter grows in every saving
-- transaction. A kept copy's name carries both, so that a casework file older than the newest
-- copy, or another laptop's, is noticed on unlock and no newer copy is ever dropped for it.

CREATE TABLE casework_generation (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    file_id TEXT NOT NULL,
    saves INTEGER NOT NULL
);
INSERT INTO casework_generation (id, file_id, saves) VALUES (1, lower(hex(randomblob(16))), 0);
