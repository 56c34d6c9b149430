package uk.casetrail.query.caseview;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import uk.casetrail.events.calendar.AuthorityTime;
import uk.casetrail.query.projecting.ProjectionWrites;
import org.springframework.stereotype.Component;
import uk.casetrail.events.CaseEvent;
import uk.casetrail.events.allocation.CaseAllocated;
import uk.casetrail.events.assessment.AssessmentCompleted;
import uk.casetrail.events.assessment.AssessmentStarted;
import uk.casetrail.events.assessment.ChildSeen;
import uk.casetrail.events.calendar.StatutoryTimescales;
import uk.casetrail.events.calendar.WorkingDayCalendar;
import uk.casetrail.events.childinneed.ChildInNeedPlanEnded;
import uk.casetrail.events.childinneed.ChildInNeedPlanStarted;
import uk.casetrail.events.closure.CaseClosed;
import uk.casetrail.events.closure.CaseReopened;
import uk.casetrail.events.involvement.AgencyInvolvementRecorded;
import uk.casetrail.events.protection.ConferenceHeld;
import uk.casetrail.events.protection.ConferenceKind;
import uk.casetrail.events.protection.Section47EnquiryConcluded;
import uk.casetrail.events.protection.Section47EnquiryStarted;
import uk.casetrail.events.protection.StrategyDecision;
import uk.casetrail.events.protection.StrategyDiscussionHeld;
import uk.casetrail.events.recording.CaseNoteCorrected;
import uk.casetrail.events.recording.CaseNoteRecorded;
import uk.casetrail.events.recording.NoteKind;
import uk.casetrail.events.referral.ContactClosed;
import uk.casetrail.events.referral.ContactRecorded;
import uk.casetrail.events.referral.PrimaryNeedRecorded;
import uk.casetrail.events.referral.ReferralAccepted;

import java.time.Instant;
import java.time.LocalDate;

/** Keeps one row per case with where it stands, and the rows of its assessments, allocations and visits. */
@Component
@ProcessingGroup(CaseRecordProcessor.NAME)
class CaseViewProjection {

    private final ProjectionWrites writes;
    private final WorkingDayCalendar calendar;
    private final StatutoryTimescales timescales;

    CaseViewProjection(ProjectionWrites writes, WorkingDayCalendar calendar, StatutoryTimescales timescales) {
        this.writes = writes;
        this.calendar = calendar;
        this.timescales = timescales;
    }

    @EventHandler
    void on(ContactRecorded e, @SequenceNumber long version) {
        LocalDate contactDate = LocalDate.ofInstant(e.contactReceivedAt(), AuthorityTime.ZONE);
        writes.sql("""
                        INSERT INTO case_view (case_id, child_id, receiving_team, contact_received_at, decision_due_on, version)
                        VALUES (:case, :child, :team, :received, :due, :version) ON CONFLICT (case_id) DO NOTHING""")
                .param("case", e.caseId().value()).param("child", e.childId().value())
                .param("team", e.receivingTeam())
                .param("received", java.sql.Timestamp.from(e.contactReceivedAt()))
                .param("due", calendar.addWorkingDays(contactDate, timescales.referralDecisionWorkingDays()))
                .param("version", version)
                .update();
    }

    @EventHandler
    void on(ReferralAccepted e) {
        update(e, "decided_on = :decided, referral_date = :referral, primary_need = :need",
                "decided", LocalDate.ofInstant(e.decidedAt(), AuthorityTime.ZONE), "referral", e.referralDate(),
                "need", e.primaryNeed() == null ? null : e.primaryNeed().code());
    }

    @EventHandler
    void on(ContactClosed e) {
        LocalDate decided = LocalDate.ofInstant(e.decidedAt(), AuthorityTime.ZONE);
        update(e, "decided_on = :decided, closed_on = :decided", "decided", decided);
    }

    @EventHandler
    void on(CaseAllocated e, @SequenceNumber long seq, @Timestamp Instant recordedAt) {
        update(e, "allocated_worker = :worker, allocated_team = :team", "worker", e.worker(), "team", e.team());
        writes.sql("INSERT INTO case_allocation (case_id, seq, effective_on, worker, team) VALUES (:case, :seq, :on, :worker, :team) ON CONFLICT DO NOTHING")
                .param("case", e.caseId().value()).param("seq", seq)
                .param("on", AllocationDay.of(recordedAt))
                .param("worker", e.worker()).param("team", e.team())
                .update();
    }

    @EventHandler
    void on(AssessmentStarted e) {
        writes.sql("""
                        INSERT INTO case_assessment (assessment_id, case_id, started_on, due_on)
                        VALUES (:id, :case, :started, :due) ON CONFLICT DO NOTHING""")
                .param("id", e.assessmentId().value()).param("case", e.caseId().value())
                .param("started", e.startedOn()).param("due", e.dueOn())
                .update();
    }

    @EventHandler
    void on(ChildSeen e, @SequenceNumber long seq) {
        writes.sql("""
                        UPDATE case_assessment SET child_seen_on = LEAST(COALESCE(child_seen_on, :seen), :seen)
                        WHERE assessment_id = :id""")
                .param("seen", e.seenOn()).param("id", e.assessmentId().value())
                .update();
        visit(e.caseId(), seq, e.seenOn(), e.seenAlone());
    }

    @EventHandler
    void on(AssessmentCompleted e) {
        writes.sql("UPDATE case_assessment SET completed_on = :completed, outcome = :outcome WHERE assessment_id = :id")
                .param("completed", e.completedOn()).param("outcome", e.outcome().name())
                .param("id", e.assessmentId().value())
                .update();
    }

