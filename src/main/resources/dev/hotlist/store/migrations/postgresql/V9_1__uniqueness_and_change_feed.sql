-- Version 9.1 (PostgreSQL): what a shared server needs beyond the shared schema.
--
-- Uniqueness, as the merge rules define one lead (LeadWriter.findMatch; decision 0003): a record id is one lead, always.
-- Emails and phones are deliberately not unique: people sharing a switchboard, or one placeholder address that a
-- sheet shows on many different people, stay apart. Those matches cannot be an index, so imports hold a
-- transaction-scoped advisory lock while they match and insert (LeadWriter): a second import matches against the
-- first one's committed leads.
DROP INDEX lead_by_external_id;
CREATE UNIQUE INDEX lead_unique_external_id ON lead (external_id) WHERE external_id <> '';

-- Change feed. Every inserted or updated lead is stamped with the id of the transaction that wrote it; a client
-- asks for the leads written by transactions at or after the oldest one still running when it last asked
-- (pg_snapshot_xmin). Plain nextval() numbers would not do: a transaction that took number 100 may commit after
-- one that took 101, and a client that had already read 101 would never see 100.
ALTER TABLE lead ADD COLUMN changed_in xid8 NOT NULL DEFAULT pg_current_xact_id();
CREATE INDEX lead_by_changed_in ON lead (changed_in);

-- Deleted leads (an import undone), so that clients drop them without reading every lead.
CREATE TABLE lead_gone (
    lead_id    BIGINT PRIMARY KEY,
    changed_in xid8   NOT NULL DEFAULT pg_current_xact_id()
);
CREATE INDEX lead_gone_by_changed_in ON lead_gone (changed_in);

CREATE FUNCTION hotlist_stamp_lead() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.changed_in := pg_current_xact_id();
    RETURN NEW;
END $$;
CREATE TRIGGER lead_stamp BEFORE INSERT OR UPDATE ON lead FOR EACH ROW EXECUTE FUNCTION hotlist_stamp_lead();

CREATE FUNCTION hotlist_lead_gone() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO lead_gone (lead_id) SELECT id FROM gone
        ON CONFLICT (lead_id) DO UPDATE SET changed_in = pg_current_xact_id();
    PERFORM pg_notify('hotlist_changes', (SELECT string_agg(id::text, ',') FROM (SELECT id FROM gone LIMIT 200) g));
    RETURN NULL;
END $$;
CREATE TRIGGER lead_deleted AFTER DELETE ON lead REFERENCING OLD TABLE AS gone
    FOR EACH STATEMENT EXECUTE FUNCTION hotlist_lead_gone();

-- Open apps LISTEN on hotlist_changes: one notification per statement (a batch of an import is one), delivered at
-- commit, carrying up to 200 of the lead ids it wrote; the ids say what changed, the stamp above fetches it.
CREATE FUNCTION hotlist_notify_leads() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('hotlist_changes',
        coalesce((SELECT string_agg(id::text, ',') FROM (SELECT id FROM changed LIMIT 200) c), ''));
    RETURN NULL;
END $$;
CREATE TRIGGER lead_inserted AFTER INSERT ON lead REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION hotlist_notify_leads();
CREATE TRIGGER lead_updated AFTER UPDATE ON lead REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION hotlist_notify_leads();

CREATE FUNCTION hotlist_notify_settings() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('hotlist_changes', 'settings');
    RETURN NULL;
END $$;
CREATE TRIGGER setting_changed AFTER INSERT OR UPDATE OR DELETE ON setting
    FOR EACH STATEMENT EXECUTE FUNCTION hotlist_notify_settings();
