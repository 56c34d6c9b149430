package uk.casetrail.events.protection;

/** Whether a strategy discussion decided that a section 47 enquiry is needed. */
public enum StrategyDecision {
    SECTION_47, NO_SECTION_47
}
