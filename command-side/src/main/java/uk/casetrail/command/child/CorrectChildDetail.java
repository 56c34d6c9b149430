package uk.casetrail.command.child;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.casetrail.events.child.ChildDetail;
import uk.casetrail.events.ids.ChildId;

/** Correct one detail of the child, with the reason; value is text as typed (disabilities comma-separated). */
public record CorrectChildDetail(@TargetAggregateIdentifier ChildId childId,
                                 ChildDetail field, String value, String reason) {
}
