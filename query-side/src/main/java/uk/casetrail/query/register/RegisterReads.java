package uk.casetrail.query.register;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.casetrail.events.calendar.AuthorityTime;
import uk.casetrail.events.codes.AbuseCategory;
import uk.casetrail.query.reading.Cursor;
import uk.casetrail.query.reading.InvalidQuery;
import uk.casetrail.query.reading.Page;
import uk.casetrail.events.access.AccessAction;
import uk.casetrail.query.access.ReadKind;
import uk.casetrail.query.reading.ReadPath;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * GET /api/register/child-protection: the children subject to a child protection plan on a date,
 * with the category, review dates and lead worker as they stood on that date.
 */
@RestController
class RegisterReads {

    record Register(LocalDate asOf, String category, String team, int total, Map<String, Integer> countsByCategory,
                    List<RegisterEntry> entries, String nextCursor) {
    }

    @JsonPropertyOrder({"childId", "caseId", "planId", "childName", "category", "planStartedOn", "nextReviewDue",
            "reviewOverdue", "leadWorker", "team"})
    record RegisterEntry(UUID childId, UUID caseId, UUID planId, String childName, String category,
                         LocalDate planStartedOn, LocalDate nextReviewDue, boolean reviewOverdue, String leadWorker,
                         String team) {
    }

    /** An entry with the names it is sorted by, which the cursor carries. */
    private record Sorted(RegisterEntry entry, String familyName, String givenName) {
    }

    // Plans open on :asOf, each with what stood on that date. Names are sorted as a list is read. The
    // open plans are found from the end of their range, as the index protection_plan_open_on has it (V43).
    // A plan's row carries its latest category, review and lead with the day each took effect (V45): for
    // a date on or after that day they are what stood, and only for an earlier one is the history looked
    // up (a CASE evaluates the branch it takes only; the allocation's lateral lookup is gated the same
    // way). The child is looked up by key (LIMIT keeps it a lookup per plan): as a join, the planner read
    // child_summary whole, a cost that grew with every child of the authority, not with the register.
    private static final String PLANS_ON_DATE = """
            SELECT * FROM (
              SELECT p.plan_id, p.case_id, p.child_id, p.started_on,
                     named.family_name, named.given_name, named.given_name || ' ' || named.family_name AS child_name,
                     CASE WHEN p.category_on <= :asOf THEN p.category
                          ELSE (SELECT c.category FROM protection_plan_category c WHERE c.plan_id = p.plan_id AND c.effective_on <= :asOf
                                ORDER BY c.effective_on DESC, c.seq DESC LIMIT 1) END AS category,
                     CASE WHEN p.last_reviewed_on IS NULL OR p.last_reviewed_on <= :asOf THEN p.last_reviewed_on
                          ELSE (SELECT max(r.reviewed_on) FROM protection_plan_review r WHERE r.plan_id = p.plan_id AND r.reviewed_on <= :asOf)
                     END AS last_review_on,
                     CASE WHEN p.lead_on > :asOf THEN earlier.worker ELSE p.lead_worker END AS lead_worker,
                     COALESCE(CASE WHEN p.lead_on > :asOf THEN earlier.team ELSE p.lead_team END,
                              (SELECT v.receiving_team FROM case_view v WHERE v.case_id = p.case_id)) AS team
              FROM protection_plan p
              CROSS JOIN LATERAL (SELECT s.family_name, s.given_name FROM child_summary s WHERE s.child_id = p.child_id LIMIT 1) named
              LEFT JOIN LATERAL (SELECT worker, team FROM case_allocation ca
                                 WHERE p.lead_on > :asOf AND ca.case_id = p.case_id AND ca.effective_on <= :asOf
                                 ORDER BY ca.effective_on DESC, ca.seq DESC LIMIT 1) earlier ON TRUE
              WHERE COALESCE(p.ended_on, 'infinity'::date) > :asOf AND p.started_on <= :asOf
            ) plans
            WHERE (CAST(:category AS text) IS NULL OR category = :category) AND (CAST(:team AS text) IS NULL OR team = :team)
            """;

    private static final MediaType TEXT_CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
    private static final CsvMapper CSV = CsvMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    private final JdbcClient jdbc;
    private final ReadPath readPath;
    private final Clock clock;

    RegisterReads(JdbcClient jdbc, ReadPath readPath, Clock clock) {
        this.jdbc = jdbc;
        this.readPath = readPath;
        this.clock = clock;
    }

