package uk.casetrail.events.assessment;

/** What the assessment concluded should happen next. */
public enum AssessmentOutcome {
    NO_FURTHER_ACTION, CHILD_IN_NEED, STRATEGY_DISCUSSION, EARLY_HELP
}
