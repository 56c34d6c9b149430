package uk.casetrail.app.eventstore;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.casetrail.app.support.Api;
import uk.casetrail.app.support.CasetrailIntegrationTest;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The log takes new events at the right edge of the indexes on their identifiers: a record's events
 * and the access events of reading it are stored with time-ordered identifiers (TimeOrderedIdentifiers),
 * and so are the records' own ids. With random identifiers every append touched a random page of
 * indexes that grow with the authority's whole history.
 */
@CasetrailIntegrationTest
class TimeOrderedIdentifiersTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private record Stored(String eventIdentifier, String aggregateIdentifier, String type) {
    }

    @Test
    void a_childs_events_and_the_reads_of_them_are_stored_in_the_order_of_their_identifiers() {
        Api alice = Api.at(port).as("alice");
        String childId = alice.post("/api/children",
                "{\"givenName\":\"Orla\",\"familyName\":\"Sequent\",\"dateOfBirth\":\"2019-05-05\"}").text("childId");
        Api.Answer contact = alice.post("/api/cases", "{\"childId\":\"" + childId
                + "\",\"contactReceivedAt\":\"2026-10-01T09:00:00Z\",\"referralSource\":\"2A\"}");
        String caseId = contact.text("caseId");
        assertThat(alice.get("/api/cases/" + caseId + "?minVersion=" + contact.version()).status()).isEqualTo(200);
        Api.Answer decision = alice.post("/api/cases/" + caseId + "/referral-decision",
                "{\"decision\":\"REFERRAL\",\"decidedAt\":\"2026-10-01T11:00:00Z\",\"primaryNeed\":\"N1\"}");
        assertThat(alice.get("/api/cases/" + caseId + "?minVersion=" + decision.version()).status()).isEqualTo(200);

        List<Stored> stored = jdbc.sql("""
                        SELECT event_identifier, aggregate_identifier, type FROM domain_event_entry
                        WHERE aggregate_identifier IN (:child, :case)
                           OR (payload_type LIKE '%RecordAccessed' AND convert_from(payload, 'UTF8') LIKE :mentionsChild)
                        ORDER BY global_index""")
                .param("child", childId).param("case", caseId).param("mentionsChild", "%" + childId + "%")
                .query(Stored.class).list();

        assertThat(stored).hasSizeGreaterThanOrEqualTo(5);
        assertThat(UUID.fromString(childId).version()).isEqualTo(7);
        assertThat(UUID.fromString(caseId).version()).isEqualTo(7);
        assertThat(stored).allSatisfy(event -> assertThat(UUID.fromString(event.eventIdentifier()).version()).isEqualTo(7));
        assertThat(stored).extracting(Stored::eventIdentifier).isSorted();
        // An access event belongs to no record: it is its own aggregate, so its identifier is indexed twice more.
        assertThat(stored).filteredOn(event -> event.type() == null)
                .isNotEmpty()
                .allSatisfy(event -> assertThat(event.aggregateIdentifier()).isEqualTo(event.eventIdentifier()));
    }
}
