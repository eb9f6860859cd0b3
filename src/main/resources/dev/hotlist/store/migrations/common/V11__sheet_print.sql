-- Version 11: a lead keeps the fingerprint of the last sheet row merged into it (store.SheetPrint) and the version
-- it had then. While version = print_version nothing else has changed the lead, so a row with the same print would
-- change nothing: a re-import counts it unchanged without reading the lead. Any other write raises version, which
-- makes the print stale (NULL for leads from before this version: read and compared in full, as before).
ALTER TABLE lead ADD COLUMN sheet_print BIGINT;
ALTER TABLE lead ADD COLUMN print_version BIGINT;
