package uk.casetrail.command.casework;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.casetrail.events.ids.CaseId;
import uk.casetrail.events.ids.NoteId;

/**
 * Correct a case note, giving the reason; the original stays in the record. The summary is restated;
 * the impact and the action taken are replaced only when given.
 */
public record CorrectCaseNote(@TargetAggregateIdentifier CaseId caseId,
        NoteId noteId, String summary, String reason, String impact, String actionTaken) {
}
