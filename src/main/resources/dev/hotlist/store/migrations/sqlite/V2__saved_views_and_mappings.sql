-- Version 2: saved views (named filters) and saved column mappings.
CREATE TABLE saved_view (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    filter     TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- A column mapping the user corrected, keyed by the sheet's header signature, reused on the next import.
CREATE TABLE column_mapping (
    signature  TEXT PRIMARY KEY,
    mapping    TEXT NOT NULL,
    updated_at TEXT NOT NULL
) WITHOUT ROWID;

CREATE INDEX lead_by_stage ON lead (stage);
