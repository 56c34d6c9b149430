package uk.casetrail.command.casework;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.casetrail.events.ids.CaseId;
import uk.casetrail.events.ids.NoteId;
import uk.casetrail.events.recording.NoteKind;
import java.time.LocalDate;

/** Record a case note: what happened, and apart from it the impact on the child and the action taken. */
public record RecordCaseNote(@TargetAggregateIdentifier CaseId caseId,
        NoteId noteId, NoteKind kind, LocalDate occurredOn, String summary,
        boolean significant, String source, boolean childSeen, boolean seenAlone, String location,
        String impact, String actionTaken) {
}
