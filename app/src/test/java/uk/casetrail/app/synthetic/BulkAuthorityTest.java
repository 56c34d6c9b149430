package uk.casetrail.app.synthetic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.casetrail.app.support.Api;
import uk.casetrail.app.support.CasetrailIntegrationTest;
import uk.casetrail.app.support.Projections;
import uk.casetrail.query.integrity.EventSealing;
import uk.casetrail.query.integrity.IntegrityCheck;
import uk.casetrail.query.rebuild.ProjectionRebuild;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The log grown in bulk from a synthetic authority made through the command path: the copies are its
 * history (closed cases only), read like their originals, by the same people, with ids of their own,
 * and the hash chain holds.
 */
@CasetrailIntegrationTest
class BulkAuthorityTest {

    private static final long SEED = 20261126L;
    private static final String ORIGINAL = """
            convert_from(meta_data, 'UTF8')::jsonb ->> 'correlationId' = :correlation
            AND convert_from(meta_data, 'UTF8')::jsonb ->> 'syntheticCopy' IS NULL""";

    @Autowired
    SyntheticAuthority authority;
    @Autowired
    BulkAuthority bulk;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ProjectionRebuild projections;
    @Autowired
    EventSealing sealing;
    @Autowired
    IntegrityCheck integrity;
    @LocalServerPort
    int port;

    @Test
    void copies_grow_the_log_to_the_size_asked_and_read_like_their_originals_with_ids_of_their_own() throws Exception {
        assertThat(authority.make(new SyntheticAuthority.Plan(150, SEED, 3, 4), line -> { }).rejected()).isZero();
        long before = events();
        Projections.awaitCaughtUp(projections);
        long openPlans = openPlans();
        List<String> progress = new ArrayList<>();

        BulkAuthority.Grown grown = bulk.grow(SEED, before + 3_000, progress::add);

        assertThat(events()).isGreaterThanOrEqualTo(before + 3_000).isEqualTo(before + grown.eventsWritten());
        assertThat(grown.firstCopy()).isEqualTo(1);
        assertThat(grown.lastCopy()).as("an authority of 150 children is a few hundred events").isGreaterThan(1);
        assertThat(progress.get(progress.size() - 1)).matches("bulk load: \\d+ events written, 0 to go \\(copy \\d+\\), \\d+ events/s");
        Projections.awaitCaughtUp(projections);

        // Copies are the authority's history: every copied case is closed, and the register is the authority's own.
        assertThat(jdbc.sql("SELECT count(*) FROM case_view WHERE closed_on IS NULL AND case_id::text IN (SELECT aggregate_identifier"
                        + " FROM domain_event_entry WHERE convert_from(meta_data, 'UTF8')::jsonb ->> 'syntheticCopy' IS NOT NULL)")
                .query(Long.class).single()).isZero();
        assertThat(openPlans()).isEqualTo(openPlans);
        assertThat(jdbc.sql("SELECT count(*) FROM case_view WHERE closed_on IS NULL").query(Long.class).single())
                .as("the authority has open cases, which are not copied").isPositive();

        String original = jdbc.sql("SELECT case_id::text FROM case_view WHERE allocated_worker = 'alice' AND closed_on IS NOT NULL AND case_id::text IN ("
                        + "SELECT aggregate_identifier FROM domain_event_entry WHERE sequence_number = 0 AND " + ORIGINAL + ") ORDER BY case_id LIMIT 1")
                .param("correlation", "synthetic-" + SEED).query(String.class).single();
        CopyIds firstCopy = new CopyIds(1);
        String copy = firstCopy.id(original);
        assertThat(types(copy)).isNotEmpty().isEqualTo(types(original));

        Api alice = Api.at(port).as("alice");
        Api.Answer originalView = alice.get("/api/cases/" + original);
        Api.Answer copiedView = alice.get("/api/cases/" + copy);
        assertThat(originalView.status()).isEqualTo(200);
        assertThat(copiedView.status()).isEqualTo(200);
        assertThat(copiedView.body()).doesNotContain(original, originalView.text("childId"))
                .isEqualTo(firstCopy.text(originalView.body()));
        String child = originalView.text("childId");
        assertThat(withoutPositions(alice.get("/api/children/" + firstCopy.id(child) + "/chronology")))
                .isEqualTo(withoutPositions(alice.get("/api/children/" + child + "/chronology")).transform(firstCopy::text));
        Api carol = Api.at(port).as("carol");
        assertThat(carol.get("/api/cases/" + copy).status()).isEqualTo(carol.get("/api/cases/" + original).status()).isEqualTo(403);

        assertThat(distinctFields("ContactRecorded", "caseId")).isEqualTo(count("ContactRecorded"));
        assertThat(distinctFields("ChildRegistered", "laChildId")).isEqualTo(count("ChildRegistered"))
                .isGreaterThan(150);

        sealing.sealNewEvents();
        IntegrityCheck.Verification verified = integrity.verify();
        assertThat(verified.verified()).isTrue();
        assertThat(verified.eventsChecked()).isGreaterThanOrEqualTo(before + grown.eventsWritten());

        BulkAuthority.Grown again = bulk.grow(SEED, events() + 100, line -> { });
        assertThat(again.firstCopy()).as("a second grow goes on with new copies").isEqualTo(grown.lastCopy() + 1);
        assertThat(again.eventsWritten()).isGreaterThanOrEqualTo(100);
        long now = events();
        assertThat(bulk.grow(SEED, now, line -> { }).copies()).as("a log already that large is left alone").isZero();
        assertThat(events()).isEqualTo(now);
    }

    private long openPlans() {
        return jdbc.sql("SELECT count(*) FROM protection_plan WHERE ended_on IS NULL").query(Long.class).single();
    }

    private long events() {
        return jdbc.sql("SELECT count(*) FROM domain_event_entry").query(Long.class).single();
    }

    private List<String> types(String aggregate) {
        return jdbc.sql("SELECT payload_type FROM domain_event_entry WHERE aggregate_identifier = ? ORDER BY sequence_number")
                .param(aggregate).query(String.class).list();
    }

    /** The chronology as read, without the positions in the log, which a copy written later cannot share. */
    private static String withoutPositions(Api.Answer chronology) {
        assertThat(chronology.status()).isEqualTo(200);
        JsonNode json = chronology.json();
        json.path("entries").forEach(entry -> ((ObjectNode) entry).remove("position"));
        ((ObjectNode) json).remove("nextCursor");
        assertThat(json.path("entries")).isNotEmpty();
        return json.toString();
    }

    private long count(String eventType) {
        return jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE payload_type LIKE :type"
                        + " AND convert_from(meta_data, 'UTF8')::jsonb ->> 'correlationId' = :correlation")
                .param("type", "%." + eventType).param("correlation", "synthetic-" + SEED).query(Long.class).single();
    }

    private long distinctFields(String eventType, String field) {
        return jdbc.sql("SELECT count(DISTINCT convert_from(payload, 'UTF8')::jsonb ->> :field) FROM domain_event_entry"
                        + " WHERE payload_type LIKE :type AND convert_from(meta_data, 'UTF8')::jsonb ->> 'correlationId' = :correlation")
                .param("field", field).param("type", "%." + eventType).param("correlation", "synthetic-" + SEED)
                .query(Long.class).single();
    }
}
