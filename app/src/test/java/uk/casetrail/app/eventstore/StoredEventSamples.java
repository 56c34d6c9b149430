package uk.casetrail.app.eventstore;

import uk.casetrail.events.access.AccessAction;
import uk.casetrail.events.access.AccessOutcome;
import uk.casetrail.events.access.BreakGlassInvoked;
import uk.casetrail.events.access.BreakGlassReviewOutcome;
import uk.casetrail.events.access.BreakGlassReviewed;
import uk.casetrail.events.access.ChildAccess;
import uk.casetrail.events.access.InspectionGrantIssued;
import uk.casetrail.events.access.RecordAccessed;
import uk.casetrail.events.allocation.CaseAllocated;
import uk.casetrail.events.assessment.AssessmentCompleted;
import uk.casetrail.events.assessment.AssessmentOutcome;
import uk.casetrail.events.assessment.AssessmentStarted;
import uk.casetrail.events.assessment.ChildSeen;
import uk.casetrail.events.child.ChildDetail;
import uk.casetrail.events.child.ChildDetailsCorrected;
import uk.casetrail.events.child.ChildRecordRestricted;
import uk.casetrail.events.child.ChildRegistered;
import uk.casetrail.events.childinneed.ChildInNeedPlanEnded;
import uk.casetrail.events.childinneed.ChildInNeedPlanStarted;
import uk.casetrail.events.closure.CaseClosed;
import uk.casetrail.events.closure.CaseReopened;
import uk.casetrail.events.codes.AbuseCategory;
import uk.casetrail.events.codes.ClosureReason;
import uk.casetrail.events.codes.Disability;
import uk.casetrail.events.codes.Ethnicity;
import uk.casetrail.events.codes.Factor;
import uk.casetrail.events.codes.PrimaryNeed;
import uk.casetrail.events.codes.ReferralSource;
import uk.casetrail.events.codes.Sex;
import uk.casetrail.events.identity.LaChildId;
import uk.casetrail.events.identity.NhsNumber;
import uk.casetrail.events.identity.Upn;
import uk.casetrail.events.ids.AssessmentId;
import uk.casetrail.events.ids.CaseId;
import uk.casetrail.events.ids.ChildId;
import uk.casetrail.events.ids.ConferenceId;
import uk.casetrail.events.ids.EnquiryId;
import uk.casetrail.events.ids.InvolvementId;
import uk.casetrail.events.ids.NoteId;
import uk.casetrail.events.ids.PlanId;
import uk.casetrail.events.ids.StrategyDiscussionId;
import uk.casetrail.events.involvement.AgencyInvolvementRecorded;
import uk.casetrail.events.protection.ChildProtectionPlanEnded;
import uk.casetrail.events.protection.ChildProtectionPlanReviewed;
import uk.casetrail.events.protection.ChildProtectionPlanStarted;
import uk.casetrail.events.protection.ConferenceDecision;
import uk.casetrail.events.protection.ConferenceHeld;
import uk.casetrail.events.protection.ConferenceKind;
import uk.casetrail.events.protection.Section47EnquiryConcluded;
import uk.casetrail.events.protection.Section47EnquiryStarted;
import uk.casetrail.events.protection.StrategyDecision;
import uk.casetrail.events.protection.StrategyDiscussionHeld;
import uk.casetrail.events.recording.CaseNoteCorrected;
import uk.casetrail.events.recording.CaseNoteRecorded;
import uk.casetrail.events.recording.NoteKind;
import uk.casetrail.events.referral.ContactClosed;
import uk.casetrail.events.referral.PrimaryNeedRecorded;
import uk.casetrail.events.referral.ContactRecorded;
import uk.casetrail.events.referral.ReferralAccepted;
import uk.casetrail.events.referral.ReferralDecision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One synthetic instance of every event, as stored at revision 1. */
final class StoredEventSamples {

    private static final ChildId CHILD = ChildId.of("5a1c0000-0000-4000-8000-000000000001");
    private static final CaseId CASE = CaseId.of("5a1c0000-0000-4000-8000-000000000002");
    private static final AssessmentId ASSESSMENT = AssessmentId.of("5a1c0000-0000-4000-8000-000000000003");
    private static final StrategyDiscussionId DISCUSSION = StrategyDiscussionId.of("5a1c0000-0000-4000-8000-000000000004");
    private static final EnquiryId ENQUIRY = EnquiryId.of("5a1c0000-0000-4000-8000-000000000005");
    private static final ConferenceId CONFERENCE = ConferenceId.of("5a1c0000-0000-4000-8000-000000000006");
    private static final PlanId PLAN = PlanId.of("5a1c0000-0000-4000-8000-000000000007");
    private static final NoteId NOTE = NoteId.of("5a1c0000-0000-4000-8000-000000000008");
    private static final InvolvementId INVOLVEMENT = InvolvementId.of("5a1c0000-0000-4000-8000-000000000009");
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    private StoredEventSamples() {
    }

