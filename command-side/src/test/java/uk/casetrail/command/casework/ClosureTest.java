package uk.casetrail.command.casework;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.casetrail.events.childinneed.ChildInNeedPlanEnded;
import uk.casetrail.events.childinneed.ChildInNeedPlanStarted;
import uk.casetrail.events.closure.CaseClosed;
import uk.casetrail.events.closure.CaseReopened;
import uk.casetrail.events.codes.ClosureReason;
import uk.casetrail.events.ids.AssessmentId;
import uk.casetrail.events.ids.NoteId;
import uk.casetrail.events.ids.PlanId;
import uk.casetrail.events.protection.StrategyDecision;
import uk.casetrail.events.protection.ChildProtectionPlanEnded;
import uk.casetrail.events.recording.CaseNoteCorrected;
import uk.casetrail.events.recording.CaseNoteRecorded;
import uk.casetrail.events.recording.NoteKind;
import uk.casetrail.events.referral.ContactClosed;
import uk.casetrail.events.referral.ReferralDecision;

import java.time.LocalDate;
import java.util.List;

import static uk.casetrail.command.casework.Journey.*;

class ClosureTest {

    private static final LocalDate CLOSED_ON = LocalDate.of(2026, 11, 23);
    private static final AssessmentId SECOND = AssessmentId.of("0f2a6b4e-0000-4000-8000-0000000000a2");

    private AggregateTestFixture<Case> fixture;

    @BeforeEach
    void setUp() {
        fixture = Journey.fixture();
    }

    private List<Object> assessed() {
        return concat(referred(), List.of(assessmentStarted(), childSeen(), assessmentCompleted()));
    }

    @Test
    void a_case_closes_after_assessment_with_no_further_action() {
        fixture.given(assessed())
                .when(new CloseCase(CASE, CLOSED_ON, ClosureReason.NO_FURTHER_ACTION_AFTER_ASSESSMENT))
                .expectEvents(new CaseClosed(CASE, CLOSED_ON, ClosureReason.NO_FURTHER_ACTION_AFTER_ASSESSMENT));
    }

    @Test
    void rc8_and_rc9_need_a_completed_assessment() {
        fixture.given(concat(referred(), List.of(assessmentStarted())))
                .when(new CloseCase(CASE, CLOSED_ON, ClosureReason.EARLY_HELP_AFTER_ASSESSMENT))
                .expectException(brokenRule("NO_COMPLETED_ASSESSMENT"))
                .expectNoEvents();
    }

    @Test
    void rc8_cannot_close_a_case_with_an_active_plan() {
        fixture.given(concat(withPlan(), List.of(
                        new uk.casetrail.events.assessment.AssessmentStarted(CASE, ASSESSMENT, LocalDate.of(2026, 9, 22), ASSESSMENT_DUE),
                        new uk.casetrail.events.assessment.ChildSeen(CASE, ASSESSMENT, LocalDate.of(2026, 9, 23), false),
                        new uk.casetrail.events.assessment.AssessmentCompleted(CASE, ASSESSMENT, LocalDate.of(2026, 9, 30),
                                List.of(uk.casetrail.events.codes.Factor.F16A), uk.casetrail.events.assessment.AssessmentOutcome.CHILD_IN_NEED, null))))
                .when(new CloseCase(CASE, CLOSED_ON, ClosureReason.EARLY_HELP_AFTER_ASSESSMENT))
                .expectException(brokenRule("PLAN_ACTIVE"));
    }

    @Test
    void rc8_does_not_close_a_case_that_had_a_child_in_need_plan_and_rc7_does() {
        PlanId plan = PlanId.random();
        List<Object> planned = concat(assessed(), List.of(new ChildInNeedPlanStarted(CASE, plan, LocalDate.of(2026, 9, 1)),
                new ChildInNeedPlanEnded(CASE, plan, LocalDate.of(2026, 11, 2))));
        fixture.given(planned)
                .when(new CloseCase(CASE, CLOSED_ON, ClosureReason.NO_FURTHER_ACTION_AFTER_ASSESSMENT))
                .expectException(brokenRule("FURTHER_ACTION_TAKEN"))
                .expectNoEvents();
        fixture.given(planned)
                .when(new CloseCase(CASE, CLOSED_ON, ClosureReason.SERVICES_CEASED))
                .expectEvents(new CaseClosed(CASE, CLOSED_ON, ClosureReason.SERVICES_CEASED));
    }

