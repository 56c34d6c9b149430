package uk.casetrail.events.referral;

/** What was decided on a contact. */
public enum ReferralDecision {
    REFERRAL, NO_FURTHER_ACTION, EARLY_HELP
}
