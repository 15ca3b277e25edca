-- 0009: what the window shows about the whole directory at start (how many services, the
-- languages of the language filter, the unverified services of the warning), kept so that a
-- start does not read every service. Any change to a row those figures come from empties the
-- table; the window works them out again and keeps them.

CREATE TABLE window_figure (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TRIGGER window_figure_service_added AFTER INSERT ON service
BEGIN
    DELETE FROM window_figure;
END;

CREATE TRIGGER window_figure_service_changed
AFTER UPDATE OF status, last_verified, source_date ON service
BEGIN
    DELETE FROM window_figure;
END;

CREATE TRIGGER window_figure_service_removed AFTER DELETE ON service
BEGIN
    DELETE FROM window_figure;
END;

CREATE TRIGGER window_figure_language_added AFTER INSERT ON language
BEGIN
    DELETE FROM window_figure;
END;

CREATE TRIGGER window_figure_language_changed AFTER UPDATE OF name ON language
BEGIN
    DELETE FROM window_figure;
END;

CREATE TRIGGER window_figure_language_removed AFTER DELETE ON language
BEGIN
    DELETE FROM window_figure;
END;
