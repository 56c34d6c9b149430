package uk.casetrail.command.journey;

/**
 * A command that breaks a rule of the statutory journey (for example completing an assessment
 * before the child was seen). Nothing is recorded; the answer names the rule so a person can act on it.
 */
public final class JourneyRuleBroken extends RuntimeException {

    private final String rule;

    public JourneyRuleBroken(String rule, String message) {
        super(message, null, false, false);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
