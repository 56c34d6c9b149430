package uk.casetrail.command.web;

import uk.casetrail.command.journey.NoWriteBasis;
import uk.casetrail.events.ids.ChildId;

/**
 * Who may restrict a child's record. A restriction names who may still open it, so whoever sets one
 * must not be able to name themselves into a record they could not open before.
 */
public interface RestrictionAuthority {

    /** @throws NoWriteBasis (the refusal audited) unless the person making the request may restrict this record */
    void requireMayRestrict(ChildId child);
}
