package uk.casetrail.returns.census.rules;

import uk.casetrail.returns.census.ReturnedChild;

import java.time.LocalDate;
import java.util.stream.Stream;

/** 1103: an assessment starts on or after the referral. */
final class AssessmentBeforeReferral extends BeforeReferral {

    AssessmentBeforeReferral() {
        super("1103", "startedOn", "The assessment start date cannot be before the referral date");
    }

    @Override
    Stream<LocalDate> dates(ReturnedChild.CinDetails episode) {
        return episode.assessments().stream().map(ReturnedChild.Assessment::startDate);
    }
}
