package uk.casetrail.command.web;

import uk.casetrail.command.journey.NoWriteBasis;
import uk.casetrail.events.ids.ChildId;

/**
 * Who may write on a child's own record (its details and its restriction), which the child's cases,
 * and so their holders, are not part of. Each check runs once the record is known to exist.
 */
public interface ChildRecordWriters {

    /** @throws NoWriteBasis unless the person making the request holds the child's record */
    void requireMayCorrect(ChildId child);

    /**
     * A restriction names who may still open the record, so whoever sets one must not be able to name
     * themselves into a record they could not open before.
     *
     * @throws NoWriteBasis unless the person making the request may restrict the child's record
     */
    void requireMayRestrict(ChildId child);
}
