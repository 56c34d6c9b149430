package uk.casetrail.command.casework;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.casetrail.command.journey.NoWriteBasis;
import uk.casetrail.events.allocation.CaseAllocated;
import uk.casetrail.events.closure.CaseClosed;
import uk.casetrail.events.codes.ClosureReason;
import uk.casetrail.events.ids.NoteId;
import uk.casetrail.events.recording.CaseNoteRecorded;
import uk.casetrail.events.recording.NoteKind;
import uk.casetrail.events.referral.ContactClosed;
import uk.casetrail.events.referral.ReferralDecision;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static uk.casetrail.command.casework.Journey.*;

/** Who may record on a case: those who hold it, as they would read it; a role alone is not enough. */
class CaseHoldingTest {

    private static final NoteId NOTE = NoteId.of("0f2a6b4e-0000-4000-8000-0000000000b1");
    private static final LocalDate TODAY_ISH = LocalDate.of(2026, 11, 20);
    private static final LocalDate CLOSED_ON = LocalDate.of(2026, 11, 23);

    private AggregateTestFixture<Case> fixture;

    @BeforeEach
    void setUp() {
        fixture = Journey.fixture();
    }

    private static Map<String, Object> as(String user, String role, String team) {
        return Map.of("user", user, "role", role, "team", team);
    }

    private static RecordCaseNote note() {
        return new RecordCaseNote(CASE, NOTE, NoteKind.CONTACT, TODAY_ISH, "Phoned the school", false, null, false, false, null, null, null);
    }

    private static CaseNoteRecorded noteRecorded() {
        return new CaseNoteRecorded(CASE, NOTE, NoteKind.CONTACT, TODAY_ISH, "Phoned the school", false, null, false, false, null, null, null);
    }

    private static List<Object> allocatedToSouth() {
        return concat(referred(), List.of(new CaseAllocated(CASE, "carol", "South")));
    }

    @Test
    void until_allocation_the_team_that_received_the_contact_records_on_the_case() {
        fixture.given(contact())
                .when(new DecideOnContact(CASE, ReferralDecision.NO_FURTHER_ACTION, CONTACT_AT.plusSeconds(600), null, null),
                        as("alice", "SOCIAL_WORKER", "North"))
                .expectEvents(new ContactClosed(CASE, CONTACT_AT.plusSeconds(600), ReferralDecision.NO_FURTHER_ACTION, null));
    }

    @Test
    void a_worker_of_another_team_records_nothing() {
        fixture.given(contact())
                .when(new DecideOnContact(CASE, ReferralDecision.NO_FURTHER_ACTION, CONTACT_AT.plusSeconds(600), null, null),
                        as("carol", "SOCIAL_WORKER", "South"))
                .expectException(NoWriteBasis.class)
                .expectNoEvents();
    }

    @Test
    void once_allocated_the_allocated_team_holds_the_case_and_the_receiving_team_no_longer_does() {
        fixture.given(allocatedToSouth()).when(note(), as("alice", "SOCIAL_WORKER", "North"))
                .expectException(NoWriteBasis.class).expectNoEvents();
        fixture.given(allocatedToSouth()).when(note(), as("bob", "TEAM_MANAGER", "North"))
                .expectException(NoWriteBasis.class).expectNoEvents();
        fixture.given(allocatedToSouth()).when(note(), as("sw-south-02", "SOCIAL_WORKER", "South"))
                .expectEvents(noteRecorded());
        fixture.given(allocatedToSouth()).when(note(), as("mo", "TEAM_MANAGER", "South"))
                .expectEvents(noteRecorded());
    }

    @Test
    void the_allocated_worker_records_on_the_case_whatever_their_team() {
        fixture.given(concat(referred(), List.of(new CaseAllocated(CASE, "carol", "Leaving care"))))
                .when(note(), as("carol", "SOCIAL_WORKER", "South"))
                .expectEvents(noteRecorded());
    }

    @Test
    void a_role_that_does_casework_for_no_team_records_nothing() {
        fixture.given(referred()).when(note(), as("hana", "PARTNER", "North"))
                .expectException(NoWriteBasis.class).expectNoEvents();
        fixture.given(referred()).when(note(), as("root", "ADMIN", "North"))
                .expectException(NoWriteBasis.class).expectNoEvents();
    }

    @Test
    void only_a_manager_of_the_holding_team_closes_the_case() {
        CloseCase close = new CloseCase(CASE, CLOSED_ON, ClosureReason.ADOPTED);
        fixture.given(allocatedToSouth()).when(close, as("mo", "TEAM_MANAGER", "South"))
                .expectEvents(new CaseClosed(CASE, CLOSED_ON, ClosureReason.ADOPTED));
        fixture.given(allocatedToSouth()).when(close, as("bob", "TEAM_MANAGER", "North"))
                .expectException(NoWriteBasis.class).expectNoEvents();
        fixture.given(allocatedToSouth()).when(close, as("carol", "SOCIAL_WORKER", "South"))
                .expectException(NoWriteBasis.class).expectNoEvents();
    }

    @Test
    void a_command_that_names_no_person_comes_from_the_platform_itself() {
        fixture.given(allocatedToSouth()).when(note()).expectEvents(noteRecorded());
    }

    @Test
    void a_restricted_childs_case_is_recorded_on_only_by_holders_named_on_the_restriction() {
        AggregateTestFixture<Case> restricted = Journey.restrictedTo(List.of("mo"));
        restricted.given(allocatedToSouth()).when(note(), as("mo", "TEAM_MANAGER", "South")).expectEvents(noteRecorded());
        restricted.given(allocatedToSouth()).when(note(), as("carol", "SOCIAL_WORKER", "South"))
                .expectException(NoWriteBasis.class).expectExceptionMessage(org.hamcrest.Matchers.containsString("restricted"))
                .expectNoEvents();
        restricted.given(allocatedToSouth()).when(new CloseCase(CASE, CLOSED_ON, ClosureReason.ADOPTED), as("sam", "TEAM_MANAGER", "South"))
                .expectException(NoWriteBasis.class).expectNoEvents();
    }

    @Test
    void a_writer_who_holds_nothing_is_not_told_the_record_is_restricted() {
        Journey.restrictedTo(List.of("mo")).given(allocatedToSouth()).when(note(), as("alice", "SOCIAL_WORKER", "North"))
                .expectException(NoWriteBasis.class)
                .expectExceptionMessage(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("restricted")));
    }
}
