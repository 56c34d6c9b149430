package uk.casetrail.command.casework;

import uk.casetrail.events.ids.ChildId;

import java.time.LocalDate;

/** What the case needs to know of the child's record: registered at all, born yet, and restricted to whom. */
public interface RegisteredChildren {

    /** A contact can only open a case for a known child. */
    boolean contains(ChildId childId);

    /**
     * Was the child still unborn on that day: born after it, or, with no date of birth recorded, expected
     * after it (a child expected before it is taken as born, birth not yet recorded)? An unborn
     * child cannot be seen, so an assessment of an unborn child completes without a child-seen event:
     * the mother is seen, and that is recorded as a case note (kind VISIT).
     */
    boolean unbornOn(ChildId childId, LocalDate date);

    /**
     * Whether the child's record is restricted and the user is not among those it names: a restriction
     * keeps everyone else from the child's cases, for recording as for reading, whatever their relationship.
     */
    boolean restrictedAgainst(ChildId childId, String user);
}