    @GetMapping("/api/register/child-protection")
    Register register(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                      @RequestParam(required = false) String category,
                      @RequestParam(required = false) String team,
                      @RequestParam(required = false) Integer limit,
                      @RequestParam(required = false) String cursor) {
        Listing listing = listing(asOf, category, team, Cursor.limit(limit), cursor);
        return readPath.answerListing("child-protection-register", AccessAction.VIEW, listing.shown(), listing.register());
    }

    /**
     * The same listing as CSV (Accept: text/csv), for a spreadsheet: an export, audited as one with
     * every child in it.
     */
    @GetMapping(value = "/api/register/child-protection", produces = "text/csv")
    ResponseEntity<String> export(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                  @RequestParam(required = false) String category,
                                  @RequestParam(required = false) String team,
                                  @RequestParam(required = false) Integer limit,
                                  @RequestParam(required = false) String cursor) throws JsonProcessingException {
        // A whole register in one file unless a page is asked for.
        Listing listing = listing(asOf, category, team, limit == null ? Integer.MAX_VALUE : Cursor.limit(limit), cursor);
        String csv = CSV.writer(CSV.schemaFor(RegisterEntry.class).withHeader()).writeValueAsString(listing.register().entries());
        return readPath.answerListing("child-protection-register", AccessAction.EXPORT, listing.shown(),
                ResponseEntity.ok().contentType(TEXT_CSV)
                        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"child-protection-register-"
                                + listing.register().asOf() + ".csv\"")
                        .body(csv));
    }

    /** One page of the register, and the rows on it with the basis on which the reader sees each. */
    private record Listing(Register register, List<ReadPath.Visible<Sorted>> shown) {
    }

    private Listing listing(LocalDate asOf, String category, String team, int pageSize, String cursor) {
        LocalDate date = asOf != null ? asOf : LocalDate.now(clock.withZone(AuthorityTime.ZONE));
        List<String> after = Cursor.decode(cursor, 3);
        UUID afterPlan = Cursor.part(after, 2, UUID::fromString);
        String categoryCode = category == null ? null : categoryOf(category).code();
        List<Sorted> plans = jdbc.sql(PLANS_ON_DATE)
                .param("asOf", date).param("category", categoryCode).param("team", team)
                .query((rs, n) -> {
                    LocalDate started = rs.getObject("started_on", LocalDate.class);
                    LocalDate nextReview = ReviewSchedule.nextReviewDue(started, rs.getObject("last_review_on", LocalDate.class));
                    return new Sorted(new RegisterEntry(rs.getObject("child_id", UUID.class), rs.getObject("case_id", UUID.class),
                            rs.getObject("plan_id", UUID.class), rs.getString("child_name"), rs.getString("category"),
                            started, nextReview, date.isAfter(nextReview), rs.getString("lead_worker"), rs.getString("team")),
                            rs.getString("family_name"), rs.getString("given_name"));
                })
                .list().stream()
                // Sorted here, not by the database's collation, so that the cursor compares the same way.
                .sorted(Comparator.comparing(Sorted::familyName).thenComparing(Sorted::givenName)
                        .thenComparing(row -> row.entry().planId()))
                .toList();
        // Only the children the reader may open are listed, and counted.
        List<ReadPath.Visible<Sorted>> visible = readPath.visible(ReadKind.REGISTER_ROW, plans, p -> p.entry().childId());
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (AbuseCategory c : AbuseCategory.values()) {
            counts.put(c.code(), 0);
        }
        visible.forEach(v -> counts.merge(v.row().entry().category(), 1, Integer::sum));
        List<ReadPath.Visible<Sorted>> afterCursor = visible.stream()
                .filter(v -> after == null || compare(v.row(), after.get(0), after.get(1), afterPlan) > 0).toList();
        Page<ReadPath.Visible<Sorted>> page = Page.of(afterCursor, pageSize,
                v -> List.of(v.row().familyName(), v.row().givenName(), v.row().entry().planId().toString()));
        Register register = new Register(date, categoryCode, team, visible.size(), counts,
                page.entries().stream().map(v -> v.row().entry()).toList(), page.nextCursor());
        return new Listing(register, page.entries());
    }

    private static int compare(Sorted row, String family, String given, UUID plan) {
        int byFamily = row.familyName().compareTo(family);
        if (byFamily != 0) {
            return byFamily;
        }
        int byGiven = row.givenName().compareTo(given);
        return byGiven != 0 ? byGiven : row.entry().planId().compareTo(plan);
    }

    private static AbuseCategory categoryOf(String code) {
        try {
            return AbuseCategory.fromCode(code);
        } catch (IllegalArgumentException e) {
            throw new InvalidQuery("category", e.getMessage());
        }
    }
}
