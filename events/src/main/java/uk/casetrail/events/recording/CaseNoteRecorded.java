package uk.casetrail.events.recording;

import org.axonframework.serialization.Revision;
import uk.casetrail.events.CaseEvent;
import uk.casetrail.events.ids.CaseId;
import uk.casetrail.events.ids.NoteId;
import java.time.LocalDate;

/**
 * A case note: a visit, contact, supervision, management oversight or other entry. occurredOn may be
 * long before the recording (history the contact revealed), never after it. The summary says what
 * happened (fact); impact is the worker's analysis of what it means for the child (opinion), kept apart
 * from the fact as recording practice asks, and actionTaken what was done about it; either may be null.
 * Revision 2 added where it took place (location), revision 3 the impact and the action taken; notes of
 * earlier revisions are brought forward without them.
 */
@Revision("3")
public record CaseNoteRecorded(
        CaseId caseId,
        NoteId noteId,
        NoteKind kind,
        LocalDate occurredOn,
        String summary,
        boolean significant,
        String source,
        boolean childSeen,
        boolean seenAlone,
        String location,
        String impact,
        String actionTaken
) implements CaseEvent {
}
