package uk.casetrail.returns.census.rules;

import uk.casetrail.events.calendar.WorkingDayCalendar;

import java.util.List;

/** The DfE rules this platform checks, in the order of their codes. */
public final class CensusRules {

    private CensusRules() {
    }

    /** The rules within one child's return: stateless, so one list serves every check. */
    public static List<CensusRule> all(WorkingDayCalendar calendar) {
        return List.of(new UpnCheckLetter(), new UpnLaCode(), new UpnDigits(), new UpnLastCharacter(),
                new FormerUpnFormat(), new LaChildIdTooLong(), new LaChildIdCharacters(),
                new PlanNotStartedAtConference(), new EnquiryBeforeReferral(), new SexCode(), new EthnicityCode(),
                new LaChildIdMissing(), new BirthAfterCensusYear(), new BirthDateOrExpected(),
                new ExpectedBirthOutOfRange(), new DeathBeforeBirth(), new DisabilityCode(), new DeathOutsideYear(),
                new ActivityAfterClosure(), new NoFurtherActionTooEarly(calendar), new ChildWithoutEpisode(),
                new ReferralLongBeforeBirth(), new AssessmentEndsBeforeStart(), new PrimaryNeedMissing(),
                new FactorsWithoutCompletion(), new ClosureOutsideYear(), new AssessmentOpenTooLong(calendar),
                new AssessmentEndOutsideYear(), new OpenAssessmentStartOutsideYear(), new UnbornSex(),
                new UpnMissingAtSchoolAge(), new UpnUnknownNoFurtherAction(), new OverTwentyFive(),
                new NoDisabilityStandsAlone(), new RepeatedDisability(), new PlanStartsAndEndsSameDay(),
                new ReviewNotAfterPlanStart(), new OverlappingAssessments(), new EnquiryOpenAtClosure(),
                new NoFactorsStandsAlone());
    }

    /** The rules across the children of one return: a fresh set for each return, as they remember what they saw. */
    public static List<CensusRule> acrossReturn() {
        return List.of(new UniqueUpns(), new UniqueLaChildIds());
    }
}
