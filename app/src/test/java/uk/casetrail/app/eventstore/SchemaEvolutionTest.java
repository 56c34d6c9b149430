package uk.casetrail.app.eventstore;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.casetrail.app.support.Api;
import uk.casetrail.app.support.CasetrailIntegrationTest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A case note stored at revision 1, before notes had a location, is still read by the case (which
 * keeps accepting writes) and projected into the chronology as it always was.
 */
@CasetrailIntegrationTest
class SchemaEvolutionTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_revision_1_note_in_the_log_still_loads_and_projects() throws IOException {
        Api alice = Api.at(port).as("alice");
        String child = alice.post("/api/children", "{\"givenName\":\"Old\",\"familyName\":\"Note\",\"dateOfBirth\":\"2016-06-06\"}").text("childId");
        String at = LocalDate.now(ZoneId.of("Europe/London")).minusDays(30).atTime(10, 0).atZone(ZoneId.of("Europe/London")).toInstant().toString();
        String caseId = alice.post("/api/cases", "{\"childId\":\"" + child + "\",\"contactReceivedAt\":\"" + at + "\",\"referralSource\":\"8\"}").text("caseId");
        alice.post("/api/cases/" + caseId + "/referral-decision", "{\"decision\":\"REFERRAL\",\"decidedAt\":\"" + at + "\"}");

        String noteId = UUID.randomUUID().toString();
        String revision1 = fixture().replace("5a1c0000-0000-4000-8000-000000000002", caseId)
                .replace("5a1c0000-0000-4000-8000-000000000008", noteId);
        jdbc.sql("""
                        INSERT INTO domain_event_entry (aggregate_identifier, sequence_number, type, event_identifier, meta_data,
                            payload, payload_revision, payload_type, time_stamp)
                        VALUES (?, 2, 'Case', ?, convert_to('{"user":"alice","role":"SOCIAL_WORKER","team":"North"}', 'UTF8'),
                            convert_to(?, 'UTF8'), '1', 'uk.casetrail.events.recording.CaseNoteRecorded', ?)""")
                .params(caseId, UUID.randomUUID().toString(), revision1, Instant.now().toString())
                .update();

        // The case reads its old note: correcting it is allowed, so the note is known to the aggregate.
        Api.Answer correction = alice.post("/api/cases/" + caseId + "/notes/" + noteId + "/corrections",
                "{\"summary\":\"Seen at home with grandmother\",\"reason\":\"Name of the adult\"}");
        assertThat(correction.status()).as(correction.toString()).isEqualTo(201);
        assertThat(correction.version()).isEqualTo(3);

        JsonNode chronology = null;
        Instant deadline = Instant.now().plusSeconds(15);
        while (Instant.now().isBefore(deadline)) {
            chronology = alice.get("/api/children/" + child + "/chronology").json();
            if (chronology.path("entries").findValuesAsText("summary").stream().anyMatch(s -> s.startsWith("Seen at home with grandmother"))) {
                break;
            }
        }
        assertThat(chronology.path("entries").findValuesAsText("summary"))
                .contains("Seen at home [child seen alone]")
                .anyMatch(s -> s.startsWith("Seen at home with grandmother"));
    }

    @Test
    void the_applications_upcaster_chain_brings_revision_1_notes_to_revision_3() throws IOException {
        var row = new org.axonframework.eventhandling.GenericDomainEventEntry<>("Case", UUID.randomUUID().toString(), 0,
                UUID.randomUUID().toString(), Instant.now(), "uk.casetrail.events.recording.CaseNoteRecorded", "1",
                fixture().getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8));
        var upcast = axon.upcasterChain().upcast(java.util.stream.Stream.of(
                new org.axonframework.serialization.upcasting.event.InitialEventRepresentation(row, serializer))).toList();
        assertThat(upcast).singleElement().satisfies(r -> assertThat(r.getType().getRevision()).isEqualTo("3"));
    }

    @Autowired
    org.axonframework.config.Configuration axon;

    @Autowired
    org.axonframework.serialization.Serializer serializer;

    private static String fixture() throws IOException {
        try (InputStream in = SchemaEvolutionTest.class.getResourceAsStream("/stored-events/CaseNoteRecorded.rev1.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
