package uk.casetrail.returns.census.export;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.casetrail.query.access.Reader;
import uk.casetrail.query.reading.InvalidQuery;
import uk.casetrail.query.reading.ReadPath;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;

/** GET /api/returns/cin-census: the CIN census file, streamed, for the data officers. */
@RestController
class CinCensusReads {

    private final CinCensusExport export;
    private final ReadPath readPath;

    CinCensusReads(CinCensusExport export, ReadPath readPath) {
        this.export = export;
        this.readPath = readPath;
    }

    @GetMapping("/api/returns/cin-census")
    void census(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate referenceDate,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant asRecordedAt,
                HttpServletResponse response) throws IOException {
        Reader reader = readPath.reader();
        Instant now = Instant.now();
        if (asRecordedAt != null && asRecordedAt.isAfter(now)) {
            // A return as recorded at a future instant could still change: it would not be reproducible.
            throw new InvalidQuery("asRecordedAt", "asRecordedAt " + asRecordedAt + " is in the future");
        }
        Instant at = asRecordedAt == null ? now : asRecordedAt;
        // Decided before the status line is sent, so that a refusal is a proper 403 problem.
        export.requireAllowed(reader, referenceDate, at);
        response.setContentType(MediaType.APPLICATION_XML_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(export.fileName(referenceDate)).build().toString());
        export.write(referenceDate, at, reader, response.getOutputStream());
    }
}
