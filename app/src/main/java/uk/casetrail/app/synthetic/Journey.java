package uk.casetrail.app.synthetic;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import uk.casetrail.command.casework.AllocateCase;
import uk.casetrail.command.casework.CloseCase;
import uk.casetrail.command.casework.CompleteAssessment;
import uk.casetrail.command.casework.ConcludeSection47Enquiry;
import uk.casetrail.command.casework.DecideOnContact;
import uk.casetrail.command.casework.EndChildInNeedPlan;
import uk.casetrail.command.casework.HoldConference;
import uk.casetrail.command.casework.HoldStrategyDiscussion;
import uk.casetrail.command.casework.RecordCaseNote;
import uk.casetrail.command.casework.RecordChildSeen;
import uk.casetrail.command.casework.RecordContact;
import uk.casetrail.command.casework.StartAssessment;
import uk.casetrail.command.casework.StartChildInNeedPlan;
import uk.casetrail.command.casework.StartSection47Enquiry;
import uk.casetrail.command.child.ChildDetails;
import uk.casetrail.command.child.RegisterChild;
import uk.casetrail.events.assessment.AssessmentOutcome;
import uk.casetrail.events.calendar.AuthorityTime;
import uk.casetrail.events.calendar.WorkingDayCalendar;
import uk.casetrail.events.codes.AbuseCategory;
import uk.casetrail.events.codes.ClosureReason;
import uk.casetrail.events.codes.Disability;
import uk.casetrail.events.codes.Ethnicity;
import uk.casetrail.events.codes.Factor;
import uk.casetrail.events.codes.PrimaryNeed;
import uk.casetrail.events.codes.ReferralSource;
import uk.casetrail.events.codes.Sex;
import uk.casetrail.events.codes.UpnUnknownReason;
import uk.casetrail.events.identity.LaChildId;
import uk.casetrail.events.ids.AssessmentId;
import uk.casetrail.events.ids.CaseId;
import uk.casetrail.events.ids.ChildId;
import uk.casetrail.events.ids.ConferenceId;
import uk.casetrail.events.ids.EnquiryId;
import uk.casetrail.events.ids.NoteId;
import uk.casetrail.events.ids.PlanId;
import uk.casetrail.events.ids.StrategyDiscussionId;
import uk.casetrail.events.protection.ConferenceDecision;
import uk.casetrail.events.protection.ConferenceKind;
import uk.casetrail.events.protection.StrategyDecision;
import uk.casetrail.events.recording.NoteKind;
import uk.casetrail.events.referral.ReferralDecision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * One synthetic child's journey through the statutory path, drawn from a random source so that the
 * same seed always gives the same child: a contact, the decision on it (most end there), and for a
 * referral an assessment that may lead to a child in need plan or to a strategy discussion, an
 * enquiry, a conference and a plan with its reviews; visits along the way, and closure when the work
 * is done. A step that would fall after today is not taken, so recent children are still open.
 * The commands are those a practitioner's writes send, so every rule of the journey applies.
 */
final class Journey {

    private static final String[] GIVEN = {"Amara", "Ben", "Chloe", "Dev", "Ellie", "Finn", "Grace", "Hamza", "Isla",
            "Jack", "Kai", "Lily", "Mason", "Nia", "Oscar", "Poppy", "Rhys", "Sofia", "Theo", "Zara"};
    private static final String[] FAMILY = {"Ashdown", "Brightwell", "Coldharbour", "Dunmore", "Eastleigh", "Fernhill",
            "Greystoke", "Hollins", "Ivybridge", "Kettlewell", "Larkspur", "Marlowe", "Northcott", "Oakridge"};
    private static final List<Factor> FACTORS = Arrays.stream(Factor.values()).filter(f -> !f.code().equals("21")).toList();

    private final Random random;
    private final LocalDate today;
    private final WorkingDayCalendar calendar;
    private final Staff staff;
    private final List<CommandMessage<?>> commands = new ArrayList<>();
    private final String correlation;

    private Journey(long seed, Random random, LocalDate today, WorkingDayCalendar calendar, Staff staff) {
        this.correlation = "synthetic-" + seed;
        this.random = random;
        // Times of day are drawn across office hours, so the last day a journey reaches is yesterday.
        this.today = today.minusDays(1);
        this.calendar = calendar;
        this.staff = staff;
    }

    /** The commands of child number {@code index} of the authority drawn from {@code seed}, in order. */
    static List<CommandMessage<?>> of(long seed, int index, int years, LocalDate today, WorkingDayCalendar calendar, Staff staff) {
        Journey journey = new Journey(seed, new Random(seed * 1_000_003L + index), today, calendar, staff);
        journey.draw(years);
        return journey.commands;
    }

