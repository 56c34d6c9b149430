package uk.casetrail.query.chronology;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;
import uk.casetrail.events.allocation.CaseAllocated;
import uk.casetrail.events.assessment.AssessmentCompleted;
import uk.casetrail.events.assessment.AssessmentStarted;
import uk.casetrail.events.assessment.ChildSeen;
import uk.casetrail.events.child.ChildDetailsCorrected;
import uk.casetrail.events.child.ChildRegistered;
import uk.casetrail.events.childinneed.ChildInNeedPlanEnded;
import uk.casetrail.events.childinneed.ChildInNeedPlanStarted;
import uk.casetrail.events.closure.CaseClosed;
import uk.casetrail.events.closure.CaseReopened;
import uk.casetrail.events.codes.CensusCode;
import uk.casetrail.events.involvement.AgencyInvolvementRecorded;
import uk.casetrail.events.protection.ChildProtectionPlanEnded;
import uk.casetrail.events.protection.ChildProtectionPlanReviewed;
import uk.casetrail.events.protection.ChildProtectionPlanStarted;
import uk.casetrail.events.protection.ConferenceHeld;
import uk.casetrail.events.protection.ConferenceKind;
import uk.casetrail.events.protection.Section47EnquiryConcluded;
import uk.casetrail.events.protection.Section47EnquiryStarted;
import uk.casetrail.events.protection.StrategyDiscussionHeld;
import uk.casetrail.events.recording.CaseNoteCorrected;
import uk.casetrail.events.recording.CaseNoteRecorded;
import uk.casetrail.events.referral.ContactClosed;
import uk.casetrail.events.referral.ContactRecorded;
import uk.casetrail.events.referral.PrimaryNeedRecorded;
import uk.casetrail.events.referral.ReferralAccepted;

import java.util.Locale;
import java.util.stream.Collectors;

import static uk.casetrail.query.chronology.ChronologyEntries.Entry;
import static uk.casetrail.query.chronology.ChronologyEntries.dateOf;
import static uk.casetrail.query.chronology.ChronologyEntries.recordedOn;

/**
 * One chronology entry per event of the child's record, worded for a reader, with the category and
 * default significance of the table in the README. Notes are significant when flagged so.
 */
@Component
@ProcessingGroup(ChronologyProcessor.NAME)
class ChronologyProjection {

    private final ChronologyEntries entries;

    ChronologyProjection(ChronologyEntries entries) {
        this.entries = entries;
    }

    @EventHandler
    void on(ChildRegistered e, EventMessage<?> m) {
        entries.addForChild(m, e.childId().value(), new Entry(recordedOn(m), "CHILD_RECORD",
                "Child registered: " + e.givenName() + " " + e.familyName(), null, false, null));
    }

    @EventHandler
    void on(ChildDetailsCorrected e, EventMessage<?> m) {
        entries.addForChild(m, e.childId().value(), new Entry(recordedOn(m), "CHILD_RECORD",
                "Correction of " + e.field().fieldName() + " from " + text(e.previousValue()) + " to " + text(e.value())
                        + " (" + e.reason() + ")", null, false, null));
    }

    @EventHandler
    void on(ContactRecorded e, EventMessage<?> m) {
        entries.openCase(e.caseId().value(), e.childId().value());
        entries.addForCase(m, e.caseId().value(), new Entry(dateOf(e.contactReceivedAt()), "CONTACT",
                "Contact received" + (e.summary() == null ? "" : ": " + e.summary()),
                e.referralSource().description(), true, null));
    }

    @EventHandler
    void on(ReferralAccepted e, EventMessage<?> m) {
        entries.addForCase(m, e.caseId().value(), new Entry(dateOf(e.decidedAt()), "REFERRAL",
                "Accepted as a referral" + (e.primaryNeed() == null ? "" : "; primary need " + described(e.primaryNeed()))
                        + (e.rationale() == null ? "" : ": " + e.rationale()), null, true, null));
    }

    @EventHandler
    void on(PrimaryNeedRecorded e, EventMessage<?> m) {
        entries.addForCase(m, e.caseId().value(), new Entry(recordedOn(m), "REFERRAL",
                "Primary need recorded: " + described(e.primaryNeed()) + " (" + e.reason() + ")", null, false, null));
    }

    @EventHandler
    void on(ContactClosed e, EventMessage<?> m) {
        entries.addForCase(m, e.caseId().value(), new Entry(dateOf(e.decidedAt()), "CONTACT",
                "Contact closed: " + (e.decision().name().equals("EARLY_HELP") ? "referred to early help" : "no further action")
                        + (e.rationale() == null ? "" : ": " + e.rationale()), null, true, null));
    }

    @EventHandler
    void on(CaseAllocated e, EventMessage<?> m) {
        entries.addForCase(m, e.caseId().value(), new Entry(recordedOn(m), "ALLOCATION",
                "Allocated to " + e.worker() + " (" + e.team() + ")", null, false, null));
    }

    @EventHandler
    void on(AssessmentStarted e, EventMessage<?> m) {
        entries.addForCase(m, e.caseId().value(), new Entry(e.startedOn(), "ASSESSMENT",
                "Assessment started, due " + e.dueOn(), null, true, null));
    }

    @EventHandler
    void on(ChildSeen e, EventMessage<?> m) {
        entries.addForCase(m, e.caseId().value(), new Entry(e.seenOn(), "ASSESSMENT",
                e.seenAlone() ? "Child seen alone for the assessment" : "Child seen for the assessment", null, true, null));
    }

