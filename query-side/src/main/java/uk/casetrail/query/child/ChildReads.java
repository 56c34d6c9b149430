package uk.casetrail.query.child;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.casetrail.query.caseview.CaseFile;
import uk.casetrail.query.caseview.CaseFiles;
import uk.casetrail.query.caseview.CaseStatus;
import uk.casetrail.query.reading.KnownChildren;
import uk.casetrail.query.access.ReadKind;
import uk.casetrail.query.reading.ReadPath;
import uk.casetrail.query.reading.ReadYourWrites;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** GET /api/children/{childId}: the child's details, cases and the agencies involved. */
@RestController
class ChildReads {

    record ChildDetails(UUID childId, String laChildId, String givenName, String familyName, LocalDate dateOfBirth,
                        LocalDate expectedDateOfBirth, String sex, String ethnicity, String nhsNumber, String upn,
                        String upnUnknownReason, String formerUpn, LocalDate dateOfDeath, List<String> disabilities,
                        List<CaseSummary> cases, List<Involvement> involvements, Restriction restriction, long version) {
    }

    /** Who alone may open the record, and why: its readers keep what it holds from everyone else. */
    record Restriction(String reason, List<String> namedUsers) {
    }

    record CaseSummary(UUID caseId, CaseStatus status, Instant contactReceivedAt, String team, String allocatedWorker,
                       LocalDate closedOn) {
    }

    record Involvement(UUID involvementId, UUID caseId, String agency, String practitioner, String role, LocalDate from) {
    }

    private final JdbcClient jdbc;
    private final CaseFiles caseFiles;
    private final ReadPath readPath;
    private final KnownChildren knownChildren;
    private final ReadYourWrites readYourWrites;

    ChildReads(JdbcClient jdbc, CaseFiles caseFiles, ReadPath readPath, KnownChildren knownChildren,
               ReadYourWrites readYourWrites) {
        this.jdbc = jdbc;
        this.caseFiles = caseFiles;
        this.readPath = readPath;
        this.knownChildren = knownChildren;
        this.readYourWrites = readYourWrites;
    }

    /** With minVersion (the child record's version a write answered), waits for the read model to reach it. */
    @GetMapping("/api/children/{childId}")
    ResponseEntity<ChildDetails> child(@PathVariable UUID childId, @RequestParam(required = false) Long minVersion)
            throws InterruptedException {
        long began = System.nanoTime();
        boolean caughtUp = readYourWrites.await(minVersion, () -> versionOf(childId));
        knownChildren.require(childId);
        String agency = readPath.reader().team();
        ChildDetails details = readYourWrites.read(minVersion, began, () -> readPath.read(ReadKind.CHILD_DETAILS, "child-details",
                childId, decision -> details(childId, decision.partnerView() ? agency : null)));
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok();
        if (!caughtUp) {
            answer.header("Casetrail-Stale", "true");
        }
        return answer.body(details);
    }

    private long versionOf(UUID childId) {
        return jdbc.sql("SELECT version FROM child_summary WHERE child_id = ?").param(childId)
                .query(Long.class).optional().orElse(-1L);
    }

    /** With an agency, a partner's view: the basic details and that agency's own involvement only. */
    private ChildDetails details(UUID childId, String partnerAgency) {
        List<CaseSummary> cases = partnerAgency != null ? List.of()
                : caseFiles.load("WHERE v.child_id = :child ORDER BY v.contact_received_at, v.case_id",
                Map.of("child", childId)).stream().map(ChildReads::summary).toList();
        List<Involvement> involvements = jdbc.sql("""
                        SELECT involvement_id, case_id, agency, practitioner, role, from_date FROM case_involvement
                        WHERE child_id = :child AND (CAST(:agency AS text) IS NULL OR agency = :agency)
                        ORDER BY from_date, involvement_id""")
                .param("child", childId).param("agency", partnerAgency)
                .query((rs, n) -> new Involvement(rs.getObject("involvement_id", UUID.class), rs.getObject("case_id", UUID.class),
                        rs.getString("agency"), rs.getString("practitioner"), rs.getString("role"),
                        rs.getObject("from_date", LocalDate.class)))
                .list();
        // A partner agency's view (its own involvement only) leaves out who the record is restricted to; a partner
        // named on the restriction, or who broke glass, reads the whole record and is told.
        Restriction restriction = partnerAgency != null ? null
                : jdbc.sql("SELECT reason, named_users FROM child_restriction WHERE child_id = ?").param(childId)
                .query((rs, n) -> new Restriction(rs.getString("reason"), List.of((String[]) rs.getArray("named_users").getArray())))
                .optional().orElse(null);
        return jdbc.sql("SELECT * FROM child_summary WHERE child_id = ?").param(childId)
                .query((rs, n) -> new ChildDetails(childId, rs.getString("la_child_id"), rs.getString("given_name"),
                        rs.getString("family_name"), rs.getObject("date_of_birth", LocalDate.class),
                        rs.getObject("expected_date_of_birth", LocalDate.class), rs.getString("sex"),
                        rs.getString("ethnicity"), rs.getString("nhs_number"), rs.getString("upn"),
                        rs.getString("upn_unknown_reason"), rs.getString("former_upn"),
                        rs.getObject("date_of_death", LocalDate.class),
                        rs.getString("disabilities") == null ? List.of() : Arrays.asList(rs.getString("disabilities").split(",")),
                        cases, involvements, restriction, rs.getLong("version")))
                .single();
    }

    private static CaseSummary summary(CaseFile file) {
        CaseFile.Row row = file.row();
        return new CaseSummary(row.caseId(), file.status(), row.contactReceivedAt(), row.team(), row.allocatedWorker(),
                row.closedOn());
    }
}
