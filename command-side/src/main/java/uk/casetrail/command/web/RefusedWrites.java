package uk.casetrail.command.web;

import uk.casetrail.events.ids.ChildId;

/**
 * Where a write refused for want of a relationship to the record is kept: an auditor asking who tried
 * to change a child's record sees the attempt, as they see a refused read.
 */
public interface RefusedWrites {

    /** Records, durably, that the person making the current request was refused this write. */
    void record(ChildId child, String attempted, String reason);
}
