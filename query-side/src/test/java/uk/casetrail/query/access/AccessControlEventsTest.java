package uk.casetrail.query.access;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.SimpleEventBus;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.junit.jupiter.api.Test;
import uk.casetrail.events.access.AccessAction;
import uk.casetrail.events.access.AccessOutcome;
import uk.casetrail.events.access.InspectionGrantIssued;
import uk.casetrail.events.access.RecordAccessed;
import uk.casetrail.events.child.ChildRecordRestricted;
import uk.casetrail.events.ids.ChildId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class AccessControlEventsTest {

    private final SimpleEventBus bus = SimpleEventBus.builder().build();
    private final List<Object> received = new ArrayList<>();

    private final ChildRecordRestricted restricted = new ChildRecordRestricted(ChildId.random(), "a synthetic reason", List.of("alice"));
    private final InspectionGrantIssued grant = new InspectionGrantIssued(UUID.randomUUID(), "ivy", "North", Instant.EPOCH,
            Instant.EPOCH.plusSeconds(3600));
    private final RecordAccessed read = new RecordAccessed("alice", "SOCIAL_WORKER", "North", "session", "127.0.0.1", List.of(),
            "case-view", AccessAction.VIEW, null, AccessOutcome.PERMITTED, null);

    @Test
    void theProcessorIsGivenTheEventsItsHandlersTakeAndNoOthers() {
        SimpleEventHandlerInvoker handlers = SimpleEventHandlerInvoker.builder()
                .eventHandlers(new AccessControlProjection(null)).build();
        new AccessControlEvents(bus, () -> handlers).subscribe(events -> events.forEach(e -> received.add(e.getPayload())));

        bus.publish(message(read));
        assertThat(received).as("an access event alone reaches no handler, so the processor is not called").isEmpty();

        bus.publish(message(read), message(restricted), message(read), message(grant));
        assertThat(received).containsExactly(restricted, grant);
    }

    @Test
    void beforeTheProcessorCanBeAskedItIsGivenEverything() {
        new AccessControlEvents(bus, () -> null).subscribe(events -> events.forEach(e -> received.add(e.getPayload())));

        bus.publish(message(read), message(restricted));

        assertThat(received).containsExactly(read, restricted);
    }

    private static EventMessage<?> message(Object payload) {
        return GenericEventMessage.asEventMessage(payload);
    }
}
