-- 0004: a correction the coordinator has taken in is closed as 'taken' when the update that
-- carries it is applied (a later verification date, a number no longer listed, a service added
-- here now published). SQLite cannot change a CHECK constraint, so the table is made again.

CREATE TABLE local_correction_new (
    id INTEGER PRIMARY KEY,
    service_id TEXT NOT NULL,
    service_name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('verified', 'number_not_working', 'phone', 'hours',
                                       'address', 'new_service')),
    old_value TEXT NOT NULL DEFAULT '',
    new_value TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    made_on TEXT NOT NULL,
    made_by TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'dropped', 'taken'))
);
INSERT INTO local_correction_new (id, service_id, service_name, kind, old_value, new_value,
                                  note, made_on, made_by, status)
    SELECT id, service_id, service_name, kind, old_value, new_value, note, made_on, made_by,
           status FROM local_correction;
DROP TABLE local_correction;
ALTER TABLE local_correction_new RENAME TO local_correction;
CREATE INDEX local_correction_service ON local_correction(service_id, status);
