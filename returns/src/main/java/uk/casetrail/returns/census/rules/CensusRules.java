package uk.casetrail.returns.census.rules;

import uk.casetrail.events.calendar.WorkingDayCalendar;

import java.util.List;

/** The DfE rules this platform checks, in the order of their codes. */
public final class CensusRules {

    private CensusRules() {
    }

    public static List<CensusRule> all(WorkingDayCalendar calendar) {
        return List.of(new UpnCheckLetter(), new UpnDigits(), new UpnLastCharacter(), new FormerUpnFormat(),
                new EnquiryBeforeReferral(), new PlanNotStartedAtConference(), new SexCode(), new LaChildIdMissing(),
                new BirthAfterCensusYear(), new BirthDateOrExpected(), new DeathOutsideYear(), new ActivityAfterClosure(),
                new NoFurtherActionTooEarly(calendar), new ReferralLongBeforeBirth(), new AssessmentEndsBeforeStart(),
                new PrimaryNeedMissing(), new FactorsWithoutCompletion(), new ClosureOutsideYear(),
                new AssessmentOpenTooLong(calendar), new AssessmentEndOutsideYear(), new OpenAssessmentStartOutsideYear(),
                new UnbornSex(), new PlanStartsAndEndsSameDay(), new ReviewNotAfterPlanStart(),
                new OverlappingAssessments(), new EnquiryOpenAtClosure(), new NoFactorsStandsAlone());
    }
}
