-- Version 6: each open database connection's last commit, by a token of its own. When the journal a connection
-- writes to is found replaced after a commit (another process deleted it under a connection whose locks were
-- released), the mark says whether that commit reached the database file or must be made again.
CREATE TABLE write_mark (
    writer TEXT PRIMARY KEY,
    seq    INTEGER NOT NULL,
    at     TEXT    NOT NULL
) WITHOUT ROWID;