    static List<Object> all() {
        return List.of(
                new ChildRegistered(CHILD, LaChildId.of("CT5A1C000000004000"), "Ava", "Synthetic", LocalDate.of(2019, 5, 14),
                        null, Sex.FEMALE, Ethnicity.MWBC, NhsNumber.of("9434765919"), Upn.of("P201123456789"), null, null,
                        null, List.of(Disability.HEAR, Disability.VIS)),
                new ChildDetailsCorrected(CHILD, ChildDetail.DATE_OF_BIRTH, "2019-05-15", "2019-05-14", "Birth certificate seen"),
                new ContactRecorded(CASE, CHILD, Instant.parse("2026-03-02T09:15:00Z"), ReferralSource.HEALTH_VISITOR,
                        "Concern about weight loss", "North"),
                new ReferralAccepted(CASE, Instant.parse("2026-03-02T11:00:00Z"), DAY, PrimaryNeed.ABUSE_OR_NEGLECT, "Threshold met"),
                new ContactClosed(CASE, Instant.parse("2026-03-02T11:00:00Z"), ReferralDecision.EARLY_HELP, "Family support offered"),
                new CaseAllocated(CASE, "alice", "North"),
                new AssessmentStarted(CASE, ASSESSMENT, DAY, LocalDate.of(2026, 5, 6)),
                new ChildSeen(CASE, ASSESSMENT, DAY.plusDays(1), true),
                new AssessmentCompleted(CASE, ASSESSMENT, DAY.plusDays(20), List.of(Factor.F3B, Factor.F16A),
                        AssessmentOutcome.STRATEGY_DISCUSSION, null),
                new StrategyDiscussionHeld(CASE, DISCUSSION, DAY.plusDays(21), StrategyDecision.SECTION_47),
                new Section47EnquiryStarted(CASE, ENQUIRY, DISCUSSION, DAY.plusDays(22)),
                new Section47EnquiryConcluded(CASE, ENQUIRY, DAY.plusDays(29), true),
                new ConferenceHeld(CASE, CONFERENCE, ConferenceKind.INITIAL, DAY.plusDays(35),
                        ConferenceDecision.CHILD_PROTECTION_PLAN, AbuseCategory.NEGLECT),
                new ChildProtectionPlanStarted(CASE, PLAN, CONFERENCE, DAY.plusDays(35), AbuseCategory.NEGLECT),
                new ChildProtectionPlanReviewed(CASE, PLAN, CONFERENCE, DAY.plusDays(120), AbuseCategory.MULTIPLE),
                new ChildProtectionPlanEnded(CASE, PLAN, null, DAY.plusDays(200)),
                new ChildInNeedPlanStarted(CASE, PLAN, DAY.plusDays(200)),
                new ChildInNeedPlanEnded(CASE, PLAN, DAY.plusDays(300)),
                new CaseNoteRecorded(CASE, NOTE, NoteKind.VISIT, DAY.plusDays(40), "Seen at home", true, "mother", true, true, "Family home",
                        "Home warm and fed; mother coping", "Next visit in ten working days"),
                new CaseNoteCorrected(CASE, NOTE, "Seen at grandmother's home", "Wrong address", "Grandmother is the main carer", null),
                new AgencyInvolvementRecorded(CASE, INVOLVEMENT, "Health", "hana", "Health visitor", LocalDate.of(2025, 6, 1)),
                new CaseClosed(CASE, DAY.plusDays(301), ClosureReason.SERVICES_CEASED),
                new CaseReopened(CASE, DAY.plusDays(330), "New referral from school"),
                new PrimaryNeedRecorded(CASE, PrimaryNeed.FAMILY_IN_ACUTE_STRESS, "Left out at the decision"),
                new ChildRecordRestricted(CHILD, "Adoption", List.of("bob", "alice")),
                new RecordAccessed("alice", "SOCIAL_WORKER", "North", null, "127.0.0.1",
                        List.of(new ChildAccess(CHILD, "ALLOCATED_WORKER")), "case-view", AccessAction.VIEW, "DIRECT_CARE",
                        AccessOutcome.PERMITTED, null),
                new BreakGlassInvoked(UUID.fromString("5a1c0000-0000-4000-8000-00000000000a"), CHILD, "carol", "SOCIAL_WORKER",
                        "South", "Child presented at South office out of hours, at risk tonight", Instant.parse("2026-03-02T10:00:00Z")),
                new BreakGlassReviewed(UUID.fromString("5a1c0000-0000-4000-8000-00000000000a"), "aude",
                        BreakGlassReviewOutcome.JUSTIFIED, "Emergency confirmed by duty manager"),
                new InspectionGrantIssued(UUID.fromString("5a1c0000-0000-4000-8000-00000000000b"), "ivy", "North",
                        Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-03-15T00:00:00Z")));
    }
}
