package uk.casetrail.query.register;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import uk.casetrail.query.projecting.ProjectionWrites;
import org.springframework.stereotype.Component;
import uk.casetrail.events.allocation.CaseAllocated;
import uk.casetrail.events.protection.ChildProtectionPlanEnded;
import uk.casetrail.events.protection.ChildProtectionPlanReviewed;
import uk.casetrail.events.protection.ChildProtectionPlanStarted;
import uk.casetrail.query.caseview.AllocationDay;
import uk.casetrail.query.caseview.CaseRecordProcessor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Child protection plans with the history of their category and reviews, dated by when things
 * happened, so the register answers for any date as things stood on that date. Each plan's row also
 * carries its latest category, review and lead worker with the date each took effect (V45): the
 * register reads those for any date on or after it, and the history only for an earlier date.
 */
@Component
@ProcessingGroup(CaseRecordProcessor.NAME)
class ProtectionPlanProjection {

    private final ProjectionWrites writes;

    ProtectionPlanProjection(ProjectionWrites writes) {
        this.writes = writes;
    }

    @EventHandler
    void on(ChildProtectionPlanStarted e, @SequenceNumber long seq) {
        // The case's allocations so far were projected from its earlier events, in this processor.
        writes.sql("""
                        INSERT INTO protection_plan (plan_id, case_id, child_id, started_on,
                            lead_worker, lead_team, lead_on, lead_seq)
                        SELECT :plan, v.case_id, v.child_id, :started, a.worker, a.team, a.effective_on, a.seq
                        FROM case_view v LEFT JOIN LATERAL (
                            SELECT worker, team, effective_on, seq FROM case_allocation ca WHERE ca.case_id = v.case_id
                            ORDER BY effective_on DESC, seq DESC LIMIT 1) a ON TRUE
                        WHERE v.case_id = :case
                        ON CONFLICT DO NOTHING""")
                .param("plan", e.planId().value()).param("case", e.caseId().value()).param("started", e.startedOn())
                .update();
        category(e.planId().value(), seq, e.startedOn(), e.category().code());
    }

    @EventHandler
    void on(ChildProtectionPlanReviewed e, @SequenceNumber long seq) {
        writes.sql("INSERT INTO protection_plan_review (plan_id, seq, reviewed_on) VALUES (:plan, :seq, :on) ON CONFLICT DO NOTHING")
                .param("plan", e.planId().value()).param("seq", seq).param("on", e.reviewedOn())
                .update();
        writes.sql("UPDATE protection_plan SET last_reviewed_on = GREATEST(last_reviewed_on, :on) WHERE plan_id = :plan")
                .param("on", e.reviewedOn()).param("plan", e.planId().value())
                .update();
        category(e.planId().value(), seq, e.reviewedOn(), e.category().code());
    }

    /** Every plan of the case, open or ended, is led by whoever the case is allocated to. */
    @EventHandler
    void on(CaseAllocated e, @SequenceNumber long seq, @Timestamp Instant recordedAt) {
        writes.sql("""
                        UPDATE protection_plan SET lead_worker = :worker, lead_team = :team, lead_on = :on, lead_seq = :seq
                        WHERE case_id = :case AND (lead_on IS NULL OR (lead_on, lead_seq) < (:on, :seq))""")
                .param("worker", e.worker()).param("team", e.team())
                .param("on", AllocationDay.of(recordedAt)).param("seq", seq)
                .param("case", e.caseId().value())
                .update();
    }

    @EventHandler
    void on(ChildProtectionPlanEnded e) {
        writes.sql("UPDATE protection_plan SET ended_on = :ended WHERE plan_id = :plan")
                .param("ended", e.endedOn()).param("plan", e.planId().value())
                .update();
    }

    @ResetHandler
    void reset() {
        writes.sql("TRUNCATE protection_plan, protection_plan_category, protection_plan_review").update();
    }

    private void category(UUID plan, long seq, LocalDate on, String category) {
        writes.sql("""
                        INSERT INTO protection_plan_category (plan_id, seq, effective_on, category)
                        VALUES (:plan, :seq, :on, :category) ON CONFLICT DO NOTHING""")
                .param("plan", plan).param("seq", seq).param("on", on).param("category", category)
                .update();
        // The latest by date, then by sequence: a category dated before the current one changes only the history.
        writes.sql("""
                        UPDATE protection_plan SET category = :category, category_on = :on, category_seq = :seq
                        WHERE plan_id = :plan AND (category_on IS NULL OR (category_on, category_seq) < (:on, :seq))""")
                .param("category", category).param("on", on).param("seq", seq).param("plan", plan)
                .update();
    }
}
