-- Version 9: a call undone in the app is retracted, not deleted: the row stays in the log with the moment it was
-- taken back, and lists, exports and counts leave it out.
ALTER TABLE call_log ADD COLUMN retracted_at TEXT;
