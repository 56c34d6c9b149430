package uk.casetrail.returns.census.imports;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import uk.casetrail.events.calendar.WorkingDayCalendar;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/**
 * Onboarding from last year's return: a CIN census file recorded as the events live work records,
 * all of them or none (one transaction with the import's own row, keyed by the file's SHA-256, so
 * the same file twice is recorded once and answers the first result).
 */
@Component
public class CinCensusImport {

    private final JdbcClient jdbc;
    private final EventStore eventStore;
    private final TransactionTemplate transaction;
    private final WorkingDayCalendar calendar;

    CinCensusImport(JdbcClient jdbc, EventStore eventStore, TransactionTemplate transaction, WorkingDayCalendar calendar) {
        this.jdbc = jdbc;
        this.eventStore = eventStore;
        this.transaction = transaction;
        this.calendar = calendar;
    }

    public CensusImportResult record(byte[] file, String team, String user, String role) {
        String sha256 = sha256(file);
        Optional<CensusImportResult> earlier = earlier(sha256);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        CensusElement message = CensusFile.read(file);
        ImportedEvents events = new ImportedEvents(sha256, user, role, team);
        CensusFileEvents reading = new CensusFileEvents(calendar, events, team);
        reading.add(message);
        CensusImportResult result = new CensusImportResult(UUID.randomUUID(), reading.children(), reading.episodes(),
                events.all().size());
        try {
            transaction.executeWithoutResult(tx -> {
                jdbc.sql("""
                                INSERT INTO census_import (sha256, import_id, children, episodes, events, imported_by, team)
                                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                        .params(sha256, result.importId(), result.children(), result.episodes(), result.events(), user, team)
                        .update();
                eventStore.publish(events.all());
            });
            return result;
        } catch (DuplicateKeyException e) {
            // The same file, imported at the same moment by another request: that one recorded it.
            return earlier(sha256).orElseThrow(() -> e);
        }
    }

    private Optional<CensusImportResult> earlier(String sha256) {
        return jdbc.sql("SELECT import_id, children, episodes, events FROM census_import WHERE sha256 = ?")
                .param(sha256)
                .query((rs, n) -> new CensusImportResult(rs.getObject("import_id", UUID.class), rs.getInt("children"),
                        rs.getInt("episodes"), rs.getInt("events")))
                .optional();
    }

    private static String sha256(byte[] file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
