package uk.casetrail.command.casework;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.casetrail.events.codes.AbuseCategory;
import uk.casetrail.events.ids.ConferenceId;
import uk.casetrail.events.ids.EnquiryId;
import uk.casetrail.events.ids.PlanId;
import uk.casetrail.events.ids.StrategyDiscussionId;
import uk.casetrail.events.childinneed.ChildInNeedPlanEnded;
import uk.casetrail.events.childinneed.ChildInNeedPlanStarted;
import uk.casetrail.events.protection.ChildProtectionPlanEnded;
import uk.casetrail.events.protection.ChildProtectionPlanReviewed;
import uk.casetrail.events.protection.ConferenceDecision;
import uk.casetrail.events.protection.ConferenceHeld;
import uk.casetrail.events.protection.ConferenceKind;
import uk.casetrail.events.protection.Section47EnquiryConcluded;
import uk.casetrail.events.protection.StrategyDecision;
import uk.casetrail.events.protection.StrategyDiscussionHeld;

import java.time.LocalDate;
import java.util.List;

import static uk.casetrail.command.casework.Journey.*;

class ChildProtectionTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 9, 21);
    private static final LocalDate SATURDAY = LocalDate.of(2026, 9, 19);

    private AggregateTestFixture<Case> fixture;

    @BeforeEach
    void setUp() {
        fixture = Journey.fixture();
    }

    @Test
    void a_strategy_discussion_is_recorded_with_its_decision() {
        fixture.given(referred())
                .when(new HoldStrategyDiscussion(CASE, DISCUSSION, LocalDate.of(2026, 9, 1), StrategyDecision.SECTION_47))
                .expectEvents(strategyDiscussion(StrategyDecision.SECTION_47));
    }

    @Test
    void a_section_47_enquiry_follows_a_strategy_discussion_that_decided_it() {
        fixture.given(concat(referred(), List.of(strategyDiscussion(StrategyDecision.SECTION_47))))
                .when(new StartSection47Enquiry(CASE, ENQUIRY, LocalDate.of(2026, 9, 2)))
                .expectEvents(enquiryStarted());
    }

    @Test
    void no_section_47_enquiry_without_a_strategy_discussion() {
        fixture.given(referred())
                .when(new StartSection47Enquiry(CASE, ENQUIRY, LocalDate.of(2026, 9, 2)))
                .expectException(brokenRule("NO_SECTION_47_DECISION"))
                .expectNoEvents();
    }

    @Test
    void no_section_47_enquiry_when_the_discussion_decided_against_one() {
        fixture.given(concat(referred(), List.of(strategyDiscussion(StrategyDecision.NO_SECTION_47))))
                .when(new StartSection47Enquiry(CASE, ENQUIRY, LocalDate.of(2026, 9, 2)))
                .expectException(brokenRule("NO_SECTION_47_DECISION"));
    }

    @Test
    void a_later_discussion_against_an_enquiry_supersedes_the_one_that_decided_it() {
        fixture.given(concat(referred(), List.of(strategyDiscussion(StrategyDecision.SECTION_47),
                        new StrategyDiscussionHeld(CASE, StrategyDiscussionId.random(), LocalDate.of(2026, 9, 3), StrategyDecision.NO_SECTION_47))))
                .when(new StartSection47Enquiry(CASE, ENQUIRY, LocalDate.of(2026, 9, 4)))
                .expectException(brokenRule("NO_SECTION_47_DECISION"))
                .expectNoEvents();
    }

    @Test
    void one_strategy_discussion_leads_to_one_enquiry() {
        fixture.given(concat(referred(), List.of(strategyDiscussion(StrategyDecision.SECTION_47), enquiryStarted())))
                .when(new StartSection47Enquiry(CASE, EnquiryId.random(), LocalDate.of(2026, 9, 3)))
                .expectException(brokenRule("NO_SECTION_47_DECISION"));
    }

    @Test
    void an_enquiry_cannot_start_before_its_strategy_discussion() {
        fixture.given(concat(referred(), List.of(strategyDiscussion(StrategyDecision.SECTION_47))))
                .when(new StartSection47Enquiry(CASE, ENQUIRY, LocalDate.of(2026, 8, 31)))
                .expectException(invalid("startedOn"));
    }

    @Test
    void an_enquiry_concludes_once() {
        List<Object> started = concat(referred(), List.of(strategyDiscussion(StrategyDecision.SECTION_47), enquiryStarted()));
        fixture.given(started)
                .when(new ConcludeSection47Enquiry(CASE, ENQUIRY, LocalDate.of(2026, 9, 10), true))
                .expectEvents(new Section47EnquiryConcluded(CASE, ENQUIRY, LocalDate.of(2026, 9, 10), true));
        fixture.given(concat(started, List.of(enquiryConcluded(true))))
                .when(new ConcludeSection47Enquiry(CASE, ENQUIRY, LocalDate.of(2026, 9, 11), true))
                .expectException(brokenRule("ENQUIRY_CONCLUDED"));
    }

    @Test
    void an_initial_conference_deciding_a_plan_starts_the_plan_with_its_category() {
        fixture.given(concat(referred(), List.of(strategyDiscussion(StrategyDecision.SECTION_47), enquiryStarted(), enquiryConcluded(true))))
                .when(new HoldConference(CASE, ICPC, ConferenceKind.INITIAL, MONDAY, ConferenceDecision.CHILD_PROTECTION_PLAN, AbuseCategory.NEGLECT))
                .expectEvents(initialConferenceStartingPlan().toArray());
    }

    @Test
    void an_initial_conference_may_decide_no_plan() {
        fixture.given(concat(referred(), List.of(strategyDiscussion(StrategyDecision.SECTION_47), enquiryStarted(), enquiryConcluded(true))))
                .when(new HoldConference(CASE, ICPC, ConferenceKind.INITIAL, MONDAY, ConferenceDecision.NO_PLAN, null))
                .expectEvents(new ConferenceHeld(CASE, ICPC, ConferenceKind.INITIAL, MONDAY, ConferenceDecision.NO_PLAN, null));
    }

    @Test
    void no_initial_conference_without_a_concluded_enquiry() {
        fixture.given(concat(referred(), List.of(strategyDiscussion(StrategyDecision.SECTION_47), enquiryStarted())))
                .when(new HoldConference(CASE, ICPC, ConferenceKind.INITIAL, MONDAY, ConferenceDecision.CHILD_PROTECTION_PLAN, AbuseCategory.NEGLECT))
                .expectException(brokenRule("NO_ENQUIRY_REQUIRING_CONFERENCE"))
                .expectNoEvents();
    }

    @Test
    void no_initial_conference_when_the_enquiry_did_not_require_one() {
        fixture.given(concat(referred(), List.of(strategyDiscussion(StrategyDecision.SECTION_47), enquiryStarted(), enquiryConcluded(false))))
                .when(new HoldConference(CASE, ICPC, ConferenceKind.INITIAL, MONDAY, ConferenceDecision.CHILD_PROTECTION_PLAN, AbuseCategory.NEGLECT))
                .expectException(brokenRule("NO_ENQUIRY_REQUIRING_CONFERENCE"));
    }

    @Test
    void a_plan_needs_a_category_of_abuse() {
        fixture.given(concat(referred(), List.of(strategyDiscussion(StrategyDecision.SECTION_47), enquiryStarted(), enquiryConcluded(true))))
                .when(new HoldConference(CASE, ICPC, ConferenceKind.INITIAL, MONDAY, ConferenceDecision.CHILD_PROTECTION_PLAN, null))
                .expectException(invalid("category"))
                .expectNoEvents();
    }

    @Test
    void an_initial_conference_is_never_at_a_weekend() {
        fixture.given(concat(referred(), List.of(strategyDiscussion(StrategyDecision.SECTION_47), enquiryStarted(), enquiryConcluded(true))))
                .when(new HoldConference(CASE, ICPC, ConferenceKind.INITIAL, SATURDAY, ConferenceDecision.NO_PLAN, null))
                .expectException(invalid("heldOn"));
    }

    @Test
    void an_initial_conference_decides_plan_or_no_plan() {
        fixture.given(concat(referred(), List.of(strategyDiscussion(StrategyDecision.SECTION_47), enquiryStarted(), enquiryConcluded(true))))
                .when(new HoldConference(CASE, ICPC, ConferenceKind.INITIAL, MONDAY, ConferenceDecision.CONTINUE_PLAN, null))
                .expectException(invalid("decision"));
    }

    @Test
    void no_second_initial_conference_while_a_plan_is_active() {
        fixture.given(withPlan())
                .when(new HoldConference(CASE, ConferenceId.random(), ConferenceKind.INITIAL, MONDAY.plusDays(1), ConferenceDecision.NO_PLAN, null))
                .expectException(brokenRule("PLAN_ALREADY_ACTIVE"));
    }

    @Test
    void a_review_continues_the_plan_and_may_change_its_category() {
        ConferenceId review = ConferenceId.random();
        LocalDate reviewOn = LocalDate.of(2026, 11, 20);
        fixture.given(withPlan())
                .when(new HoldConference(CASE, review, ConferenceKind.REVIEW, reviewOn, ConferenceDecision.CONTINUE_PLAN, AbuseCategory.EMOTIONAL))
                .expectEvents(new ConferenceHeld(CASE, review, ConferenceKind.REVIEW, reviewOn, ConferenceDecision.CONTINUE_PLAN, AbuseCategory.EMOTIONAL),
                        new ChildProtectionPlanReviewed(CASE, planOfIcpc(), review, reviewOn, AbuseCategory.EMOTIONAL));
    }

    @Test
    void a_review_without_a_category_keeps_the_plans_category() {
        ConferenceId review = ConferenceId.random();
        LocalDate reviewOn = LocalDate.of(2026, 11, 20);
        fixture.given(withPlan())
                .when(new HoldConference(CASE, review, ConferenceKind.REVIEW, reviewOn, ConferenceDecision.CONTINUE_PLAN, null))
                .expectEvents(new ConferenceHeld(CASE, review, ConferenceKind.REVIEW, reviewOn, ConferenceDecision.CONTINUE_PLAN, null),
                        new ChildProtectionPlanReviewed(CASE, planOfIcpc(), review, reviewOn, AbuseCategory.NEGLECT));
    }

    @Test
    void a_review_may_end_the_plan() {
        ConferenceId review = ConferenceId.random();
        LocalDate reviewOn = LocalDate.of(2026, 11, 20);
        fixture.given(withPlan())
                .when(new HoldConference(CASE, review, ConferenceKind.REVIEW, reviewOn, ConferenceDecision.END_PLAN, null))
                .expectEvents(new ConferenceHeld(CASE, review, ConferenceKind.REVIEW, reviewOn, ConferenceDecision.END_PLAN, null),
                        new ChildProtectionPlanEnded(CASE, planOfIcpc(), review, reviewOn));
    }

    @Test
    void review_conferences_only_while_a_plan_is_active() {
        fixture.given(referred())
                .when(new HoldConference(CASE, ConferenceId.random(), ConferenceKind.REVIEW, MONDAY, ConferenceDecision.CONTINUE_PLAN, null))
                .expectException(brokenRule("NO_ACTIVE_PLAN"))
                .expectNoEvents();
        List<Object> ended = concat(withPlan(), List.of(new ChildProtectionPlanEnded(CASE, planOfIcpc(), ConferenceId.random(), LocalDate.of(2026, 11, 2))));
        fixture.given(ended)
                .when(new HoldConference(CASE, ConferenceId.random(), ConferenceKind.REVIEW, LocalDate.of(2026, 11, 20), ConferenceDecision.CONTINUE_PLAN, null))
                .expectException(brokenRule("NO_ACTIVE_PLAN"));
    }

    @Test
    void a_review_cannot_predate_the_plans_last_conference() {
        fixture.given(withPlan())
                .when(new HoldConference(CASE, ConferenceId.random(), ConferenceKind.REVIEW, MONDAY.minusDays(3), ConferenceDecision.CONTINUE_PLAN, null))
                .expectException(invalid("heldOn"));
    }

    @Test
    void a_review_is_not_held_on_the_day_the_plan_started() {
        fixture.given(withPlan())
                .when(new HoldConference(CASE, ConferenceId.random(), ConferenceKind.REVIEW, MONDAY, ConferenceDecision.CONTINUE_PLAN, null))
                .expectException(invalid("heldOn"))
                .expectNoEvents();
    }

    @Test
    void a_plan_started_at_the_initial_conference_ends_the_open_child_in_need_plan_that_day() {
        PlanId cinPlan = PlanId.random();
        fixture.given(concat(referred(), List.of(new ChildInNeedPlanStarted(CASE, cinPlan, LocalDate.of(2026, 8, 20)),
                        strategyDiscussion(StrategyDecision.SECTION_47), enquiryStarted(), enquiryConcluded(true))))
                .when(new HoldConference(CASE, ICPC, ConferenceKind.INITIAL, MONDAY, ConferenceDecision.CHILD_PROTECTION_PLAN, AbuseCategory.NEGLECT))
                .expectEvents(initialConferenceStartingPlan().get(0), new ChildInNeedPlanEnded(CASE, cinPlan, MONDAY),
                        initialConferenceStartingPlan().get(1));
    }

    @Test
    void a_conference_before_the_open_child_in_need_plan_began_is_refused_on_its_date() {
        fixture.given(concat(referred(), List.of(strategyDiscussion(StrategyDecision.SECTION_47), enquiryStarted(), enquiryConcluded(true),
                        new ChildInNeedPlanStarted(CASE, PlanId.random(), MONDAY.plusDays(1)))))
                .when(new HoldConference(CASE, ICPC, ConferenceKind.INITIAL, MONDAY, ConferenceDecision.CHILD_PROTECTION_PLAN, AbuseCategory.NEGLECT))
                .expectException(invalid("heldOn"))
                .expectNoEvents();
    }

    @Test
    void no_child_in_need_plan_starts_while_the_child_is_subject_to_a_protection_plan() {
        fixture.given(withPlan())
                .when(new StartChildInNeedPlan(CASE, PlanId.random(), MONDAY.plusDays(7)))
                .expectException(brokenRule("PLAN_ACTIVE"))
                .expectNoEvents();
    }
}
