package uk.casetrail.events.recording;

import org.axonframework.serialization.Revision;
import uk.casetrail.events.CaseEvent;
import uk.casetrail.events.ids.CaseId;
import uk.casetrail.events.ids.NoteId;
import java.time.LocalDate;

/**
 * A case note: a visit, contact, supervision, management oversight or other entry. occurredOn may be
 * long before the recording (history the contact revealed), never after it. Revision 2 added where it
 * took place (location); revision 1 notes are brought forward with no location.
 */
@Revision("2")
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
        String location
) implements CaseEvent {
}
