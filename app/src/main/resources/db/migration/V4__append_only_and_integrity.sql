-- The event log is append-only inside the database itself: whatever the application does, an
-- UPDATE, DELETE or TRUNCATE of a stored event is refused. In production the application's role has
-- no such grants either (README); a superuser can still disable the trigger, which the hash chain
-- below then exposes.
CREATE FUNCTION refuse_change_to_log() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the % table is append-only: % is refused', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER domain_event_entry_append_only BEFORE UPDATE OR DELETE ON domain_event_entry
    FOR EACH ROW EXECUTE FUNCTION refuse_change_to_log();
CREATE TRIGGER domain_event_entry_no_truncate BEFORE TRUNCATE ON domain_event_entry
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_to_log();

-- The hash chain: each stored event, taken in global order as it is sealed, gets SHA-256 over the
-- previous link's hash and the event's stored columns. Verification recomputes the chain from the
-- stored events and names the first event that no longer matches, or is missing.
CREATE TABLE event_seal (
    seal_position BIGINT PRIMARY KEY,
    global_index  BIGINT NOT NULL UNIQUE,
    hash          BYTEA  NOT NULL
);

CREATE TRIGGER event_seal_append_only BEFORE UPDATE OR DELETE ON event_seal
    FOR EACH ROW EXECUTE FUNCTION refuse_change_to_log();
CREATE TRIGGER event_seal_no_truncate BEFORE TRUNCATE ON event_seal
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_to_log();
