package uk.casetrail.events.recording;

/**
 * The kind of case note. A core group meeting (the professionals and the family who carry out a child
 * protection plan) is recorded as a note of its own kind: the first is due 10 working days after the
 * initial conference.
 */
public enum NoteKind {
    VISIT, CONTACT, SUPERVISION, MANAGEMENT_OVERSIGHT, CORE_GROUP_MEETING, OTHER
}
