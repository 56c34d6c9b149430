package uk.casetrail.app.synthetic;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Copies of stored events with their ids remapped: the payload goes through the event serializer to
 * its stored JSON, every id in it is remapped, and it is read back as the same event type, so a copy
 * is an event the platform could have recorded. Timestamps, sequence numbers, payload types and the
 * rest of the metadata are the original's; the metadata also says which copy the event belongs to.
 */
final class EventCopies {

    /** The metadata key that marks an event as written by a copy, not by the command path. */
    static final String COPY = "syntheticCopy";

    /** One original event, serialized once however many copies are made of it. */
    record Source(String aggregateType, String aggregateId, long sequence, String eventId, Instant timestamp,
                  SerializedType payloadType, String payload, Map<String, ?> metaData) {
    }

    private final Serializer serializer;

    EventCopies(Serializer serializer) {
        this.serializer = serializer;
    }

    Source source(DomainEventMessage<?> event) {
        SerializedObject<String> payload = serializer.serialize(event.getPayload(), String.class);
        return new Source(event.getType(), event.getAggregateIdentifier(), event.getSequenceNumber(), event.getIdentifier(),
                event.getTimestamp(), payload.getType(), payload.getData(), event.getMetaData());
    }

    DomainEventMessage<?> copy(Source source, CopyIds ids) {
        Object payload = serializer.deserialize(new SimpleSerializedObject<>(ids.text(source.payload()), String.class,
                source.payloadType()));
        Map<String, Object> metaData = new HashMap<>();
        source.metaData().forEach((key, value) -> metaData.put(key, value instanceof String text ? ids.text(text) : value));
        metaData.put(COPY, ids.copy());
        return new GenericDomainEventMessage<>(source.aggregateType(), ids.id(source.aggregateId()), source.sequence(), payload,
                metaData, ids.onceOnly(source.eventId()), source.timestamp());
    }
}
