package uk.casetrail.returns.census.rules;

import uk.casetrail.returns.census.CensusYear;
import uk.casetrail.returns.census.ReturnedChild;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** 8565: nothing on a closed episode (assessment, enquiry, conference, plan dates) is dated after its closure. */
final class ActivityAfterClosure extends EpisodeRule {

    ActivityAfterClosure() {
        super("8565", "closedOn", "Activity shown after a case has been closed");
    }

    @Override
    boolean broken(ReturnedChild.CinDetails episode, ReturnedChild child, CensusYear year) {
        if (episode.closureDate() == null) {
            return false;
        }
        List<LocalDate> dates = new ArrayList<>();
        dates.add(episode.dateOfInitialCpc());
        episode.assessments().forEach(a -> {
            dates.add(a.startDate());
            dates.add(a.authorisationDate());
        });
        episode.section47s().forEach(s -> {
            dates.add(s.startDate());
            dates.add(s.dateOfInitialCpc());
        });
        episode.protectionPlans().forEach(p -> dates.add(p.endDate()));
        episode.cinPlans().forEach(p -> {
            dates.add(p.startDate());
            dates.add(p.endDate());
        });
        return dates.stream().filter(Objects::nonNull).anyMatch(d -> d.isAfter(episode.closureDate()));
    }
}
