package uk.casetrail.command.casework;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import uk.casetrail.command.journey.InvalidEntry;
import uk.casetrail.command.journey.JourneyRuleBroken;
import uk.casetrail.command.journey.NoWriteBasis;
import uk.casetrail.command.journey.Required;
import uk.casetrail.command.journey.Today;
import uk.casetrail.command.journey.UnknownEntry;
import uk.casetrail.events.CaseEvent;
import uk.casetrail.events.assessment.AssessmentCompleted;
import uk.casetrail.events.assessment.AssessmentStarted;
import uk.casetrail.events.assessment.ChildSeen;
import uk.casetrail.events.calendar.StatutoryTimescales;
import uk.casetrail.events.calendar.WorkingDayCalendar;
import uk.casetrail.events.childinneed.ChildInNeedPlanEnded;
import uk.casetrail.events.childinneed.ChildInNeedPlanStarted;
import uk.casetrail.events.closure.CaseClosed;
import uk.casetrail.events.closure.CaseReopened;
import uk.casetrail.events.codes.ClosureReason;
import uk.casetrail.events.ids.CaseId;
import uk.casetrail.events.ids.ChildId;
import uk.casetrail.events.ids.NoteId;
import uk.casetrail.events.ids.PlanId;
import uk.casetrail.events.involvement.AgencyInvolvementRecorded;
import uk.casetrail.events.allocation.CaseAllocated;
import uk.casetrail.events.protection.ChildProtectionPlanEnded;
import uk.casetrail.events.protection.ChildProtectionPlanReviewed;
import uk.casetrail.events.protection.ChildProtectionPlanStarted;
import uk.casetrail.events.protection.ConferenceHeld;
import uk.casetrail.events.protection.Section47EnquiryConcluded;
import uk.casetrail.events.protection.Section47EnquiryStarted;
import uk.casetrail.events.protection.StrategyDiscussionHeld;
import uk.casetrail.events.recording.CaseNoteCorrected;
import uk.casetrail.events.recording.CaseNoteRecorded;
import uk.casetrail.events.referral.ContactClosed;
import uk.casetrail.events.referral.ContactRecorded;
import uk.casetrail.events.referral.PrimaryNeedRecorded;
import uk.casetrail.events.referral.ReferralAccepted;
import uk.casetrail.events.referral.ReferralDecision;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One case (CIN episode) of a child, from the contact to closure. It decides whether each step of
 * the statutory journey may be recorded now; the child protection path is delegated to
 * {@link ProtectionPathway}, assessments to {@link Assessments}.
 */
public class Case {

    @AggregateIdentifier
    private CaseId caseId;
    private ChildId childId;
    private Stage stage;
    private LocalDate contactDate;
    private LocalDate referralDate;
    private LocalDate closedOn;
    /** The reason the case closed with; null while open, and for a contact closed at its decision. */
    private ClosureReason closedWith;
    private LocalDate latestStepOn;
    private final Assessments assessments = new Assessments();
    private final ProtectionPathway protection = new ProtectionPathway();
    private final ChildInNeedPlans childInNeedPlans = new ChildInNeedPlans();
    private final Set<NoteId> notes = new HashSet<>();
    private final CaseHolding holding = new CaseHolding();
    /** A child in need plan or the child protection path since the referral (or the reopening): not "no further action". */
    private boolean furtherActionTaken;

    protected Case() {
        // for Axon: rebuilt from its events
    }

    @CommandHandler
    public Case(RecordContact command, RegisteredChildren children, Today today) {
        Required.value("childId", command.childId());
        today.requireNotFuture("contactReceivedAt", command.contactReceivedAt());
        Required.value("referralSource", command.referralSource());
        String team = Required.text("receivingTeam", command.receivingTeam());
        if (!children.contains(command.childId())) {
            throw new UnknownEntry("no child " + command.childId() + " is registered");
        }
        apply(new ContactRecorded(command.caseId(), command.childId(), command.contactReceivedAt(),
                command.referralSource(), Required.optionalText("summary", command.summary()), team));
    }

