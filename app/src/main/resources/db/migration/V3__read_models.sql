-- Read models: projections of the event store, rebuilt from it at any time. Nothing here is the
-- record itself; every row can be thrown away and recomputed.

-- The child's current details (GET /api/children/{childId}).
CREATE TABLE child_summary (
    child_id              UUID PRIMARY KEY,
    la_child_id           VARCHAR(20) NOT NULL,
    given_name            TEXT        NOT NULL,
    family_name           TEXT        NOT NULL,
    date_of_birth         DATE,
    expected_date_of_birth DATE,
    sex                   VARCHAR(1),
    ethnicity             VARCHAR(4),
    nhs_number            VARCHAR(10),
    upn                   VARCHAR(13),
    upn_unknown_reason    VARCHAR(4),
    former_upn            VARCHAR(13),
    date_of_death         DATE,
    disabilities          TEXT,
    version               BIGINT      NOT NULL
);

-- One row per case: where it stands and its statutory clocks (GET /api/cases/{caseId}, caseloads).
CREATE TABLE case_view (
    case_id             UUID PRIMARY KEY,
    child_id            UUID        NOT NULL,
    receiving_team      TEXT        NOT NULL,
    allocated_worker    TEXT,
    allocated_team      TEXT,
    contact_received_at TIMESTAMPTZ NOT NULL,
    decision_due_on     DATE        NOT NULL,
    decided_on          DATE,
    referral_date       DATE,
    primary_need        VARCHAR(2),
    icpc_due_on         DATE,
    open_enquiries      INTEGER     NOT NULL DEFAULT 0,
    open_cin_plan       UUID,
    closed_on           DATE,
    closure_reason      VARCHAR(4),
    version             BIGINT      NOT NULL
);
CREATE INDEX case_view_child ON case_view (child_id);
CREATE INDEX case_view_worker ON case_view (allocated_worker);
CREATE INDEX case_view_team ON case_view (allocated_team, receiving_team);

CREATE TABLE case_assessment (
    assessment_id UUID PRIMARY KEY,
    case_id       UUID NOT NULL,
    started_on    DATE NOT NULL,
    due_on        DATE NOT NULL,
    child_seen_on DATE,
    completed_on  DATE,
    outcome       TEXT
);
CREATE INDEX case_assessment_case ON case_assessment (case_id);

-- Allocation history: who led the case from which day (the day the allocation was recorded).
CREATE TABLE case_allocation (
    case_id      UUID   NOT NULL,
    seq          BIGINT NOT NULL,
    effective_on DATE   NOT NULL,
    worker       TEXT   NOT NULL,
    team         TEXT   NOT NULL,
    PRIMARY KEY (case_id, seq)
);

-- Days the child was seen on a visit, for the child protection visit clock.
CREATE TABLE case_visit (
    case_id    UUID   NOT NULL,
    seq        BIGINT NOT NULL,
    visited_on DATE   NOT NULL,
    PRIMARY KEY (case_id, seq)
);

CREATE TABLE case_involvement (
    involvement_id UUID PRIMARY KEY,
    case_id        UUID NOT NULL,
    child_id       UUID NOT NULL,
    agency         TEXT NOT NULL,
    practitioner   TEXT NOT NULL,
    role           TEXT NOT NULL,
    from_date      DATE NOT NULL
);
CREATE INDEX case_involvement_child ON case_involvement (child_id);

-- Child protection plans with their category and conference history, so that the register can be
-- answered for any date, with the category and review dates as they stood on that date.
CREATE TABLE protection_plan (
    plan_id    UUID PRIMARY KEY,
    case_id    UUID       NOT NULL,
    child_id   UUID       NOT NULL,
    started_on DATE       NOT NULL,
    ended_on   DATE
);
CREATE INDEX protection_plan_dates ON protection_plan (started_on, ended_on);
CREATE INDEX protection_plan_case ON protection_plan (case_id);

CREATE TABLE protection_plan_category (
    plan_id      UUID       NOT NULL,
    seq          BIGINT     NOT NULL,
    effective_on DATE       NOT NULL,
    category     VARCHAR(3) NOT NULL,
    PRIMARY KEY (plan_id, seq)
);

CREATE TABLE protection_plan_review (
    plan_id     UUID   NOT NULL,
    seq         BIGINT NOT NULL,
    reviewed_on DATE   NOT NULL,
    PRIMARY KEY (plan_id, seq)
);

-- The chronology: one entry per event of the child's record. Entries never change, except that a
-- corrected entry learns which entry superseded it and when; an as-recorded answer ignores
-- supersessions made after its instant.
CREATE TABLE chronology_entry (
    event_id      VARCHAR(64) PRIMARY KEY,
    global_index  BIGINT      NOT NULL,
    child_id      UUID        NOT NULL,
    case_id       UUID,
    note_id       UUID,
    occurred_on   DATE        NOT NULL,
    recorded_at   TIMESTAMPTZ NOT NULL,
    category      VARCHAR(40) NOT NULL,
    summary       TEXT        NOT NULL,
    source        TEXT,
    author        TEXT,
    significant   BOOLEAN     NOT NULL,
    late_recording BOOLEAN    NOT NULL,
    superseded_by VARCHAR(64),
    superseded_at TIMESTAMPTZ
);
CREATE INDEX chronology_entry_child ON chronology_entry (child_id, occurred_on, recorded_at, global_index);
CREATE INDEX chronology_entry_note ON chronology_entry (note_id);

-- Which child each case belongs to, kept by the chronology's own processor.
CREATE TABLE chronology_case (
    case_id  UUID PRIMARY KEY,
    child_id UUID NOT NULL
);
