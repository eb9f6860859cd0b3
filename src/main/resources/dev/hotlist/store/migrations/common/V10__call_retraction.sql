-- Version 10: a call undone in the app is retracted, not deleted: the row stays in the log with the moment it was
-- taken back (ISO-8601 text, as call_log.at), and lists, exports and counts leave it out.
ALTER TABLE call_log ADD COLUMN retracted_at TEXT;
