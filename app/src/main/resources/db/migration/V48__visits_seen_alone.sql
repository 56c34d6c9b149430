-- Whether the child was seen alone on each visit, so that a plan's practitioners and their managers see
-- when the child was last seen alone (the local standard for child protection visits asks for it).
ALTER TABLE case_visit ADD COLUMN seen_alone BOOLEAN NOT NULL DEFAULT FALSE;

-- Visits projected before this: read from the event each row came from (the case's stream at its
-- sequence number; a visit note and a child seen for an assessment both record seenAlone).
UPDATE case_visit v SET seen_alone = COALESCE((convert_from(e.payload, 'UTF8')::jsonb ->> 'seenAlone')::boolean, FALSE)
FROM domain_event_entry e
WHERE e.aggregate_identifier = v.case_id::text AND e.sequence_number = v.seq;
