package uk.casetrail.returns.census.export;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import uk.casetrail.events.access.AccessAction;
import uk.casetrail.events.calendar.AuthorityTime;
import uk.casetrail.query.access.Reader;
import uk.casetrail.query.reading.ReadPath;
import uk.casetrail.returns.census.CensusYear;
import uk.casetrail.returns.census.ReturnedChild;
import uk.casetrail.returns.census.record.CensusReturns;

import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/**
 * The CIN census file for the year ending on a reference date, exactly as it would have been made at
 * an instant: streamed from the event log a batch of children at a time, each batch recorded in the
 * access audit (action EXPORT, purpose STATUTORY_RETURN) before its bytes are written. Callable
 * without HTTP (the benchmark times it).
 */
@Component
public class CinCensusExport {

    private final CensusReturns returns;
    private final ReadPath readPath;
    private final String lea;
    private final String release;
    private final Clock clock;

    CinCensusExport(CensusReturns returns, ReadPath readPath, @Value("${casetrail.authority.lea-code}") String lea,
                    @Value("${casetrail.returns.release}") String release) {
        this.returns = returns;
        this.readPath = readPath;
        this.lea = lea;
        this.release = release;
        this.clock = Clock.system(AuthorityTime.ZONE);
    }

    public String fileName(LocalDate referenceDate) {
        return "CIN_" + lea + "_" + referenceDate + ".xml";
    }

    /** Refuses (403, audited) a reader who may not make returns, before anything is written. */
    public void requireAllowed(Reader reader, LocalDate referenceDate, Instant asRecordedAt) {
        readPath.requireStatutoryReturn(reader, resource(referenceDate, asRecordedAt), AccessAction.EXPORT);
    }

    public void write(LocalDate referenceDate, Instant asRecordedAt, Reader reader, OutputStream out) {
        String resource = resource(referenceDate, asRecordedAt);
        readPath.requireStatutoryReturn(reader, resource, AccessAction.EXPORT);
        CensusYear year = CensusYear.endingOn(referenceDate);
        var source = new CinCensusMessage.Source(lea, "Casetrail", release, "1",
                LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS));
        try (CinCensusMessage message = new CinCensusMessage(out, year, source)) {
            returns.forEachBatch(year, asRecordedAt, children -> {
                readPath.answerStatutoryReturn(reader, resource, AccessAction.EXPORT,
                        children.stream().map(ReturnedChild::childId).toList());
                children.forEach(message::write);
                message.flush();
            });
        }
    }

    private static String resource(LocalDate referenceDate, Instant asRecordedAt) {
        return "cin-census/" + referenceDate + "@" + asRecordedAt;
    }
}
