package uk.casetrail.command.child;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.casetrail.events.ids.ChildId;
import uk.casetrail.events.identity.LaChildId;

/** Make a child known to the authority, with the details known so far. */
public record RegisterChild(@TargetAggregateIdentifier ChildId childId, LaChildId laChildId, ChildDetails details) {
}
