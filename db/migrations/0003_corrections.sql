-- 0003: corrections made on this laptop, kept apart from the published directory so that an
-- update never overwrites them silently, and sent back to the coordinator as a file.

CREATE TABLE local_correction (
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
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'dropped'))
);
CREATE INDEX local_correction_service ON local_correction(service_id, status);
