package uk.casetrail.returns.census.rules;

import uk.casetrail.returns.census.CensusYear;
import uk.casetrail.returns.census.ReturnedChild;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

/** 2885: a plan that started in the year started on the day of an initial child protection conference. */
final class PlanNotStartedAtConference extends EpisodeRule {

    PlanNotStartedAtConference() {
        super("2885", "heldOn",
                "Child protection plan shown as starting a different day to the initial child protection conference");
    }

    @Override
    boolean broken(ReturnedChild.CinDetails episode, ReturnedChild child, CensusYear year) {
        Set<LocalDate> conferences = InitialConferences.of(episode).collect(Collectors.toSet());
        return episode.protectionPlans().stream()
                .anyMatch(p -> year.contains(p.startDate()) && !conferences.contains(p.startDate()));
    }
}
