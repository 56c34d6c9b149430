package uk.casetrail.returns.census.rules;

/**
 * 8945Q: factor 18A is not used: physical abuse is 18B (by a parent or carer) or 18C (by another person)
 * (2024 to 2025 onwards).
 */
final class FactorEighteenA extends UnusedFactor {

    FactorEighteenA() {
        super("8945Q", "Please check and either amend data or provide a reason: the assessment factors code '18A' "
                + "should not be used ('18B' or '18C' should be used instead)", "18A");
    }
}
