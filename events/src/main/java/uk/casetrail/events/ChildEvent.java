package uk.casetrail.events;

import uk.casetrail.events.ids.ChildId;

/** Something recorded about the child (identity and characteristics), outside any one case. */
public interface ChildEvent {

    ChildId childId();
}
