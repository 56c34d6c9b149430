package uk.casetrail.query.chronology;

import org.axonframework.eventhandling.EventMessage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.casetrail.events.calendar.AuthorityTime;
import uk.casetrail.events.calendar.WorkingDayCalendar;
import uk.casetrail.query.projecting.ProjectionWrites;
import uk.casetrail.query.reading.EventPositions;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Writes chronology entries: who recorded what, when it happened and when it was recorded. */
@Component
class ChronologyEntries {

    /**
     * What an event says in the chronology; source and note may be null. A note's entry may also give
     * the worker's analysis of the impact on the child and the action taken, kept apart from what happened.
     */
    record Entry(LocalDate occurredOn, String category, String summary, String source, boolean significant, UUID noteId,
                 String impact, String actionTaken) {

        Entry(LocalDate occurredOn, String category, String summary, String source, boolean significant, UUID noteId) {
            this(occurredOn, category, summary, source, significant, noteId, null, null);
        }
    }

    private final JdbcClient jdbc;
    private final ProjectionWrites writes;
    private final EventPositions positions;
    // A case's child never changes: kept in memory so that a batch of entries need not stop to look it up.
    private final Map<UUID, UUID> childOfCase = java.util.Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, UUID> eldest) {
            return size() > 100_000;
        }
    });
    private final WorkingDayCalendar calendar;
    private final int lateAfterWorkingDays;

    ChronologyEntries(JdbcClient jdbc, ProjectionWrites writes, EventPositions positions, WorkingDayCalendar calendar,
                      @Value("${casetrail.chronology.late-recording-working-days:5}") int lateAfterWorkingDays) {
        this.jdbc = jdbc;
        this.writes = writes;
        this.positions = positions;
        this.calendar = calendar;
        this.lateAfterWorkingDays = lateAfterWorkingDays;
    }

    static LocalDate recordedOn(EventMessage<?> message) {
        return LocalDate.ofInstant(message.getTimestamp(), AuthorityTime.ZONE);
    }

    static LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, AuthorityTime.ZONE);
    }

    void openCase(UUID caseId, UUID childId) {
        childOfCase.put(caseId, childId);
        writes.sql("INSERT INTO chronology_case (case_id, child_id) VALUES (:case, :child) ON CONFLICT DO NOTHING")
                .param("case", caseId).param("child", childId).update();
    }

    void addForChild(EventMessage<?> message, UUID childId, Entry entry) {
        insert(message, childId, null, entry, lateRecording(entry, message));
    }

    void addForCase(EventMessage<?> message, UUID caseId, Entry entry) {
        insert(message, childOf(caseId), caseId, entry, lateRecording(entry, message));
    }

    /**
     * What another agency does, dated from when it began: never a late record. A worker learns at the
     * contact that the health visitor has been involved for a year; recording it that day is not late.
     */
    void addAgencyInvolvement(EventMessage<?> message, UUID caseId, Entry entry) {
        insert(message, childOf(caseId), caseId, entry, false);
    }

    /**
     * A correction of a note, standing where the note stood: late only if the note itself was recorded late
     * (a correction made weeks on is not a late record of what happened).
     */
    void addCorrection(EventMessage<?> message, UUID caseId, Entry entry, NoteEntry corrected) {
        insert(message, childOf(caseId), caseId, entry, corrected.lateRecording());
    }

    private UUID childOf(UUID caseId) {
        UUID childId = childOfCase.get(caseId);
        if (childId == null) {
            writes.flush();
            childId = jdbc.sql("SELECT child_id FROM chronology_case WHERE case_id = ?").param(caseId).query(UUID.class).single();
            childOfCase.put(caseId, childId);
        }
        return childId;
    }

    /** The note's entry as it now reads (the original, or its latest correction). */
    java.util.Optional<NoteEntry> currentEntryOf(UUID noteId) {
        writes.flush();
        return jdbc.sql("""
                        SELECT event_id, occurred_on, category, significant, source, late_recording, impact, action_taken
                        FROM chronology_entry
                        WHERE note_id = ? AND superseded_by IS NULL ORDER BY global_index DESC LIMIT 1""")
                .param(noteId)
                .query((rs, n) -> new NoteEntry(rs.getString("event_id"), rs.getObject("occurred_on", LocalDate.class),
                        rs.getString("category"), rs.getBoolean("significant"), rs.getString("source"),
                        rs.getBoolean("late_recording"), rs.getString("impact"), rs.getString("action_taken")))
                .optional();
    }

    record NoteEntry(String eventId, LocalDate occurredOn, String category, boolean significant, String source,
                     boolean lateRecording, String impact, String actionTaken) {
    }

    void supersede(String eventId, EventMessage<?> correction) {
        writes.sql("UPDATE chronology_entry SET superseded_by = :by, superseded_at = :at WHERE event_id = :event")
                .param("by", correction.getIdentifier()).param("at", Timestamp.from(correction.getTimestamp()))
                .param("event", eventId).update();
    }

    void reset() {
        childOfCase.clear();
        jdbc.sql("TRUNCATE chronology_entry, chronology_case").update();
    }

    private boolean lateRecording(Entry entry, EventMessage<?> message) {
        return calendar.workingDaysBetween(entry.occurredOn(), recordedOn(message)) > lateAfterWorkingDays;
    }

    private void insert(EventMessage<?> message, UUID childId, UUID caseId, Entry entry, boolean late) {
        writes.sql("""
                        INSERT INTO chronology_entry (event_id, global_index, child_id, case_id, note_id, occurred_on,
                            recorded_at, category, summary, source, author, significant, late_recording, impact, action_taken)
                        VALUES (:event, :index, :child, :case, :note, :occurred, :recorded, :category, :summary, :source,
                            :author, :significant, :late, :impact, :action)
                        ON CONFLICT (event_id) DO NOTHING""")
                .param("event", message.getIdentifier())
                .param("index", positions.of(message))
                .param("child", childId).param("case", caseId).param("note", entry.noteId())
                .param("occurred", entry.occurredOn())
                .param("recorded", Timestamp.from(message.getTimestamp()))
                .param("category", entry.category()).param("summary", entry.summary()).param("source", entry.source())
                .param("author", message.getMetaData().get("user"))
                .param("significant", entry.significant()).param("late", late)
                .param("impact", entry.impact()).param("action", entry.actionTaken())
                .update();
    }
}
