package uk.casetrail.app.monitoring;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.casetrail.app.support.Api;
import uk.casetrail.app.support.CasetrailIntegrationTest;
import uk.casetrail.app.support.Projections;
import uk.casetrail.query.rebuild.ProjectionRebuild;

import static org.assertj.core.api.Assertions.assertThat;

/** What an operator watches: metrics for Prometheus, and health that covers the database and the read models. */
@CasetrailIntegrationTest
class MonitoringTest {

    @LocalServerPort
    int port;
    @Autowired
    ProjectionRebuild projections;

    private Api api;

    @BeforeEach
    void setUp() {
        api = Api.at(port);
    }

    @Test
    void prometheus_shows_command_latency_by_command_events_appended_audit_latency_projection_lag_and_rebuild_progress() {
        String child = api.as("alice").post("/api/children", "{\"givenName\":\"Metric\",\"familyName\":\"Child\",\"dateOfBirth\":\"2018-04-04\"}")
                .json().path("childId").asText();
        Projections.awaitCaughtUp(projections);
        assertThat(api.as("alice").get("/api/children/" + child).status()).isEqualTo(200);
        Projections.awaitCaughtUp(projections);

        Api.Answer scrape = api.as("root").get("/actuator/prometheus");

        assertThat(scrape.status()).isEqualTo(200);
        String metrics = scrape.body();
        assertThat(metrics).containsPattern("commandBus_allTimer_seconds_count\\{payloadType=\"RegisterChild\"} [1-9]");
        assertThat(metrics).containsPattern("casetrail_events_appended_events_total [1-9]");
        assertThat(metrics).containsPattern("eventProcessor_allTimer_seconds_count\\{payloadType=\"ChildRegistered\",processorName=\"chronology\"} [1-9]");
        assertThat(metrics).containsPattern("casetrail_audit_append_seconds_count(\\{[^}]*})? [1-9]");
        assertThat(metrics).containsPattern("casetrail_audit_commit_seconds_count(\\{[^}]*})? [1-9]");
        assertThat(metrics).containsPattern("casetrail_audit_commit_events_sum(\\{[^}]*})? [1-9]");
        for (String processor : ProjectionRebuild.PROCESSORS) {
            assertThat(metrics).contains("casetrail_projection_lag_events{processor=\"" + processor + "\"}");
        }
        assertThat(metrics).contains("casetrail_rebuild_events_done_events", "casetrail_rebuild_events_total_events");
        // Every processor is handed the read's access event; only the one that projects it times it.
        assertThat(metrics).containsPattern("eventProcessor_allTimer_seconds_count\\{payloadType=\"RecordAccessed\",processorName=\"access-audit\"} [1-9]");
        assertThat(metrics).doesNotContain("payloadType=\"RecordAccessed\",processorName=\"chronology\"");
    }

    @Test
    void metrics_are_for_administrators_only() {
        assertThat(api.as("alice").get("/actuator/prometheus").status()).isEqualTo(403);
        assertThat(api.get("/actuator/prometheus").status()).isEqualTo(401);
    }

    @Test
    void health_covers_the_database_and_every_projection_processor_in_detail_for_an_administrator() {
        Api.Answer open = api.get("/actuator/health");
        assertThat(open.status()).isEqualTo(200);
        assertThat(open.json().path("status").asText()).isEqualTo("UP");
        assertThat(open.json().has("components")).isFalse();

        var health = api.as("root").get("/actuator/health").json();
        assertThat(health.path("components").path("db").path("status").asText()).isEqualTo("UP");
        var processors = health.path("components").path("projections");
        assertThat(processors.path("status").asText()).isEqualTo("UP");
        for (String processor : ProjectionRebuild.PROCESSORS) {
            assertThat(processors.path("details").path(processor).path("running").asBoolean()).as(processor).isTrue();
            assertThat(processors.path("details").path(processor).has("eventsBehind")).isTrue();
        }
    }
}
