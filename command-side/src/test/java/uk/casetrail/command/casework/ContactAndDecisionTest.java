package uk.casetrail.command.casework;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.casetrail.command.journey.UnknownEntry;
import uk.casetrail.events.allocation.CaseAllocated;
import uk.casetrail.events.codes.PrimaryNeed;
import uk.casetrail.events.codes.ReferralSource;
import uk.casetrail.events.ids.AssessmentId;
import uk.casetrail.events.ids.CaseId;
import uk.casetrail.events.ids.ChildId;
import uk.casetrail.events.ids.NoteId;
import uk.casetrail.events.recording.NoteKind;
import uk.casetrail.events.referral.ContactClosed;
import uk.casetrail.events.referral.PrimaryNeedRecorded;
import uk.casetrail.events.referral.ReferralAccepted;
import uk.casetrail.events.referral.ReferralDecision;

import java.time.Instant;
import java.util.List;

import static uk.casetrail.command.casework.Journey.*;

class ContactAndDecisionTest {

    private AggregateTestFixture<Case> fixture;

    @BeforeEach
    void setUp() {
        fixture = Journey.fixture();
    }

    @Test
    void a_contact_about_a_registered_child_opens_a_case_held_by_the_receiving_team() {
        fixture.givenNoPriorActivity()
                .when(new RecordContact(CASE, CHILD, CONTACT_AT, ReferralSource.SCHOOL, " Teacher worried about bruising ", "North"))
                .expectEvents(contact());
    }

    @Test
    void a_contact_about_an_unregistered_child_is_refused() {
        fixture.givenNoPriorActivity()
                .when(new RecordContact(CaseId.random(), ChildId.random(), CONTACT_AT, ReferralSource.SCHOOL, null, "North"))
                .expectException(UnknownEntry.class)
                .expectNoEvents();
    }

    @Test
    void a_contact_received_in_the_future_is_refused() {
        fixture.givenNoPriorActivity()
                .when(new RecordContact(CASE, CHILD, Instant.parse("2026-11-26T09:00:00Z"), ReferralSource.POLICE, null, "North"))
                .expectException(invalid("contactReceivedAt"))
                .expectNoEvents();
    }

    @Test
    void a_referral_decision_dates_the_referral_from_the_contact() {
        fixture.given(contact())
                .when(new DecideOnContact(CASE, ReferralDecision.REFERRAL, CONTACT_AT.plusSeconds(3600),
                        PrimaryNeed.ABUSE_OR_NEGLECT, "Threshold met"))
                .expectEvents(new ReferralAccepted(CASE, CONTACT_AT.plusSeconds(3600), CONTACT_DATE,
                        PrimaryNeed.ABUSE_OR_NEGLECT, "Threshold met"));
    }

    @Test
    void no_further_action_at_the_contact_closes_it() {
        fixture.given(contact())
                .when(new DecideOnContact(CASE, ReferralDecision.NO_FURTHER_ACTION, CONTACT_AT.plusSeconds(60), null, "Advice given"))
                .expectEvents(new ContactClosed(CASE, CONTACT_AT.plusSeconds(60), ReferralDecision.NO_FURTHER_ACTION, "Advice given"));
    }

    @Test
    void a_contact_is_decided_only_once() {
        fixture.given(referred())
                .when(new DecideOnContact(CASE, ReferralDecision.EARLY_HELP, CONTACT_AT.plusSeconds(7200), null, null))
                .expectException(brokenRule("ALREADY_DECIDED"))
                .expectNoEvents();
    }

    @Test
    void a_decision_dated_before_the_contact_is_refused() {
        fixture.given(contact())
                .when(new DecideOnContact(CASE, ReferralDecision.REFERRAL, CONTACT_AT.minusSeconds(86400 * 2), null, null))
                .expectException(invalid("decidedAt"))
                .expectNoEvents();
    }

    @Test
    void nothing_is_recorded_before_the_decision_on_the_contact() {
        fixture.given(contact())
                .when(new StartAssessment(CASE, AssessmentId.random(), CONTACT_DATE))
                .expectException(brokenRule("DECISION_FIRST"))
                .expectNoEvents();
        fixture.given(contact())
                .when(new RecordCaseNote(CASE, NoteId.random(), NoteKind.OTHER, CONTACT_DATE, "a note", false, null, false, false, null, null, null))
                .expectException(brokenRule("DECISION_FIRST"));
        fixture.given(contact())
                .when(new AllocateCase(CASE, "alice", "North"))
                .expectException(brokenRule("DECISION_FIRST"));
    }

    @Test
    void a_referred_case_is_allocated_to_a_worker_in_a_team() {
        fixture.given(referred())
                .when(new AllocateCase(CASE, "alice", "North"))
                .expectEvents(new CaseAllocated(CASE, "alice", "North"));
    }

    @Test
    void allocation_needs_a_worker() {
        fixture.given(referred())
                .when(new AllocateCase(CASE, " ", "North"))
                .expectException(invalid("worker"))
                .expectNoEvents();
    }

    @Test
    void a_referrals_primary_need_is_recorded_after_the_decision_even_once_closed() {
        fixture.given(referred())
                .when(new RecordPrimaryNeed(CASE, PrimaryNeed.FAMILY_IN_ACUTE_STRESS, "Left out at the decision"))
                .expectEvents(new PrimaryNeedRecorded(CASE, PrimaryNeed.FAMILY_IN_ACUTE_STRESS, "Left out at the decision"));
        fixture.given(concat(referred(), List.of(new uk.casetrail.events.closure.CaseClosed(CASE, CONTACT_DATE.plusDays(40),
                        uk.casetrail.events.codes.ClosureReason.SERVICES_CEASED))))
                .when(new RecordPrimaryNeed(CASE, PrimaryNeed.ABSENT_PARENTING, "Census check"))
                .expectEvents(new PrimaryNeedRecorded(CASE, PrimaryNeed.ABSENT_PARENTING, "Census check"));
    }

    @Test
    void no_primary_need_for_a_contact_not_accepted_as_a_referral_nor_without_a_reason() {
        fixture.given(contact())
                .when(new RecordPrimaryNeed(CASE, PrimaryNeed.FAMILY_IN_ACUTE_STRESS, "Left out"))
                .expectException(brokenRule("NOT_REFERRED"))
                .expectNoEvents();
        fixture.given(referred())
                .when(new RecordPrimaryNeed(CASE, PrimaryNeed.FAMILY_IN_ACUTE_STRESS, " "))
                .expectException(invalid("reason"))
                .expectNoEvents();
    }
}
