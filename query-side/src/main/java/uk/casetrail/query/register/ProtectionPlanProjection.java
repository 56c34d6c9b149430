package uk.casetrail.query.register;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import uk.casetrail.query.projecting.ProjectionWrites;
import org.springframework.stereotype.Component;
import uk.casetrail.events.protection.ChildProtectionPlanEnded;
import uk.casetrail.events.protection.ChildProtectionPlanReviewed;
import uk.casetrail.events.protection.ChildProtectionPlanStarted;
import uk.casetrail.query.caseview.CaseRecordProcessor;

/**
 * Child protection plans with the history of their category and reviews, dated by when things
 * happened, so the register answers for any date as things stood on that date.
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
        writes.sql("""
                        INSERT INTO protection_plan (plan_id, case_id, child_id, started_on)
                        SELECT :plan, case_id, child_id, :started FROM case_view WHERE case_id = :case
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
        category(e.planId().value(), seq, e.reviewedOn(), e.category().code());
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

    private void category(java.util.UUID plan, long seq, java.time.LocalDate on, String category) {
        writes.sql("""
                        INSERT INTO protection_plan_category (plan_id, seq, effective_on, category)
                        VALUES (:plan, :seq, :on, :category) ON CONFLICT DO NOTHING""")
                .param("plan", plan).param("seq", seq).param("on", on).param("category", category)
                .update();
    }
}
