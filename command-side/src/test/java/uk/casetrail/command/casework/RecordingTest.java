package uk.casetrail.command.casework;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.casetrail.command.journey.UnknownEntry;
import uk.casetrail.events.childinneed.ChildInNeedPlanEnded;
import uk.casetrail.events.childinneed.ChildInNeedPlanStarted;
import uk.casetrail.events.ids.InvolvementId;
import uk.casetrail.events.ids.NoteId;
import uk.casetrail.events.ids.PlanId;
import uk.casetrail.events.involvement.AgencyInvolvementRecorded;
import uk.casetrail.events.recording.CaseNoteCorrected;
import uk.casetrail.events.recording.CaseNoteRecorded;
import uk.casetrail.events.recording.NoteKind;

import java.time.LocalDate;
import java.util.List;

import static uk.casetrail.command.casework.Journey.*;

class RecordingTest {

    private static final NoteId NOTE = NoteId.random();
    private static final PlanId CIN_PLAN = PlanId.random();

    private AggregateTestFixture<Case> fixture;

    @BeforeEach
    void setUp() {
        fixture = Journey.fixture();
    }

    @Test
    void a_note_may_record_history_from_before_the_contact() {
        LocalDate longAgo = LocalDate.of(2024, 3, 1);
        fixture.given(referred())
                .when(new RecordCaseNote(CASE, NOTE, NoteKind.OTHER, longAgo, "Mother disclosed an earlier injury", true, "mother", false, false, null, null, null))
                .expectEvents(new CaseNoteRecorded(CASE, NOTE, NoteKind.OTHER, longAgo, "Mother disclosed an earlier injury", true, "mother", false, false, null, null, null));
    }

    @Test
    void a_note_never_records_the_future() {
        fixture.given(referred())
                .when(new RecordCaseNote(CASE, NOTE, NoteKind.VISIT, TODAY.plusDays(1), "planned visit", false, null, false, false, null, null, null))
                .expectException(invalid("occurredOn"))
                .expectNoEvents();
    }

    @Test
    void a_note_needs_a_summary() {
        fixture.given(referred())
                .when(new RecordCaseNote(CASE, NOTE, NoteKind.VISIT, TODAY, "  ", false, null, true, true, null, null, null))
                .expectException(invalid("summary"));
    }

    @Test
    void a_note_with_a_nul_character_is_refused_rather_than_recorded_where_no_read_model_could_show_it() {
        fixture.given(referred())
                .when(new RecordCaseNote(CASE, NOTE, NoteKind.VISIT, TODAY, "Seen\u0000 at home", false, null, true, false, null, null, null))
                .expectException(invalid("summary"))
                .expectNoEvents();
    }

    @Test
    void a_note_keeps_the_impact_on_the_child_and_the_action_taken_apart_from_what_happened() {
        fixture.given(referred())
                .when(new RecordCaseNote(CASE, NOTE, NoteKind.VISIT, TODAY, "  Bruise on left arm; mother said he fell  ", true, null,
                        true, true, null, "  Explanation fits the injury; no pattern so far  ", " Told the GP; visit again Friday "))
                .expectEvents(new CaseNoteRecorded(CASE, NOTE, NoteKind.VISIT, TODAY, "Bruise on left arm; mother said he fell", true,
                        null, true, true, null, "Explanation fits the injury; no pattern so far", "Told the GP; visit again Friday"));
    }

    @Test
    void a_blank_impact_or_action_is_recorded_as_none() {
        fixture.given(referred())
                .when(new RecordCaseNote(CASE, NOTE, NoteKind.CONTACT, TODAY, "Phoned school", false, null, false, false, null, " ", ""))
                .expectEvents(new CaseNoteRecorded(CASE, NOTE, NoteKind.CONTACT, TODAY, "Phoned school", false, null, false, false,
                        null, null, null));
    }

    @Test
    void an_impact_or_action_that_cannot_be_stored_is_refused() {
        fixture.given(referred())
                .when(new RecordCaseNote(CASE, NOTE, NoteKind.VISIT, TODAY, "Seen", false, null, true, false, null, "x".repeat(20_001), null))
                .expectException(invalid("impact"))
                .expectNoEvents();
        fixture.given(referred())
                .when(new RecordCaseNote(CASE, NOTE, NoteKind.VISIT, TODAY, "Seen", false, null, true, false, null, null, "Called\u0000 GP"))
                .expectException(invalid("actionTaken"))
                .expectNoEvents();
    }

