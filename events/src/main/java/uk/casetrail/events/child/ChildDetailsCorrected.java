package uk.casetrail.events.child;

import org.axonframework.serialization.Revision;
import uk.casetrail.events.ChildEvent;
import uk.casetrail.events.ids.ChildId;

/** One of the child's details was corrected. The earlier value stays in the history; value is the field's new value as text (disabilities comma-separated), null when the correction clears it. */
@Revision("1")
public record ChildDetailsCorrected(
        ChildId childId,
        ChildDetail field,
        String value,
        String previousValue,
        String reason
) implements ChildEvent {
}
