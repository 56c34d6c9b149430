package uk.casetrail.app.eventstore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.junit.jupiter.api.Test;
import uk.casetrail.events.CaseEvent;
import uk.casetrail.events.ChildEvent;
import uk.casetrail.events.recording.CaseNoteRecorded;
import uk.casetrail.app.eventstore.upcasting.CaseNoteLocationUpcaster;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import java.time.Instant;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stored events are never rewritten, so their JSON is a contract with every record already kept.
 * Each event revision has a fixture of its stored JSON: today's code must write exactly that shape
 * and must still read it. Run with -Dfixtures.write=true once, to add the fixture of a new revision.
 */
class StoredEventJsonTest {

    private static final String FIXTURES = "/stored-events/";
    private final Serializer serializer = new EventStoreConfiguration().serializer();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void every_event_writes_and_reads_its_stored_json() throws IOException {
        for (Object event : StoredEventSamples.all()) {
            String name = fixtureName(event.getClass());
            SerializedObject<byte[]> stored = serializer.serialize(event, byte[].class);
            String written = new String(stored.getData(), StandardCharsets.UTF_8);
            if (Boolean.getBoolean("fixtures.write")) {
                Path target = Path.of("src/test/resources/stored-events", name);
                Files.createDirectories(target.getParent());
                Files.writeString(target, json.writerWithDefaultPrettyPrinter().writeValueAsString(json.readTree(written)) + "\n");
            }
            String fixture = read(name);
            assertThat(json.readTree(written)).as(name).isEqualTo(json.readTree(fixture));
            assertThat(stored.getType().getRevision()).as(name).isEqualTo(revisionOf(event.getClass()));

            Object readBack = serializer.deserialize(new SimpleSerializedObject<>(fixture.getBytes(StandardCharsets.UTF_8),
                    byte[].class, new SimpleSerializedType(event.getClass().getName(), revisionOf(event.getClass()))));
            assertThat(readBack).as(name).isEqualTo(event);
        }
    }

    @Test
    void every_event_type_has_a_revision_and_a_sample() {
        Set<Class<?>> sampled = StoredEventSamples.all().stream().map(Object::getClass).collect(Collectors.toSet());
        List<JavaClass> eventTypes = new ClassFileImporter().importPackages("uk.casetrail.events").stream()
                .filter(c -> c.isAssignableTo(CaseEvent.class) || c.isAssignableTo(ChildEvent.class))
                .filter(c -> !c.isInterface())
                .toList();
        assertThat(eventTypes).hasSizeGreaterThanOrEqualTo(23);
        for (JavaClass type : eventTypes) {
            assertThat(type.isAnnotatedWith(Revision.class)).as(type.getName() + " has @Revision").isTrue();
            assertThat(sampled).as(type.getName() + " has a stored JSON sample").contains(type.reflect());
        }
    }

    private static String fixtureName(Class<?> eventType) {
        return eventType.getSimpleName() + ".rev" + revisionOf(eventType) + ".json";
    }

    private static String revisionOf(Class<?> eventType) {
        return eventType.getAnnotation(Revision.class).value();
    }

    @Test
    void a_case_note_stored_at_revision_1_still_reads_with_no_location() throws IOException {
        String stored = read("CaseNoteRecorded.rev1.json");
        EventUpcasterChain upcasters = new EventUpcasterChain(new CaseNoteLocationUpcaster());
        DomainEventData<byte[]> row = new GenericDomainEventEntry<>("Case", "5a1c0000-0000-4000-8000-000000000002", 5,
                "event-1", Instant.parse("2026-04-11T10:00:00Z"), CaseNoteRecorded.class.getName(), "1",
                stored.getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8));
        List<? extends DomainEventMessage<?>> read = EventStreamUtils.upcastAndDeserializeDomainEvents(
                java.util.stream.Stream.of(row), serializer, upcasters).asStream().toList();
        CaseNoteRecorded note = (CaseNoteRecorded) read.get(0).getPayload();
        CaseNoteRecorded sample = StoredEventSamples.all().stream().filter(CaseNoteRecorded.class::isInstance)
                .map(CaseNoteRecorded.class::cast).findFirst().orElseThrow();
        assertThat(note.location()).isNull();
        assertThat(note).isEqualTo(new CaseNoteRecorded(sample.caseId(), sample.noteId(), sample.kind(), sample.occurredOn(),
                sample.summary(), sample.significant(), sample.source(), sample.childSeen(), sample.seenAlone(), null));
    }

    private static String read(String name) throws IOException {
        if (Boolean.getBoolean("fixtures.write")) {
            return Files.readString(Path.of("src/test/resources/stored-events", name));
        }
        try (InputStream in = StoredEventJsonTest.class.getResourceAsStream(FIXTURES + name)) {
            assertThat(in).as("fixture " + name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
