package uk.casetrail.returns.census.validation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A child's open census issues, for the practitioner's caseload and case screen (each names its case and field). */
public record ChildCensusIssues(UUID childId, LocalDate referenceDate, List<CensusIssue> issues) {
}