    /**
     * Every command on an existing case is recorded by someone who holds it ({@link CaseHolding}). A
     * command with no person named in it can only come from the platform's own code, never from a
     * request: every HTTP write names its sender (the synthetic loader and the benchmark name staff too).
     */
    @CommandHandlerInterceptor
    void requireWriter(Object command, @MetaDataValue("user") String user, @MetaDataValue("role") String role,
                       @MetaDataValue("team") String team, RegisteredChildren children) {
        if (user != null) {
            holding.requireWriter(new CaseHolding.Writer(user, role, team), command, childId);
            // Asked only of a holder, so that only one the record would otherwise be open to learns it is restricted.
            if (children.restrictedAgainst(childId, user)) {
                throw new NoWriteBasis(childId, CaseHolding.attempted(command), "this child's record is restricted to named users;"
                        + " ask an administrator or the team's manager to name you on the restriction");
            }
        }
    }

    @CommandHandler
    public void handle(DecideOnContact command, Today today) {
        if (stage != Stage.AWAITING_DECISION) {
            throw new JourneyRuleBroken("ALREADY_DECIDED", stage == Stage.CLOSED
                    ? "this case is closed; reopen it to record more"
                    : "the decision on this contact has been made already");
        }
        ReferralDecision decision = Required.value("decision", command.decision());
        today.requireNotFuture("decidedAt", command.decidedAt());
        requireNotBeforeContact("decidedAt", Today.dateOf(command.decidedAt()));
        String rationale = Required.optionalText("rationale", command.rationale());
        if (decision == ReferralDecision.REFERRAL) {
            apply(new ReferralAccepted(caseId, command.decidedAt(), contactDate, command.primaryNeed(), rationale));
        } else {
            apply(new ContactClosed(caseId, command.decidedAt(), decision, rationale));
        }
    }

    @CommandHandler
    public void handle(AllocateCase command) {
        requireOpen();
        apply(new CaseAllocated(caseId, Required.text("worker", command.worker()), Required.text("team", command.team())));
    }

    @CommandHandler
    public void handle(StartAssessment command, Today today, WorkingDayCalendar calendar, StatutoryTimescales timescales) {
        requireOpen();
        requireJourneyDate("startedOn", command.startedOn(), today);
        assessments.requireNoneOpen();
        // The first assessment runs on the referral's clock; a later one (re-assessment) on its own.
        LocalDate clockStart = assessments.isEmpty() ? referralDate : command.startedOn();
        LocalDate dueOn = calendar.addWorkingDays(clockStart, timescales.assessmentWorkingDays());
        apply(new AssessmentStarted(caseId, command.assessmentId(), command.startedOn(), dueOn));
    }

    @CommandHandler
    public void handle(RecordChildSeen command, Today today) {
        requireOpen();
        assessments.open(command.assessmentId());
        requireJourneyDate("seenOn", command.seenOn(), today);
        apply(new ChildSeen(caseId, command.assessmentId(), command.seenOn(), command.seenAlone()));
    }

    @CommandHandler
    public void handle(CompleteAssessment command, Today today, RegisteredChildren children) {
        requireOpen();
        Assessments.Assessment assessment = assessments.open(command.assessmentId());
        requireJourneyDate("completedOn", command.completedOn(), today);
        if (command.completedOn().isBefore(assessment.startedOn())) {
            throw new InvalidEntry("completedOn", "an assessment cannot complete before it started on " + assessment.startedOn());
        }
        Required.value("outcome", command.outcome());
        FactorList.check(command.factors());
        boolean seen = assessment.firstSeenOn() != null && !assessment.firstSeenOn().isAfter(command.completedOn());
        if (!seen && !children.unbornOn(childId, command.completedOn())) {
            throw new JourneyRuleBroken("CHILD_NOT_SEEN",
                    "an assessment cannot be completed until the child has been seen; record the visit first (a child whose"
                            + " expected date of birth has passed is taken as born: record the date of birth, or correct the expected"
                            + " date if the child is not born yet)");
        }
        String lateReason = Required.optionalText("lateReason", command.lateReason());
        if (command.completedOn().isAfter(assessment.dueOn()) && lateReason == null) {
            throw new InvalidEntry("lateReason", "this assessment was due on " + assessment.dueOn()
                    + "; say why it was completed late");
        }
        apply(new AssessmentCompleted(caseId, command.assessmentId(), command.completedOn(), command.factors(),
                command.outcome(), lateReason));
    }

