package uk.casetrail.returns.census.imports;

import uk.casetrail.events.assessment.AssessmentCompleted;
import uk.casetrail.events.assessment.AssessmentOutcome;
import uk.casetrail.events.assessment.AssessmentStarted;
import uk.casetrail.events.calendar.AuthorityTime;
import uk.casetrail.events.calendar.WorkingDayCalendar;
import uk.casetrail.events.child.ChildRegistered;
import uk.casetrail.events.childinneed.ChildInNeedPlanEnded;
import uk.casetrail.events.childinneed.ChildInNeedPlanStarted;
import uk.casetrail.events.closure.CaseClosed;
import uk.casetrail.events.codes.AbuseCategory;
import uk.casetrail.events.codes.CensusCodes;
import uk.casetrail.events.codes.ClosureReason;
import uk.casetrail.events.codes.Disability;
import uk.casetrail.events.codes.Ethnicity;
import uk.casetrail.events.codes.Factor;
import uk.casetrail.events.codes.PrimaryNeed;
import uk.casetrail.events.codes.ReferralSource;
import uk.casetrail.events.codes.Sex;
import uk.casetrail.events.codes.UpnUnknownReason;
import uk.casetrail.events.identity.LaChildId;
import uk.casetrail.events.identity.Upn;
import uk.casetrail.events.ids.AssessmentId;
import uk.casetrail.events.ids.CaseId;
import uk.casetrail.events.ids.ChildId;
import uk.casetrail.events.ids.ConferenceId;
import uk.casetrail.events.ids.EnquiryId;
import uk.casetrail.events.ids.PlanId;
import uk.casetrail.events.ids.StrategyDiscussionId;
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
import uk.casetrail.events.referral.ContactRecorded;
import uk.casetrail.events.referral.ReferralAccepted;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a census file's children and episodes into the events live work records: a child's
 * registration, and per episode the contact and referral, assessments, CIN plans, strategy
 * discussions, enquiries, conferences, protection plans and closure. What the census does not carry
 * is filled in the way the README says (names, outcomes, the strategy discussion's date).
 */
final class CensusFileEvents {

    static final String NOT_RECORDED = "Not recorded";
    private static final int INITIAL_CONFERENCE_WORKING_DAYS = 15;
    private static final int ASSESSMENT_WORKING_DAYS = 45;

    private final WorkingDayCalendar calendar;
    private final ImportedEvents events;
    private final String team;
    private int children;
    private int episodes;

    CensusFileEvents(WorkingDayCalendar calendar, ImportedEvents events, String team) {
        this.calendar = calendar;
        this.events = events;
        this.team = team;
    }

    int children() {
        return children;
    }

    int episodes() {
        return episodes;
    }

    void add(CensusElement message) {
        CensusElement list = message.child("Children");
        if (list == null) {
            throw new FileRefused(message.line(), message.path(), "Message needs Children");
        }
        list.all("Child").forEach(this::child);
    }

    private void child(CensusElement child) {
        CensusElement ids = child.child("ChildIdentifiers");
        if (ids == null) {
            throw new FileRefused(child.line(), child.path(), "Child needs ChildIdentifiers");
        }
        CensusElement traits = child.child("ChildCharacteristics");
        ids.required("LAchildID");
        ChildId childId = ChildId.random();
        List<Disability> disabilities = traits == null || traits.child("Disabilities") == null ? List.of()
                : traits.child("Disabilities").all("Disability").stream()
                .map(d -> code(d, Disability.class)).toList();
        events.add("ChildRecord", childId, child, new ChildRegistered(childId,
                ids.parsed("LAchildID", LaChildId::of), NOT_RECORDED, NOT_RECORDED,
                ids.date("PersonBirthDate"), ids.date("ExpectedPersonBirthDate"),
                ids.parsed("Sex", c -> CensusCodes.fromCode(Sex.class, c)),
                traits == null ? null : traits.parsed("Ethnicity", c -> CensusCodes.fromCode(Ethnicity.class, c)),
                null, ids.parsed("UPN", Upn::of), ids.parsed("UPNunknown", c -> CensusCodes.fromCode(UpnUnknownReason.class, c)),
                ids.parsed("FormerUPN", Upn::of), ids.date("PersonDeathDate"), disabilities));
        children++;
        child.all("CINdetails").forEach(episode -> episode(childId, episode));
    }

    private void episode(ChildId childId, CensusElement cin) {
        CaseId caseId = CaseId.random();
        LocalDate referral = requiredDate(cin, "CINreferralDate");
        // Whether a referral led to no further action follows from what the episode holds; the flag is only checked.
        cin.flag("ReferralNFA");
        var decidedAt = referral.atTime(9, 0).atZone(AuthorityTime.ZONE).toInstant();
        events.add("Case", caseId, cin, new ContactRecorded(caseId, childId, decidedAt,
                cin.parsed("ReferralSource", c -> CensusCodes.fromCode(ReferralSource.class, c)),
                "Recorded from a CIN census return", team));
        events.add("Case", caseId, cin, new ReferralAccepted(caseId, decidedAt, referral,
                cin.parsed("PrimaryNeedCode", c -> CensusCodes.fromCode(PrimaryNeed.class, c)),
                "Recorded from a CIN census return"));
        boolean protection = !cin.all("Section47").isEmpty() || !cin.all("ChildProtectionPlans").isEmpty();
        boolean firstAssessment = true;
        for (CensusElement a : cin.all("Assessments")) {
            assessment(caseId, a, firstAssessment ? referral : null, protection);
            firstAssessment = false;
        }
        for (CensusElement plan : cin.all("CINPlanDates")) {
            PlanId planId = PlanId.random();
            events.add("Case", caseId, plan, new ChildInNeedPlanStarted(caseId, planId, requiredDate(plan, "CINPlanStartDate")));
            if (plan.date("CINPlanEndDate") != null) {
                events.add("Case", caseId, plan, new ChildInNeedPlanEnded(caseId, planId, plan.date("CINPlanEndDate")));
            }
        }
        Map<LocalDate, ConferenceId> conferences = new HashMap<>();
        cin.all("Section47").forEach(s -> enquiry(caseId, s, cin, conferences));
        if (cin.date("DateOfInitialCPC") != null) {
            conference(caseId, cin, cin.date("DateOfInitialCPC"), cin, conferences);
        }
        cin.all("ChildProtectionPlans").forEach(p -> protectionPlan(caseId, p, cin, conferences));
        LocalDate closed = cin.date("CINclosureDate");
        if (closed != null) {
            cin.required("ReasonForClosure");
            events.add("Case", caseId, cin, new CaseClosed(caseId, closed,
                    cin.parsed("ReasonForClosure", c -> CensusCodes.fromCode(ClosureReason.class, c))));
        }
        episodes++;
    }

    private void assessment(CaseId caseId, CensusElement a, LocalDate referral, boolean protection) {
        AssessmentId id = AssessmentId.random();
        LocalDate start = requiredDate(a, "AssessmentActualStartDate");
        LocalDate due = calendar.addWorkingDays(referral != null ? referral : start, ASSESSMENT_WORKING_DAYS);
        events.add("Case", caseId, a, new AssessmentStarted(caseId, id, start, due));
        LocalDate completed = a.date("AssessmentAuthorisationDate");
        if (completed != null) {
            CensusElement factors = a.child("FactorsIdentifiedAtAssessment");
            List<Factor> codes = factors == null ? List.of()
                    : factors.all("AssessmentFactors").stream().map(f -> code(f, Factor.class)).toList();
            events.add("Case", caseId, a, new AssessmentCompleted(caseId, id, completed, codes,
                    protection ? AssessmentOutcome.STRATEGY_DISCUSSION : AssessmentOutcome.CHILD_IN_NEED,
                    completed.isAfter(due) ? "Not recorded in the CIN census return it was imported from" : null));
        }
    }

    private void enquiry(CaseId caseId, CensusElement s, CensusElement cin, Map<LocalDate, ConferenceId> conferences) {
        LocalDate start = requiredDate(s, "S47ActualStartDate");
        StrategyDiscussionId discussion = StrategyDiscussionId.random();
        events.add("Case", caseId, s, new StrategyDiscussionHeld(caseId, discussion,
                discussionDate(start, s.date("InitialCPCtarget")), StrategyDecision.SECTION_47));
        EnquiryId enquiry = EnquiryId.random();
        events.add("Case", caseId, s, new Section47EnquiryStarted(caseId, enquiry, discussion, start));
        LocalDate icpc = s.date("DateOfInitialCPC");
        if (icpc != null) {
            events.add("Case", caseId, s, new Section47EnquiryConcluded(caseId, enquiry, icpc, true));
            conference(caseId, s, icpc, cin, conferences);
        } else if (Boolean.TRUE.equals(s.flag("ICPCnotRequired"))) {
            events.add("Case", caseId, s, new Section47EnquiryConcluded(caseId, enquiry, start, false));
        }
    }

    /**
     * The census keeps the target (15 working days after the strategy discussion), not the discussion:
     * the discussion is the working day the target counts from, or the enquiry's start without one.
     */
    private LocalDate discussionDate(LocalDate enquiryStart, LocalDate target) {
        if (target == null) {
            return enquiryStart;
        }
        for (LocalDate day = target.minusDays(1); day.isAfter(target.minusDays(40)); day = day.minusDays(1)) {
            if (calendar.addWorkingDays(day, INITIAL_CONFERENCE_WORKING_DAYS).equals(target)) {
                return day;
            }
        }
        return enquiryStart;
    }

    private void conference(CaseId caseId, CensusElement from, LocalDate heldOn, CensusElement cin,
                            Map<LocalDate, ConferenceId> conferences) {
        if (conferences.containsKey(heldOn)) {
            return;
        }
        CensusElement plan = cin.all("ChildProtectionPlans").stream()
                .filter(p -> heldOn.equals(p.date("CPPstartDate"))).findFirst().orElse(null);
        ConferenceId id = ConferenceId.random();
        conferences.put(heldOn, id);
        events.add("Case", caseId, from, new ConferenceHeld(caseId, id, ConferenceKind.INITIAL, heldOn,
                plan == null ? ConferenceDecision.NO_PLAN : ConferenceDecision.CHILD_PROTECTION_PLAN,
                plan == null ? null : category(plan, "InitialCategoryOfAbuse")));
    }

    private void protectionPlan(CaseId caseId, CensusElement p, CensusElement cin, Map<LocalDate, ConferenceId> conferences) {
        LocalDate start = requiredDate(p, "CPPstartDate");
        conference(caseId, p, start, cin, conferences);
        PlanId planId = PlanId.random();
        AbuseCategory initial = category(p, "InitialCategoryOfAbuse");
        AbuseCategory latest = p.text("LatestCategoryOfAbuse") == null ? initial : category(p, "LatestCategoryOfAbuse");
        events.add("Case", caseId, p, new ChildProtectionPlanStarted(caseId, planId, conferences.get(start), start, initial));
        CensusElement reviews = p.child("Reviews");
        for (CensusElement review : reviews == null ? List.<CensusElement>of() : reviews.all("CPPreviewDate")) {
            LocalDate on = date(review);
            ConferenceId id = ConferenceId.random();
            events.add("Case", caseId, review, new ConferenceHeld(caseId, id, ConferenceKind.REVIEW, on,
                    ConferenceDecision.CONTINUE_PLAN, latest));
            events.add("Case", caseId, review, new ChildProtectionPlanReviewed(caseId, planId, id, on, latest));
        }
        if (p.date("CPPendDate") != null) {
            events.add("Case", caseId, p, new ChildProtectionPlanEnded(caseId, planId, null, p.date("CPPendDate")));
        }
    }

    private static AbuseCategory category(CensusElement plan, String element) {
        plan.required(element);
        return plan.parsed(element, c -> CensusCodes.fromCode(AbuseCategory.class, c));
    }

    private static LocalDate requiredDate(CensusElement element, String child) {
        element.required(child);
        return element.date(child);
    }

    private static LocalDate date(CensusElement leaf) {
        try {
            return LocalDate.parse(leaf.text().strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new FileRefused(leaf.line(), leaf.path(), e.getMessage());
        }
    }

    private static <E extends Enum<E> & uk.casetrail.events.codes.CensusCode> E code(CensusElement leaf, Class<E> codeSet) {
        try {
            return CensusCodes.fromCode(codeSet, leaf.text().strip());
        } catch (IllegalArgumentException e) {
            throw new FileRefused(leaf.line(), leaf.path(), e.getMessage());
        }
    }
}
