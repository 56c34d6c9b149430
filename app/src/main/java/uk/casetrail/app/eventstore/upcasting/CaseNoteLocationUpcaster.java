package uk.casetrail.app.eventstore.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import uk.casetrail.events.recording.CaseNoteRecorded;

/**
 * Brings a stored CaseNoteRecorded of revision 1 forward to revision 2, which added the place a note's
 * event took place: notes recorded before then have no location. The stored event is never rewritten;
 * this runs each time it is read.
 */
// In the order of the revisions they bring forward: each takes up where the one before left off.
@Order(1)
@Component
public class CaseNoteLocationUpcaster extends SingleEventUpcaster {

    private static final SimpleSerializedType REVISION_1 = new SimpleSerializedType(CaseNoteRecorded.class.getName(), "1");
    private static final SimpleSerializedType REVISION_2 = new SimpleSerializedType(CaseNoteRecorded.class.getName(), "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return REVISION_1.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_2, JsonNode.class, payload -> {
            ((ObjectNode) payload).putNull("location");
            return payload;
        });
    }
}
