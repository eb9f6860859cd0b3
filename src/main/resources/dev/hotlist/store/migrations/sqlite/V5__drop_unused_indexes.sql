-- Version 5: two indexes no query needs, each costing every imported row an index insert. Stages are filtered in
-- memory with the rest of the ranking; undoing an import finds the leads it created by one scan of the lead table.
DROP INDEX lead_by_stage;
DROP INDEX lead_by_created_batch;
