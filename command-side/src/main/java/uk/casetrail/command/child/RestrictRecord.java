package uk.casetrail.command.child;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.casetrail.events.ids.ChildId;

import java.util.List;

/** Restrict the child's record to named users (adoption, staff-related, high-profile, high-risk). */
public record RestrictRecord(@TargetAggregateIdentifier ChildId childId,
                             String reason, List<String> namedUsers) {
}
