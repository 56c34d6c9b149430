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
import uk.casetrail.events.ids.CaseId;
import uk.casetrail.events.protection.ChildProtectionPlanEnded;
import uk.casetrail.events.protection.ChildProtectionPlanReviewed;
import uk.casetrail.events.protection.ChildProtectionPlanStarted;
import uk.casetrail.events.protection.ConferenceHeld;
import uk.casetrail.events.protection.ConferenceKind;
import uk.casetrail.events.protection.Section47EnquiryConcluded;
import uk.casetrail.events.protection.Section47EnquiryStarted;
import uk.casetrail.events.protection.StrategyDiscussionHeld;
import uk.casetrail.events.referral.ContactRecorded;
import uk.casetrail.events.referral.PrimaryNeedRecorded;
import uk.casetrail.events.referral.ReferralAccepted;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * One child's record as the census needs it, folded from the child's own events and those of every
 * case of the child, in the order they were recorded. Only events of the kinds listed in
 * {@link #KINDS} are ever given to it.
 */
public final class ChildHistory {

    static final List<Class<?>> KINDS = List.of(ChildRegistered.class, ChildDetailsCorrected.class,
            ContactRecorded.class, ReferralAccepted.class, PrimaryNeedRecorded.class, AssessmentStarted.class, AssessmentCompleted.class,
            ChildInNeedPlanStarted.class, ChildInNeedPlanEnded.class, StrategyDiscussionHeld.class,
            Section47EnquiryStarted.class, Section47EnquiryConcluded.class, ConferenceHeld.class,
            ChildProtectionPlanStarted.class, ChildProtectionPlanReviewed.class, ChildProtectionPlanEnded.class,
            CaseClosed.class, CaseReopened.class);

    final UUID childId;
    final Map<String, String> details = new LinkedHashMap<>();
    /** Every CIN episode, in the order they began: a case reopened after its closure begins another. */
    final List<EpisodeHistory> episodes = new ArrayList<>();
    /** Each case's episodes, the latest last: new entries go to the latest, and later steps find what they follow. */
    private final Map<UUID, List<EpisodeHistory>> byCase = new LinkedHashMap<>();

    ChildHistory(UUID childId) {
        this.childId = childId;
    }

    void apply(Object event) {
        if (event instanceof ChildRegistered e) {
            registered(e);
        } else if (event instanceof ChildDetailsCorrected e) {
            details.put(e.field().fieldName(), e.value());
        } else if (event instanceof ContactRecorded e) {
            begin(new EpisodeHistory(e.caseId().value(), e.referralSource()));
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

    private void begin(EpisodeHistory episode) {
        episodes.add(episode);
        byCase.computeIfAbsent(episode.caseId, id -> new ArrayList<>()).add(episode);
    }

    /** The case's current episode: where what is recorded now belongs. */
    private EpisodeHistory latest(CaseId caseId) {
        List<EpisodeHistory> ofCase = byCase.get(caseId.value());
        return ofCase.get(ofCase.size() - 1);
    }

    /** The case's latest episode that holds the entry (an assessment, a plan, an enquiry) a later step concludes. */
    private <T> Map<UUID, T> holding(CaseId caseId, Function<EpisodeHistory, Map<UUID, T>> entries, UUID id) {
        List<EpisodeHistory> ofCase = byCase.get(caseId.value());
        for (int i = ofCase.size() - 1; i > 0; i--) {
            if (entries.apply(ofCase.get(i)).containsKey(id)) {
                return entries.apply(ofCase.get(i));
            }
        }
        return entries.apply(ofCase.get(0));
    }

    private void applyToCase(Object event) {
        if (event instanceof ReferralAccepted e) {
            EpisodeHistory episode = latest(e.caseId());
            episode.referred = true;
            episode.referralDate = e.referralDate();
            episode.primaryNeed = text(e.primaryNeed());
        } else if (event instanceof PrimaryNeedRecorded e) {
            // The need of the case's referral: it corrects the current episode, and fills any earlier one left without.
            byCase.get(e.caseId().value()).stream().filter(episode -> episode.primaryNeed == null)
                    .forEach(episode -> episode.primaryNeed = text(e.primaryNeed()));
            latest(e.caseId()).primaryNeed = text(e.primaryNeed());
        } else if (event instanceof AssessmentStarted e) {
            latest(e.caseId()).assessments.put(e.assessmentId().value(),
                    new EpisodeHistory.AssessmentDates(e.startedOn(), null, List.of()));
        } else if (event instanceof AssessmentCompleted e) {
            var assessments = holding(e.caseId(), h -> h.assessments, e.assessmentId().value());
            var started = assessments.get(e.assessmentId().value());
            assessments.put(e.assessmentId().value(), new EpisodeHistory.AssessmentDates(started.startedOn(),
                    e.completedOn(), e.factors().stream().map(CensusCode::code).toList()));
        } else if (event instanceof ChildInNeedPlanStarted e) {
            latest(e.caseId()).childInNeedPlans.put(e.planId().value(),
                    new EpisodeHistory.PlanDates(e.startedOn(), null));
        } else if (event instanceof ChildInNeedPlanEnded e) {
            var plans = holding(e.caseId(), h -> h.childInNeedPlans, e.planId().value());
            plans.put(e.planId().value(), new EpisodeHistory.PlanDates(plans.get(e.planId().value()).startedOn(), e.endedOn()));
        } else {
            applyToProtection(event);
        }
    }

    private void applyToProtection(Object event) {
        if (event instanceof StrategyDiscussionHeld e) {
            latest(e.caseId()).strategyDiscussions.put(e.discussionId().value(), e.heldOn());
        } else if (event instanceof Section47EnquiryStarted e) {
            EpisodeHistory episode = latest(e.caseId());
            LocalDate discussion = e.discussionId() == null ? null
                    : holding(e.caseId(), h -> h.strategyDiscussions, e.discussionId().value()).get(e.discussionId().value());
            episode.enquiries.put(e.enquiryId().value(), new EpisodeHistory.Enquiry(e.startedOn(), discussion, null, null));
        } else if (event instanceof Section47EnquiryConcluded e) {
            var enquiries = holding(e.caseId(), h -> h.enquiries, e.enquiryId().value());
            var started = enquiries.get(e.enquiryId().value());
            enquiries.put(e.enquiryId().value(), new EpisodeHistory.Enquiry(started.startedOn(),
                    started.discussionHeldOn(), e.concludedOn(), e.icpcRequired()));
        } else if (event instanceof ConferenceHeld e && e.kind() == ConferenceKind.INITIAL) {
            latest(e.caseId()).initialConferences.add(e.heldOn());
        } else if (event instanceof ChildProtectionPlanStarted e) {
            latest(e.caseId()).protectionPlans.put(e.planId().value(),
                    new EpisodeHistory.ProtectionPlan(e.startedOn(), text(e.category())));
        } else if (event instanceof ChildProtectionPlanReviewed e) {
            var plan = holding(e.caseId(), h -> h.protectionPlans, e.planId().value()).get(e.planId().value());
            plan.reviews.add(e.reviewedOn());
            plan.categories.add(new EpisodeHistory.CategoryChange(e.reviewedOn(), text(e.category())));
        } else if (event instanceof ChildProtectionPlanEnded e) {
            holding(e.caseId(), h -> h.protectionPlans, e.planId().value()).get(e.planId().value()).endedOn = e.endedOn();
        } else if (event instanceof CaseClosed e) {
            EpisodeHistory episode = latest(e.caseId());
            episode.closedOn = e.closedOn();
            episode.closureReason = text(e.reason());
        } else if (event instanceof CaseReopened e) {
            // The closed episode stays as it was returned; the reopening is a new referral, from that day.
            begin(latest(e.caseId()).reopened(e.reopenedOn()));
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
