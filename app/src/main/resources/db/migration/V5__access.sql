-- Who may open a child's record beyond their work on the child's cases: restrictions, break-glass
-- windows and inspection grants. Kept by a subscribing processor in the same transaction as the
-- event, so a grant or a restriction takes effect the moment it is acknowledged.
CREATE TABLE child_restriction (
    child_id    UUID PRIMARY KEY,
    reason      TEXT   NOT NULL,
    named_users TEXT[] NOT NULL
);

CREATE TABLE break_glass (
    break_glass_id UUID PRIMARY KEY,
    child_id       UUID        NOT NULL,
    user_name      TEXT        NOT NULL,
    role           TEXT        NOT NULL,
    team           TEXT,
    justification  TEXT        NOT NULL,
    invoked_at     TIMESTAMPTZ NOT NULL,
    open_until     TIMESTAMPTZ NOT NULL,
    reviewed_at    TIMESTAMPTZ,
    reviewer       TEXT,
    review_outcome TEXT,
    review_notes   TEXT
);
CREATE INDEX break_glass_user_child ON break_glass (user_name, child_id, open_until);
CREATE INDEX break_glass_unreviewed ON break_glass (invoked_at) WHERE reviewed_at IS NULL;

CREATE TABLE inspection_grant (
    grant_id    UUID PRIMARY KEY,
    inspector   TEXT        NOT NULL,
    team        TEXT        NOT NULL,
    valid_from  TIMESTAMPTZ NOT NULL,
    valid_until TIMESTAMPTZ NOT NULL,
    granted_by  TEXT,
    granted_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX inspection_grant_inspector ON inspection_grant (inspector, valid_until);

-- The access audit: one row per child per audited read (a listing touches several children); a read
-- that touched no child (an empty listing, an audit search) has one row with the nil UUID.
CREATE TABLE access_log (
    event_id       VARCHAR(64) NOT NULL,
    child_id       UUID        NOT NULL,
    global_index   BIGINT      NOT NULL,
    recorded_at    TIMESTAMPTZ NOT NULL,
    actor          TEXT        NOT NULL,
    role           TEXT,
    team           TEXT,
    session        TEXT,
    client_address TEXT,
    resource       TEXT        NOT NULL,
    action         TEXT        NOT NULL,
    purpose        TEXT,
    basis          TEXT,
    outcome        TEXT        NOT NULL,
    reason         TEXT,
    PRIMARY KEY (event_id, child_id)
);
CREATE INDEX access_log_child ON access_log (child_id, recorded_at);
CREATE INDEX access_log_actor ON access_log (actor, recorded_at);
CREATE INDEX access_log_position ON access_log (global_index);
