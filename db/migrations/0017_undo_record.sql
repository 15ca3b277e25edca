-- What each update or file taken in changed, so that undoing it changes those rows back
-- (store/undo_record.py): one row per row inserted, changed or removed, in order, written in
-- the update's own transaction. ``op`` is 'i' (inserted: ``rid`` or ``k0``, ``k1`` name the
-- new row), 'd' (removed: ``v0``… hold the row as it was, ``rid`` its rowid) or 'u' (changed:
-- ``rid`` or ``k0``, ``k1`` name the row as it is after, ``v0``… hold it as it was before). The
-- value columns have no type, so each value is kept exactly as SQLite stored it.

CREATE TABLE undo_change (
    id INTEGER PRIMARY KEY,
    step INTEGER NOT NULL,
    tbl TEXT NOT NULL,
    op TEXT NOT NULL CHECK (op IN ('i', 'd', 'u')),
    rid INTEGER,
    k0,
    k1,
    v0,
    v1,
    v2,
    v3,
    v4,
    v5,
    v6,
    v7,
    v8,
    v9,
    v10,
    v11,
    v12,
    v13,
    v14,
    v15,
    v16,
    v17,
    v18,
    v19,
    v20,
    v21,
    v22,
    v23,
    v24,
    v25,
    v26,
    v27,
    v28,
    v29,
    v30,
    v31,
    v32,
    v33,
    v34,
    v35,
    v36,
    v37,
    v38,
    v39,
    v40,
    v41,
    v42,
    v43,
    v44,
    v45,
    v46,
    v47,
    v48,
    v49,
    v50,
    v51,
    v52,
    v53,
    v54,
    v55,
    v56,
    v57,
    v58,
    v59,
    v60,
    v61,
    v62,
    v63
);
CREATE INDEX undo_change_step ON undo_change(step, id);

-- The undo record of each entry in the history (none for those applied before it existed,
-- which are undone from the copy of the directory named in ``backup``), and the schema it was
-- written with (PRAGMA user_version): a record of another schema is not used.
ALTER TABLE update_history ADD COLUMN undo_step INTEGER;
ALTER TABLE update_history ADD COLUMN undo_schema INTEGER;

-- The fingerprint of each service's object as a signed update last held it (core
-- hsds_records.read_digest), kept while every record in that object is as stored: the next
-- update that holds the same object does not read it into records again. '' when not known.
ALTER TABLE service ADD COLUMN read_digest TEXT NOT NULL DEFAULT '';