    @CommandHandler
    public void handle(RecordCaseNote command, Today today) {
        requireOpenToNotes();
        Required.value("kind", command.kind());
        // A note may record history that the contact revealed, so it may predate the contact.
        today.requireNotFuture("occurredOn", command.occurredOn());
        if (command.seenAlone() && !command.childSeen()) {
            throw new InvalidEntry("seenAlone", "a child seen alone was seen: set childSeen too");
        }
        apply(new CaseNoteRecorded(caseId, command.noteId(), command.kind(), command.occurredOn(),
                Required.text("summary", command.summary()), command.significant(),
                Required.optionalText("source", command.source()), command.childSeen(), command.seenAlone(),
                Required.optionalText("location", command.location()), Required.optionalText("impact", command.impact()),
                Required.optionalText("actionTaken", command.actionTaken())));
    }

    @CommandHandler
    public void handle(CorrectCaseNote command) {
        // A correction adds no activity: it puts right what was recorded, on a closed case too.
        if (!notes.contains(command.noteId())) {
            throw new UnknownEntry("this case has no note " + command.noteId());
        }
        apply(new CaseNoteCorrected(caseId, command.noteId(), Required.text("summary", command.summary()),
                Required.text("reason", command.reason()), Required.optionalText("impact", command.impact()),
                Required.optionalText("actionTaken", command.actionTaken())));
    }

    @CommandHandler
    public void handle(RecordAgencyInvolvement command, Today today) {
        requireOpen();
        // The agency may have been involved long before the contact: only the future is refused.
        today.requireNotFuture("from", command.from());
        apply(new AgencyInvolvementRecorded(caseId, command.involvementId(), Required.text("agency", command.agency()),
                Required.text("practitioner", command.practitioner()), Required.text("role", command.role()),
                command.from()));
    }

    @CommandHandler
    public void handle(StartChildInNeedPlan command, Today today) {
        requireOpen();
        requireJourneyDate("startedOn", command.startedOn(), today);
        childInNeedPlans.requireNoneOpen();
        if (protection.activePlan() != null) {
            throw new JourneyRuleBroken("PLAN_ACTIVE", "the child is subject to a child protection plan; a child in need"
                    + " plan follows it once a review conference ends it, never alongside it (census rule 4001)");
        }
        apply(new ChildInNeedPlanStarted(caseId, command.planId(), command.startedOn()));
    }

    @CommandHandler
    public void handle(EndChildInNeedPlan command, Today today) {
        requireOpen();
        requireJourneyDate("endedOn", command.endedOn(), today);
        childInNeedPlans.requireOpen(command.planId(), command.endedOn());
        apply(new ChildInNeedPlanEnded(caseId, command.planId(), command.endedOn()));
    }

    @CommandHandler
    public void handle(CloseCase command, Today today) {
        requireOpen();
        ClosureReason reason = Required.value("reason", command.reason());
        requireJourneyDate("closedOn", command.closedOn(), today);
        if (command.closedOn().isBefore(latestStepOn)) {
            throw new InvalidEntry("closedOn", "the case cannot close before work already recorded on " + latestStepOn);
        }
        boolean afterAssessment = reason.afterAssessment();
        if (afterAssessment && !assessments.anyCompleted()) {
            throw new JourneyRuleBroken("NO_COMPLETED_ASSESSMENT", reason.code() + " closes a case after an assessment;"
                    + " no assessment on this case is complete");
        }
        if (reason == ClosureReason.NO_FURTHER_ACTION_AFTER_ASSESSMENT && furtherActionTaken) {
            throw new JourneyRuleBroken("FURTHER_ACTION_TAKEN", "RC8 says nothing followed the assessment, but this case"
                    + " had a child in need plan or went on the child protection path; close it with the reason that fits,"
                    + " such as RC7 (census rule 2990)");
        }
        if (assessments.anyOpen()) {
            throw new JourneyRuleBroken("ASSESSMENT_OPEN", "an assessment on this case is not complete; complete it"
                    + " before the case closes (census rule 8867)");
        }
        if (protection.enquiryUnfinished()) {
            throw new JourneyRuleBroken("ENQUIRY_OPEN", "a section 47 enquiry on this case is not concluded, or awaits the"
                    + " initial conference it asked for; record that before the case closes (census rule 8868)");
        }
        if (afterAssessment && protection.activePlan() != null) {
            throw new JourneyRuleBroken("PLAN_ACTIVE", reason.code() + " cannot close a case while the child is subject"
                    + " to a child protection plan; end the plan at a review conference first");
        }
        // Other reasons (a transfer, a death, an order) end whatever plans are open on the day of closure.
        if (protection.activePlan() != null) {
            apply(new ChildProtectionPlanEnded(caseId, protection.activePlan().planId(), null, command.closedOn()));
        }
        if (childInNeedPlans.open() != null) {
            apply(new ChildInNeedPlanEnded(caseId, childInNeedPlans.open(), command.closedOn()));
        }
        apply(new CaseClosed(caseId, command.closedOn(), reason));
    }

