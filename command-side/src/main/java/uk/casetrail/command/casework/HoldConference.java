package uk.casetrail.command.casework;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.casetrail.events.ids.CaseId;
import uk.casetrail.events.ids.ConferenceId;
import uk.casetrail.events.protection.ConferenceKind;
import uk.casetrail.events.protection.ConferenceDecision;
import uk.casetrail.events.codes.AbuseCategory;
import java.time.LocalDate;

/** Record a child protection conference: initial (which may start a plan) or review (while a plan is active). */
public record HoldConference(@TargetAggregateIdentifier CaseId caseId,
        ConferenceId conferenceId, ConferenceKind kind, LocalDate heldOn,
        ConferenceDecision decision, AbuseCategory category) {
}
