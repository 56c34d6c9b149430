package uk.casetrail.query.access;

import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.GenericEventMessage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.casetrail.events.access.AccessAction;
import uk.casetrail.events.access.AccessOutcome;
import uk.casetrail.events.access.BreakGlassInvoked;
import uk.casetrail.events.access.BreakGlassReviewOutcome;
import uk.casetrail.events.access.BreakGlassReviewed;
import uk.casetrail.events.access.ChildAccess;
import uk.casetrail.events.access.InspectionGrantIssued;
import uk.casetrail.events.ids.ChildId;
import uk.casetrail.events.ids.TimeOrderedIds;
import uk.casetrail.query.reading.EventPositions;
import uk.casetrail.query.reading.InvalidQuery;
import uk.casetrail.query.reading.KnownChildren;
import uk.casetrail.query.reading.NotFound;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Opening records beyond the everyday relationships: break-glass (any practitioner, with a written
 * justification, for a short window, queued for an auditor's review) and inspection grants (ADMIN).
 * Each POST honours an Idempotency-Key as every write does: a retry records no second event.
 */
@RestController
class AccessControl {

    record BreakGlass(String justification) {
    }

    record BreakGlassOpened(UUID breakGlassId, UUID childId, Instant openUntil) {
    }

    record CaseBreakGlassOpened(UUID breakGlassId, UUID childId, UUID caseId, Instant openUntil) {
    }

    record Review(BreakGlassReviewOutcome outcome, String notes) {
    }

    record ReviewItem(UUID breakGlassId, UUID childId, String user, String role, String team, String justification,
                      Instant invokedAt, Instant openUntil, Instant reviewedAt, String reviewer, String outcome, String notes) {
    }

    record Grant(String inspector, String team, Instant from, Instant until) {
    }

    record GrantIssued(UUID grantId, String inspector, String team, Instant from, Instant until) {
    }

    private final EventBus eventBus;
    private final TransactionTemplate transaction;
    private final JdbcClient jdbc;
    private final AccessGate gate;
    private final Clock clock;
    private final Duration breakGlassWindow;
    private final int minimumJustification;
    private final KnownChildren knownChildren;
    private final RetriedRequests retried;
    private final EventPositions positions;

    AccessControl(EventBus eventBus, TransactionTemplate transaction, JdbcClient jdbc, AccessGate gate, Clock clock,
                  KnownChildren knownChildren, RetriedRequests retried, EventPositions positions,
                  @Value("${casetrail.break-glass.window:30m}") Duration breakGlassWindow,
                  @Value("${casetrail.break-glass.minimum-justification:40}") int minimumJustification) {
        this.eventBus = eventBus;
        this.transaction = transaction;
        this.jdbc = jdbc;
        this.gate = gate;
        this.knownChildren = knownChildren;
        this.retried = retried;
        this.positions = positions;
        this.clock = clock;
        this.breakGlassWindow = breakGlassWindow;
        this.minimumJustification = minimumJustification;
    }

    @PostMapping("/api/children/{childId}/break-glass")
    ResponseEntity<BreakGlassOpened> breakGlass(@PathVariable UUID childId, @RequestBody BreakGlass body,
                                                @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                                HttpServletRequest request) {
        String justification = justification(body);
        knownChildren.require(childId);
        Reader reader = gate.reader();
        AtomicBoolean openedNow = new AtomicBoolean();
        ResponseEntity<BreakGlassOpened> answer = transaction.execute(tx -> retried.answerOnce(reader.user(), key,
                requestLine(request), body, BreakGlassOpened.class, () -> {
                    UUID id = TimeOrderedIds.next();
                    Instant until = clock.instant().plus(breakGlassWindow);
                    eventBus.publish(GenericEventMessage.asEventMessage(new BreakGlassInvoked(id, new ChildId(childId), reader.user(),
                                    reader.role(), reader.team(), justification, until))
                            .andMetaData(Map.of("user", reader.user(), "role", reader.role())));
                    openedNow.set(true);
                    return ResponseEntity.status(HttpStatus.CREATED).body(new BreakGlassOpened(id, childId, until));
                }));
        // A retry opens nothing more: the first request's access event stands for it.
        if (openedNow.get()) {
            gate.audit(reader, List.of(new ChildAccess(new ChildId(childId), Basis.BREAK_GLASS.name())), "break-glass",
                    AccessAction.VIEW, AccessOutcome.PERMITTED, justification);
        }
        return answer;
    }

    /**
     * Break-glass from a case: a practitioner refused a case (a link from a referral, a colleague's message)
     * opens the child's record it belongs to, as on the child. The answer names the case, to go back to.
     */
    @PostMapping("/api/cases/{caseId}/break-glass")
    ResponseEntity<CaseBreakGlassOpened> breakGlassOnCase(@PathVariable UUID caseId, @RequestBody BreakGlass body,
                                                          @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                                          HttpServletRequest request) {
        // As on a child: the justification is checked first, so an empty one says nothing of whether the case exists.
        justification(body);
        UUID childId = positions.childOfCase(caseId).orElseThrow(() -> new NotFound("no case " + caseId));
        ResponseEntity<BreakGlassOpened> opened = breakGlass(childId, body, key, request);
        BreakGlassOpened glass = opened.getBody();
        return ResponseEntity.status(opened.getStatusCode()).headers(opened.getHeaders())
                .body(new CaseBreakGlassOpened(glass.breakGlassId(), childId, caseId, glass.openUntil()));
    }

    private String justification(BreakGlass body) {
        String justification = body == null || body.justification() == null ? "" : body.justification().strip();
        if (justification.length() < minimumJustification) {
            throw new InvalidQuery("justification", "write why you must open this record now, in at least "
                    + minimumJustification + " characters; it will be reviewed");
        }
        return justification;
    }

    @GetMapping("/api/audit/break-glass")
    List<ReviewItem> reviewQueue(@RequestParam(defaultValue = "true") boolean pendingOnly) {
        List<ReviewItem> queue = jdbc.sql("""
                        SELECT * FROM break_glass WHERE (:pendingOnly = FALSE OR reviewed_at IS NULL)
                        ORDER BY invoked_at, break_glass_id""")
                .param("pendingOnly", pendingOnly)
                .query((rs, n) -> new ReviewItem(rs.getObject("break_glass_id", UUID.class), rs.getObject("child_id", UUID.class),
                        rs.getString("user_name"), rs.getString("role"), rs.getString("team"), rs.getString("justification"),
                        instant(rs.getObject("invoked_at", OffsetDateTime.class)), instant(rs.getObject("open_until", OffsetDateTime.class)),
                        instant(rs.getObject("reviewed_at", OffsetDateTime.class)), rs.getString("reviewer"),
                        rs.getString("review_outcome"), rs.getString("review_notes")))
                .list();
        // Justifications speak of the child: reading the queue is audited like any read of their record.
        List<ChildAccess> children = queue.stream().map(item -> new ChildAccess(new ChildId(item.childId()), Basis.AUDIT.name()))
                .distinct().toList();
        gate.audit(gate.reader(), children, "break-glass-review-queue", AccessAction.VIEW, AccessOutcome.PERMITTED, null);
        return queue;
    }

    @PostMapping("/api/audit/break-glass/{breakGlassId}/review")
    ResponseEntity<Void> review(@PathVariable UUID breakGlassId, @RequestBody Review body,
                                @RequestHeader(name = "Idempotency-Key", required = false) String key, HttpServletRequest request) {
        if (body == null || body.outcome() == null) {
            throw new InvalidQuery("outcome", "outcome is required: JUSTIFIED, NOT_JUSTIFIED or REFERRED_FOR_INVESTIGATION");
        }
        if (jdbc.sql("SELECT count(*) FROM break_glass WHERE break_glass_id = ?").param(breakGlassId).query(Long.class).single() == 0) {
            throw new NotFound("no break-glass access " + breakGlassId);
        }
        Reader reader = gate.reader();
        return transaction.execute(tx -> retried.answerOnce(reader.user(), key, requestLine(request), body, Void.class, () -> {
            eventBus.publish(GenericEventMessage.asEventMessage(new BreakGlassReviewed(breakGlassId, reader.user(), body.outcome(),
                            body.notes()))
                    .andMetaData(Map.of("user", reader.user(), "role", reader.role())));
            return ResponseEntity.noContent().build();
        }));
    }

    @PostMapping("/api/inspection-grants")
    ResponseEntity<GrantIssued> grant(@RequestBody Grant body, @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                      HttpServletRequest request) {
        if (body == null || blank(body.inspector()) || blank(body.team()) || body.from() == null || body.until() == null) {
            throw new InvalidQuery("inspector", "inspector, team, from and until are required");
        }
        if (!body.until().isAfter(body.from())) {
            throw new InvalidQuery("until", "until must be after from");
        }
        Reader reader = gate.reader();
        return transaction.execute(tx -> retried.answerOnce(reader.user(), key, requestLine(request), body, GrantIssued.class, () -> {
            UUID id = TimeOrderedIds.next();
            eventBus.publish(GenericEventMessage.asEventMessage(
                            new InspectionGrantIssued(id, body.inspector().strip(), body.team().strip(), body.from(), body.until()))
                    .andMetaData(Map.of("user", reader.user(), "role", reader.role())));
            return ResponseEntity.status(HttpStatus.CREATED)
                    .body(new GrantIssued(id, body.inspector().strip(), body.team().strip(), body.from(), body.until()));
        }));
    }

    private static String requestLine(HttpServletRequest request) {
        return request.getMethod() + " " + request.getRequestURI();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
