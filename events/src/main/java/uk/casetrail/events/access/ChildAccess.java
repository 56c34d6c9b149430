package uk.casetrail.events.access;

import uk.casetrail.events.ids.ChildId;

/** One child whose data a read touched, and the basis on which it was opened (null when refused). */
public record ChildAccess(ChildId childId, String basis) {
}
