package uk.casetrail.returns.census.rules;

import uk.casetrail.returns.census.ReturnedChild;

import java.time.LocalDate;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The initial child protection conferences an episode shows: those after its section 47 enquiries and the
 * one on the episode itself (an enquiry outside the return), as the DfE's rules on conference dates read both.
 */
final class InitialConferences {

    private InitialConferences() {
    }

    static Stream<LocalDate> of(ReturnedChild.CinDetails episode) {
        return Stream.concat(episode.section47s().stream().map(ReturnedChild.Section47::dateOfInitialCpc),
                Stream.of(episode.dateOfInitialCpc())).filter(Objects::nonNull);
    }
}
