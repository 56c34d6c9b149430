package uk.casetrail.command.casework;

import uk.casetrail.command.journey.InvalidEntry;
import uk.casetrail.command.journey.JourneyRuleBroken;
import uk.casetrail.command.journey.UnknownEntry;
import uk.casetrail.events.ids.PlanId;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** The case's child in need plans: one open at a time, each ended at most once. */
final class ChildInNeedPlans {

    private final Map<PlanId, LocalDate> startedOn = new HashMap<>();
    private PlanId open;

    void requireNoneOpen() {
        if (open != null) {
            throw new JourneyRuleBroken("CIN_PLAN_ALREADY_OPEN", "a child in need plan is already open on this case");
        }
    }

    void requireOpen(PlanId planId, LocalDate endedOn) {
        if (!startedOn.containsKey(planId)) {
            throw new UnknownEntry("this case has no child in need plan " + planId);
        }
        if (!planId.equals(open)) {
            throw new JourneyRuleBroken("CIN_PLAN_ENDED", "this child in need plan has already ended");
        }
        if (endedOn.isBefore(startedOn.get(planId))) {
            throw new InvalidEntry("endedOn", "the plan cannot end before it started on " + startedOn.get(planId));
        }
    }

    PlanId open() {
        return open;
    }

    LocalDate startedOn(PlanId planId) {
        return startedOn.get(planId);
    }

    void started(PlanId planId, LocalDate on) {
        startedOn.put(planId, on);
        open = planId;
    }

    void ended() {
        open = null;
    }
}
