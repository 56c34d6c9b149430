package uk.casetrail.returns.census.validation;

import uk.casetrail.returns.census.rules.Severity;

import java.util.UUID;

/** One issue of the return: which child and episode, which DfE rule, how serious, what to correct. */
public record CensusIssue(UUID childId, String laChildId, UUID caseId, String rule, Severity severity, String field,
                          String message) {
}