    @Test
    void a_reopened_case_is_judged_on_what_followed_the_reopening() {
        PlanId plan = PlanId.random();
        List<Object> reopened = concat(assessed(), List.of(new ChildInNeedPlanStarted(CASE, plan, LocalDate.of(2026, 9, 1)),
                new ChildInNeedPlanEnded(CASE, plan, LocalDate.of(2026, 9, 10)),
                new CaseClosed(CASE, LocalDate.of(2026, 9, 11), ClosureReason.SERVICES_CEASED),
                new CaseReopened(CASE, LocalDate.of(2026, 10, 1), "New concerns"),
                new uk.casetrail.events.assessment.AssessmentStarted(CASE, SECOND, LocalDate.of(2026, 10, 2), ASSESSMENT_DUE),
                new uk.casetrail.events.assessment.ChildSeen(CASE, SECOND, LocalDate.of(2026, 10, 5), true),
                new uk.casetrail.events.assessment.AssessmentCompleted(CASE, SECOND, LocalDate.of(2026, 10, 20),
                        List.of(uk.casetrail.events.codes.Factor.F21), uk.casetrail.events.assessment.AssessmentOutcome.NO_FURTHER_ACTION, null)));
        fixture.given(reopened)
                .when(new CloseCase(CASE, CLOSED_ON, ClosureReason.NO_FURTHER_ACTION_AFTER_ASSESSMENT))
                .expectEvents(new CaseClosed(CASE, CLOSED_ON, ClosureReason.NO_FURTHER_ACTION_AFTER_ASSESSMENT));
    }

    @Test
    void a_case_does_not_close_with_an_assessment_in_progress() {
        fixture.given(concat(referred(), List.of(assessmentStarted(), childSeen())))
                .when(new CloseCase(CASE, CLOSED_ON, ClosureReason.TRANSFERRED_TO_ANOTHER_LA))
                .expectException(brokenRule("ASSESSMENT_OPEN"))
                .expectNoEvents();
    }

    @Test
    void a_case_does_not_close_while_an_enquiry_is_open_or_awaits_its_conference() {
        List<Object> discussed = concat(referred(), List.of(strategyDiscussion(StrategyDecision.SECTION_47), enquiryStarted()));
        fixture.given(discussed)
                .when(new CloseCase(CASE, CLOSED_ON, ClosureReason.SERVICES_CEASED))
                .expectException(brokenRule("ENQUIRY_OPEN"));
        fixture.given(concat(discussed, List.of(enquiryConcluded(true))))
                .when(new CloseCase(CASE, CLOSED_ON, ClosureReason.SERVICES_CEASED))
                .expectException(brokenRule("ENQUIRY_OPEN"));
        fixture.given(concat(discussed, List.of(enquiryConcluded(false))))
                .when(new CloseCase(CASE, CLOSED_ON, ClosureReason.SERVICES_CEASED))
                .expectEvents(new CaseClosed(CASE, CLOSED_ON, ClosureReason.SERVICES_CEASED));
    }

    @Test
    void a_transfer_to_another_authority_ends_the_active_plan_on_the_day_of_closure() {
        fixture.given(withPlan())
                .when(new CloseCase(CASE, CLOSED_ON, ClosureReason.TRANSFERRED_TO_ANOTHER_LA))
                .expectEvents(new ChildProtectionPlanEnded(CASE, planOfIcpc(), null, CLOSED_ON),
                        new CaseClosed(CASE, CLOSED_ON, ClosureReason.TRANSFERRED_TO_ANOTHER_LA));
    }

    @Test
    void a_case_cannot_close_before_work_already_recorded() {
        fixture.given(assessed())
                .when(new CloseCase(CASE, CONTACT_DATE.plusDays(5), ClosureReason.SERVICES_CEASED))
                .expectException(invalid("closedOn"));
    }

    @Test
    void nothing_is_recorded_after_closure() {
        List<Object> closed = concat(assessed(), List.of(new CaseClosed(CASE, CLOSED_ON, ClosureReason.NO_FURTHER_ACTION_AFTER_ASSESSMENT)));
        fixture.given(closed)
                .when(new RecordCaseNote(CASE, NoteId.random(), NoteKind.VISIT, CLOSED_ON, "visit", false, null, true, false, null, null, null))
                .expectException(brokenRule("CASE_CLOSED"))
                .expectNoEvents();
        fixture.given(closed)
                .when(new StartAssessment(CASE, AssessmentId.random(), CLOSED_ON))
                .expectException(brokenRule("CASE_CLOSED"));
        fixture.given(closed)
                .when(new CloseCase(CASE, CLOSED_ON, ClosureReason.SERVICES_CEASED))
                .expectException(brokenRule("CASE_CLOSED"));
    }

