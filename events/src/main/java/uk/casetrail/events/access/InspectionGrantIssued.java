package uk.casetrail.events.access;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/** An inspector may read the children of one team, read-only, within a window. */
@Revision("1")
public record InspectionGrantIssued(UUID grantId, String inspector, String team, Instant validFrom, Instant validUntil) {
}
