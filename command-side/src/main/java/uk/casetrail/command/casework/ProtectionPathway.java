package uk.casetrail.command.casework;

import uk.casetrail.command.journey.InvalidEntry;
import uk.casetrail.command.journey.JourneyRuleBroken;
import uk.casetrail.command.journey.Required;
import uk.casetrail.command.journey.UnknownEntry;
import uk.casetrail.events.CaseEvent;
import uk.casetrail.events.codes.AbuseCategory;
import uk.casetrail.events.ids.CaseId;
import uk.casetrail.events.ids.EnquiryId;
import uk.casetrail.events.ids.PlanId;
import uk.casetrail.events.ids.StrategyDiscussionId;
import uk.casetrail.events.protection.ChildProtectionPlanEnded;
import uk.casetrail.events.protection.ChildProtectionPlanReviewed;
import uk.casetrail.events.protection.ChildProtectionPlanStarted;
import uk.casetrail.events.protection.ConferenceDecision;
import uk.casetrail.events.protection.ConferenceHeld;
import uk.casetrail.events.protection.ConferenceKind;
import uk.casetrail.events.protection.Section47EnquiryConcluded;
import uk.casetrail.events.protection.Section47EnquiryStarted;
import uk.casetrail.events.protection.StrategyDecision;
import uk.casetrail.events.protection.StrategyDiscussionHeld;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The child protection path of a case: strategy discussion, section 47 enquiry, initial conference,
 * plan and its reviews. Each step is allowed only after the step that leads to it. The decide
 * methods return the events a command records (or throw the rule it breaks); the on methods evolve
 * the state from recorded events.
 */
final class ProtectionPathway {

    private StrategyDiscussionId section47Discussion;
    private LocalDate section47DiscussionOn;
    private final Map<EnquiryId, Enquiry> enquiries = new HashMap<>();
    private Enquiry awaitingConference;
    private ActivePlan activePlan;

    private record Enquiry(LocalDate startedOn, LocalDate concludedOn) {
    }

    record ActivePlan(PlanId planId, LocalDate startedOn, LocalDate lastConferenceOn, AbuseCategory category) {
    }

    ActivePlan activePlan() {
        return activePlan;
    }

    /** An enquiry not yet concluded, or concluded asking for an initial conference not yet held. */
    boolean enquiryUnfinished() {
        return awaitingConference != null || enquiries.values().stream().anyMatch(e -> e.concludedOn() == null);
    }

    List<CaseEvent> holdStrategyDiscussion(CaseId caseId, HoldStrategyDiscussion command) {
        StrategyDecision decision = Required.value("decision", command.decision());
        return List.of(new StrategyDiscussionHeld(caseId, command.discussionId(), command.heldOn(), decision));
    }

    List<CaseEvent> startEnquiry(CaseId caseId, StartSection47Enquiry command) {
        if (section47Discussion == null) {
            throw new JourneyRuleBroken("NO_SECTION_47_DECISION",
                    "a section 47 enquiry starts only after a strategy discussion decided SECTION_47");
        }
        if (command.startedOn().isBefore(section47DiscussionOn)) {
            throw new InvalidEntry("startedOn", "the enquiry cannot start before the strategy discussion of "
                    + section47DiscussionOn);
        }
        return List.of(new Section47EnquiryStarted(caseId, command.enquiryId(), section47Discussion, command.startedOn()));
    }

    List<CaseEvent> concludeEnquiry(CaseId caseId, ConcludeSection47Enquiry command) {
        Enquiry enquiry = enquiries.get(command.enquiryId());
        if (enquiry == null) {
            throw new UnknownEntry("this case has no section 47 enquiry " + command.enquiryId());
        }
        if (enquiry.concludedOn() != null) {
            throw new JourneyRuleBroken("ENQUIRY_CONCLUDED", "this enquiry was concluded on " + enquiry.concludedOn());
        }
        if (command.concludedOn().isBefore(enquiry.startedOn())) {
            throw new InvalidEntry("concludedOn", "the enquiry cannot conclude before it started on " + enquiry.startedOn());
        }
        return List.of(new Section47EnquiryConcluded(caseId, command.enquiryId(), command.concludedOn(),
                command.icpcRequired()));
    }

    List<CaseEvent> holdConference(CaseId caseId, HoldConference command) {
        ConferenceKind kind = Required.value("kind", command.kind());
        Required.value("decision", command.decision());
        return kind == ConferenceKind.INITIAL ? holdInitialConference(caseId, command) : holdReview(caseId, command);
    }

