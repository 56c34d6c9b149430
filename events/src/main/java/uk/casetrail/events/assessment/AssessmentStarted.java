package uk.casetrail.events.assessment;

import org.axonframework.serialization.Revision;
import uk.casetrail.events.CaseEvent;
import uk.casetrail.events.ids.CaseId;
import uk.casetrail.events.ids.AssessmentId;
import java.time.LocalDate;

/** A single assessment started; due 45 working days (or the authority's configured number) after the referral date. */
@Revision("1")
public record AssessmentStarted(
        CaseId caseId,
        AssessmentId assessmentId,
        LocalDate startedOn,
        LocalDate dueOn
) implements CaseEvent {
}
