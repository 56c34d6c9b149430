package uk.casetrail.events.calendar;

/**
 * The statutory clocks in working days, configurable per authority (Working Together sets the
 * national defaults; the 2006 model had 7-day initial and 35-day core assessments).
 *
 * @param referralDecisionWorkingDays  contact received to decision on referral
 * @param assessmentWorkingDays        referral to single assessment completed
 * @param initialConferenceWorkingDays last strategy discussion (section 47) to initial conference
 */
public record StatutoryTimescales(int referralDecisionWorkingDays, int assessmentWorkingDays,
                                  int initialConferenceWorkingDays) {

    public static final StatutoryTimescales WORKING_TOGETHER = new StatutoryTimescales(1, 45, 15);

    public StatutoryTimescales {
        if (referralDecisionWorkingDays < 0 || assessmentWorkingDays < 1 || initialConferenceWorkingDays < 1) {
            throw new IllegalArgumentException("statutory timescales must be positive numbers of working days");
        }
    }
}
