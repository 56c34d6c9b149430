package uk.casetrail.command.casework;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import uk.casetrail.command.journey.InvalidEntry;
import uk.casetrail.command.journey.JourneyRuleBroken;
import uk.casetrail.command.journey.Today;
import uk.casetrail.events.assessment.AssessmentCompleted;
import uk.casetrail.events.assessment.AssessmentOutcome;
import uk.casetrail.events.assessment.AssessmentStarted;
import uk.casetrail.events.assessment.ChildSeen;
import uk.casetrail.events.calendar.StatutoryTimescales;
import uk.casetrail.events.calendar.WorkingDayCalendar;
import uk.casetrail.events.codes.AbuseCategory;
import uk.casetrail.events.codes.Factor;
import uk.casetrail.events.codes.PrimaryNeed;
import uk.casetrail.events.codes.ReferralSource;
import uk.casetrail.events.ids.AssessmentId;
import uk.casetrail.events.ids.CaseId;
import uk.casetrail.events.ids.ChildId;
import uk.casetrail.events.ids.ConferenceId;
import uk.casetrail.events.ids.EnquiryId;
import uk.casetrail.events.ids.StrategyDiscussionId;
import uk.casetrail.events.protection.ChildProtectionPlanStarted;
import uk.casetrail.events.protection.ConferenceDecision;
import uk.casetrail.events.protection.ConferenceHeld;
import uk.casetrail.events.protection.ConferenceKind;
import uk.casetrail.events.protection.Section47EnquiryConcluded;
import uk.casetrail.events.protection.Section47EnquiryStarted;
import uk.casetrail.events.protection.StrategyDecision;
import uk.casetrail.events.protection.StrategyDiscussionHeld;
import uk.casetrail.events.referral.ContactRecorded;
import uk.casetrail.events.referral.ReferralAccepted;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A synthetic case and the events of its journey so far, for given/when/then tests. Today is
 * Wednesday 25 November 2026; the contact came on Monday 3 August 2026.
 */
final class Journey {

    static final CaseId CASE = CaseId.of("0f2a6b4e-0000-4000-8000-000000000001");
    static final ChildId CHILD = ChildId.of("0f2a6b4e-0000-4000-8000-0000000000c1");
    static final Instant CONTACT_AT = Instant.parse("2026-08-03T09:30:00Z");
    static final LocalDate CONTACT_DATE = LocalDate.of(2026, 8, 3);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();
    static final LocalDate ASSESSMENT_DUE = CALENDAR.addWorkingDays(CONTACT_DATE, 45);
    static final AssessmentId ASSESSMENT = AssessmentId.of("0f2a6b4e-0000-4000-8000-0000000000a1");
    static final StrategyDiscussionId DISCUSSION = StrategyDiscussionId.of("0f2a6b4e-0000-4000-8000-0000000000d1");
    static final EnquiryId ENQUIRY = EnquiryId.of("0f2a6b4e-0000-4000-8000-0000000000e1");
    static final ConferenceId ICPC = ConferenceId.of("0f2a6b4e-0000-4000-8000-0000000000f1");

    private Journey() {
    }

    static AggregateTestFixture<Case> fixture() {
        return fixture(null);
    }

    /** With a birth date for the child: until then the child is unborn (null: born long ago). */
    static AggregateTestFixture<Case> fixture(LocalDate bornOn) {
        return fixture(bornOn, null);
    }

    /** With the child's record restricted to the users named (null: not restricted). */
    static AggregateTestFixture<Case> restrictedTo(List<String> named) {
        return fixture(null, named);
    }

