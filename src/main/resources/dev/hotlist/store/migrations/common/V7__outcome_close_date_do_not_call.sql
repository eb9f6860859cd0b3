-- Version 7: sheet fields for how a lead ended and whether it may be called. outcome is 'WON', 'LOST' or '' (unknown
-- or open), closed_on the close/conversion date beside it, do_not_call 1 when the sheet flags the person. They are
-- sheet fields like the rest: refreshed by a re-import, snapshotted for undo; the user's stage stays theirs.
ALTER TABLE lead ADD COLUMN outcome TEXT NOT NULL DEFAULT '';
ALTER TABLE lead ADD COLUMN closed_on TEXT;
ALTER TABLE lead ADD COLUMN do_not_call INTEGER NOT NULL DEFAULT 0;
-- snapshots taken before this version restore the defaults: those imports stated neither
ALTER TABLE lead_before ADD COLUMN outcome TEXT NOT NULL DEFAULT '';
ALTER TABLE lead_before ADD COLUMN closed_on TEXT;
ALTER TABLE lead_before ADD COLUMN do_not_call INTEGER NOT NULL DEFAULT 0;
