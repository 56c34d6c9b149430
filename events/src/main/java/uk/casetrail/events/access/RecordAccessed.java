package uk.casetrail.events.access;

import org.axonframework.serialization.Revision;

import java.util.List;

/**
 * A read of children's data, or a refused attempt, recorded before the answer left the server: who
 * (actor, role, team, session, client address), which children and on what basis, which resource,
 * the action and purpose, and the outcome. The event's timestamp is the recorded time.
 */
@Revision("1")
public record RecordAccessed(String actor, String role, String team, String session, String clientAddress,
                             List<ChildAccess> children, String resource, AccessAction action, String purpose,
                             AccessOutcome outcome, String reason) {

    public RecordAccessed {
        children = children == null ? List.of() : List.copyOf(children);
    }
}
