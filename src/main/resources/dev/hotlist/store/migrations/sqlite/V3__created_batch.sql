-- Version 3: a lead remembers the import that created it, so undoing an import deletes its new leads without
-- one bookkeeping row per new lead; the batch index gives way to a tiny one over needs awaiting their scale.
ALTER TABLE lead ADD COLUMN created_batch INTEGER;
UPDATE lead SET created_batch = (SELECT batch_id FROM import_change c WHERE c.lead_id = lead.id AND c.kind = 'NEW');
DELETE FROM import_change WHERE kind = 'NEW';
CREATE INDEX lead_by_created_batch ON lead (created_batch) WHERE created_batch IS NOT NULL;
DROP INDEX lead_by_batch;
CREATE INDEX lead_pending_scale ON lead (batch_id) WHERE need_scale = -1;