    private List<CaseEvent> holdInitialConference(CaseId caseId, HoldConference command) {
        ConferenceDecision decision = command.decision();
        if (decision != ConferenceDecision.CHILD_PROTECTION_PLAN && decision != ConferenceDecision.NO_PLAN) {
            throw new InvalidEntry("decision", "an initial conference decides CHILD_PROTECTION_PLAN or NO_PLAN");
        }
        if (activePlan != null) {
            throw new JourneyRuleBroken("PLAN_ALREADY_ACTIVE",
                    "the child is already subject to a plan; hold a review conference instead");
        }
        if (awaitingConference == null) {
            throw new JourneyRuleBroken("NO_ENQUIRY_REQUIRING_CONFERENCE",
                    "an initial conference is held only after a concluded section 47 enquiry that required one");
        }
        LocalDate heldOn = command.heldOn();
        if (heldOn.isBefore(awaitingConference.concludedOn())) {
            throw new InvalidEntry("heldOn", "the conference cannot be held before the enquiry concluded on "
                    + awaitingConference.concludedOn());
        }
        if (heldOn.getDayOfWeek() == DayOfWeek.SATURDAY || heldOn.getDayOfWeek() == DayOfWeek.SUNDAY) {
            throw new InvalidEntry("heldOn", "an initial child protection conference is never held at a weekend");
        }
        ConferenceHeld held = new ConferenceHeld(caseId, command.conferenceId(), ConferenceKind.INITIAL, heldOn,
                decision, command.category());
        if (decision == ConferenceDecision.NO_PLAN) {
            return List.of(held);
        }
        AbuseCategory category = Required.value("category", command.category());
        return List.of(held, new ChildProtectionPlanStarted(caseId, planStartedBy(command), command.conferenceId(), heldOn, category));
    }

    // Derived from the conference, so that a plan's id is reproducible from the command that started it.
    static PlanId planStartedBy(HoldConference command) {
        return new PlanId(UUID.nameUUIDFromBytes(("child-protection-plan:" + command.conferenceId())
                .getBytes(StandardCharsets.UTF_8)));
    }

    private List<CaseEvent> holdReview(CaseId caseId, HoldConference command) {
        ConferenceDecision decision = command.decision();
        if (decision != ConferenceDecision.CONTINUE_PLAN && decision != ConferenceDecision.END_PLAN) {
            throw new InvalidEntry("decision", "a review conference decides CONTINUE_PLAN or END_PLAN");
        }
        if (activePlan == null) {
            throw new JourneyRuleBroken("NO_ACTIVE_PLAN", "review conferences are held only while a plan is active");
        }
        LocalDate heldOn = command.heldOn();
        if (!heldOn.isAfter(activePlan.lastConferenceOn())) {
            throw new InvalidEntry("heldOn", "a review is held after the plan's last conference, on "
                    + activePlan.lastConferenceOn() + " (census rule 8841)");
        }
        ConferenceHeld held = new ConferenceHeld(caseId, command.conferenceId(), ConferenceKind.REVIEW, heldOn,
                decision, command.category());
        if (decision == ConferenceDecision.END_PLAN) {
            return List.of(held, new ChildProtectionPlanEnded(caseId, activePlan.planId(), command.conferenceId(), heldOn));
        }
        AbuseCategory category = command.category() != null ? command.category() : activePlan.category();
        return List.of(held, new ChildProtectionPlanReviewed(caseId, activePlan.planId(), command.conferenceId(),
                heldOn, category));
    }

    void on(StrategyDiscussionHeld event) {
        // The latest discussion decides: one against an enquiry supersedes an earlier one for it.
        boolean section47 = event.decision() == StrategyDecision.SECTION_47;
        section47Discussion = section47 ? event.discussionId() : null;
        section47DiscussionOn = section47 ? event.heldOn() : null;
    }

    void on(Section47EnquiryStarted event) {
        section47Discussion = null;
        section47DiscussionOn = null;
        enquiries.put(event.enquiryId(), new Enquiry(event.startedOn(), null));
    }

    void on(Section47EnquiryConcluded event) {
        Enquiry concluded = new Enquiry(enquiries.get(event.enquiryId()).startedOn(), event.concludedOn());
        enquiries.put(event.enquiryId(), concluded);
        awaitingConference = event.icpcRequired() ? concluded : null;
    }

    void on(ConferenceHeld event) {
        if (event.kind() == ConferenceKind.INITIAL) {
            awaitingConference = null;
        }
    }

    void on(ChildProtectionPlanStarted event) {
        activePlan = new ActivePlan(event.planId(), event.startedOn(), event.startedOn(), event.category());
    }

    void on(ChildProtectionPlanReviewed event) {
        activePlan = new ActivePlan(activePlan.planId(), activePlan.startedOn(), event.reviewedOn(), event.category());
    }

    void on(ChildProtectionPlanEnded event) {
        activePlan = null;
    }
}
