package uk.casetrail.returns.census.record;

import uk.casetrail.events.assessment.AssessmentCompleted;
import uk.casetrail.events.assessment.AssessmentStarted;
import uk.casetrail.events.child.ChildDetailsCorrected;
import uk.casetrail.events.child.ChildRegistered;
import uk.casetrail.events.childinneed.ChildInNeedPlanEnded;
import uk.casetrail.events.childinneed.ChildInNeedPlanStarted;
import uk.casetrail.events.closure.CaseClosed;
import uk.casetrail.events.closure.CaseReopened;
import uk.casetrail.events.codes.CensusCode;
import uk.casetrail.events.protection.ChildProtectionPlanEnded;
import uk.casetrail.events.protection.ChildProtectionPlanReviewed;
import uk.casetrail.events.protection.ChildProtectionPlanStarted;
import uk.casetrail.events.protection.ConferenceHeld;
import uk.casetrail.events.protection.ConferenceKind;
import uk.casetrail.events.protection.Section47EnquiryConcluded;
import uk.casetrail.events.protection.Section47EnquiryStarted;
import uk.casetrail.events.protection.StrategyDiscussionHeld;
import uk.casetrail.events.referral.ContactRecorded;
import uk.casetrail.events.referral.ReferralAccepted;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One child's record as the census needs it, folded from the child's own events and those of every
 * case of the child, in the order they were recorded. Only events of the kinds listed in
 * {@link #KINDS} are ever given to it.
 */
public final class ChildHistory {

    static final List<Class<?>> KINDS = List.of(ChildRegistered.class, ChildDetailsCorrected.class,
            ContactRecorded.class, ReferralAccepted.class, AssessmentStarted.class, AssessmentCompleted.class,
            ChildInNeedPlanStarted.class, ChildInNeedPlanEnded.class, StrategyDiscussionHeld.class,
            Section47EnquiryStarted.class, Section47EnquiryConcluded.class, ConferenceHeld.class,
            ChildProtectionPlanStarted.class, ChildProtectionPlanReviewed.class, ChildProtectionPlanEnded.class,
            CaseClosed.class, CaseReopened.class);

    final UUID childId;
    final Map<String, String> details = new LinkedHashMap<>();
    final Map<UUID, EpisodeHistory> episodes = new LinkedHashMap<>();

    ChildHistory(UUID childId) {
        this.childId = childId;
    }

    void apply(Object event) {
        if (event instanceof ChildRegistered e) {
            registered(e);
        } else if (event instanceof ChildDetailsCorrected e) {
            details.put(e.field().fieldName(), e.value());
        } else if (event instanceof ContactRecorded e) {
            episodes.put(e.caseId().value(), new EpisodeHistory(e.caseId().value(), e.referralSource()));
        } else {
            applyToCase(event);
        }
    }

    private void registered(ChildRegistered e) {
        details.put("laChildId", text(e.laChildId()));
        details.put("upn", text(e.upn()));
        details.put("formerUpn", text(e.formerUpn()));
        details.put("upnUnknownReason", text(e.upnUnknownReason()));
        details.put("dateOfBirth", text(e.dateOfBirth()));
        details.put("expectedDateOfBirth", text(e.expectedDateOfBirth()));
        details.put("sex", text(e.sex()));
        details.put("dateOfDeath", text(e.dateOfDeath()));
        details.put("ethnicity", text(e.ethnicity()));
        details.put("disabilities", e.disabilities().isEmpty() ? null
                : String.join(",", e.disabilities().stream().map(CensusCode::code).toList()));
    }

    private void applyToCase(Object event) {
        if (event instanceof ReferralAccepted e) {
            EpisodeHistory episode = episodes.get(e.caseId().value());
            episode.referred = true;
            episode.referralDate = e.referralDate();
            episode.primaryNeed = text(e.primaryNeed());
        } else if (event instanceof AssessmentStarted e) {
            episodes.get(e.caseId().value()).assessments.put(e.assessmentId().value(),
                    new EpisodeHistory.AssessmentDates(e.startedOn(), null, List.of()));
        } else if (event instanceof AssessmentCompleted e) {
            var assessments = episodes.get(e.caseId().value()).assessments;
            var started = assessments.get(e.assessmentId().value());
            assessments.put(e.assessmentId().value(), new EpisodeHistory.AssessmentDates(started.startedOn(),
                    e.completedOn(), e.factors().stream().map(CensusCode::code).toList()));
        } else if (event instanceof ChildInNeedPlanStarted e) {
            episodes.get(e.caseId().value()).childInNeedPlans.put(e.planId().value(),
                    new EpisodeHistory.PlanDates(e.startedOn(), null));
        } else if (event instanceof ChildInNeedPlanEnded e) {
            var plans = episodes.get(e.caseId().value()).childInNeedPlans;
            plans.put(e.planId().value(), new EpisodeHistory.PlanDates(plans.get(e.planId().value()).startedOn(), e.endedOn()));
        } else {
            applyToProtection(event);
        }
    }

    private void applyToProtection(Object event) {
        if (event instanceof StrategyDiscussionHeld e) {
            episodes.get(e.caseId().value()).strategyDiscussions.put(e.discussionId().value(), e.heldOn());
        } else if (event instanceof Section47EnquiryStarted e) {
            EpisodeHistory episode = episodes.get(e.caseId().value());
            LocalDate discussion = e.discussionId() == null ? null : episode.strategyDiscussions.get(e.discussionId().value());
            episode.enquiries.put(e.enquiryId().value(), new EpisodeHistory.Enquiry(e.startedOn(), discussion, null, null));
        } else if (event instanceof Section47EnquiryConcluded e) {
            var enquiries = episodes.get(e.caseId().value()).enquiries;
            var started = enquiries.get(e.enquiryId().value());
            enquiries.put(e.enquiryId().value(), new EpisodeHistory.Enquiry(started.startedOn(),
                    started.discussionHeldOn(), e.concludedOn(), e.icpcRequired()));
        } else if (event instanceof ConferenceHeld e && e.kind() == ConferenceKind.INITIAL) {
            episodes.get(e.caseId().value()).initialConferences.add(e.heldOn());
        } else if (event instanceof ChildProtectionPlanStarted e) {
            episodes.get(e.caseId().value()).protectionPlans.put(e.planId().value(),
                    new EpisodeHistory.ProtectionPlan(e.startedOn(), text(e.category())));
        } else if (event instanceof ChildProtectionPlanReviewed e) {
            var plan = episodes.get(e.caseId().value()).protectionPlans.get(e.planId().value());
            plan.reviews.add(e.reviewedOn());
            plan.categories.add(new EpisodeHistory.CategoryChange(e.reviewedOn(), text(e.category())));
        } else if (event instanceof ChildProtectionPlanEnded e) {
            episodes.get(e.caseId().value()).protectionPlans.get(e.planId().value()).endedOn = e.endedOn();
        } else if (event instanceof CaseClosed e) {
            EpisodeHistory episode = episodes.get(e.caseId().value());
            episode.closedOn = e.closedOn();
            episode.closureReason = text(e.reason());
        } else if (event instanceof CaseReopened e) {
            EpisodeHistory episode = episodes.get(e.caseId().value());
            episode.closedOn = null;
            episode.closureReason = null;
        }
    }

    String detail(String field) {
        return details.get(field);
    }

    List<String> disabilities() {
        String codes = details.get("disabilities");
        return codes == null ? List.of() : Arrays.stream(codes.split(",")).map(String::strip).toList();
    }

    LocalDate date(String field) {
        String value = details.get(field);
        return value == null ? null : LocalDate.parse(value);
    }

    private static String text(Object value) {
        if (value instanceof CensusCode code) {
            return code.code();
        }
        return value == null ? null : value.toString();
    }
}
