package uk.casetrail.events.recording;

import org.axonframework.serialization.Revision;
import uk.casetrail.events.CaseEvent;
import uk.casetrail.events.ids.CaseId;
import uk.casetrail.events.ids.NoteId;

/** A case note's summary was corrected; the original note stays in the record, superseded by this. */
@Revision("1")
public record CaseNoteCorrected(
        CaseId caseId,
        NoteId noteId,
        String summary,
        String reason
) implements CaseEvent {
}
