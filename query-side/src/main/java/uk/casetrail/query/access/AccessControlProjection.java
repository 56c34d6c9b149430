package uk.casetrail.query.access;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.casetrail.events.access.BreakGlassInvoked;
import uk.casetrail.events.access.BreakGlassReviewed;
import uk.casetrail.events.access.InspectionGrantIssued;
import uk.casetrail.events.child.ChildRecordRestricted;

import java.sql.Timestamp;
import java.time.Instant;

/** Restrictions, break-glass windows (with their review) and inspection grants, as access decisions need them. */
@Component
@ProcessingGroup(AccessControlProcessor.NAME)
class AccessControlProjection {

    private final JdbcClient jdbc;

    AccessControlProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ChildRecordRestricted e) {
        jdbc.sql("""
                        INSERT INTO child_restriction (child_id, reason, named_users) VALUES (:child, :reason, :named)
                        ON CONFLICT (child_id) DO UPDATE SET reason = EXCLUDED.reason, named_users = EXCLUDED.named_users""")
                .param("child", e.childId().value()).param("reason", e.reason())
                .param("named", e.namedUsers().toArray(String[]::new))
                .update();
    }

    @EventHandler
    void on(BreakGlassInvoked e, @org.axonframework.eventhandling.Timestamp Instant recordedAt) {
        jdbc.sql("""
                        INSERT INTO break_glass (break_glass_id, child_id, user_name, role, team, justification, invoked_at, open_until)
                        VALUES (:id, :child, :user, :role, :team, :justification, :at, :until) ON CONFLICT DO NOTHING""")
                .param("id", e.breakGlassId()).param("child", e.childId().value()).param("user", e.user())
                .param("role", e.role()).param("team", e.team()).param("justification", e.justification())
                .param("at", Timestamp.from(recordedAt)).param("until", Timestamp.from(e.openUntil()))
                .update();
    }

    @EventHandler
    void on(BreakGlassReviewed e, @org.axonframework.eventhandling.Timestamp Instant recordedAt) {
        jdbc.sql("""
                        UPDATE break_glass SET reviewed_at = :at, reviewer = :reviewer, review_outcome = :outcome, review_notes = :notes
                        WHERE break_glass_id = :id""")
                .param("at", Timestamp.from(recordedAt)).param("reviewer", e.reviewer())
                .param("outcome", e.outcome().name()).param("notes", e.notes()).param("id", e.breakGlassId())
                .update();
    }

    @EventHandler
    void on(InspectionGrantIssued e, @org.axonframework.eventhandling.Timestamp Instant recordedAt) {
        jdbc.sql("""
                        INSERT INTO inspection_grant (grant_id, inspector, team, valid_from, valid_until, granted_at)
                        VALUES (:id, :inspector, :team, :from, :until, :at) ON CONFLICT DO NOTHING""")
                .param("id", e.grantId()).param("inspector", e.inspector()).param("team", e.team())
                .param("from", Timestamp.from(e.validFrom())).param("until", Timestamp.from(e.validUntil()))
                .param("at", Timestamp.from(recordedAt))
                .update();
    }
}
