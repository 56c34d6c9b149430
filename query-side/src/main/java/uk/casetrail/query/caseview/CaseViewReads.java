package uk.casetrail.query.caseview;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.casetrail.events.calendar.AuthorityTime;
import uk.casetrail.query.clocks.StatutoryClock;
import uk.casetrail.query.clocks.StatutoryClocks;
import uk.casetrail.query.reading.NotFound;
import uk.casetrail.query.access.ReadKind;
import uk.casetrail.query.reading.ReadPath;
import uk.casetrail.query.reading.ReadYourWrites;
import uk.casetrail.query.register.ReviewSchedule;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** GET /api/cases/{caseId}: the case as it stands, with its clocks; minVersion reads your own write. */
@RestController
class CaseViewReads {

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record CaseView(UUID caseId, UUID childId, String childName, String laChildId, LocalDate childDateOfBirth, CaseStatus status, String allocatedWorker, String team,
                    java.time.Instant contactReceivedAt, LocalDate referralDate, String primaryNeed,
                    List<AssessmentView> assessments, PlanView childProtectionPlan, LocalDate icpcDueOn,
                    UUID openChildInNeedPlan, LocalDate closedOn, String closureReason, List<StatutoryClock> clocks,
                    List<CaseEntries.OpenEnquiry> openEnquiries, List<CaseEntries.RecentNote> recentNotes, long version) {
    }

    record AssessmentView(UUID assessmentId, LocalDate startedOn, LocalDate dueOn, LocalDate childSeenOn,
                          LocalDate completedOn, String outcome, boolean overdue, boolean completedLate) {
    }

    /** lastSeenOn and lastSeenAloneOn: since the plan began, null if not yet. */
    record PlanView(UUID planId, String category, LocalDate startedOn, LocalDate nextReviewDue, boolean reviewOverdue,
                    LocalDate lastSeenOn, LocalDate lastSeenAloneOn) {
    }

    private final CaseFiles caseFiles;
    private final CaseEntries caseEntries;
    private final StatutoryClocks statutoryClocks;
    private final ReadPath readPath;
    private final Clock clock;
    private final ReadYourWrites readYourWrites;

    CaseViewReads(CaseFiles caseFiles, CaseEntries caseEntries, StatutoryClocks statutoryClocks, ReadPath readPath, Clock clock,
                  ReadYourWrites readYourWrites) {
        this.caseFiles = caseFiles;
        this.caseEntries = caseEntries;
        this.statutoryClocks = statutoryClocks;
        this.readPath = readPath;
        this.clock = clock;
        this.readYourWrites = readYourWrites;
    }

    @GetMapping("/api/cases/{caseId}")
    ResponseEntity<CaseView> caseView(@PathVariable UUID caseId, @RequestParam(required = false) Long minVersion)
            throws InterruptedException {
        long began = System.nanoTime();
        boolean caughtUp = readYourWrites.await(minVersion, () -> caseFiles.versionOf(caseId));
        CaseFile file = caseFiles.byIds(List.of(caseId)).stream().findFirst()
                .orElseThrow(() -> new NotFound("no case " + caseId));
        CaseView view = readYourWrites.read(minVersion, began,
                () -> readPath.read(ReadKind.CASE_VIEW, "case-view", file.row().childId(), decision -> viewOf(file)));
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok().eTag(Long.toString(view.version()));
        if (!caughtUp) {
            // The view is behind the version asked for; say so rather than pass it off as current.
            answer.header("Casetrail-Stale", "true");
        }
        return answer.body(view);
    }

    private CaseView viewOf(CaseFile file) {
        LocalDate today = LocalDate.now(clock.withZone(AuthorityTime.ZONE));
        CaseFile.Row row = file.row();
        List<AssessmentView> assessments = file.assessments().stream().map(a -> new AssessmentView(a.assessmentId(),
                a.startedOn(), a.dueOn(), a.childSeenOn(), a.completedOn(), a.outcome(),
                a.completedOn() == null && today.isAfter(a.dueOn()),
                a.completedOn() != null && a.completedOn().isAfter(a.dueOn()))).toList();
        PlanView plan = null;
        if (file.activePlan() != null) {
            CaseFile.ActivePlan p = file.activePlan();
            LocalDate nextReview = ReviewSchedule.nextReviewDue(p.startedOn(), p.lastReviewOn());
            plan = new PlanView(p.planId(), p.category(), p.startedOn(), nextReview, today.isAfter(nextReview), p.lastVisitOn(),
                    p.lastSeenAloneOn());
        }
        return new CaseView(row.caseId(), row.childId(), row.childName(), row.laChildId(), row.childDateOfBirth(), file.status(), row.allocatedWorker(), row.team(),
                row.contactReceivedAt(), row.referralDate(), row.primaryNeed(), assessments, plan, row.icpcDueOn(),
                row.openChildInNeedPlan(), row.closedOn(), row.closureReason(), statutoryClocks.of(file, today),
                caseEntries.openEnquiries(row.caseId()), caseEntries.recentNotes(row.caseId()), row.version());
    }
}