    private static AggregateTestFixture<Case> fixture(LocalDate bornOn, List<String> restrictedTo) {
        AggregateTestFixture<Case> fixture = new AggregateTestFixture<>(Case.class);
        fixture.registerInjectableResource(new Today(Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC)));
        fixture.registerInjectableResource(CALENDAR);
        fixture.registerInjectableResource(StatutoryTimescales.WORKING_TOGETHER);
        fixture.registerInjectableResource(new RegisteredChildren() {
            @Override
            public boolean contains(ChildId childId) {
                return CHILD.equals(childId);
            }

            @Override
            public boolean unbornOn(ChildId childId, LocalDate date) {
                return bornOn != null && CHILD.equals(childId) && bornOn.isAfter(date);
            }

            @Override
            public boolean restrictedAgainst(ChildId childId, String user) {
                return restrictedTo != null && CHILD.equals(childId) && !restrictedTo.contains(user);
            }
        });
        return fixture;
    }

    static ContactRecorded contact() {
        return new ContactRecorded(CASE, CHILD, CONTACT_AT, ReferralSource.SCHOOL, "Teacher worried about bruising", "North");
    }

    static ReferralAccepted referral() {
        return new ReferralAccepted(CASE, CONTACT_AT.plusSeconds(3600), CONTACT_DATE, PrimaryNeed.ABUSE_OR_NEGLECT, "Threshold met");
    }

    static List<Object> referred() {
        return List.of(contact(), referral());
    }

    static AssessmentStarted assessmentStarted() {
        return new AssessmentStarted(CASE, ASSESSMENT, CONTACT_DATE.plusDays(1), ASSESSMENT_DUE);
    }

    static ChildSeen childSeen() {
        return new ChildSeen(CASE, ASSESSMENT, CONTACT_DATE.plusDays(2), true);
    }

    static AssessmentCompleted assessmentCompleted() {
        return new AssessmentCompleted(CASE, ASSESSMENT, CONTACT_DATE.plusDays(20), List.of(Factor.F3B),
                AssessmentOutcome.STRATEGY_DISCUSSION, null);
    }

    static StrategyDiscussionHeld strategyDiscussion(StrategyDecision decision) {
        return new StrategyDiscussionHeld(CASE, DISCUSSION, LocalDate.of(2026, 9, 1), decision);
    }

    static Section47EnquiryStarted enquiryStarted() {
        return new Section47EnquiryStarted(CASE, ENQUIRY, DISCUSSION, LocalDate.of(2026, 9, 2));
    }

    static Section47EnquiryConcluded enquiryConcluded(boolean icpcRequired) {
        return new Section47EnquiryConcluded(CASE, ENQUIRY, LocalDate.of(2026, 9, 10), icpcRequired);
    }

    /** Monday 21 September 2026. */
    static List<Object> initialConferenceStartingPlan() {
        LocalDate heldOn = LocalDate.of(2026, 9, 21);
        return List.of(new ConferenceHeld(CASE, ICPC, ConferenceKind.INITIAL, heldOn, ConferenceDecision.CHILD_PROTECTION_PLAN, AbuseCategory.NEGLECT),
                new ChildProtectionPlanStarted(CASE, planOfIcpc(), ICPC, heldOn, AbuseCategory.NEGLECT));
    }

    static uk.casetrail.events.ids.PlanId planOfIcpc() {
        return ProtectionPathway.planStartedBy(new HoldConference(CASE, ICPC, null, null, null, null));
    }

    static List<Object> withPlan() {
        return concat(referred(), List.of(strategyDiscussion(StrategyDecision.SECTION_47), enquiryStarted(),
                enquiryConcluded(true)), initialConferenceStartingPlan());
    }

    @SafeVarargs
    static List<Object> concat(List<Object>... parts) {
        return java.util.Arrays.stream(parts).flatMap(List::stream).toList();
    }

    static Matcher<Throwable> brokenRule(String rule) {
        return new FeatureMatcher<>(org.hamcrest.Matchers.equalTo(rule), "journey rule", "rule") {
            @Override
            protected String featureValueOf(Throwable actual) {
                return actual instanceof JourneyRuleBroken broken ? broken.rule() : null;
            }
        };
    }

    static Matcher<Throwable> invalid(String field) {
        return new FeatureMatcher<>(org.hamcrest.Matchers.equalTo(field), "invalid entry for", "field") {
            @Override
            protected String featureValueOf(Throwable actual) {
                return actual instanceof InvalidEntry entry ? entry.field() : null;
            }
        };
    }
}
