package uk.casetrail.returns.census.record;

import uk.casetrail.events.codes.CensusCode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Everything recorded in one CIN episode that the census asks about, with every date: a case from its
 * referral to its closure, or, once reopened, from its reopening to its next closure.
 */
final class EpisodeHistory {

    record AssessmentDates(LocalDate startedOn, LocalDate completedOn, List<String> factors) {
    }

    record PlanDates(LocalDate startedOn, LocalDate endedOn) {
    }

    record Enquiry(LocalDate startedOn, LocalDate discussionHeldOn, LocalDate concludedOn, Boolean icpcRequired) {
    }

    record CategoryChange(LocalDate on, String category) {
    }

    static final class ProtectionPlan {
        final LocalDate startedOn;
        LocalDate endedOn;
        final List<CategoryChange> categories = new ArrayList<>();
        final List<LocalDate> reviews = new ArrayList<>();

        ProtectionPlan(LocalDate startedOn, String category) {
            this.startedOn = startedOn;
            categories.add(new CategoryChange(startedOn, category));
        }
    }

    final UUID caseId;
    final String referralSource;
    boolean referred;
    LocalDate referralDate;
    String primaryNeed;
    LocalDate closedOn;
    String closureReason;
    final Map<UUID, AssessmentDates> assessments = new LinkedHashMap<>();
    final Map<UUID, PlanDates> childInNeedPlans = new LinkedHashMap<>();
    final Map<UUID, LocalDate> strategyDiscussions = new LinkedHashMap<>();
    final Map<UUID, Enquiry> enquiries = new LinkedHashMap<>();
    final List<LocalDate> initialConferences = new ArrayList<>();
    final Map<UUID, ProtectionPlan> protectionPlans = new LinkedHashMap<>();

    EpisodeHistory(UUID caseId, CensusCode referralSource) {
        this(caseId, referralSource == null ? null : referralSource.code());
    }

    private EpisodeHistory(UUID caseId, String referralSource) {
        this.caseId = caseId;
        this.referralSource = referralSource;
    }

    /**
     * The episode a closed case begins when it is reopened: referred on the day it reopened if this one had
     * been referred (else awaiting its decision, as the case is), from the same source and for the same need.
     */
    EpisodeHistory reopened(LocalDate reopenedOn) {
        EpisodeHistory next = new EpisodeHistory(caseId, referralSource);
        next.referred = referred;
        next.referralDate = referred ? reopenedOn : null;
        next.primaryNeed = primaryNeed;
        return next;
    }
}
