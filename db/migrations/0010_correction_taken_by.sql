-- 0010: which applied update closed a correction made here (update_history.id), so that undoing
-- that update opens the correction again.

ALTER TABLE local_correction ADD COLUMN taken_by INTEGER;
