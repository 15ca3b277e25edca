-- Words added to the search vocabulary (resources/search/vocabulary.json) on this laptop or by
-- a coordinator's update file: the same entries as the reviewed file, one row each.
-- ``publisher`` is the fingerprint of the key whose update file carried it, '' when added here.

CREATE TABLE search_word (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('need', 'group', 'place', 'filler')),
    value TEXT NOT NULL,
    words TEXT NOT NULL,  -- a JSON list
    source TEXT NOT NULL,
    publisher TEXT NOT NULL DEFAULT '',
    added_on TEXT NOT NULL,
    UNIQUE (kind, value, words, publisher)
);
