package uk.casetrail.returns.census.rules;

import uk.casetrail.returns.census.CensusYear;
import uk.casetrail.returns.census.ReturnedChild;

import java.time.LocalDate;

/** 2884: an initial conference shown on an episode is not also shown on one of the child's section 47 enquiries. */
final class ConferenceRecordedTwice extends EpisodeRule {

    ConferenceRecordedTwice() {
        super("2884", "heldOn", "An initial child protection conference is recorded at both the S47 and CIN "
                + "Details level and it should only be recorded in one");
    }

    @Override
    boolean broken(ReturnedChild.CinDetails episode, ReturnedChild child, CensusYear year) {
        LocalDate conference = episode.dateOfInitialCpc();
        return conference != null && child.episodes().stream().flatMap(e -> e.section47s().stream())
                .anyMatch(s -> conference.equals(s.dateOfInitialCpc()));
    }
}