    /** Allowed on a closed case too: the census returns its episode, and needs the need right. */
    @CommandHandler
    public void handle(RecordPrimaryNeed command) {
        if (referralDate == null) {
            throw new JourneyRuleBroken("NOT_REFERRED", "a primary need belongs to a referral; this contact was not accepted as one");
        }
        apply(new PrimaryNeedRecorded(caseId, Required.value("primaryNeed", command.primaryNeed()),
                Required.text("reason", command.reason())));
    }

    @CommandHandler
    public void handle(ReopenCase command, Today today) {
        if (stage != Stage.CLOSED) {
            throw new JourneyRuleBroken("NOT_CLOSED", "only a closed case can be reopened");
        }
        today.requireNotFuture("reopenedOn", command.reopenedOn());
        if (command.reopenedOn().isBefore(closedOn)) {
            throw new InvalidEntry("reopenedOn", "a case cannot reopen before it closed on " + closedOn);
        }
        apply(new CaseReopened(caseId, command.reopenedOn(), Required.text("reason", command.reason())));
    }

    // The child protection path: strategy discussions, section 47 enquiries, conferences and plans.

    @CommandHandler
    public void handle(HoldStrategyDiscussion command, Today today) {
        requireOpen();
        requireJourneyDate("heldOn", command.heldOn(), today);
        protection.holdStrategyDiscussion(caseId, command).forEach(AggregateLifecycle::apply);
    }

    @CommandHandler
    public void handle(StartSection47Enquiry command, Today today) {
        requireOpen();
        requireJourneyDate("startedOn", command.startedOn(), today);
        protection.startEnquiry(caseId, command).forEach(AggregateLifecycle::apply);
    }

    @CommandHandler
    public void handle(ConcludeSection47Enquiry command, Today today) {
        requireOpen();
        requireJourneyDate("concludedOn", command.concludedOn(), today);
        protection.concludeEnquiry(caseId, command).forEach(AggregateLifecycle::apply);
    }

    @CommandHandler
    public void handle(HoldConference command, Today today) {
        requireOpen();
        requireJourneyDate("heldOn", command.heldOn(), today);
        for (CaseEvent event : protection.holdConference(caseId, command)) {
            // A child protection plan takes the place of a child in need plan: the one ends the day the other starts.
            PlanId openPlan = childInNeedPlans.open();
            if (event instanceof ChildProtectionPlanStarted && openPlan != null) {
                if (command.heldOn().isBefore(childInNeedPlans.startedOn(openPlan))) {
                    throw new InvalidEntry("heldOn", "the conference cannot be before the child in need plan it ends, started on "
                            + childInNeedPlans.startedOn(openPlan));
                }
                apply(new ChildInNeedPlanEnded(caseId, openPlan, command.heldOn()));
            }
            apply(event);
        }
    }

    private void requireOpen() {
        if (stage == Stage.AWAITING_DECISION) {
            throw new JourneyRuleBroken("DECISION_FIRST",
                    "decide on the contact (referral, no further action or early help) before recording anything else");
        }
        if (stage == Stage.CLOSED) {
            throw new JourneyRuleBroken("CASE_CLOSED", "this case closed on " + closedOn + "; reopen it to record more");
        }
    }

