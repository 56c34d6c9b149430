-- The nodes running now, so that each can take its fair share of projection segments.
CREATE TABLE node_heartbeat (
    node_id VARCHAR(255) PRIMARY KEY,
    seen_at TIMESTAMPTZ NOT NULL
);
