package uk.casetrail.events;

import uk.casetrail.events.ids.CaseId;

/** Something that happened on one case; the case id is the aggregate the event belongs to. */
public interface CaseEvent {

    CaseId caseId();
}
