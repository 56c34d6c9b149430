package uk.casetrail.returns.census.rules;

/** 8617: factor 8A (private fostering, no longer in the code set) is not used. */
final class FactorEightA extends UnusedFactor {

    FactorEightA() {
        super("8617", "Code 8A has been returned. This code is not a valid code.", "8A");
    }
}
