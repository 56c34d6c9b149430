package uk.casetrail.app.eventstore.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import uk.casetrail.events.recording.CaseNoteCorrected;
import uk.casetrail.events.recording.CaseNoteRecorded;

import java.util.Map;

/**
 * Brings stored notes of revision 2, and corrections of revision 1, forward to the revisions that
 * added the impact on the child and the action taken: what was recorded before then has neither (and a
 * correction of then left the note's as they were). The stored event is never rewritten; this runs each
 * time it is read.
 */
@Order(2)
@Component
public class CaseNoteAnalysisUpcaster extends SingleEventUpcaster {

    private static final Map<SimpleSerializedType, SimpleSerializedType> NEXT = Map.of(
            new SimpleSerializedType(CaseNoteRecorded.class.getName(), "2"), new SimpleSerializedType(CaseNoteRecorded.class.getName(), "3"),
            new SimpleSerializedType(CaseNoteCorrected.class.getName(), "1"), new SimpleSerializedType(CaseNoteCorrected.class.getName(), "2"));

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return NEXT.containsKey(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(NEXT.get(representation.getType()), JsonNode.class, payload -> {
            ((ObjectNode) payload).putNull("impact").putNull("actionTaken");
            return payload;
        });
    }
}
