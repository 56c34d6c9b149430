-- Each CIN census file imported, keyed by its SHA-256: written in the same transaction as the events
-- the import recorded, so that the same file sent again answers this first result and records nothing.
CREATE TABLE census_import (
    sha256      CHAR(64)    NOT NULL PRIMARY KEY,
    import_id   UUID        NOT NULL UNIQUE,
    children    INTEGER     NOT NULL,
    episodes    INTEGER     NOT NULL,
    events      INTEGER     NOT NULL,
    imported_by TEXT        NOT NULL,
    team        TEXT        NOT NULL,
    imported_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
