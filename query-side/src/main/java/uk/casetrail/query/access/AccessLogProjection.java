package uk.casetrail.query.access;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import uk.casetrail.query.projecting.ProjectionWrites;
import org.springframework.stereotype.Component;
import uk.casetrail.events.access.ChildAccess;
import uk.casetrail.events.access.RecordAccessed;
import uk.casetrail.query.reading.EventPositions;

import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

/** One access log row per child per audited read, with its position in the event log. */
@Component
@ProcessingGroup(AccessAuditProcessor.NAME)
class AccessLogProjection {

    static final UUID NO_CHILD = new UUID(0, 0);

    private final ProjectionWrites writes;
    private final EventPositions positions;

    AccessLogProjection(ProjectionWrites writes, EventPositions positions) {
        this.writes = writes;
        this.positions = positions;
    }

    @EventHandler
    void on(RecordAccessed e, EventMessage<?> message) {
        long position = positions.of(message);
        List<ChildAccess> children = e.children().isEmpty() ? List.of(new ChildAccess(null, null)) : e.children();
        for (ChildAccess child : children) {
            writes.sql("""
                            INSERT INTO access_log (event_id, child_id, global_index, recorded_at, actor, role, team, session,
                                client_address, resource, action, purpose, basis, outcome, reason)
                            VALUES (:event, :child, :index, :at, :actor, :role, :team, :session, :client, :resource, :action,
                                :purpose, :basis, :outcome, :reason)
                            ON CONFLICT DO NOTHING""")
                    .param("event", message.getIdentifier())
                    .param("child", child.childId() == null ? NO_CHILD : child.childId().value())
                    .param("index", position)
                    .param("at", Timestamp.from(message.getTimestamp()))
                    .param("actor", e.actor()).param("role", e.role()).param("team", e.team())
                    .param("session", e.session()).param("client", e.clientAddress())
                    .param("resource", e.resource()).param("action", e.action().name()).param("purpose", e.purpose())
                    .param("basis", child.basis()).param("outcome", e.outcome().name()).param("reason", e.reason())
                    .update();
        }
    }

    @ResetHandler
    void reset() {
        writes.sql("TRUNCATE access_log").update();
    }
}
