package uk.casetrail.app.reads;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;
import uk.casetrail.app.support.Api;
import uk.casetrail.app.support.CasetrailIntegrationTest;
import uk.casetrail.app.support.Projections;
import uk.casetrail.events.ids.CaseId;
import uk.casetrail.events.ids.NoteId;
import uk.casetrail.events.recording.CaseNoteCorrected;
import uk.casetrail.events.recording.CaseNoteRecorded;
import uk.casetrail.events.recording.NoteKind;
import uk.casetrail.query.rebuild.ProjectionRebuild;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.casetrail.app.reads.CaseJourney.TODAY;

/**
 * The chronology an inspector replays: as recorded at an instant, it answers byte for byte what it
 * answered then, whatever was recorded or corrected afterwards.
 */
@CasetrailIntegrationTest
class ChronologyReplayTest {

    @LocalServerPort
    int port;

    @Autowired
    ProjectionRebuild projections;

    @Autowired
    EventStore eventStore;

    @Autowired
    TransactionTemplate transaction;

    private String chronology(Api api, String childId, String query) {
        Projections.awaitCaughtUp(projections);
        Api.Answer answer = api.get("/api/children/" + childId + "/chronology" + query);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.body();
    }

    private static Instant instantAfterLastWrite() throws InterruptedException {
        Thread.sleep(5);
        Instant at = Instant.now();
        Thread.sleep(5);
        return at;
    }

    @Test
    void an_as_recorded_chronology_is_reproduced_byte_for_byte_after_more_entries_and_corrections() throws Exception {
        Api alice = Api.at(port).as("alice");
        CaseJourney journey = CaseJourney.referred(alice, "Rhea", "Replay", TODAY.minusDays(40)).allocate("alice", "North");
        journey.visit(TODAY.minusDays(20), "Seen at home with mum");
        String firstVisit = journey.noteId;
        journey.step("/notes", "{\"kind\":\"SUPERVISION\",\"occurredOn\":\"" + TODAY + "\",\"summary\":\"Supervision: plan agreed\"}");

        String childId = journey.childId;
        String currentAtFirst = chronology(alice, childId, "");
        Instant first = instantAfterLastWrite();
        String asRecordedFirst = chronology(alice, childId, "?asRecordedAt=" + first);

        journey.step("/notes/" + firstVisit + "/corrections", "{\"summary\":\"Seen at home with aunt\",\"reason\":\"Wrong adult named\"}");
        journey.startAssessment(TODAY.minusDays(1));
        Instant second = instantAfterLastWrite();
        String asRecordedSecond = chronology(alice, childId, "?asRecordedAt=" + second);

        journey.step("/notes/" + firstVisit + "/corrections", "{\"summary\":\"Seen at home with aunt and cousin\",\"reason\":\"Cousin omitted\"}");
        journey.visit(TODAY, "Seen at school");

        assertThat(chronology(alice, childId, "?asRecordedAt=" + first)).isEqualTo(asRecordedFirst);
        assertThat(chronology(alice, childId, "?asRecordedAt=" + second)).isEqualTo(asRecordedSecond);
        assertThat(Api.at(port).as("bob").get("/api/children/" + childId + "/chronology?asRecordedAt=" + first).body())
                .isEqualTo(asRecordedFirst);
        // As recorded at an instant, the entries are those the plain chronology listed at that instant.
        assertThat(entries(asRecordedFirst)).isEqualTo(entries(currentAtFirst));

        JsonNode now = json(chronology(alice, childId, ""));
        List<JsonNode> visitEntries = new ArrayList<>();
        now.path("entries").forEach(e -> {
            if (e.path("category").asText().equals("VISIT") && e.path("occurredOn").asText().equals(TODAY.minusDays(20).toString())) {
                visitEntries.add(e);
            }
        });
        assertThat(visitEntries).hasSize(3);
        assertThat(visitEntries.get(0).path("summary").asText()).startsWith("Seen at home with mum");
        assertThat(visitEntries.get(0).path("supersededBy").asText()).isEqualTo(visitEntries.get(1).path("eventId").asText());
        assertThat(visitEntries.get(1).path("supersededBy").asText()).isEqualTo(visitEntries.get(2).path("eventId").asText());
        assertThat(visitEntries.get(2).path("supersededBy").isNull()).isTrue();
        assertThat(visitEntries.get(0).path("lateRecording").asBoolean()).isTrue();

        JsonNode atSecond = json(asRecordedSecond);
        assertThat(atSecond.path("entries").findValuesAsText("summary"))
                .anyMatch(s -> s.startsWith("Seen at home with aunt (corrected"))
                .noneMatch(s -> s.contains("cousin"));
        JsonNode atFirst = json(asRecordedFirst);
        assertThat(atFirst.path("entries").findValuesAsText("summary")).noneMatch(s -> s.contains("aunt"));
        assertThat(atFirst.path("entries").findValues("supersededBy")).allMatch(JsonNode::isNull);
    }