    @Test
    void a_case_closed_for_another_reason_still_takes_notes_but_no_other_work() {
        List<Object> transferred = concat(assessed(), List.of(new CaseClosed(CASE, CLOSED_ON, ClosureReason.TRANSFERRED_TO_ANOTHER_LA)));
        NoteId letter = NoteId.random();
        fixture.given(transferred)
                .when(new RecordCaseNote(CASE, letter, NoteKind.CONTACT, TODAY, "Closure letter sent to the family", false, null, false, false, null, null, null))
                .expectEvents(new CaseNoteRecorded(CASE, letter, NoteKind.CONTACT, TODAY, "Closure letter sent to the family", false, null,
                        false, false, null, null, null));
        fixture.given(transferred)
                .when(new StartAssessment(CASE, AssessmentId.random(), TODAY))
                .expectException(brokenRule("CASE_CLOSED"));
    }

    @Test
    void nothing_is_recorded_after_a_referral_to_early_help_either() {
        fixture.given(concat(assessed(), List.of(new CaseClosed(CASE, CLOSED_ON, ClosureReason.EARLY_HELP_AFTER_ASSESSMENT))))
                .when(new RecordCaseNote(CASE, NoteId.random(), NoteKind.CONTACT, TODAY, "Early help called", false, null, false, false, null, null, null))
                .expectException(brokenRule("CASE_CLOSED"))
                .expectNoEvents();
    }

    @Test
    void a_note_on_a_closed_case_is_corrected_whatever_the_reason_it_closed() {
        NoteId note = NoteId.random();
        List<Object> closed = concat(assessed(), List.of(
                new CaseNoteRecorded(CASE, note, NoteKind.VISIT, CLOSED_ON, "Home visit, mother present", false, null, true, false, null, null, null),
                new CaseClosed(CASE, CLOSED_ON, ClosureReason.NO_FURTHER_ACTION_AFTER_ASSESSMENT)));
        fixture.given(closed)
                .when(new CorrectCaseNote(CASE, note, "Home visit, father present", "Wrong parent named", null, null))
                .expectEvents(new CaseNoteCorrected(CASE, note, "Home visit, father present", "Wrong parent named", null, null));
    }

    @Test
    void a_contact_closed_at_its_decision_takes_no_notes() {
        List<Object> nfa = List.of(contact(), new ContactClosed(CASE, CONTACT_AT.plusSeconds(60), ReferralDecision.NO_FURTHER_ACTION, null));
        fixture.given(nfa)
                .when(new RecordCaseNote(CASE, NoteId.random(), NoteKind.CONTACT, TODAY, "call", false, null, false, false, null, null, null))
                .expectException(brokenRule("CASE_CLOSED"));
    }

    @Test
    void a_closed_case_reopens_and_work_continues() {
        List<Object> closed = concat(assessed(), List.of(new CaseClosed(CASE, CLOSED_ON, ClosureReason.NO_FURTHER_ACTION_AFTER_ASSESSMENT)));
        fixture.given(closed)
                .when(new ReopenCase(CASE, TODAY, "New information from school"))
                .expectEvents(new CaseReopened(CASE, TODAY, "New information from school"));
        fixture.given(concat(closed, List.of(new CaseReopened(CASE, TODAY, "New information"))))
                .when(new StartAssessment(CASE, AssessmentId.random(), TODAY))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void a_contact_closed_at_the_decision_is_closed_too() {
        List<Object> nfa = List.of(contact(), new ContactClosed(CASE, CONTACT_AT.plusSeconds(60), ReferralDecision.NO_FURTHER_ACTION, null));
        fixture.given(nfa)
                .when(new AllocateCase(CASE, "alice", "North"))
                .expectException(brokenRule("CASE_CLOSED"));
    }

    @Test
    void only_a_closed_case_reopens_and_not_before_it_closed() {
        fixture.given(referred())
                .when(new ReopenCase(CASE, TODAY, "why"))
                .expectException(brokenRule("NOT_CLOSED"));
        fixture.given(concat(assessed(), List.of(new CaseClosed(CASE, CLOSED_ON, ClosureReason.SERVICES_CEASED))))
                .when(new ReopenCase(CASE, CLOSED_ON.minusDays(1), "why"))
                .expectException(invalid("reopenedOn"));
    }
}
