-- The census reads children's histories from the log, but never their case notes: a long case may hold
-- thousands of notes, and reading a case's events by aggregate alone read every one of them to keep a
-- handful. Notes and their corrections are most of a case's events, so this index leaves them out.
CREATE INDEX domain_event_entry_without_notes ON domain_event_entry (aggregate_identifier, global_index)
    WHERE payload_type NOT IN ('uk.casetrail.events.recording.CaseNoteRecorded',
                               'uk.casetrail.events.recording.CaseNoteCorrected');