    @Test
    void a_correction_may_restate_the_impact_and_the_action() {
        fixture.given(concat(referred(), List.of(new CaseNoteRecorded(CASE, NOTE, NoteKind.VISIT, TODAY, "Seen with mum", false, null,
                        true, false, null, "No concerns", null))))
                .when(new CorrectCaseNote(CASE, NOTE, "Seen with mum", "Analysis missed the missed health checks",
                        "Neglect of health needs is emerging", "Referred to the health visitor"))
                .expectEvents(new CaseNoteCorrected(CASE, NOTE, "Seen with mum", "Analysis missed the missed health checks",
                        "Neglect of health needs is emerging", "Referred to the health visitor"));
    }

    @Test
    void a_correction_with_an_impact_that_cannot_be_stored_is_refused() {
        fixture.given(concat(referred(), List.of(new CaseNoteRecorded(CASE, NOTE, NoteKind.VISIT, TODAY, "Seen", false, null, true,
                        false, null, null, null))))
                .when(new CorrectCaseNote(CASE, NOTE, "Seen", "Typo", "Bad\u0000 byte", null))
                .expectException(invalid("impact"))
                .expectNoEvents();
    }

    @Test
    void a_correction_supersedes_a_note_with_its_reason() {
        fixture.given(concat(referred(), List.of(new CaseNoteRecorded(CASE, NOTE, NoteKind.VISIT, TODAY, "Seen with mum", false, null, true, false, null, null, null))))
                .when(new CorrectCaseNote(CASE, NOTE, "Seen with aunt", "Wrong adult named", null, null))
                .expectEvents(new CaseNoteCorrected(CASE, NOTE, "Seen with aunt", "Wrong adult named", null, null));
    }

    @Test
    void only_a_recorded_note_can_be_corrected_and_only_with_a_reason() {
        fixture.given(referred())
                .when(new CorrectCaseNote(CASE, NOTE, "x", "y", null, null))
                .expectException(UnknownEntry.class);
        fixture.given(concat(referred(), List.of(new CaseNoteRecorded(CASE, NOTE, NoteKind.VISIT, TODAY, "Seen", false, null, true, false, null, null, null))))
                .when(new CorrectCaseNote(CASE, NOTE, "Seen alone", "", null, null))
                .expectException(invalid("reason"));
    }

    @Test
    void a_partner_agency_involvement_is_recorded() {
        InvolvementId id = InvolvementId.random();
        fixture.given(referred())
                .when(new RecordAgencyInvolvement(CASE, id, "Health", "hana", "Health visitor", LocalDate.of(2025, 6, 1)))
                .expectEvents(new AgencyInvolvementRecorded(CASE, id, "Health", "hana", "Health visitor", LocalDate.of(2025, 6, 1)));
    }

    @Test
    void an_involvement_names_the_agency() {
        fixture.given(referred())
                .when(new RecordAgencyInvolvement(CASE, InvolvementId.random(), "", "hana", "Health visitor", TODAY))
                .expectException(invalid("agency"));
    }

    @Test
    void child_in_need_plans_start_and_end_one_at_a_time() {
        LocalDate start = LocalDate.of(2026, 9, 1);
        fixture.given(referred())
                .when(new StartChildInNeedPlan(CASE, CIN_PLAN, start))
                .expectEvents(new ChildInNeedPlanStarted(CASE, CIN_PLAN, start));
        List<Object> open = concat(referred(), List.of(new ChildInNeedPlanStarted(CASE, CIN_PLAN, start)));
        fixture.given(open)
                .when(new StartChildInNeedPlan(CASE, PlanId.random(), start.plusDays(1)))
                .expectException(brokenRule("CIN_PLAN_ALREADY_OPEN"));
        fixture.given(open)
                .when(new EndChildInNeedPlan(CASE, CIN_PLAN, start.plusDays(30)))
                .expectEvents(new ChildInNeedPlanEnded(CASE, CIN_PLAN, start.plusDays(30)));
        fixture.given(open)
                .when(new EndChildInNeedPlan(CASE, CIN_PLAN, start.minusDays(1)))
                .expectException(invalid("endedOn"));
    }
}
