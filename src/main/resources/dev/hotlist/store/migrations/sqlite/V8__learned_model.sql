-- Version 8: the learned need (issue 14). One fit at a time: its report, every learned value with its weight and
-- points, and the columns it left out with why. Whether the learned need is switched off is the setting
-- 'learning.off'. Scores are still never stored: the need is worked out from these factors when a list is shown.
CREATE TABLE learned_model (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    fitted_at   TEXT    NOT NULL,
    outcomes    TEXT    NOT NULL,
    won         INTEGER NOT NULL,
    lost        INTEGER NOT NULL,
    validation  TEXT    NOT NULL,
    held_out    INTEGER NOT NULL,
    model_auc   REAL,
    rules_auc   REAL,
    margin      REAL,
    verdict     TEXT    NOT NULL,
    scale       REAL    NOT NULL,
    has_model   INTEGER NOT NULL
);

CREATE TABLE learned_factor (
    position    INTEGER PRIMARY KEY,
    field       TEXT    NOT NULL,
    header      TEXT    NOT NULL DEFAULT '',
    bin         TEXT    NOT NULL,
    value_key   TEXT    NOT NULL DEFAULT '',
    value_text  TEXT    NOT NULL DEFAULT '',
    lo          REAL,
    hi          REAL,
    weight      REAL    NOT NULL,
    points      INTEGER NOT NULL,
    won         INTEGER NOT NULL,
    seen        INTEGER NOT NULL
);

CREATE TABLE learned_exclusion (
    position    INTEGER PRIMARY KEY,
    field       TEXT    NOT NULL,
    header      TEXT    NOT NULL DEFAULT '',
    why         TEXT    NOT NULL,
    examples    TEXT    NOT NULL DEFAULT ''
);
