package uk.casetrail.events.access;

import org.axonframework.serialization.Revision;
import uk.casetrail.events.ids.ChildId;

import java.time.Instant;
import java.util.UUID;

/** A user broke glass to open a child's record, with a written justification, until a time. */
@Revision("1")
public record BreakGlassInvoked(UUID breakGlassId, ChildId childId, String user, String role, String team,
                                String justification, Instant openUntil) {
}
