package uk.casetrail.returns.census.validation;

import java.time.LocalDate;
import java.util.List;

/** The answer of GET /api/returns/cin-census/issues. */
public record CensusCheck(LocalDate referenceDate, int childrenChecked, List<CensusIssue> issues) {
}
