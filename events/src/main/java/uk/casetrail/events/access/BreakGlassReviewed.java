package uk.casetrail.events.access;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/** An auditor reviewed a break-glass access and recorded the outcome. */
@Revision("1")
public record BreakGlassReviewed(UUID breakGlassId, String reviewer, BreakGlassReviewOutcome outcome, String notes) {
}
