-- The first answer to a POST sent with an Idempotency-Key, kept so that a retry (even after a
-- restart) gets the same answer and records nothing twice. Written in the same transaction as the
-- events the request recorded, so the two can never disagree.
CREATE TABLE idempotent_request (
    actor           VARCHAR(255) NOT NULL,
    idempotency_key VARCHAR(255) NOT NULL,
    fingerprint     VARCHAR(64)  NOT NULL,
    status          INTEGER,
    answer          TEXT,
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (actor, idempotency_key)
);
