package uk.casetrail.query.caseview;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the read models know of one case: its row, its assessments and its active plan, if any. */
public record CaseFile(Row row, List<Assessment> assessments, ActivePlan activePlan) {

    public record Row(UUID caseId, UUID childId, String childName, String laChildId, LocalDate childDateOfBirth,
                      String receivingTeam, String allocatedWorker,
                      String allocatedTeam, Instant contactReceivedAt, LocalDate decisionDueOn, LocalDate decidedOn,
                      LocalDate referralDate, String primaryNeed, LocalDate icpcDueOn, int openEnquiries,
                      UUID openChildInNeedPlan, LocalDate closedOn, String closureReason, long version) {

        /** The team that holds the case: the allocated team, or the team that received the contact. */
        public String team() {
            return allocatedTeam != null ? allocatedTeam : receivingTeam;
        }
    }

    public record Assessment(UUID assessmentId, LocalDate startedOn, LocalDate dueOn, LocalDate childSeenOn,
                             LocalDate completedOn, String outcome) {
    }

    /** lastVisitOn and lastSeenAloneOn: the last days the child was seen, and seen alone, since the plan began. */
    public record ActivePlan(UUID planId, LocalDate startedOn, String category, LocalDate lastReviewOn,
                             LocalDate lastVisitOn, LocalDate lastSeenAloneOn, LocalDate firstCoreGroupOn) {
    }

    public CaseStatus status() {
        if (row.closedOn() != null) {
            return CaseStatus.CLOSED;
        }
        if (activePlan != null) {
            return CaseStatus.CHILD_PROTECTION;
        }
        if (row.openEnquiries() > 0 || row.icpcDueOn() != null) {
            return CaseStatus.SECTION_47;
        }
        if (assessments.stream().anyMatch(a -> a.completedOn() == null)) {
            return CaseStatus.ASSESSMENT;
        }
        if (row.openChildInNeedPlan() != null) {
            return CaseStatus.CHILD_IN_NEED;
        }
        return row.referralDate() != null ? CaseStatus.REFERRAL : CaseStatus.CONTACT;
    }
}
