package uk.casetrail.query.chronology;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.casetrail.query.projecting.ProcessorTokens;
import uk.casetrail.query.reading.Cursor;
import uk.casetrail.query.reading.EventPositions;
import uk.casetrail.query.reading.ReadYourWrites;
import uk.casetrail.query.reading.KnownChildren;
import uk.casetrail.query.reading.Page;
import uk.casetrail.query.access.ReadKind;
import uk.casetrail.query.reading.ReadPath;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * GET /api/children/{childId}/chronology: the child's chronology across all cases, ordered by when
 * things happened, then when they were recorded. With asRecordedAt it answers exactly what the
 * chronology said at that instant: only what had been recorded by then, as it then read.
 */
@RestController
class ChronologyReads {

    record Chronology(UUID childId, Instant asRecordedAt, List<ChronologyEntry> entries, String nextCursor) {
    }

    record ChronologyEntry(String eventId, UUID caseId, LocalDate occurredOn, Instant recordedAt, String category,
                           String summary, String source, String author, boolean significant, boolean lateRecording,
                           String supersededBy, long position, UUID noteId, String impact, String actionTaken) {
    }

    private static final Instant END_OF_TIME = Instant.parse("9999-12-31T23:59:59Z");

    private final JdbcClient jdbc;
    private final ReadPath readPath;
    private final KnownChildren knownChildren;
    private final ReadYourWrites readYourWrites;
    private final EventPositions positions;
    private final ProcessorTokens tokens;

    ChronologyReads(JdbcClient jdbc, ReadPath readPath, KnownChildren knownChildren, ReadYourWrites readYourWrites,
                    EventPositions positions, ProcessorTokens tokens) {
        this.jdbc = jdbc;
        this.readYourWrites = readYourWrites;
        this.positions = positions;
        this.tokens = tokens;
        this.readPath = readPath;
        this.knownChildren = knownChildren;
    }

    /**
     * With minVersion (what a write answered), waits for the chronology to include that write: of the
     * child's record, or of the case named by record. The chronology is its own projection, so a
     * write the case view already shows may not be in it yet.
     */
    @GetMapping("/api/children/{childId}/chronology")
    ResponseEntity<Chronology> chronology(@PathVariable UUID childId,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant asRecordedAt,
                          @RequestParam(defaultValue = "false") boolean significantOnly,
                          @RequestParam(required = false) Integer limit,
                          @RequestParam(required = false) String cursor,
                          @RequestParam(required = false) UUID record,
                          @RequestParam(required = false) Long minVersion) throws InterruptedException {
        int pageSize = Cursor.limit(limit);
        List<String> after = Cursor.decode(cursor, 3);
        LocalDate afterOccurred = Cursor.part(after, 0, LocalDate::parse);
        Instant afterRecorded = Cursor.part(after, 1, Instant::parse);
        Long afterIndex = Cursor.part(after, 2, Long::valueOf);
        knownChildren.require(childId);
        UUID written = record == null ? childId : record;
        // Another child's record is not waited for: how long the wait took would tell the reader when it was
        // written to. The answer then says it may be stale, whatever that record holds.
        long began = System.nanoTime();
        boolean ours = written.equals(childId) || minVersion == null || positions.belongsTo(written, childId);
        boolean caughtUp = minVersion == null || ours && readYourWrites.await(() -> positions.ofVersion(written, minVersion)
                .stream().anyMatch(position -> tokens.handled(ChronologyProcessor.NAME, position)));
        String user = readPath.reader().user();
        String agency = readPath.reader().team();
        Chronology chronology = readYourWrites.read(minVersion, began, () -> readPath.read(ReadKind.CHRONOLOGY, "chronology", childId, decision -> {
            Instant at = asRecordedAt == null ? END_OF_TIME : asRecordedAt;
            List<ChronologyEntry> rows = jdbc.sql("""
                            SELECT event_id, case_id, occurred_on, recorded_at, category, summary, source, author,
                                   significant, late_recording, global_index, note_id, impact, action_taken,
                                   CASE WHEN superseded_at <= :at THEN superseded_by END AS superseded_by
                            FROM chronology_entry
                            WHERE child_id = :child AND recorded_at <= :at
                              AND (:significantOnly = FALSE OR significant)
                              AND (:partnerView = FALSE OR (category = 'INVOLVEMENT' AND source = :agency) OR author = :user)
                              AND (:afterOccurred::date IS NULL
                                   OR (occurred_on, recorded_at, global_index) > (:afterOccurred::date, :afterRecorded::timestamptz, :afterIndex::bigint))
                            ORDER BY occurred_on, recorded_at, global_index
                            LIMIT :fetch""")
                    .param("child", childId)
                    .param("at", Timestamp.from(at))
                    .param("significantOnly", significantOnly)
                    .param("partnerView", decision.partnerView())
                    .param("agency", agency)
                    .param("user", user)
                    .param("afterOccurred", afterOccurred)
                    .param("afterRecorded", afterRecorded == null ? null : Timestamp.from(afterRecorded))
                    .param("afterIndex", afterIndex)
                    .param("fetch", pageSize + 1)
                    .query((rs, n) -> new ChronologyEntry(rs.getString("event_id"), rs.getObject("case_id", UUID.class),
                            rs.getObject("occurred_on", LocalDate.class),
                            rs.getObject("recorded_at", OffsetDateTime.class).toInstant(), rs.getString("category"),
                            rs.getString("summary"), rs.getString("source"), rs.getString("author"),
                            rs.getBoolean("significant"), rs.getBoolean("late_recording"), rs.getString("superseded_by"),
                            rs.getLong("global_index"), rs.getObject("note_id", UUID.class), rs.getString("impact"),
                            rs.getString("action_taken")))
                    .list();
            Page<ChronologyEntry> page = Page.of(rows, pageSize, e -> List.of(e.occurredOn().toString(),
                    e.recordedAt().toString(), Long.toString(e.position())));
            return new Chronology(childId, asRecordedAt, page.entries(), page.nextCursor());
        }));
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok();
        if (!caughtUp) {
            answer.header("Casetrail-Stale", "true");
        }
        return answer.body(chronology);
    }
}
