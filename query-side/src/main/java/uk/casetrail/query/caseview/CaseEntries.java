package uk.casetrail.query.caseview;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A case's open section 47 enquiries and its latest notes, each with its id: what the case page needs
 * to offer the forms that act on one of them (conclude an enquiry, correct a note).
 */
@Component
class CaseEntries {

    /** How many notes the case view lists; older ones are in the chronology. */
    static final int RECENT_NOTES = 10;

    record OpenEnquiry(UUID enquiryId, LocalDate startedOn) {
    }

    record RecentNote(UUID noteId, LocalDate occurredOn, String kind, String summary, boolean corrected) {
    }

    private final JdbcClient jdbc;

    CaseEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<OpenEnquiry> openEnquiries(UUID caseId) {
        return jdbc.sql("""
                        SELECT enquiry_id, started_on FROM case_enquiry
                        WHERE case_id = ? AND concluded_on IS NULL ORDER BY started_on, enquiry_id""")
                .param(caseId)
                .query((rs, n) -> new OpenEnquiry(rs.getObject("enquiry_id", UUID.class), CaseFiles.date(rs, "started_on")))
                .list();
    }

    List<RecentNote> recentNotes(UUID caseId) {
        return jdbc.sql("""
                        SELECT note_id, occurred_on, kind, summary, corrected FROM case_note
                        WHERE case_id = ? ORDER BY recorded_at DESC, note_id LIMIT ?""")
                .param(caseId).param(RECENT_NOTES)
                .query((rs, n) -> new RecentNote(rs.getObject("note_id", UUID.class), CaseFiles.date(rs, "occurred_on"),
                        rs.getString("kind"), rs.getString("summary"), rs.getBoolean("corrected")))
                .list();
    }
}