    /**
     * DOMAIN: nothing is recorded after an RC8 or RC9 closure until the case reopens. A case closed for another
     * reason (a transfer, an order, a death) still takes notes: the closing letter, the handover, what follows.
     */
    private void requireOpenToNotes() {
        if (stage != Stage.CLOSED || closedWith == null || closedWith.afterAssessment()) {
            requireOpen();
        }
    }

    private void requireJourneyDate(String field, LocalDate date, Today today) {
        today.requireNotFuture(field, date);
        requireNotBeforeContact(field, date);
    }

    private void requireNotBeforeContact(String field, LocalDate date) {
        if (date.isBefore(contactDate)) {
            throw new InvalidEntry(field, field + " " + date + " is before the contact was received on " + contactDate);
        }
    }

    private void stepOn(LocalDate date) {
        if (latestStepOn == null || date.isAfter(latestStepOn)) {
            latestStepOn = date;
        }
    }

    @EventSourcingHandler
    void on(ContactRecorded event) {
        caseId = event.caseId();
        childId = event.childId();
        stage = Stage.AWAITING_DECISION;
        contactDate = Today.dateOf(event.contactReceivedAt());
        holding.received(event.receivingTeam());
        stepOn(contactDate);
    }

    @EventSourcingHandler
    void on(CaseAllocated event) {
        holding.allocated(event.worker(), event.team());
    }

    @EventSourcingHandler
    void on(ReferralAccepted event) {
        stage = Stage.OPEN;
        referralDate = event.referralDate();
        stepOn(Today.dateOf(event.decidedAt()));
    }

    @EventSourcingHandler
    void on(ContactClosed event) {
        stage = Stage.CLOSED;
        closedOn = Today.dateOf(event.decidedAt());
    }

    @EventSourcingHandler
    void on(AssessmentStarted event) {
        assessments.started(event.assessmentId(), event.startedOn(), event.dueOn());
        stepOn(event.startedOn());
    }

    @EventSourcingHandler
    void on(ChildSeen event) {
        assessments.childSeen(event.assessmentId(), event.seenOn());
        stepOn(event.seenOn());
    }

    @EventSourcingHandler
    void on(AssessmentCompleted event) {
        assessments.completed(event.assessmentId(), event.completedOn());
        stepOn(event.completedOn());
    }

    @EventSourcingHandler
    void on(CaseNoteRecorded event) {
        notes.add(event.noteId());
    }

    @EventSourcingHandler
    void on(ChildInNeedPlanStarted event) {
        furtherActionTaken = true;
        childInNeedPlans.started(event.planId(), event.startedOn());
        stepOn(event.startedOn());
    }

    @EventSourcingHandler
    void on(ChildInNeedPlanEnded event) {
        childInNeedPlans.ended();
        stepOn(event.endedOn());
    }

    @EventSourcingHandler
    void on(CaseClosed event) {
        stage = Stage.CLOSED;
        closedOn = event.closedOn();
        closedWith = event.reason();
        stepOn(event.closedOn());
    }

    @EventSourcingHandler
    void on(CaseReopened event) {
        // A reopened case is a new episode in the census: what was done before no longer speaks for its closure.
        furtherActionTaken = false;
        stage = referralDate == null ? Stage.AWAITING_DECISION : Stage.OPEN;
        closedOn = null;
        closedWith = null;
        stepOn(event.reopenedOn());
    }

    @EventSourcingHandler
    void on(StrategyDiscussionHeld event) {
        protection.on(event);
        stepOn(event.heldOn());
    }

    @EventSourcingHandler
    void on(Section47EnquiryStarted event) {
        furtherActionTaken = true;
        protection.on(event);
        stepOn(event.startedOn());
    }

    @EventSourcingHandler
    void on(Section47EnquiryConcluded event) {
        protection.on(event);
        stepOn(event.concludedOn());
    }

    @EventSourcingHandler
    void on(ConferenceHeld event) {
        furtherActionTaken = true;
        protection.on(event);
        stepOn(event.heldOn());
    }

    @EventSourcingHandler
    void on(ChildProtectionPlanStarted event) {
        protection.on(event);
    }

    @EventSourcingHandler
    void on(ChildProtectionPlanReviewed event) {
        protection.on(event);
    }

    @EventSourcingHandler
    void on(ChildProtectionPlanEnded event) {
        protection.on(event);
        stepOn(event.endedOn());
    }
}
