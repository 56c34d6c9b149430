package uk.casetrail.command.casework;

import uk.casetrail.command.journey.InvalidEntry;
import uk.casetrail.events.codes.Factor;

import java.util.HashSet;
import java.util.List;

/** The census rules for the factors recorded at the end of an assessment. */
final class FactorList {

    private FactorList() {
    }

    static void check(List<Factor> factors) {
        if (factors == null || factors.isEmpty()) {
            throw new InvalidEntry("factors", "give the factors identified, or 21 (no factors identified)");
        }
        if (factors.stream().anyMatch(java.util.Objects::isNull)) {
            throw new InvalidEntry("factors", "a factor is empty");
        }
        if (new HashSet<>(factors).size() != factors.size()) {
            throw new InvalidEntry("factors", "each factor is listed once");
        }
        if (factors.contains(Factor.F21) && factors.size() > 1) {
            throw new InvalidEntry("factors", "21 (no factors identified) stands alone");
        }
    }
}
