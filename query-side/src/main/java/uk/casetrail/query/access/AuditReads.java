package uk.casetrail.query.access;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.casetrail.events.access.AccessAction;
import uk.casetrail.query.reading.Cursor;
import uk.casetrail.query.reading.InvalidQuery;
import uk.casetrail.query.reading.KnownChildren;
import uk.casetrail.query.reading.NotFound;
import uk.casetrail.query.reading.Page;
import uk.casetrail.query.reading.ReadPath;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Who saw which child's file, when, and on what basis: the auditors' search, and a child's own access
 * log for the team that holds the child's case. Reading the log is itself audited.
 */
@RestController
class AuditReads {

    record AccessLog(List<AccessEntry> entries, String nextCursor) {
    }

    record AccessEntry(long position, String eventId, Instant recordedAt, String actor, String role, String team,
                       String session, String clientAddress, UUID childId, String resource, String action,
                       String purpose, String basis, String outcome, String reason) {
    }

    private static final String NEWEST = "newest";

    private final JdbcClient jdbc;
    private final ReadPath readPath;
    private final KnownChildren knownChildren;

    AuditReads(JdbcClient jdbc, ReadPath readPath, KnownChildren knownChildren) {
        this.jdbc = jdbc;
        this.readPath = readPath;
        this.knownChildren = knownChildren;
    }

    @GetMapping("/api/audit/access")
    AccessLog search(@RequestParam(required = false) UUID childId, @RequestParam(required = false) String actor,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
                     @RequestParam(required = false) String outcome,
                     @RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor,
                     @RequestParam(required = false) String order) {
        if (outcome != null && !outcome.equals("PERMITTED") && !outcome.equals("DENIED")) {
            throw new InvalidQuery("outcome", "outcome is PERMITTED or DENIED");
        }
        AccessLog log = query(childId, actor, from, to, outcome, limit, cursor, newestFirst(order));
        List<ReadPath.Visible<AccessEntry>> shown = readPath.visible(ReadKind.ACCESS_LOG,
                log.entries().stream().filter(e -> !e.childId().equals(AccessLogProjection.NO_CHILD)).toList(),
                AccessEntry::childId);
        return readPath.answerListing("access-audit-search", AccessAction.SEARCH, shown, log);
    }

    @GetMapping("/api/children/{childId}/access-log")
    AccessLog childAccessLog(@PathVariable UUID childId, @RequestParam(required = false) Integer limit,
                             @RequestParam(required = false) String cursor, @RequestParam(required = false) String order) {
        boolean newestFirst = newestFirst(order);
        knownChildren.require(childId);
        return readPath.read(ReadKind.ACCESS_LOG, "access-log", childId,
                decision -> query(childId, null, null, null, null, limit, cursor, newestFirst));
    }

    /**
     * In the order of the log by default; {@code order=newest} pages back from the latest entry, as a person
     * asking who has just opened a record wants it (its cursors are its own: each order refuses the other's).
     */
    private static boolean newestFirst(String order) {
        if (order == null || order.equals("oldest")) {
            return false;
        }
        if (order.equals(NEWEST)) {
            return true;
        }
        throw new InvalidQuery("order", "order is oldest (the default) or newest");
    }

    private AccessLog query(UUID childId, String actor, Instant from, Instant to, String outcome, Integer limit, String cursor,
                            boolean newestFirst) {
        int pageSize = Cursor.limit(limit);
        // A newest-first cursor says so: reused without order=newest (or the other way) it is refused, not read backwards.
        List<String> after = Cursor.decode(cursor, newestFirst ? 3 : 2);
        if (newestFirst) {
            Cursor.part(after, 2, direction -> {
                if (!direction.equals(NEWEST)) {
                    throw new IllegalArgumentException(direction);
                }
                return direction;
            });
        }
        Long afterIndex = Cursor.part(after, 0, Long::valueOf);
        UUID afterChild = Cursor.part(after, 1, UUID::fromString);
        List<AccessEntry> rows = jdbc.sql("""
                        SELECT * FROM access_log
                        WHERE (CAST(:child AS uuid) IS NULL OR child_id = :child)
                          AND (CAST(:actor AS text) IS NULL OR actor = :actor)
                          AND (CAST(:from AS timestamptz) IS NULL OR recorded_at >= :from)
                          AND (CAST(:to AS timestamptz) IS NULL OR recorded_at < :to)
                          AND (CAST(:outcome AS text) IS NULL OR outcome = :outcome)
                          AND (CAST(:afterIndex AS bigint) IS NULL OR (global_index, child_id) %s (:afterIndex, :afterChild))
                        ORDER BY global_index %s, child_id %s LIMIT :fetch""".formatted(newestFirst ? "<" : ">",
                        newestFirst ? "DESC" : "ASC", newestFirst ? "DESC" : "ASC"))
                .param("child", childId).param("actor", actor)
                .param("from", from == null ? null : Timestamp.from(from)).param("to", to == null ? null : Timestamp.from(to))
                .param("outcome", outcome).param("afterIndex", afterIndex).param("afterChild", afterChild)
                .param("fetch", pageSize + 1)
                .query((rs, n) -> new AccessEntry(rs.getLong("global_index"), rs.getString("event_id"),
                        rs.getObject("recorded_at", OffsetDateTime.class).toInstant(), rs.getString("actor"), rs.getString("role"),
                        rs.getString("team"), rs.getString("session"), rs.getString("client_address"),
                        rs.getObject("child_id", UUID.class), rs.getString("resource"), rs.getString("action"),
                        rs.getString("purpose"), rs.getString("basis"), rs.getString("outcome"), rs.getString("reason")))
                .list();
        Page<AccessEntry> page = Page.of(rows, pageSize, e -> newestFirst
                ? List.of(Long.toString(e.position()), e.childId().toString(), NEWEST)
                : List.of(Long.toString(e.position()), e.childId().toString()));
        return new AccessLog(page.entries(), page.nextCursor());
    }
}
