-- 0009: on a coordinator's laptop, the newest referral figures file taken in from each
-- registered laptop (counts only, anonymised on the laptop; see docs/referral-figures.md).
-- Not directory data: an undo of an update leaves it as it is.

CREATE TABLE received_figures (
    key_id TEXT PRIMARY KEY,
    sequence INTEGER NOT NULL,
    made_in TEXT NOT NULL,
    figures TEXT NOT NULL,
    received TEXT NOT NULL
) WITHOUT ROWID;
