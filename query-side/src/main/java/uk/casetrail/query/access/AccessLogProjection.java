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

    private static final String COLUMNS = """
            INSERT INTO access_log (event_id, child_id, global_index, recorded_at, actor, role, team, session,
                client_address, resource, action, purpose, basis, outcome, reason)
            """;
    // A read of one child, most reads, as a row of values: the driver sends a batch of these as
    // multi-row inserts, where each INSERT ... SELECT is executed on its own.
    private static final String ONE_CHILD = COLUMNS + """
            VALUES (:event, :child, :index, :at, :actor, :role, :team, :session, :client, :resource, :action,
                :purpose, :basis, :outcome, :reason)
            ON CONFLICT DO NOTHING""";
    // A listing's read touches a hundred children or more: one statement for them all.
    private static final String MANY_CHILDREN = COLUMNS + """
            SELECT :event, c.child, :index, :at, :actor, :role, :team, :session, :client, :resource, :action,
                :purpose, c.basis, :outcome, :reason
            FROM unnest(:children::uuid[], :bases::text[]) AS c (child, basis)
            ON CONFLICT DO NOTHING""";

    private final ProjectionWrites writes;
    private final EventPositions positions;

    AccessLogProjection(ProjectionWrites writes, EventPositions positions) {
        this.writes = writes;
        this.positions = positions;
    }

    /**
     * One statement for all the children a read touched. Its rows belong to the access event, whose
     * id is its one named id ({@code StatementSchedule} does not look inside the array of children).
     */
    @EventHandler
    void on(RecordAccessed e, EventMessage<?> message) {
        List<ChildAccess> children = e.children().isEmpty() ? List.of(new ChildAccess(null, null)) : e.children();
        ProjectionWrites.Statement insert = children.size() == 1
                ? writes.sql(ONE_CHILD).param("child", idOf(children.get(0))).param("basis", children.get(0).basis())
                : writes.sql(MANY_CHILDREN)
                        .param("children", children.stream().map(AccessLogProjection::idOf).toArray(UUID[]::new))
                        .param("bases", children.stream().map(ChildAccess::basis).toArray(String[]::new));
        insert.param("event", message.getIdentifier())
                .param("index", positions.of(message))
                .param("at", Timestamp.from(message.getTimestamp()))
                .param("actor", e.actor()).param("role", e.role()).param("team", e.team())
                .param("session", e.session()).param("client", e.clientAddress())
                .param("resource", e.resource()).param("action", e.action().name()).param("purpose", e.purpose())
                .param("outcome", e.outcome().name()).param("reason", e.reason())
                .update();
    }

    private static UUID idOf(ChildAccess child) {
        return child.childId() == null ? NO_CHILD : child.childId().value();
    }

    @ResetHandler
    void reset() {
        writes.sql("TRUNCATE access_log").update();
    }
}
