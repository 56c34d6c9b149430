package uk.casetrail.events.recording;

/** The kind of case note. */
public enum NoteKind {
    VISIT, CONTACT, SUPERVISION, MANAGEMENT_OVERSIGHT, OTHER
}
