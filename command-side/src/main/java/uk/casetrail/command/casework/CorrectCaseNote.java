package uk.casetrail.command.casework;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import uk.casetrail.events.ids.CaseId;
import uk.casetrail.events.ids.NoteId;

/** Correct a case note's summary, giving the reason; the original stays in the record. */
public record CorrectCaseNote(@TargetAggregateIdentifier CaseId caseId, @TargetAggregateVersion Long expectedVersion,
        NoteId noteId, String summary, String reason) {
}
