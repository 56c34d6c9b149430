package uk.casetrail.command.casework;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.casetrail.command.journey.UnknownEntry;
import uk.casetrail.events.assessment.AssessmentCompleted;
import uk.casetrail.events.assessment.AssessmentOutcome;
import uk.casetrail.events.assessment.AssessmentStarted;
import uk.casetrail.events.assessment.ChildSeen;
import uk.casetrail.events.codes.Factor;
import uk.casetrail.events.ids.AssessmentId;

import java.time.LocalDate;
import java.util.List;

import static uk.casetrail.command.casework.Journey.*;

class AssessmentTest {

    private AggregateTestFixture<Case> fixture;

    @BeforeEach
    void setUp() {
        fixture = Journey.fixture();
    }

    @Test
    void an_assessment_is_due_45_working_days_after_the_referral() {
        fixture.given(referred())
                .when(new StartAssessment(CASE, ASSESSMENT, CONTACT_DATE.plusDays(1)))
                .expectEvents(new AssessmentStarted(CASE, ASSESSMENT, CONTACT_DATE.plusDays(1), ASSESSMENT_DUE));
        // 45 weekdays from 3 August 2026 skip the summer bank holiday of 31 August.
        org.assertj.core.api.Assertions.assertThat(ASSESSMENT_DUE).isEqualTo(LocalDate.of(2026, 10, 6));
    }

    @Test
    void only_one_assessment_is_open_at_a_time() {
        fixture.given(concat(referred(), List.of(assessmentStarted())))
                .when(new StartAssessment(CASE, AssessmentId.random(), CONTACT_DATE.plusDays(3)))
                .expectException(brokenRule("ASSESSMENT_ALREADY_OPEN"))
                .expectNoEvents();
    }

    @Test
    void an_assessment_cannot_start_before_the_contact_or_in_the_future() {
        fixture.given(referred())
                .when(new StartAssessment(CASE, ASSESSMENT, CONTACT_DATE.minusDays(1)))
                .expectException(invalid("startedOn"));
        fixture.given(referred())
                .when(new StartAssessment(CASE, ASSESSMENT, TODAY.plusDays(1)))
                .expectException(invalid("startedOn"));
    }

    @Test
    void the_child_is_seen_for_the_assessment() {
        fixture.given(concat(referred(), List.of(assessmentStarted())))
                .when(new RecordChildSeen(CASE, ASSESSMENT, CONTACT_DATE.plusDays(2), true))
                .expectEvents(childSeen());
    }

    @Test
    void a_visit_for_an_assessment_the_case_does_not_have_is_unknown() {
        fixture.given(referred())
                .when(new RecordChildSeen(CASE, AssessmentId.random(), CONTACT_DATE.plusDays(2), true))
                .expectException(UnknownEntry.class);
    }

    @Test
    void an_assessment_cannot_be_completed_before_the_child_is_seen() {
        fixture.given(concat(referred(), List.of(assessmentStarted())))
                .when(new CompleteAssessment(CASE, ASSESSMENT, CONTACT_DATE.plusDays(20), List.of(Factor.F3B),
                        AssessmentOutcome.STRATEGY_DISCUSSION, null))
                .expectException(brokenRule("CHILD_NOT_SEEN"))
                .expectNoEvents();
    }

    @Test
    void an_unborn_childs_assessment_completes_without_the_child_being_seen() {
        Journey.fixture(CONTACT_DATE.plusDays(60))
                .given(concat(referred(), List.of(assessmentStarted())))
                .when(new CompleteAssessment(CASE, ASSESSMENT, CONTACT_DATE.plusDays(20), List.of(Factor.F4B),
                        AssessmentOutcome.CHILD_IN_NEED, null))
                .expectEvents(new AssessmentCompleted(CASE, ASSESSMENT, CONTACT_DATE.plusDays(20), List.of(Factor.F4B),
                        AssessmentOutcome.CHILD_IN_NEED, null));
    }

