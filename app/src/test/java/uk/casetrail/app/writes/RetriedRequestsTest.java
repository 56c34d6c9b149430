package uk.casetrail.app.writes;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.casetrail.app.support.Api;
import uk.casetrail.app.support.CasetrailIntegrationTest;
import uk.casetrail.app.support.EventTable;
import uk.casetrail.app.support.Projections;
import uk.casetrail.query.rebuild.ProjectionRebuild;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A POST retried with its Idempotency-Key (a dropped connection, a double click) gets the first answer
 * back and records nothing more: on a case, and on the access requests (break-glass, its review, an
 * inspection grant).
 */
@CasetrailIntegrationTest
class RetriedRequestsTest {

    private static final String JUSTIFICATION = "Police at the door out of hours; the allocated team cannot be reached tonight";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProjectionRebuild projections;

    private EventTable events;

    @BeforeEach
    void setUp() {
        events = new EventTable(jdbc);
    }

    private static String key() {
        return "retry-" + UUID.randomUUID();
    }

    /** A child of alice's team, known to the read models (break-glass opens only a child they know). */
    private String northernChild() {
        String childId = WriteFixture.registeredChild(Api.at(port).as("alice"));
        Projections.awaitCaughtUp(projections);
        return childId;
    }

    private long eventsOfType(String type) {
        return jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE payload_type LIKE ?").param("%." + type)
                .query(Long.class).single();
    }

    @Test
    void a_retried_note_answers_as_the_first_and_records_one_note() {
        Api alice = Api.at(port).as("alice");
        String caseId = WriteFixture.referredCase(alice);
        String key = key();
        Api.Answer first = alice.header("Idempotency-Key", key).post("/api/cases/" + caseId + "/notes", WriteFixture.note("Called mother"));
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        long recorded = events.countFor(caseId);

        Api.Answer retry = Api.at(port).as("alice").header("Idempotency-Key", key)
                .post("/api/cases/" + caseId + "/notes", WriteFixture.note("Called mother"));

        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.json()).isEqualTo(first.json());
        assertThat(retry.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(events.countFor(caseId)).isEqualTo(recorded);
    }

    @Test
    void a_key_sent_again_with_another_request_is_refused_and_records_nothing() {
        Api alice = Api.at(port).as("alice");
        String caseId = WriteFixture.referredCase(alice);
        String key = key();
        assertThat(alice.header("Idempotency-Key", key).post("/api/cases/" + caseId + "/notes", WriteFixture.note("First")).status())
                .isEqualTo(201);
        long before = events.count();

        Api.Answer other = Api.at(port).as("alice").header("Idempotency-Key", key)
                .post("/api/cases/" + caseId + "/notes", WriteFixture.note("Something else"));

        assertThat(other.status()).isEqualTo(422);
        assertThat(other.contentType()).startsWith("application/problem+json");
        assertThat(other.json().path("detail").asText()).contains("new key");
        assertThat(events.count()).isEqualTo(before);
    }

    @Test
    void a_retried_break_glass_opens_the_record_once_and_is_audited_once() {
        String childId = northernChild();
        String body = "{\"justification\":\"" + JUSTIFICATION + "\"}";
        String key = key();
        Api.Answer first = Api.at(port).as("carol").header("Idempotency-Key", key).post("/api/children/" + childId + "/break-glass", body);
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        long invoked = eventsOfType("BreakGlassInvoked");
        long accessEvents = eventsOfType("RecordAccessed");

        Api.Answer retry = Api.at(port).as("carol").header("Idempotency-Key", key).post("/api/children/" + childId + "/break-glass", body);

        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.text("breakGlassId")).isEqualTo(first.text("breakGlassId"));
        assertThat(retry.text("openUntil")).isEqualTo(first.text("openUntil"));
        assertThat(eventsOfType("BreakGlassInvoked")).isEqualTo(invoked);
        assertThat(eventsOfType("RecordAccessed")).isEqualTo(accessEvents);

        // The key is the caller's: another practitioner sending the same key breaks glass of their own.
        Api.Answer bobs = Api.at(port).as("bob").header("Idempotency-Key", key).post("/api/children/" + childId + "/break-glass", body);
        assertThat(bobs.status()).isEqualTo(201);
        assertThat(bobs.text("breakGlassId")).isNotEqualTo(first.text("breakGlassId"));
    }

    @Test
    void a_retried_review_and_inspection_grant_record_one_event_each() {
        String childId = northernChild();
        String breakGlassId = Api.at(port).as("carol").post("/api/children/" + childId + "/break-glass",
                "{\"justification\":\"" + JUSTIFICATION + "\"}").text("breakGlassId");
        String review = "{\"outcome\":\"JUSTIFIED\",\"notes\":\"Confirmed with the duty manager\"}";
        String reviewKey = key();
        long reviewed = eventsOfType("BreakGlassReviewed");
        assertThat(Api.at(port).as("aude").header("Idempotency-Key", reviewKey)
                .post("/api/audit/break-glass/" + breakGlassId + "/review", review).status()).isEqualTo(204);
        Api.Answer reviewAgain = Api.at(port).as("aude").header("Idempotency-Key", reviewKey)
                .post("/api/audit/break-glass/" + breakGlassId + "/review", review);
        assertThat(reviewAgain.status()).isEqualTo(204);
        assertThat(reviewAgain.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(eventsOfType("BreakGlassReviewed")).isEqualTo(reviewed + 1);

        Instant now = Instant.now();
        String grant = "{\"inspector\":\"ivy\",\"team\":\"Retry-" + UUID.randomUUID().toString().substring(0, 8) + "\",\"from\":\""
                + now + "\",\"until\":\"" + now.plusSeconds(3600) + "\"}";
        String grantKey = key();
        long issued = eventsOfType("InspectionGrantIssued");
        Api.Answer granted = Api.at(port).as("root").header("Idempotency-Key", grantKey).post("/api/inspection-grants", grant);
        assertThat(granted.status()).as(granted.toString()).isEqualTo(201);
        Api.Answer grantedAgain = Api.at(port).as("root").header("Idempotency-Key", grantKey).post("/api/inspection-grants", grant);
        assertThat(grantedAgain.status()).isEqualTo(201);
        assertThat(grantedAgain.text("grantId")).isEqualTo(granted.text("grantId"));
        assertThat(eventsOfType("InspectionGrantIssued")).isEqualTo(issued + 1);
    }

    @Test
    void a_malformed_key_on_an_access_request_is_a_400_that_records_nothing() {
        String childId = northernChild();
        long before = events.count();
        Api.Answer answer = Api.at(port).as("carol").header("Idempotency-Key", "two words")
                .post("/api/children/" + childId + "/break-glass", "{\"justification\":\"" + JUSTIFICATION + "\"}");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().path("errors").path(0).path("field").asText()).isEqualTo("Idempotency-Key");
        assertThat(events.count()).isEqualTo(before);
    }
}
