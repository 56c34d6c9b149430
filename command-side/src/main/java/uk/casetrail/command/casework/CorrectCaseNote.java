package uk.casetrail.command.casework;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.casetrail.events.ids.CaseId;
import uk.casetrail.events.ids.NoteId;

/** Correct a case note's summary, giving the reason; the original stays in the record. */
public record CorrectCaseNote(@TargetAggregateIdentifier CaseId caseId,
        NoteId noteId, String summary, String reason) {
}
