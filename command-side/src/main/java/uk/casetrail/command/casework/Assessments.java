package uk.casetrail.command.casework;

import uk.casetrail.command.journey.JourneyRuleBroken;
import uk.casetrail.command.journey.UnknownEntry;
import uk.casetrail.events.ids.AssessmentId;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** The case's single assessments: at most one open at a time; completion needs the child seen. */
final class Assessments {

    private final Map<AssessmentId, Assessment> byId = new LinkedHashMap<>();

    record Assessment(LocalDate startedOn, LocalDate dueOn, LocalDate firstSeenOn, LocalDate completedOn) {
    }

    boolean isEmpty() {
        return byId.isEmpty();
    }

    boolean anyCompleted() {
        return byId.values().stream().anyMatch(a -> a.completedOn() != null);
    }

    boolean anyOpen() {
        return byId.values().stream().anyMatch(a -> a.completedOn() == null);
    }

    void requireNoneOpen() {
        if (anyOpen()) {
            throw new JourneyRuleBroken("ASSESSMENT_ALREADY_OPEN",
                    "an assessment is already in progress on this case; complete it before starting another");
        }
    }

    Assessment open(AssessmentId id) {
        Assessment assessment = byId.get(id);
        if (assessment == null) {
            throw new UnknownEntry("this case has no assessment " + id);
        }
        if (assessment.completedOn() != null) {
            throw new JourneyRuleBroken("ASSESSMENT_COMPLETED",
                    "this assessment was completed on " + assessment.completedOn() + "; it cannot change");
        }
        return assessment;
    }

    void started(AssessmentId id, LocalDate startedOn, LocalDate dueOn) {
        byId.put(id, new Assessment(startedOn, dueOn, null, null));
    }

    void childSeen(AssessmentId id, LocalDate seenOn) {
        Assessment a = byId.get(id);
        if (a.firstSeenOn() == null || seenOn.isBefore(a.firstSeenOn())) {
            byId.put(id, new Assessment(a.startedOn(), a.dueOn(), seenOn, a.completedOn()));
        }
    }

    void completed(AssessmentId id, LocalDate completedOn) {
        Assessment a = byId.get(id);
        byId.put(id, new Assessment(a.startedOn(), a.dueOn(), a.firstSeenOn(), completedOn));
    }
}