    @EventHandler
    void on(PrimaryNeedRecorded e) {
        update(e, "primary_need = :need", "need", e.primaryNeed().code());
    }

    @EventHandler
    void on(StrategyDiscussionHeld e) {
        // The initial conference is due 15 working days after the latest discussion that decided section 47; a
        // later discussion deciding against one, before an enquiry began on it, stops that clock.
        if (e.decision() == StrategyDecision.SECTION_47) {
            update(e, "icpc_due_on = :due, section47_pending = TRUE", "due",
                    calendar.addWorkingDays(e.heldOn(), timescales.initialConferenceWorkingDays()));
        } else {
            update(e, "icpc_due_on = CASE WHEN section47_pending THEN NULL ELSE icpc_due_on END, section47_pending = FALSE");
        }
    }

    @EventHandler
    void on(Section47EnquiryStarted e) {
        update(e, "open_enquiries = open_enquiries + 1, section47_pending = FALSE");
        writes.sql("""
                        INSERT INTO case_enquiry (enquiry_id, case_id, started_on)
                        VALUES (:id, :case, :started) ON CONFLICT DO NOTHING""")
                .param("id", e.enquiryId().value()).param("case", e.caseId().value()).param("started", e.startedOn())
                .update();
    }

    @EventHandler
    void on(Section47EnquiryConcluded e) {
        update(e, e.icpcRequired() ? "open_enquiries = open_enquiries - 1"
                : "open_enquiries = open_enquiries - 1, icpc_due_on = NULL");
        writes.sql("UPDATE case_enquiry SET concluded_on = :concluded WHERE enquiry_id = :id")
                .param("concluded", e.concludedOn()).param("id", e.enquiryId().value())
                .update();
    }

    @EventHandler
    void on(ConferenceHeld e) {
        if (e.kind() == ConferenceKind.INITIAL) {
            update(e, "icpc_due_on = NULL");
        }
    }

    @EventHandler
    void on(ChildInNeedPlanStarted e) {
        update(e, "open_cin_plan = :plan", "plan", e.planId().value());
    }

    @EventHandler
    void on(ChildInNeedPlanEnded e) {
        update(e, "open_cin_plan = NULL");
    }

    @EventHandler
    void on(CaseNoteRecorded e, @SequenceNumber long seq, @Timestamp Instant recordedAt) {
        if (e.kind() == NoteKind.VISIT && e.childSeen()) {
            visit(e.caseId(), seq, e.occurredOn(), e.seenAlone());
        }
        writes.sql("""
                        INSERT INTO case_note (note_id, case_id, recorded_at, occurred_on, kind, summary)
                        VALUES (:id, :case, :recorded, :occurred, :kind, :summary) ON CONFLICT DO NOTHING""")
                .param("id", e.noteId().value()).param("case", e.caseId().value())
                .param("recorded", java.sql.Timestamp.from(recordedAt)).param("occurred", e.occurredOn())
                .param("kind", e.kind().name()).param("summary", e.summary())
                .update();
    }

    @EventHandler
    void on(CaseNoteCorrected e) {
        // The case page shows a note as it now reads; the chronology keeps the original beside it.
        writes.sql("UPDATE case_note SET summary = :summary, corrected = true WHERE note_id = :id")
                .param("summary", e.summary()).param("id", e.noteId().value())
                .update();
    }

    @EventHandler
    void on(AgencyInvolvementRecorded e) {
        writes.sql("""
                        INSERT INTO case_involvement (involvement_id, case_id, child_id, agency, practitioner, role, from_date)
                        SELECT :id, case_id, child_id, :agency, :practitioner, :role, :from FROM case_view WHERE case_id = :case
                        ON CONFLICT DO NOTHING""")
                .param("id", e.involvementId().value()).param("case", e.caseId().value())
                .param("agency", e.agency()).param("practitioner", e.practitioner()).param("role", e.role())
                .param("from", e.from())
                .update();
    }

    @EventHandler
    void on(CaseClosed e) {
        update(e, "closed_on = :closed, closure_reason = :reason", "closed", e.closedOn(), "reason", e.reason().code());
    }

    @EventHandler
    void on(CaseReopened e) {
        // A contact closed at the decision reopens to await a decision again: due, as a new contact's, from the reopening.
        update(e, """
                        closed_on = NULL, closure_reason = NULL,
                        decision_due_on = CASE WHEN referral_date IS NULL THEN :due ELSE decision_due_on END,
                        decided_on = CASE WHEN referral_date IS NULL THEN NULL ELSE decided_on END""",
                "due", calendar.addWorkingDays(e.reopenedOn(), timescales.referralDecisionWorkingDays()));
    }

    @ResetHandler
    void reset() {
        writes.sql("TRUNCATE case_view, case_assessment, case_allocation, case_visit, case_involvement, case_enquiry, case_note").update();
    }

    private void visit(uk.casetrail.events.ids.CaseId caseId, long seq, LocalDate on, boolean seenAlone) {
        writes.sql("""
                        INSERT INTO case_visit (case_id, seq, visited_on, seen_alone) VALUES (:case, :seq, :on, :alone)
                        ON CONFLICT DO NOTHING""")
                .param("case", caseId.value()).param("seq", seq).param("on", on).param("alone", seenAlone)
                .update();
    }

    private void update(CaseEvent event, String assignments, Object... namedValues) {
        ProjectionWrites.Statement statement = writes.sql("UPDATE case_view SET " + assignments + " WHERE case_id = :case")
                .param("case", event.caseId().value());
        for (int i = 0; i < namedValues.length; i += 2) {
            statement = statement.param((String) namedValues[i], namedValues[i + 1]);
        }
        statement.update();
    }
}
