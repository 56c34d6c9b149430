package uk.casetrail.app.eventstore;

import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class LingeringEventStoreTest {

    private LingeringEventStore store;

    @AfterEach
    void shutDown() {
        store.shutDown();
    }

    /** A store whose reader, left alone, would not look at the log again for a minute: only a wake-up brings events. */
    private static EmbeddedEventStore.Builder log() {
        return EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).fetchDelay(60_000);
    }

    @Test
    void processors_hear_of_commits_once_the_linger_is_over_and_then_read_all_that_was_committed_meanwhile() throws Exception {
        store = new LingeringEventStore(log(), Duration.ofMillis(400));
        try (BlockingStream<TrackedEventMessage<?>> processor = store.openStream(null)) {
            assertThat(processor.hasNextAvailable(50, TimeUnit.MILLISECONDS)).as("an empty log").isFalse();
            for (String event : List.of("first", "second", "third")) {
                store.publish(GenericEventMessage.asEventMessage(event));
            }

            assertThat(processor.hasNextAvailable(150, TimeUnit.MILLISECONDS)).as("told of the commits before the linger is over").isFalse();
            assertThat(processor.hasNextAvailable(2, TimeUnit.SECONDS)).as("told of them once it is").isTrue();
            List<Object> read = new ArrayList<>();
            // The reader hands events on one by one as it reads them: a moment apart, not all at once.
            while (processor.hasNextAvailable(200, TimeUnit.MILLISECONDS)) {
                read.add(processor.nextAvailable().getPayload());
            }
            assertThat(read).containsExactly("first", "second", "third");
        }
    }

    @Test
    void without_a_linger_processors_hear_of_a_commit_at_once() throws Exception {
        store = new LingeringEventStore(log(), Duration.ZERO);
        try (BlockingStream<TrackedEventMessage<?>> processor = store.openStream(null)) {
            assertThat(processor.hasNextAvailable(50, TimeUnit.MILLISECONDS)).isFalse();
            store.publish(GenericEventMessage.asEventMessage("first"));

            assertThat(processor.hasNextAvailable(150, TimeUnit.MILLISECONDS)).isTrue();
            assertThat(processor.nextAvailable().getPayload()).isEqualTo("first");
        }
    }
}
