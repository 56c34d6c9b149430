-- The case view lists a case's section 47 enquiries and its notes with their ids, so that the forms
-- that need those ids (conclude an enquiry, correct a note) are reachable from the case page, not only
-- right after the enquiry or note was recorded. Kept by the case view's processor, so they are as
-- current as the case's version. Enquiries and notes recorded before this migration appear after a
-- rebuild of the read models (the processor's token is past them).
CREATE TABLE case_enquiry (
    enquiry_id   UUID PRIMARY KEY,
    case_id      UUID NOT NULL,
    started_on   DATE NOT NULL,
    concluded_on DATE
);
CREATE INDEX case_enquiry_case ON case_enquiry (case_id);

CREATE TABLE case_note (
    note_id     UUID PRIMARY KEY,
    case_id     UUID        NOT NULL,
    recorded_at TIMESTAMPTZ NOT NULL,
    occurred_on DATE        NOT NULL,
    kind        VARCHAR(40) NOT NULL,
    summary     TEXT        NOT NULL,
    corrected   BOOLEAN     NOT NULL DEFAULT false
);
CREATE INDEX case_note_case ON case_note (case_id, recorded_at);
