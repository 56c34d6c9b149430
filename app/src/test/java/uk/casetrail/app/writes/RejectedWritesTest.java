package uk.casetrail.app.writes;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.casetrail.app.support.Api;
import uk.casetrail.app.support.CasetrailIntegrationTest;
import uk.casetrail.app.support.EventTable;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad input and broken rules get a clear problem+json answer, and the event store stays as it was. */
@CasetrailIntegrationTest
class RejectedWritesTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private Api alice;
    private EventTable events;
    private String caseId;

    @BeforeEach
    void setUp() {
        alice = Api.at(port).as("alice");
        events = new EventTable(jdbc);
        caseId = WriteFixture.referredCase(alice);
    }

    private Api.Answer refusedWithoutRecording(int status, java.util.function.Supplier<Api.Answer> request) {
        long before = events.count();
        Api.Answer answer = request.get();
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().path("status").asInt()).isEqualTo(status);
        assertThat(answer.json().path("detail").asText()).isNotBlank();
        assertThat(answer.body()).doesNotContain("Exception").doesNotContain("at uk.casetrail").doesNotContain("java.");
        assertThat(events.count()).as("events recorded by a refused request").isEqualTo(before);
        return answer;
    }

    private static String firstErrorField(Api.Answer answer) {
        return answer.json().path("errors").path(0).path("field").asText();
    }

    @Test
    void malformed_json_is_a_400() {
        refusedWithoutRecording(400, () -> alice.post("/api/cases/" + caseId + "/notes", "{\"kind\":\"VISIT\","));
    }

    @Test
    void missing_required_fields_are_each_named() {
        Api.Answer answer = refusedWithoutRecording(400, () -> alice.post("/api/cases/" + caseId + "/notes", "{}"));
        assertThat(answer.json().path("errors").findValuesAsText("field")).contains("kind", "occurredOn", "summary");
    }

    @Test
    void an_unknown_field_is_refused_rather_than_silently_dropped() {
        Api.Answer answer = refusedWithoutRecording(400, () -> alice.post("/api/cases/" + caseId + "/allocation",
                "{\"worker\":\"alice\",\"team\":\"North\",\"priority\":\"high\"}"));
        assertThat(firstErrorField(answer)).isEqualTo("priority");
    }

    @Test
    void an_unknown_census_code_names_the_valid_codes() {
        Api.Answer closure = refusedWithoutRecording(400, () -> Api.at(port).as("bob").post("/api/cases/" + caseId + "/closure",
                "{\"closedOn\":\"" + WriteFixture.TODAY + "\",\"reason\":\"RC10\"}"));
        assertThat(firstErrorField(closure)).isEqualTo("reason");
        assertThat(closure.json().path("errors").path(0).path("message").asText()).contains("RC1", "RC9");
        Api.Answer badCode = refusedWithoutRecording(400, () -> alice.post("/api/children",
                "{\"givenName\":\"A\",\"familyName\":\"B\",\"dateOfBirth\":\"2020-01-01\",\"ethnicity\":\"XXXX\"}"));
        assertThat(firstErrorField(badCode)).isEqualTo("ethnicity");
        assertThat(badCode.json().path("errors").path(0).path("message").asText()).contains("WBRI");
    }

    @Test
    void an_nhs_number_with_a_wrong_check_digit_is_refused() {
        Api.Answer answer = refusedWithoutRecording(400, () -> alice.post("/api/children",
                "{\"givenName\":\"A\",\"familyName\":\"B\",\"dateOfBirth\":\"2020-01-01\",\"nhsNumber\":\"9434765918\"}"));
        assertThat(firstErrorField(answer)).isEqualTo("nhsNumber");
        assertThat(answer.json().path("errors").path(0).path("message").asText()).contains("check digit");
    }

    @Test
    void impossible_and_future_dates_are_refused() {
        Api.Answer impossible = refusedWithoutRecording(400, () -> alice.post("/api/cases/" + caseId + "/assessments",
                "{\"startedOn\":\"2026-02-30\"}"));
        assertThat(firstErrorField(impossible)).isEqualTo("startedOn");
        Api.Answer future = refusedWithoutRecording(400, () -> alice.post("/api/cases/" + caseId + "/assessments",
                "{\"startedOn\":\"" + WriteFixture.TODAY.plusDays(2) + "\"}"));
        assertThat(firstErrorField(future)).isEqualTo("startedOn");
    }

    @Test
    void a_broken_journey_rule_is_a_409_naming_the_rule() {
        Api.Answer answer = refusedWithoutRecording(409, () -> alice.post("/api/cases/" + caseId + "/section-47-enquiries",
                "{\"startedOn\":\"" + WriteFixture.TODAY + "\"}"));
        assertThat(answer.json().path("rule").asText()).isEqualTo("NO_SECTION_47_DECISION");
    }

    @Test
    void unknown_records_are_404s() {
        refusedWithoutRecording(404, () -> alice.post("/api/cases/" + UUID.randomUUID() + "/notes", WriteFixture.note("x")));
        refusedWithoutRecording(404, () -> alice.post("/api/cases/" + caseId + "/notes/" + UUID.randomUUID() + "/corrections",
                "{\"summary\":\"x\",\"reason\":\"y\"}"));
        refusedWithoutRecording(404, () -> alice.post("/api/cases", "{\"childId\":\"" + UUID.randomUUID()
                + "\",\"contactReceivedAt\":\"2026-01-05T10:00:00Z\",\"referralSource\":\"6\"}"));
        // A case id is not a child id, nor the other way round.
        refusedWithoutRecording(404, () -> alice.post("/api/children/" + caseId + "/corrections",
                "{\"field\":\"givenName\",\"value\":\"Max\",\"reason\":\"typo\"}"));
    }

    @Test
    void a_malformed_id_in_the_path_is_a_400() {
        refusedWithoutRecording(400, () -> alice.post("/api/cases/not-a-case/notes", WriteFixture.note("x")));
    }

    @Test
    void a_stale_or_malformed_if_match_is_refused() {
        refusedWithoutRecording(409, () -> alice.header("If-Match", "0").post("/api/cases/" + caseId + "/notes", WriteFixture.note("x")));
        refusedWithoutRecording(409, () -> alice.header("If-Match", "7").post("/api/cases/" + caseId + "/notes", WriteFixture.note("x")));
        refusedWithoutRecording(400, () -> alice.header("If-Match", "latest").post("/api/cases/" + caseId + "/notes", WriteFixture.note("x")));
        Api.Answer current = alice.header("If-Match", "\"1\"").post("/api/cases/" + caseId + "/notes", WriteFixture.note("x"));
        assertThat(current.status()).isEqualTo(201);
        assertThat(current.version()).isEqualTo(2);
    }

    @Test
    void writes_need_a_signed_in_practitioner_and_closure_a_team_manager() {
        refusedWithoutRecording(401, () -> Api.at(port).post("/api/cases/" + caseId + "/notes", WriteFixture.note("x")));
        refusedWithoutRecording(401, () -> Api.at(port).as("nobody").post("/api/cases/" + caseId + "/notes", WriteFixture.note("x")));
        refusedWithoutRecording(403, () -> Api.at(port).as("ivy").post("/api/cases/" + caseId + "/notes", WriteFixture.note("x")));
        refusedWithoutRecording(403, () -> alice.post("/api/cases/" + caseId + "/closure",
                "{\"closedOn\":\"" + WriteFixture.TODAY + "\",\"reason\":\"RC7\"}"));
        Api.Answer byManager = Api.at(port).as("bob").post("/api/cases/" + caseId + "/closure",
                "{\"closedOn\":\"" + WriteFixture.TODAY + "\",\"reason\":\"RC7\"}");
        assertThat(byManager.status()).as(byManager.toString()).isEqualTo(200);
    }

    @Test
    void writes_need_a_relationship_to_the_case_as_reads_do() {
        Api carol = Api.at(port).as("carol");
        Api bob = Api.at(port).as("bob");
        String close = "{\"closedOn\":\"" + WriteFixture.TODAY + "\",\"reason\":\"RC7\"}";
        // North received the contact and holds the case: a South worker records nothing on it.
        Api.Answer refused = refusedOnTheRecord(caseId, () -> carol.post("/api/cases/" + caseId + "/notes", WriteFixture.note("x")));
        assertThat(refused.json().path("detail").asText()).doesNotContain("North").doesNotContain("alice");
        // Refused before anything about the case is told, even whether the version she names is its own.
        Api.Answer stale = refusedOnTheRecord(caseId, () -> carol.header("If-Match", "0").post("/api/cases/" + caseId + "/notes", WriteFixture.note("x")));
        assertThat(stale.json().path("detail").asText()).doesNotContain("version");
        // Allocated to carol in South, the case is South's: North's worker and manager no longer write on it.
        assertThat(alice.post("/api/cases/" + caseId + "/allocation", "{\"worker\":\"carol\",\"team\":\"South\"}").status())
                .isEqualTo(200);
        refusedOnTheRecord(caseId, () -> alice.post("/api/cases/" + caseId + "/notes", WriteFixture.note("x")));
        refusedOnTheRecord(caseId, () -> bob.post("/api/cases/" + caseId + "/closure", close));
        Api.Answer byCarol = carol.post("/api/cases/" + caseId + "/notes", WriteFixture.note("x"));
        assertThat(byCarol.status()).as(byCarol.toString()).isEqualTo(201);

        // Each refusal is in the access log, as a refused read would be: who, which child, what they tried.
        String childId = carol.get("/api/cases/" + caseId + "?minVersion=" + byCarol.version()).text("childId");
        Api aude = Api.at(port).as("aude");
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(10);
        com.fasterxml.jackson.databind.JsonNode refusals;
        do {
            refusals = aude.get("/api/audit/access?childId=" + childId + "&outcome=DENIED").json().path("entries");
        } while (refusals.size() < 4 && java.time.Instant.now().isBefore(deadline));
        assertThat(refusals).hasSize(4);
        assertThat(refusals.findValuesAsText("action")).containsOnly("CHANGE");
        assertThat(refusals.findValuesAsText("actor")).containsExactlyInAnyOrder("carol", "carol", "alice", "bob");
        assertThat(refusals.findValuesAsText("resource")).containsExactlyInAnyOrder("record-case-note", "record-case-note",
                "record-case-note", "close-case");
    }

    @Test
    void a_childs_details_are_corrected_by_those_who_work_with_the_child() {
        String childId = alice.get("/api/cases/" + caseId + "?minVersion=1").text("childId");
        String correction = "{\"field\":\"givenName\",\"value\":\"Maxine\",\"reason\":\"Spelling confirmed with the family\"}";
        Api carol = Api.at(port).as("carol");
        refusedOnTheRecord(childId, () -> carol.post("/api/children/" + childId + "/corrections", correction));
        com.fasterxml.jackson.databind.JsonNode refusal = events.lastAccessEvent();
        assertThat(refusal.path("actor").asText()).isEqualTo("carol");
        assertThat(refusal.path("resource").asText()).isEqualTo("correct-child-detail");
        assertThat(refusal.path("outcome").asText()).isEqualTo("DENIED");
        Api.Answer byAlice = alice.post("/api/children/" + childId + "/corrections", correction);
        assertThat(byAlice.status()).as(byAlice.toString()).isEqualTo(200);
    }

    /** A 403 that records nothing on the record; its only event is the refusal's own access event. */
    private Api.Answer refusedOnTheRecord(String recordId, java.util.function.Supplier<Api.Answer> request) {
        long onTheCase = events.countFor(recordId);
        long before = events.count();
        Api.Answer answer = request.get();
        assertThat(answer.status()).as(answer.toString()).isEqualTo(403);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().path("detail").asText()).isNotBlank();
        assertThat(events.countFor(recordId)).as("events recorded on the record by a refused write").isEqualTo(onTheCase);
        assertThat(events.count()).as("the refusal's access event").isEqualTo(before + 1);
        return answer;
    }

    @Test
    void script_and_sql_text_is_stored_verbatim_and_comes_back_as_plain_json_text() throws Exception {
        String hostile = "<script>alert('x')</script> '; DROP TABLE domain_event_entry; -- \"quoted\" & ünïcödé";
        String body = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(java.util.Map.of(
                "kind", "OTHER", "occurredOn", WriteFixture.TODAY.toString(), "summary", hostile, "significant", true));
        Api.Answer note = alice.post("/api/cases/" + caseId + "/notes", body);
        assertThat(note.status()).as(note.toString()).isEqualTo(201);

        String stored = events.eventsOf(caseId).stream().filter(e -> e.get("event").equals("CaseNoteRecorded"))
                .map(e -> (String) e.get("payload")).findFirst().orElseThrow();
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(stored).path("summary").asText()).isEqualTo(hostile);

        String childId = alice.get("/api/cases/" + caseId + "?minVersion=" + note.version()).text("childId");
        com.fasterxml.jackson.databind.JsonNode chronology;
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(10);
        do {
            chronology = alice.get("/api/children/" + childId + "/chronology").json();
        } while (!chronology.path("entries").findValuesAsText("summary").contains(hostile) && java.time.Instant.now().isBefore(deadline));
        assertThat(chronology.path("entries").findValuesAsText("summary")).contains(hostile);
    }
}
