package uk.casetrail.events.recording;

import org.axonframework.serialization.Revision;
import uk.casetrail.events.CaseEvent;
import uk.casetrail.events.ids.CaseId;
import uk.casetrail.events.ids.NoteId;

/**
 * A case note was corrected; the original note stays in the record, superseded by this. The summary is
 * restated whole; impact and actionTaken, when given, replace the note's, and when null the note's stand
 * (revision 2 added them; a revision 1 correction corrected the summary only).
 */
@Revision("2")
public record CaseNoteCorrected(
        CaseId caseId,
        NoteId noteId,
        String summary,
        String reason,
        String impact,
        String actionTaken
) implements CaseEvent {
}
