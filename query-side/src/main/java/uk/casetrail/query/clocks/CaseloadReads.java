package uk.casetrail.query.clocks;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.casetrail.events.calendar.AuthorityTime;
import uk.casetrail.query.caseview.CaseFile;
import uk.casetrail.query.caseview.CaseFiles;
import uk.casetrail.query.caseview.CaseStatus;
import uk.casetrail.query.reading.Cursor;
import uk.casetrail.events.access.AccessAction;
import uk.casetrail.query.access.ReadKind;
import uk.casetrail.query.reading.ReadPath;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A worker's caseload with what is due on each case, and a team's list of what is overdue: the
 * statutory clocks (referral decision, assessment, initial conference, first core group, plan review, child
 * protection visits) with the working days each is late.
 */
@RestController
class CaseloadReads {

    record Caseload(String worker, LocalDate today, List<CaseloadEntry> entries, String nextCursor) {
    }

    /** lastVisitSeenAlone: on a plan, whether its last visit saw the child alone; null off a plan or before a visit. */
    record CaseloadEntry(UUID caseId, UUID childId, String childName, CaseStatus status, String team,
                         StatutoryClock nextDue, List<StatutoryClock> clocks, List<StatutoryClock> overdue,
                         Boolean lastVisitSeenAlone) {
    }

    record TeamOverdue(String team, LocalDate today, List<OverdueItem> entries, String nextCursor) {
    }

    record OverdueItem(UUID caseId, UUID childId, String childName, String allocatedWorker, StatutoryClock.Kind kind,
                       LocalDate dueOn, int workingDaysOverdue) {
    }

    private final CaseFiles caseFiles;
    private final StatutoryClocks clocks;
    private final ReadPath readPath;
    private final Clock clock;

    CaseloadReads(CaseFiles caseFiles, StatutoryClocks clocks, ReadPath readPath, Clock clock) {
        this.caseFiles = caseFiles;
        this.clocks = clocks;
        this.readPath = readPath;
        this.clock = clock;
    }

    @GetMapping("/api/caseload")
    Caseload caseload(@RequestParam(required = false) String worker, @RequestParam(required = false) Integer limit,
                      @RequestParam(required = false) String cursor, Principal principal) {
        String who = worker != null && !worker.isBlank() ? worker : principal.getName();
        int pageSize = Cursor.limit(limit);
        List<String> after = Cursor.decode(cursor, 2);
        Instant afterReceived = Cursor.part(after, 0, Instant::parse);
        UUID afterCase = Cursor.part(after, 1, UUID::fromString);
        LocalDate today = today();
        // Rows the reader may not open are passed over until the page is full, and the cursor names the last
        // row shown: a cursor naming a row passed over would hand the reader that case's id.
        List<ReadPath.Visible<CaseFile>> shown = new ArrayList<>();
        boolean more = false;
        while (!more) {
            List<CaseFile> chunk = caseFiles.load("""
                                WHERE v.allocated_worker = :worker AND v.closed_on IS NULL
                                  AND (CAST(:afterCase AS uuid) IS NULL OR (v.contact_received_at, v.case_id) > (:afterReceived, :afterCase))
                                ORDER BY v.contact_received_at, v.case_id LIMIT :fetch""",
                    params(who, afterReceived, afterCase, pageSize + 1));
            for (ReadPath.Visible<CaseFile> row : readPath.visible(ReadKind.CASELOAD_ROW, chunk, f -> f.row().childId())) {
                if (shown.size() == pageSize) {
                    more = true;
                    break;
                }
                shown.add(row);
            }
            if (chunk.size() <= pageSize) {
                break;
            }
            CaseFile.Row last = chunk.get(chunk.size() - 1).row();
            afterReceived = last.contactReceivedAt();
            afterCase = last.caseId();
        }
        String next = more ? Cursor.encode(List.of(shown.get(pageSize - 1).row().row().contactReceivedAt().toString(),
                shown.get(pageSize - 1).row().row().caseId().toString())) : null;
        Caseload caseload = new Caseload(who, today, shown.stream().map(v -> entry(v.row(), today)).toList(), next);
        return readPath.answerListing("caseload", AccessAction.VIEW, shown, caseload);
    }

    @GetMapping("/api/teams/{team}/overdue")
    TeamOverdue teamOverdue(@PathVariable String team, @RequestParam(required = false) Integer limit,
                            @RequestParam(required = false) String cursor) {
        int pageSize = Cursor.limit(limit);
        List<String> after = Cursor.decode(cursor, 1);
        Integer skip = Cursor.part(after, 0, Integer::valueOf);
        LocalDate today = today();
        List<ReadPath.Visible<CaseFile>> visible = readPath.visible(ReadKind.CASELOAD_ROW, caseFiles.load("""
                        WHERE COALESCE(v.allocated_team, v.receiving_team) = :team AND v.closed_on IS NULL
                        ORDER BY v.case_id""", Map.of("team", team)), f -> f.row().childId());
        List<OverdueItem> overdue = visible.stream().map(ReadPath.Visible::row)
                .flatMap(f -> clocks.of(f, today).stream().filter(StatutoryClock::overdue)
                        .map(c -> new OverdueItem(f.row().caseId(), f.row().childId(), f.row().childName(),
                                f.row().allocatedWorker(), c.kind(), c.dueOn(), c.workingDaysOverdue())))
                .sorted(Comparator.comparing(OverdueItem::workingDaysOverdue).reversed()
                        .thenComparing(OverdueItem::dueOn).thenComparing(OverdueItem::caseId)
                        .thenComparing(OverdueItem::kind))
                .toList();
        // The list is computed whole (a team's open cases), so the cursor is a position in it.
        int from = skip == null ? 0 : Math.max(0, skip);
        int to = Math.min(overdue.size(), from + pageSize);
        String next = to < overdue.size() ? Cursor.encode(List.of(Integer.toString(to))) : null;
        List<OverdueItem> shown = overdue.subList(Math.min(from, overdue.size()), to);
        List<ReadPath.Visible<CaseFile>> shownCases = visible.stream()
                .filter(v -> shown.stream().anyMatch(item -> item.caseId().equals(v.row().row().caseId()))).toList();
        return readPath.answerListing("team-overdue", AccessAction.VIEW, shownCases, new TeamOverdue(team, today, shown, next));
    }

    private CaseloadEntry entry(CaseFile file, LocalDate today) {
        List<StatutoryClock> running = clocks.of(file, today);
        return new CaseloadEntry(file.row().caseId(), file.row().childId(), file.row().childName(), file.status(),
                file.row().team(), running.isEmpty() ? null : running.get(0), running,
                running.stream().filter(StatutoryClock::overdue).toList(), lastVisitSeenAlone(file.activePlan()));
    }

    private static Boolean lastVisitSeenAlone(CaseFile.ActivePlan plan) {
        return plan == null || plan.lastVisitOn() == null ? null : plan.lastVisitOn().equals(plan.lastSeenAloneOn());
    }

    private static Map<String, Object> params(String worker, Instant afterReceived, UUID afterCase, int fetch) {
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("worker", worker);
        params.put("afterReceived", afterReceived == null ? null : java.sql.Timestamp.from(afterReceived));
        params.put("afterCase", afterCase);
        params.put("fetch", fetch);
        return params;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(AuthorityTime.ZONE));
    }
}
