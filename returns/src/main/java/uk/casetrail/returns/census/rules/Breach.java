package uk.casetrail.returns.census.rules;

import java.util.UUID;

/** One place where a child's return breaks a rule: the episode (case), or null for the child's own details. */
public record Breach(UUID caseId) {
}
