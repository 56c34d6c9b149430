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
            assertThat(stored.getType().getRevision()).as(name).isEqualTo("1");

            Object readBack = serializer.deserialize(new SimpleSerializedObject<>(fixture.getBytes(StandardCharsets.UTF_8),
                    byte[].class, new SimpleSerializedType(event.getClass().getName(), "1")));
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
        return eventType.getSimpleName() + ".rev1.json";
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
