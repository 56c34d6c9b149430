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
import uk.casetrail.app.eventstore.upcasting.CaseNoteAnalysisUpcaster;
import uk.casetrail.app.eventstore.upcasting.CaseNoteLocationUpcaster;
import uk.casetrail.events.recording.CaseNoteCorrected;
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
    void a_case_note_stored_at_revision_1_still_reads_with_no_location_impact_or_action() throws IOException {
        CaseNoteRecorded note = (CaseNoteRecorded) readStored("CaseNoteRecorded.rev1.json", CaseNoteRecorded.class, "1");
        CaseNoteRecorded sample = sample(CaseNoteRecorded.class);
        assertThat(note).isEqualTo(new CaseNoteRecorded(sample.caseId(), sample.noteId(), sample.kind(), sample.occurredOn(),
                sample.summary(), sample.significant(), sample.source(), sample.childSeen(), sample.seenAlone(), null, null, null));
    }

    @Test
    void a_case_note_stored_at_revision_2_keeps_its_location_and_reads_with_no_impact_or_action() throws IOException {
        CaseNoteRecorded note = (CaseNoteRecorded) readStored("CaseNoteRecorded.rev2.json", CaseNoteRecorded.class, "2");
        CaseNoteRecorded sample = sample(CaseNoteRecorded.class);
        assertThat(note).isEqualTo(new CaseNoteRecorded(sample.caseId(), sample.noteId(), sample.kind(), sample.occurredOn(),
                sample.summary(), sample.significant(), sample.source(), sample.childSeen(), sample.seenAlone(), sample.location(),
                null, null));
    }

    @Test
    void a_correction_stored_at_revision_1_reads_as_correcting_the_summary_only() throws IOException {
        CaseNoteCorrected correction = (CaseNoteCorrected) readStored("CaseNoteCorrected.rev1.json", CaseNoteCorrected.class, "1");
        CaseNoteCorrected sample = sample(CaseNoteCorrected.class);
        assertThat(correction).isEqualTo(new CaseNoteCorrected(sample.caseId(), sample.noteId(), sample.summary(), sample.reason(),
                null, null));
    }

    /** A stored event of an old revision, read through the application's upcasters in their order. */
    private Object readStored(String fixture, Class<?> type, String revision) throws IOException {
        EventUpcasterChain upcasters = new EventUpcasterChain(new CaseNoteLocationUpcaster(), new CaseNoteAnalysisUpcaster());
        DomainEventData<byte[]> row = new GenericDomainEventEntry<>("Case", "5a1c0000-0000-4000-8000-000000000002", 5,
                "event-1", Instant.parse("2026-04-11T10:00:00Z"), type.getName(), revision,
                read(fixture).getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8));
        List<? extends DomainEventMessage<?>> read = EventStreamUtils.upcastAndDeserializeDomainEvents(
                java.util.stream.Stream.of(row), serializer, upcasters).asStream().toList();
        return read.get(0).getPayload();
    }

    private static <T> T sample(Class<T> type) {
        return StoredEventSamples.all().stream().filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
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
