package uk.casetrail.app.reads;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.casetrail.app.support.Api;
import uk.casetrail.app.support.CasetrailIntegrationTest;
import uk.casetrail.app.support.Projections;
import uk.casetrail.query.rebuild.ProjectionRebuild;

import java.time.Instant;
import java.util.List;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.casetrail.app.reads.CaseJourney.TODAY;

/**
 * A note's chronology entry keeps the worker's analysis of the impact on the child, and the action
 * taken, apart from what happened; a correction restates them or leaves them as they were, and the
 * chronology as recorded before the correction still reads as it did.
 */
@CasetrailIntegrationTest
class ChronologyAnalysisTest {

    @LocalServerPort
    int port;

    @Autowired
    ProjectionRebuild projections;

    @Autowired
    JdbcClient jdbc;

    @Test
    void impact_and_action_are_listed_apart_from_what_happened_and_follow_their_corrections() throws Exception {
        Api alice = Api.at(port).as("alice");
        CaseJourney journey = CaseJourney.referred(alice, "Ada", "Analysis", TODAY.minusDays(20)).allocate("alice", "North");
        String visit = journey.step("/notes", """
                {"kind":"VISIT","occurredOn":"%s","summary":"Bruise on left forearm; mother said he fell off his bike",
                 "impact":"The explanation fits the injury; no pattern of injuries so far",
                 "actionTaken":"Told the GP; next visit on Friday","significant":true,"childSeen":true}""".formatted(TODAY.minusDays(3)))
                .text("id");
        String call = journey.step("/notes", """
                {"kind":"CONTACT","occurredOn":"%s","summary":"Phoned the school","impact":" ","actionTaken":""}""".formatted(TODAY))
                .text("id");

        JsonNode visitEntry = entryOfNote(alice, journey.childId, visit, "");
        assertThat(visitEntry.path("summary").asText()).isEqualTo("Bruise on left forearm; mother said he fell off his bike [child seen]");
        assertThat(visitEntry.path("impact").asText()).isEqualTo("The explanation fits the injury; no pattern of injuries so far");
        assertThat(visitEntry.path("actionTaken").asText()).isEqualTo("Told the GP; next visit on Friday");
        JsonNode callEntry = entryOfNote(alice, journey.childId, call, "");
        assertThat(callEntry.path("impact").isNull()).as(callEntry.toString()).isTrue();
        assertThat(callEntry.path("actionTaken").isNull()).as(callEntry.toString()).isTrue();
        JsonNode contact = entries(alice, journey.childId, "").stream()
                .filter(e -> e.path("category").asText().equals("CONTACT") && e.path("noteId").isNull()).findFirst().orElseThrow();
        assertThat(contact.has("impact")).isTrue();
        assertThat(contact.path("impact").isNull()).isTrue();

        Thread.sleep(5);
        Instant beforeCorrections = Instant.now();
        Thread.sleep(5);
        journey.step("/notes/" + visit + "/corrections", """
                {"summary":"Bruise on left forearm; mother said he fell off his bike","reason":"A second bruise was seen at school",
                 "impact":"A second unexplained bruise within a week: a pattern may be forming"}""");
        JsonNode corrected = entryOfNote(alice, journey.childId, visit, "");
        assertThat(corrected.path("impact").asText()).isEqualTo("A second unexplained bruise within a week: a pattern may be forming");
        assertThat(corrected.path("actionTaken").asText()).as("left as the note had it").isEqualTo("Told the GP; next visit on Friday");

        journey.step("/notes/" + visit + "/corrections", """
                {"summary":"Bruise on left forearm; mother said he fell off his bike","reason":"Strategy discussion arranged",
                 "actionTaken":"Strategy discussion with the police on Thursday"}""");
        JsonNode correctedAgain = entryOfNote(alice, journey.childId, visit, "");
        assertThat(correctedAgain.path("impact").asText()).as("the latest correction's, not the note's")
                .isEqualTo("A second unexplained bruise within a week: a pattern may be forming");
        assertThat(correctedAgain.path("actionTaken").asText()).isEqualTo("Strategy discussion with the police on Thursday");

        JsonNode asItWas = entryOfNote(alice, journey.childId, visit, "?asRecordedAt=" + beforeCorrections);
        assertThat(asItWas.path("impact").asText()).isEqualTo("The explanation fits the injury; no pattern of injuries so far");
        assertThat(asItWas.path("supersededBy").isNull()).isTrue();
    }

    @Test
    void an_impact_that_cannot_be_stored_is_refused_with_a_problem_and_nothing_recorded() {
        Api alice = Api.at(port).as("alice");
        CaseJourney journey = CaseJourney.referred(alice, "Ned", "Nul", TODAY.minusDays(5)).allocate("alice", "North");
        long eventsBefore = eventsOf(journey.caseId);
        Api.Answer refused = alice.post("/api/cases/" + journey.caseId + "/notes", """
                {"kind":"VISIT","occurredOn":"%s","summary":"Seen","impact":"Bad\\u0000byte"}""".formatted(TODAY));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body()).contains("impact").doesNotContain("Exception");
        assertThat(eventsOf(journey.caseId)).isEqualTo(eventsBefore);
    }

    private long eventsOf(String caseId) {
        return jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?").param(caseId)
                .query(Long.class).single();
    }

    /** The note's entry as it reads now: the original, or the correction that supersedes it. */
    private JsonNode entryOfNote(Api api, String childId, String noteId, String query) {
        return entries(api, childId, query).stream()
                .filter(e -> e.path("noteId").asText().equals(noteId) && e.path("supersededBy").isNull())
                .findFirst().orElseThrow(() -> new AssertionError("no current entry of note " + noteId));
    }

    private List<JsonNode> entries(Api api, String childId, String query) {
        Projections.awaitCaughtUp(projections);
        Api.Answer answer = api.get("/api/children/" + childId + "/chronology" + query);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return StreamSupport.stream(answer.json().path("entries").spliterator(), false).toList();
    }
}
