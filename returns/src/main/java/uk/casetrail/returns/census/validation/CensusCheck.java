package uk.casetrail.returns.census.validation;

import java.time.LocalDate;
import java.util.List;

/** The answer of GET /api/returns/cin-census/issues (counts is an addition for the Returns page). */
public record CensusCheck(LocalDate referenceDate, int childrenChecked, ModuleCounts counts, List<CensusIssue> issues) {
}