    private void draw(int years) {
        ChildId child = new ChildId(uuid());
        LocalDate contact = today.minusDays(random.nextInt(365 * years));
        LocalDate born = contact.minusDays(random.nextInt(17 * 365));
        Staff.Worker duty = staff.pick(random);
        send(duty, new RegisterChild(child, LaChildId.derivedFrom(child.value()), new ChildDetails(
                pick(GIVEN), pick(FAMILY), born, null, random.nextBoolean() ? Sex.MALE : Sex.FEMALE, pick(Ethnicity.values()),
                null, null, pick(UpnUnknownReason.values()), null, null, List.of(Disability.NONE))));
        episode(child, contact, duty);
        if (random.nextInt(5) == 0 && !contact.plusDays(200).isAfter(today)) {
            // About one child in five comes back to children's services later.
            episode(child, contact.plusDays(200 + random.nextInt(Math.max(1, (int) (today.toEpochDay() - contact.toEpochDay()) - 199))), duty);
        }
    }

    private void episode(ChildId child, LocalDate received, Staff.Worker duty) {
        CaseId caseId = new CaseId(uuid());
        Instant receivedAt = at(received);
        send(duty, new RecordContact(caseId, child, receivedAt, pick(ReferralSource.values()), "Synthetic contact", duty.team()));
        LocalDate decided = calendar.addWorkingDays(received, random.nextInt(2));
        if (decided.isAfter(today)) {
            decided = received;
        }
        // A decision on the day of the contact comes after it, within the afternoon.
        Instant decidedAt = decided.equals(received) ? receivedAt.plusSeconds(60L * (5 + random.nextInt(120))) : at(decided);
        int roll = random.nextInt(100);
        if (roll < 55) {
            send(duty, new DecideOnContact(caseId, ReferralDecision.NO_FURTHER_ACTION, decidedAt, null, "No role for social care"));
            return;
        }
        if (roll < 70) {
            send(duty, new DecideOnContact(caseId, ReferralDecision.EARLY_HELP, decidedAt, null, "Family support offered"));
            return;
        }
        send(duty, new DecideOnContact(caseId, ReferralDecision.REFERRAL, decidedAt, pick(PrimaryNeed.values()), "Needs assessment"));
        Staff.Worker worker = staff.inTeam(duty.team(), random);
        send(worker, new AllocateCase(caseId, worker.user(), worker.team()));
        assessment(caseId, worker, received, decided);
    }

    private void assessment(CaseId caseId, Staff.Worker worker, LocalDate received, LocalDate referred) {
        AssessmentId assessment = new AssessmentId(uuid());
        LocalDate started = referred.plusDays(random.nextInt(3));
        if (started.isAfter(today)) {
            return;
        }
        send(worker, new StartAssessment(caseId, assessment, started));
        LocalDate seen = started.plusDays(1 + random.nextInt(10));
        if (seen.isAfter(today)) {
            return;
        }
        send(worker, new RecordChildSeen(caseId, assessment, seen, random.nextBoolean()));
        LocalDate completed = calendar.addWorkingDays(seen, 5 + random.nextInt(45));
        if (completed.isAfter(today)) {
            note(caseId, worker, seen, today);
            return;
        }
        // The assessment's clock starts with the contact (Working Together: 45 working days).
        boolean late = completed.isAfter(calendar.addWorkingDays(received, 45));
        int roll = random.nextInt(100);
        AssessmentOutcome outcome = roll < 35 ? AssessmentOutcome.NO_FURTHER_ACTION : roll < 70 ? AssessmentOutcome.CHILD_IN_NEED
                : roll < 90 ? AssessmentOutcome.STRATEGY_DISCUSSION : AssessmentOutcome.EARLY_HELP;
        send(worker, new CompleteAssessment(caseId, assessment, completed, factors(), outcome,
                late ? "Waiting for information from partner agencies" : null));
        note(caseId, worker, seen, completed);
        LocalDate finished = switch (outcome) {
            case CHILD_IN_NEED -> childInNeed(caseId, worker, completed);
            case STRATEGY_DISCUSSION -> protection(caseId, worker, completed);
            default -> completed;
        };
        if (finished != null) {
            LocalDate closed = finished.plusDays(random.nextInt(20));
            if (!closed.isAfter(today)) {
                ClosureReason reason = outcome == AssessmentOutcome.EARLY_HELP ? ClosureReason.EARLY_HELP_AFTER_ASSESSMENT
                        : outcome == AssessmentOutcome.NO_FURTHER_ACTION ? ClosureReason.NO_FURTHER_ACTION_AFTER_ASSESSMENT
                        : ClosureReason.SERVICES_CEASED;
                send(staff.managerOf(worker.team()), new CloseCase(caseId, closed, reason));
            }
        }
    }

