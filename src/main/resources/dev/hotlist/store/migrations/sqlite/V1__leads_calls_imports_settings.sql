-- Version 1: leads, their extra columns, call log, import batches with undo snapshots, settings.
CREATE TABLE import_batch (
    id            INTEGER PRIMARY KEY,
    file_name     TEXT    NOT NULL,
    sheet_name    TEXT    NOT NULL DEFAULT '',
    imported_at   TEXT    NOT NULL,
    as_of         TEXT    NOT NULL,
    new_count     INTEGER NOT NULL DEFAULT 0,
    updated_count INTEGER NOT NULL DEFAULT 0,
    skipped_count INTEGER NOT NULL DEFAULT 0,
    undone_at     TEXT
);

CREATE TABLE lead (
    id               INTEGER PRIMARY KEY,
    external_id      TEXT    NOT NULL DEFAULT '',
    name             TEXT    NOT NULL DEFAULT '',
    company          TEXT    NOT NULL DEFAULT '',
    email            TEXT    NOT NULL DEFAULT '',
    phone            TEXT    NOT NULL DEFAULT '',
    email_key        TEXT    NOT NULL DEFAULT '',
    phone_key        TEXT    NOT NULL DEFAULT '',
    name_key         TEXT    NOT NULL DEFAULT '',
    need_stated      TEXT    NOT NULL DEFAULT '',
    need_scale       INTEGER,
    buying_stated    TEXT    NOT NULL DEFAULT '',
    buying_date      TEXT,
    budget           TEXT    NOT NULL DEFAULT '',
    source           TEXT    NOT NULL DEFAULT '',
    segment          TEXT    NOT NULL DEFAULT '',
    customer_type    TEXT    NOT NULL DEFAULT '',
    region           TEXT    NOT NULL DEFAULT '',
    size             TEXT    NOT NULL DEFAULT '',
    owner            TEXT    NOT NULL DEFAULT '',
    notes            TEXT    NOT NULL DEFAULT '',
    stage            TEXT    NOT NULL DEFAULT 'NEW',
    user_notes       TEXT    NOT NULL DEFAULT '',
    snoozed_until    TEXT,
    next_action_date TEXT,
    batch_id         INTEGER REFERENCES import_batch (id),
    created_at       TEXT    NOT NULL,
    updated_at       TEXT    NOT NULL
);
CREATE INDEX lead_by_external_id ON lead (external_id) WHERE external_id <> '';
CREATE INDEX lead_by_email_key ON lead (email_key) WHERE email_key <> '';
CREATE INDEX lead_by_phone_key ON lead (phone_key) WHERE phone_key <> '';
CREATE INDEX lead_by_name_key ON lead (name_key) WHERE name_key <> '';
CREATE INDEX lead_by_batch ON lead (batch_id);

CREATE TABLE lead_extra (
    lead_id  INTEGER NOT NULL REFERENCES lead (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    key      TEXT    NOT NULL,
    value    TEXT    NOT NULL,
    PRIMARY KEY (lead_id, key)
) WITHOUT ROWID;

CREATE TABLE call_log (
    id           INTEGER PRIMARY KEY,
    lead_id      INTEGER NOT NULL REFERENCES lead (id) ON DELETE CASCADE,
    at           TEXT    NOT NULL,
    outcome      TEXT    NOT NULL,
    call_back_on TEXT,
    note         TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX call_log_by_lead ON call_log (lead_id, at);

-- What each import did to each lead, so the import can be undone.
CREATE TABLE import_change (
    batch_id INTEGER NOT NULL REFERENCES import_batch (id) ON DELETE CASCADE,
    lead_id  INTEGER NOT NULL,
    kind     TEXT    NOT NULL CHECK (kind IN ('NEW', 'UPDATED')),
    PRIMARY KEY (batch_id, lead_id)
) WITHOUT ROWID;

-- The sheet fields of an updated lead as they were before the import.
CREATE TABLE lead_before (
    batch_id      INTEGER NOT NULL REFERENCES import_batch (id) ON DELETE CASCADE,
    lead_id       INTEGER NOT NULL,
    external_id   TEXT, name TEXT, company TEXT, email TEXT, phone TEXT,
    email_key     TEXT, phone_key TEXT, name_key TEXT,
    need_stated   TEXT, need_scale INTEGER, buying_stated TEXT, buying_date TEXT,
    budget        TEXT, source TEXT, segment TEXT, customer_type TEXT, region TEXT, size TEXT, owner TEXT,
    notes         TEXT, batch_id_before INTEGER, updated_at TEXT,
    PRIMARY KEY (batch_id, lead_id)
) WITHOUT ROWID;

CREATE TABLE lead_extra_before (
    batch_id INTEGER NOT NULL REFERENCES import_batch (id) ON DELETE CASCADE,
    lead_id  INTEGER NOT NULL,
    position INTEGER NOT NULL,
    key      TEXT    NOT NULL,
    value    TEXT    NOT NULL,
    PRIMARY KEY (batch_id, lead_id, key)
) WITHOUT ROWID;

CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
