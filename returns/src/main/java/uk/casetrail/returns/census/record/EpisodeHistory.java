package uk.casetrail.returns.census.record;

import uk.casetrail.events.codes.CensusCode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Everything recorded on one case (a CIN episode) that the census asks about, with every date. */
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
        this.caseId = caseId;
        this.referralSource = referralSource == null ? null : referralSource.code();
    }
}