    @EventHandler
    void on(AssessmentCompleted e, EventMessage<?> m) {
        entries.addForCase(m, e.caseId().value(), new Entry(e.completedOn(), "ASSESSMENT",
                "Assessment completed; outcome " + e.outcome().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                        + "; factors " + e.factors().stream().map(CensusCode::code).collect(Collectors.joining(", "))
                        + (e.lateReason() == null ? "" : "; completed late: " + e.lateReason()), null, true, null));
    }

    @EventHandler
    void on(StrategyDiscussionHeld e, EventMessage<?> m) {
        entries.addForCase(m, e.caseId().value(), new Entry(e.heldOn(), "STRATEGY_DISCUSSION",
                "Strategy discussion: " + (e.decision().name().equals("SECTION_47") ? "section 47 enquiry to start"
                        : "no section 47 enquiry"), null, true, null));
    }

    @EventHandler
    void on(Section47EnquiryStarted e, EventMessage<?> m) {
        entries.addForCase(m, e.caseId().value(), new Entry(e.startedOn(), "SECTION_47",
                "Section 47 enquiry started", null, true, null));
    }

    @EventHandler
    void on(Section47EnquiryConcluded e, EventMessage<?> m) {
        entries.addForCase(m, e.caseId().value(), new Entry(e.concludedOn(), "SECTION_47",
                "Section 47 enquiry concluded: " + (e.icpcRequired() ? "initial child protection conference required"
                        : "no conference required"), null, true, null));
    }

    @EventHandler
    void on(ConferenceHeld e, EventMessage<?> m) {
        String kind = e.kind() == ConferenceKind.INITIAL ? "Initial child protection conference" : "Review child protection conference";
        entries.addForCase(m, e.caseId().value(), new Entry(e.heldOn(), "CONFERENCE",
                kind + ": " + e.decision().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                        + (e.category() == null ? "" : " (" + described(e.category()) + ")"), null, true, null));
    }

    @EventHandler
    void on(ChildProtectionPlanStarted e, EventMessage<?> m) {
        entries.addForCase(m, e.caseId().value(), new Entry(e.startedOn(), "CHILD_PROTECTION_PLAN",
                "Child protection plan started: " + described(e.category()), null, true, null));
    }

    @EventHandler
    void on(ChildProtectionPlanReviewed e, EventMessage<?> m) {
        entries.addForCase(m, e.caseId().value(), new Entry(e.reviewedOn(), "CHILD_PROTECTION_PLAN",
                "Child protection plan continued: " + described(e.category()), null, true, null));
    }

    @EventHandler
    void on(ChildProtectionPlanEnded e, EventMessage<?> m) {
        entries.addForCase(m, e.caseId().value(), new Entry(e.endedOn(), "CHILD_PROTECTION_PLAN",
                e.conferenceId() == null ? "Child protection plan ended as the case closed"
                        : "Child protection plan ended at a review conference", null, true, null));
    }

    @EventHandler
    void on(ChildInNeedPlanStarted e, EventMessage<?> m) {
        entries.addForCase(m, e.caseId().value(), new Entry(e.startedOn(), "CHILD_IN_NEED_PLAN",
                "Child in need plan started", null, true, null));
    }

    @EventHandler
    void on(ChildInNeedPlanEnded e, EventMessage<?> m) {
        entries.addForCase(m, e.caseId().value(), new Entry(e.endedOn(), "CHILD_IN_NEED_PLAN",
                "Child in need plan ended", null, true, null));
    }

    @EventHandler
    void on(CaseNoteRecorded e, EventMessage<?> m) {
        String seen = !e.childSeen() ? "" : e.seenAlone() ? " [child seen alone]" : " [child seen]";
        entries.addForCase(m, e.caseId().value(), new Entry(e.occurredOn(), e.kind().name(),
                e.summary() + (e.location() == null ? "" : " (at " + e.location() + ")") + seen, e.source(),
                e.significant(), e.noteId().value(), e.impact(), e.actionTaken()));
    }

    @EventHandler
    void on(CaseNoteCorrected e, EventMessage<?> m) {
        // The correction stands where the note stood (same day, category, source and significance), with the
        // impact and action it restates or, where it restates none, the note's as they read; the note stays listed.
        entries.currentEntryOf(e.noteId().value()).ifPresent(corrected -> {
            entries.addCorrection(m, e.caseId().value(), new Entry(corrected.occurredOn(), corrected.category(),
                    e.summary() + " (corrected: " + e.reason() + ")", corrected.source(), corrected.significant(),
                    e.noteId().value(), e.impact() != null ? e.impact() : corrected.impact(),
                    e.actionTaken() != null ? e.actionTaken() : corrected.actionTaken()), corrected);
            entries.supersede(corrected.eventId(), m);
        });
    }

    @EventHandler
    void on(AgencyInvolvementRecorded e, EventMessage<?> m) {
        entries.addAgencyInvolvement(m, e.caseId().value(), new Entry(e.from(), "INVOLVEMENT",
                e.agency() + " involved: " + e.practitioner() + " (" + e.role() + ")", e.agency(), true, null));
    }

    @EventHandler
    void on(CaseClosed e, EventMessage<?> m) {
        entries.addForCase(m, e.caseId().value(), new Entry(e.closedOn(), "CLOSURE",
                "Case closed: " + described(e.reason()), null, true, null));
    }

    @EventHandler
    void on(CaseReopened e, EventMessage<?> m) {
        entries.addForCase(m, e.caseId().value(), new Entry(e.reopenedOn(), "REOPENING",
                "Case reopened: " + e.reason(), null, true, null));
    }

    @ResetHandler
    void reset() {
        entries.reset();
    }

    private static String described(CensusCode code) {
        return code.code() + " " + code.description();
    }

    private static String text(String value) {
        return value == null ? "(none)" : value;
    }
}