    @Test
    void a_note_recorded_on_time_and_corrected_weeks_later_is_not_a_late_recording() throws Exception {
        Api alice = Api.at(port).as("alice");
        CaseJourney journey = CaseJourney.referred(alice, "Tim", "Ely", TODAY.minusDays(60)).allocate("alice", "North");
        // The log as it would be had the note been recorded on the day of the visit, a month ago: the platform's
        // clock cannot be turned back, so the two events go into the event store with their recorded times.
        Instant visitDay = TODAY.minusDays(30).atTime(16, 0).atZone(CaseJourney.LONDON).toInstant();
        NoteId note = NoteId.random();
        CaseId caseId = CaseId.of(journey.caseId);
        transaction.executeWithoutResult(tx -> eventStore.publish(
                new GenericDomainEventMessage<>("Case", journey.caseId, journey.version + 1,
                        new CaseNoteRecorded(caseId, note, NoteKind.VISIT, TODAY.minusDays(30), "Seen at home", true, "Home visit",
                                true, true, null, null, null), MetaData.with("user", "alice"), UUID.randomUUID().toString(), visitDay),
                new GenericDomainEventMessage<>("Case", journey.caseId, journey.version + 2,
                        new CaseNoteCorrected(caseId, note, "Seen at home with gran", "Gran was there too", null, null),
                        MetaData.with("user", "alice"), UUID.randomUUID().toString(), Instant.now())));

        List<JsonNode> visit = new ArrayList<>();
        json(chronology(alice, journey.childId, "")).path("entries").forEach(e -> {
            if (note.value().toString().equals(e.path("noteId").asText(null)) || e.path("summary").asText().startsWith("Seen at home")) {
                visit.add(e);
            }
        });
        assertThat(visit).hasSize(2);
        assertThat(visit).allSatisfy(e -> assertThat(e.path("lateRecording").asBoolean()).as(e.toString()).isFalse());
        assertThat(visit.get(1).path("source").asText()).as("the correction keeps the note's source").isEqualTo("Home visit");
    }

    @Test
    void entries_carry_when_it_happened_when_it_was_recorded_by_whom_and_whether_late() throws Exception {
        Api alice = Api.at(port).as("alice");
        CaseJourney journey = CaseJourney.referred(alice, "Lena", "Lately", TODAY.minusDays(40)).allocate("alice", "North");
        journey.step("/notes", "{\"kind\":\"OTHER\",\"occurredOn\":\"" + TODAY + "\",\"summary\":\"Routine call\",\"significant\":false}");
        journey.step("/involvements", "{\"agency\":\"Health\",\"practitioner\":\"hana\",\"role\":\"Health visitor\",\"from\":\""
                + TODAY.minusDays(400) + "\"}");

        JsonNode all = json(chronology(alice, journey.childId, ""));
        JsonNode contact = find(all, "CONTACT");
        assertThat(contact.path("occurredOn").asText()).isEqualTo(TODAY.minusDays(40).toString());
        assertThat(contact.path("source").asText()).isEqualTo("Health services: health visitor");
        assertThat(contact.path("author").asText()).isEqualTo("alice");
        assertThat(contact.path("lateRecording").asBoolean()).isTrue();
        assertThat(Instant.parse(contact.path("recordedAt").asText())).isAfter(Instant.now().minusSeconds(120));
        assertThat(find(all, "ALLOCATION").path("lateRecording").asBoolean()).isFalse();
        assertThat(find(all, "INVOLVEMENT").path("lateRecording").asBoolean())
                .as("another agency's involvement since long before the contact is not a late record").isFalse();
        assertThat(all.path("entries").findValuesAsText("category")).contains("OTHER", "ALLOCATION", "CHILD_RECORD");

        JsonNode significant = json(chronology(alice, journey.childId, "?significantOnly=true"));
        assertThat(significant.path("entries").findValuesAsText("category"))
                .contains("CONTACT", "REFERRAL").doesNotContain("OTHER", "ALLOCATION", "CHILD_RECORD");
        // Ordered by when things happened, then when they were recorded.
        List<String> occurred = all.path("entries").findValuesAsText("occurredOn");
        assertThat(occurred).isSorted();

        List<String> paged = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = json(chronology(alice, journey.childId, "?limit=2" + (cursor == null ? "" : "&cursor=" + cursor)));
            paged.addAll(page.path("entries").findValuesAsText("eventId"));
            cursor = page.path("nextCursor").isNull() ? null : page.path("nextCursor").asText();
        } while (cursor != null);
        assertThat(paged).containsExactlyElementsOf(all.path("entries").findValuesAsText("eventId"));
    }

    @Test
    void entries_read_the_same_whatever_the_language_the_server_runs_in() throws Exception {
        Api alice = Api.at(port).as("alice");
        CaseJourney journey = CaseJourney.referred(alice, "Ilkay", "Izmir", TODAY.minusDays(10)).allocate("alice", "North")
                .startAssessment(TODAY.minusDays(6)).childSeen(TODAY.minusDays(5));
        Locale serverLanguage = Locale.getDefault();
        String completion;
        try {
            // Turkish lower-cases I as a dotless i: "STRATEGY_DISCUSSION" would read "strategy dıscussıon".
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            journey.completeAssessment(TODAY.minusDays(4));
            completion = json(chronology(alice, journey.childId, "")).path("entries").findValuesAsText("summary").stream()
                    .filter(summary -> summary.startsWith("Assessment completed")).findFirst().orElseThrow();
        } finally {
            Locale.setDefault(serverLanguage);
        }
        assertThat(completion).contains("outcome strategy discussion");
    }

    private static JsonNode find(JsonNode chronology, String category) {
        for (JsonNode entry : chronology.path("entries")) {
            if (entry.path("category").asText().equals(category)) {
                return entry;
            }
        }
        throw new AssertionError("no " + category + " entry");
    }

    private static String entries(String body) {
        return json(body).path("entries").toString();
    }

    private static JsonNode json(String body) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(body);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
