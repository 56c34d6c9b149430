package uk.casetrail.returns.census.rules;

/**
 * 8950Q: factor 19A is not used: sexual abuse is 19B (by a parent or carer) or 19C (by another person) (2024
 * to 2025 onwards).
 */
final class FactorNineteenA extends UnusedFactor {

    FactorNineteenA() {
        super("8950Q", "Please check and either amend data or provide a reason: the assessment factors code '19A' "
                + "should not be used ('19B' or '19C' should be used instead)", "19A");
    }
}
