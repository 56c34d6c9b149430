package uk.casetrail.events.protection;

/** An initial child protection conference,  or a review conference while a plan is active. */
public enum ConferenceKind {
    INITIAL, REVIEW
}
