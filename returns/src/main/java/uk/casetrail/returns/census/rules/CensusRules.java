package uk.casetrail.returns.census.rules;

import uk.casetrail.events.calendar.WorkingDayCalendar;

import java.util.List;

/** The DfE rules this platform checks, in the order of their codes. */
public final class CensusRules {

    private CensusRules() {
    }

    /** The rules within one child's return: stateless, so one list serves every check. */
    public static List<CensusRule> all(WorkingDayCalendar calendar) {
        return List.of(new AssessmentBeforeReferral(), new ConferenceBeforeReferral(),
                new ProtectionPlanBeforeReferral(), new UpnCheckLetter(), new UpnLaCode(), new UpnDigits(),
                new UpnLastCharacter(), new FormerUpnFormat(), new LaChildIdTooLong(), new LaChildIdCharacters(),
                new ConferenceRecordedTwice(), new PlanNotStartedAtConference(), new EnquiryBeforeReferral(),
                new ActivityAfterNoFurtherActionClosure(), new EnquiryWithoutAssessment(),
                new CinPlanOnNoFurtherAction(), new CinPlanAlongsideProtectionPlan(), new ReviewDuringCinPlan(),
                new MoreThanOneOpenCinPlan(), new CinPlanAfterDeath(), new CinPlanEndsAfterDeath(),
                new CinPlanStartOutOfPeriod(), new CinPlanEndsBeforeStart(), new CinPlanSameDay(),
                new CinPlanEndOutsideYear(), new OverlappingCinPlans(), new CinPlanBeforeReferral(),
                new CinPlanDuringProtectionPlan(), new ProtectionPlanDuringCinPlan(), new SexCode(),
                new EthnicityCode(), new LaChildIdMissing(), new BirthAfterCensusYear(), new BirthDateOrExpected(),
                new ExpectedBirthOutOfRange(), new DeathBeforeBirth(), new DisabilityCode(), new DeathOutsideYear(),
                new ReferralAfterDeath(), new ActivityAfterClosure(), new NoFurtherActionTooEarly(calendar),
                new DiedWithoutDeathDate(), new ChildWithoutEpisode(), new ReferralDateOutOfPeriod(),
                new ReferralLongBeforeBirth(), new AssessmentEndsBeforeStart(), new PrimaryNeedMissing(),
                new FactorsWithoutCompletion(), new EnquiryAfterConference(), new FactorEightA(),
                new ClosureOutsideYear(), new ClosureBeforeReferral(), new ClosureReasonCode(),
                new PrimaryNeedCode(), new AssessmentOpenTooLong(calendar), new EnquiryAwaitingConference(calendar),
                new AssessmentEndOutsideYear(), new ConferenceOutsideYear(), new ProtectionPlanStartOutOfPeriod(),
                new PreviousPlansMissing(), new OpenAssessmentStartOutsideYear(), new OpenEnquiryStartOutsideYear(),
                new UnbornSex(), new UpnMissingAtSchoolAge(), new UpnUnknownNoFurtherAction(), new OverTwentyFive(),
                new NoDisabilityStandsAlone(), new RepeatedDisability(), new ClosureWithoutReason(),
                new ReasonWithoutClosure(), new MoreThanOneOpenEpisode(), new OpenEpisodeNotLatest(),
                new OverlappingEpisodes(), new ClosedAfterAssessmentWithoutOne(), new ActivityOnNoFurtherAction(),
                new ProtectionPlanOnNoFurtherAction(), new MoreThanOneOpenEnquiry(), new PlanStartsAndEndsSameDay(),
                new ReviewNotAfterPlanStart(), new OverlappingAssessments(), new ReferralSourceCode(),
                new AssessmentOpenAtClosure(), new EnquiryOpenAtClosure(), new NoFactorsStandsAlone(),
                new ConferenceTargetAtWeekend(), new NoFactorsClosureReason(), new ConferenceAtWeekend(),
                new OverlappingEnquiries(), new MoreThanOneOpenAssessment(), new FactorsMissing(),
                new RepeatedFactor(), new DisabilityFactorMissing(), new InitialCategoryCode(),
                new LatestCategoryCode(), new ProtectionPlanAfterDeath(), new ProtectionPlanEndsAfterDeath(),
                new ProtectionPlanEndsBeforeStart(), new ProtectionPlanEndOutsideYear(),
                new MoreThanOneOpenProtectionPlan(), new OverlappingProtectionPlans(), new FactorEighteenA(),
                new FactorNineteenA());
    }

    /** The rules across the children of one return: a fresh set for each return, as they remember what they saw. */
    public static List<CensusRule> acrossReturn() {
        return List.of(new UniqueUpns(), new UniqueLaChildIds());
    }
}