    /** @return the day the plan ended, or null while it goes on */
    private LocalDate childInNeed(CaseId caseId, Staff.Worker worker, LocalDate completed) {
        PlanId plan = new PlanId(uuid());
        LocalDate started = completed.plusDays(random.nextInt(10));
        if (started.isAfter(today)) {
            return null;
        }
        send(worker, new StartChildInNeedPlan(caseId, plan, started));
        LocalDate ended = started.plusDays(90 + random.nextInt(300));
        note(caseId, worker, started, ended.isAfter(today) ? today : ended);
        if (ended.isAfter(today)) {
            return null;
        }
        send(worker, new EndChildInNeedPlan(caseId, plan, ended));
        return ended;
    }

    /** @return the day the protection work ended, or null while it goes on */
    private LocalDate protection(CaseId caseId, Staff.Worker worker, LocalDate completed) {
        LocalDate held = completed.plusDays(random.nextInt(3));
        if (held.isAfter(today)) {
            return null;
        }
        boolean enquire = random.nextInt(10) < 8;
        send(worker, new HoldStrategyDiscussion(caseId, new StrategyDiscussionId(uuid()), held,
                enquire ? StrategyDecision.SECTION_47 : StrategyDecision.NO_SECTION_47));
        if (!enquire) {
            return held;
        }
        EnquiryId enquiry = new EnquiryId(uuid());
        send(worker, new StartSection47Enquiry(caseId, enquiry, held));
        LocalDate concluded = held.plusDays(5 + random.nextInt(10));
        if (concluded.isAfter(today)) {
            return null;
        }
        boolean conference = random.nextInt(10) < 7;
        send(worker, new ConcludeSection47Enquiry(caseId, enquiry, concluded, conference));
        if (!conference) {
            return concluded;
        }
        LocalDate icpc = calendar.addWorkingDays(concluded, 1 + random.nextInt(10));
        if (icpc.isAfter(today)) {
            return null;
        }
        if (random.nextInt(100) >= 85) {
            send(worker, new HoldConference(caseId, new ConferenceId(uuid()), ConferenceKind.INITIAL, icpc,
                    ConferenceDecision.NO_PLAN, null));
            return icpc;
        }
        send(worker, new HoldConference(caseId, new ConferenceId(uuid()), ConferenceKind.INITIAL, icpc,
                ConferenceDecision.CHILD_PROTECTION_PLAN, pick(AbuseCategory.values())));
        return reviews(caseId, worker, icpc);
    }

    private LocalDate reviews(CaseId caseId, Staff.Worker worker, LocalDate icpc) {
        // The first core group, due 10 working days after the conference: most on time, a few late.
        LocalDate coreGroup = calendar.addWorkingDays(icpc, 1 + random.nextInt(12));
        if (!coreGroup.isAfter(today)) {
            send(worker, new RecordCaseNote(caseId, new NoteId(uuid()), NoteKind.CORE_GROUP_MEETING, coreGroup,
                    "Core group meeting: synthetic record of the plan's actions and who does them.", false, null, false, false, null, null, null));
        }
        LocalDate last = icpc;
        int reviews = 1 + random.nextInt(4);
        for (int review = 1; review <= reviews; review++) {
            LocalDate next = calendar.addWorkingDays(last.plusMonths(review == 1 ? 3 : 6).minusDays(7), 0);
            if (next.isAfter(today)) {
                note(caseId, worker, last, today);
                return null;
            }
            note(caseId, worker, last, next);
            boolean end = review == reviews;
            send(worker, new HoldConference(caseId, new ConferenceId(uuid()), ConferenceKind.REVIEW, next,
                    end ? ConferenceDecision.END_PLAN : ConferenceDecision.CONTINUE_PLAN, null));
            last = next;
        }
        return last;
    }

    private void note(CaseId caseId, Staff.Worker worker, LocalDate from, LocalDate to) {
        long span = Math.max(1, to.toEpochDay() - from.toEpochDay());
        LocalDate on = from.plusDays(random.nextLong(span));
        send(worker, new RecordCaseNote(caseId, new NoteId(uuid()), NoteKind.VISIT, on,
                "Home visit: synthetic record of what the child said and how the home looked.", random.nextInt(4) == 0,
                null, true, random.nextBoolean(), "home", "Synthetic analysis: what the visit shows of the child's safety and needs.",
                "Synthetic action: next visit booked; the school asked to report attendance weekly."));
    }

    private List<Factor> factors() {
        List<Factor> chosen = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        while (chosen.size() < count) {
            Factor factor = pick(FACTORS);
            if (!chosen.contains(factor)) {
                chosen.add(factor);
            }
        }
        return chosen;
    }

    private void send(Staff.Worker actor, Object command) {
        commands.add(GenericCommandMessage.asCommandMessage(command).andMetaData(Map.of(
                "user", actor.user(), "role", actor.role(), "team", actor.team(), "correlationId", correlation)));
    }

    private Instant at(LocalDate date) {
        return date.atTime(9 + random.nextInt(8), random.nextInt(60)).atZone(AuthorityTime.ZONE).toInstant();
    }

    private UUID uuid() {
        return new UUID((random.nextLong() & 0xffffffffffff0fffL) | 0x4000L, (random.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L);
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
