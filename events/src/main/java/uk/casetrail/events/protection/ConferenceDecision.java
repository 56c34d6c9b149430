package uk.casetrail.events.protection;

/** What a conference decided. An initial conference decides CHILD_PROTECTION_PLAN or NO_PLAN; a review decides CONTINUE_PLAN or END_PLAN. */
public enum ConferenceDecision {
    CHILD_PROTECTION_PLAN, NO_PLAN, CONTINUE_PLAN, END_PLAN
}
