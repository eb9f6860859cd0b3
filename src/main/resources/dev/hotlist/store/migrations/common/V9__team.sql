-- Version 9 (both engines): team mode. A lead has an owner on the team (the person who claimed it; '' for
-- unassigned), a version that every edit checks and raises (UPDATE ... WHERE id = ? AND version = ?, so two people
-- editing one lead can never both win silently), and who made its last edit (shown when an edit is refused).
-- SQLite gets them too: two windows on one file are a team of one.
ALTER TABLE lead ADD COLUMN assignee TEXT NOT NULL DEFAULT '';
ALTER TABLE lead ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE lead ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
