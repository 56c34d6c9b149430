package uk.casetrail.command.casework;

import uk.casetrail.events.ids.ChildId;

/** Whether a child has been registered: a contact can only open a case for a known child. */
@FunctionalInterface
public interface RegisteredChildren {

    boolean contains(ChildId childId);
}
