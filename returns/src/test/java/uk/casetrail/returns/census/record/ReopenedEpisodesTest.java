package uk.casetrail.returns.census.record;

import org.junit.jupiter.api.Test;
import uk.casetrail.events.assessment.AssessmentCompleted;
import uk.casetrail.events.assessment.AssessmentOutcome;
import uk.casetrail.events.assessment.AssessmentStarted;
import uk.casetrail.events.calendar.WorkingDayCalendar;
import uk.casetrail.events.closure.CaseClosed;
import uk.casetrail.events.closure.CaseReopened;
import uk.casetrail.events.codes.ClosureReason;
import uk.casetrail.events.codes.Factor;
import uk.casetrail.events.codes.PrimaryNeed;
import uk.casetrail.events.codes.ReferralSource;
import uk.casetrail.events.ids.AssessmentId;
import uk.casetrail.events.ids.CaseId;
import uk.casetrail.events.ids.ChildId;
import uk.casetrail.events.referral.ContactRecorded;
import uk.casetrail.events.referral.PrimaryNeedRecorded;
import uk.casetrail.events.referral.ReferralAccepted;
import uk.casetrail.returns.census.CensusYear;
import uk.casetrail.returns.census.ReturnedChild;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A case closed and later reopened: the closure stays in the returns of the years it was made in, and the
 * reopening begins a new CIN episode, referred on the day it reopened.
 */
class ReopenedEpisodesTest {

    private static final CaseId CASE = CaseId.of("0f2a6b4e-0000-4000-8000-000000000001");
    private static final ChildId CHILD = ChildId.of("0f2a6b4e-0000-4000-8000-0000000000c1");
    private static final LocalDate REFERRED = LocalDate.of(2024, 4, 10);
    private static final LocalDate CLOSED = LocalDate.of(2024, 5, 1);

    private final CensusInclusion inclusion = new CensusInclusion(WorkingDayCalendar.englandAndWales());

    private static ChildHistory history(LocalDate reopened, Object... after) {
        ChildHistory child = new ChildHistory(CHILD.value());
        AssessmentId first = AssessmentId.of(UUID.randomUUID().toString());
        List.of(new ContactRecorded(CASE, CHILD, Instant.parse("2024-04-10T09:00:00Z"), ReferralSource.SCHOOL, "Worried", "North"),
                new ReferralAccepted(CASE, Instant.parse("2024-04-10T11:00:00Z"), REFERRED, PrimaryNeed.ABUSE_OR_NEGLECT, "Threshold met"),
                new AssessmentStarted(CASE, first, REFERRED.plusDays(1), REFERRED.plusDays(60)),
                new AssessmentCompleted(CASE, first, REFERRED.plusDays(15), List.of(Factor.F3B), AssessmentOutcome.NO_FURTHER_ACTION, null),
                new CaseClosed(CASE, CLOSED, ClosureReason.NO_FURTHER_ACTION_AFTER_ASSESSMENT),
                new CaseReopened(CASE, reopened, "New concerns from the school")).forEach(child::apply);
        for (Object event : after) {
            child.apply(event);
        }
        return child;
    }

    private List<ReturnedChild.CinDetails> episodes(ChildHistory child, String referenceDate) {
        return inclusion.returned(child, CensusYear.endingOn(LocalDate.parse(referenceDate)))
                .map(ReturnedChild::episodes).orElse(List.of());
    }

    @Test
    void the_year_of_the_closure_returns_it_though_the_case_was_reopened_later() {
        List<ReturnedChild.CinDetails> returned = episodes(history(LocalDate.of(2025, 6, 1)), "2025-03-31");

        assertThat(returned).singleElement().satisfies(episode -> {
            assertThat(episode.referralDate()).isEqualTo(REFERRED);
            assertThat(episode.closureDate()).isEqualTo(CLOSED);
            assertThat(episode.reasonForClosure()).isEqualTo("RC8");
            assertThat(episode.assessments()).hasSize(1);
        });
    }

    @Test
    void the_reopening_is_a_new_episode_referred_that_day_with_what_is_recorded_after_it() {
        LocalDate reopened = LocalDate.of(2025, 6, 2);
        AssessmentId second = AssessmentId.of(UUID.randomUUID().toString());
        ChildHistory child = history(reopened, new AssessmentStarted(CASE, second, reopened.plusDays(1), reopened.plusDays(60)));

        List<ReturnedChild.CinDetails> returned = episodes(child, "2026-03-31");

        assertThat(returned).singleElement().satisfies(episode -> {
            assertThat(episode.referralDate()).isEqualTo(reopened);
            assertThat(episode.referralSource()).isEqualTo("2A");
            assertThat(episode.primaryNeed()).isEqualTo("N1");
            assertThat(episode.closureDate()).isNull();
            assertThat(episode.assessments()).singleElement()
                    .satisfies(a -> assertThat(a.startDate()).isEqualTo(reopened.plusDays(1)));
        });
    }

    @Test
    void closed_and_reopened_in_one_year_returns_both_episodes() {
        List<ReturnedChild.CinDetails> returned = episodes(history(LocalDate.of(2024, 9, 2)), "2025-03-31");

        assertThat(returned).extracting(ReturnedChild.CinDetails::referralDate).containsExactly(REFERRED, LocalDate.of(2024, 9, 2));
        assertThat(returned).extracting(ReturnedChild.CinDetails::closureDate).containsExactly(CLOSED, null);
    }

    @Test
    void a_primary_need_recorded_later_fills_the_closed_episode_left_without_one_too() {
        ChildHistory child = new ChildHistory(CHILD.value());
        List.of(new ContactRecorded(CASE, CHILD, Instant.parse("2024-04-10T09:00:00Z"), ReferralSource.SCHOOL, "Worried", "North"),
                new ReferralAccepted(CASE, Instant.parse("2024-04-10T11:00:00Z"), REFERRED, null, "Threshold met"),
                new CaseClosed(CASE, CLOSED, ClosureReason.SERVICES_CEASED),
                new CaseReopened(CASE, LocalDate.of(2024, 9, 2), "New concerns"),
                new PrimaryNeedRecorded(CASE, PrimaryNeed.FAMILY_IN_ACUTE_STRESS, "Left out at the decision")).forEach(child::apply);

        assertThat(episodes(child, "2025-03-31")).extracting(ReturnedChild.CinDetails::primaryNeed).containsExactly("N4", "N4");
    }
}