    @Test
    void a_child_born_before_completion_must_be_seen_even_if_unborn_when_the_assessment_started() {
        Journey.fixture(CONTACT_DATE.plusDays(10))
                .given(concat(referred(), List.of(assessmentStarted())))
                .when(new CompleteAssessment(CASE, ASSESSMENT, CONTACT_DATE.plusDays(20), List.of(Factor.F4B),
                        AssessmentOutcome.CHILD_IN_NEED, null))
                .expectException(brokenRule("CHILD_NOT_SEEN"))
                .expectNoEvents();
    }

    @Test
    void a_child_seen_only_after_the_completion_date_does_not_count() {
        fixture.given(concat(referred(), List.of(assessmentStarted(),
                        new ChildSeen(CASE, ASSESSMENT, CONTACT_DATE.plusDays(30), false))))
                .when(new CompleteAssessment(CASE, ASSESSMENT, CONTACT_DATE.plusDays(20), List.of(Factor.F21),
                        AssessmentOutcome.NO_FURTHER_ACTION, null))
                .expectException(brokenRule("CHILD_NOT_SEEN"));
    }

    @Test
    void an_assessment_completes_once_the_child_has_been_seen() {
        fixture.given(concat(referred(), List.of(assessmentStarted(), childSeen())))
                .when(new CompleteAssessment(CASE, ASSESSMENT, CONTACT_DATE.plusDays(20), List.of(Factor.F3B),
                        AssessmentOutcome.STRATEGY_DISCUSSION, ""))
                .expectEvents(assessmentCompleted());
    }

    @Test
    void a_completion_after_the_due_date_needs_a_reason() {
        fixture.given(concat(referred(), List.of(assessmentStarted(), childSeen())))
                .when(new CompleteAssessment(CASE, ASSESSMENT, ASSESSMENT_DUE.plusDays(1), List.of(Factor.F21),
                        AssessmentOutcome.NO_FURTHER_ACTION, null))
                .expectException(invalid("lateReason"))
                .expectNoEvents();
    }

    @Test
    void a_late_completion_with_its_reason_is_recorded() {
        fixture.given(concat(referred(), List.of(assessmentStarted(), childSeen())))
                .when(new CompleteAssessment(CASE, ASSESSMENT, ASSESSMENT_DUE.plusDays(1), List.of(Factor.F21),
                        AssessmentOutcome.NO_FURTHER_ACTION, "Family abroad for three weeks"))
                .expectEvents(new AssessmentCompleted(CASE, ASSESSMENT, ASSESSMENT_DUE.plusDays(1), List.of(Factor.F21),
                        AssessmentOutcome.NO_FURTHER_ACTION, "Family abroad for three weeks"));
    }

    @Test
    void completion_on_the_due_date_is_on_time() {
        fixture.given(concat(referred(), List.of(assessmentStarted(), childSeen())))
                .when(new CompleteAssessment(CASE, ASSESSMENT, ASSESSMENT_DUE, List.of(Factor.F21),
                        AssessmentOutcome.NO_FURTHER_ACTION, null))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void no_factors_stands_alone_and_factors_are_not_repeated() {
        fixture.given(concat(referred(), List.of(assessmentStarted(), childSeen())))
                .when(new CompleteAssessment(CASE, ASSESSMENT, CONTACT_DATE.plusDays(20), List.of(Factor.F21, Factor.F3B),
                        AssessmentOutcome.CHILD_IN_NEED, null))
                .expectException(invalid("factors"));
        fixture.given(concat(referred(), List.of(assessmentStarted(), childSeen())))
                .when(new CompleteAssessment(CASE, ASSESSMENT, CONTACT_DATE.plusDays(20), List.of(Factor.F3B, Factor.F3B),
                        AssessmentOutcome.CHILD_IN_NEED, null))
                .expectException(invalid("factors"));
    }

    @Test
    void a_completed_assessment_does_not_change() {
        fixture.given(concat(referred(), List.of(assessmentStarted(), childSeen(), assessmentCompleted())))
                .when(new RecordChildSeen(CASE, ASSESSMENT, CONTACT_DATE.plusDays(25), false))
                .expectException(brokenRule("ASSESSMENT_COMPLETED"));
    }
}
