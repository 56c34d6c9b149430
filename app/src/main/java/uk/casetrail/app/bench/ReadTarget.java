package uk.casetrail.app.bench;

import java.util.List;

/** A case and its child that the benchmark's reader (alice, North) may open. */
record ReadTarget(String caseId, String childId) {

    /** The target a client reads on its i-th call: clients spread over the targets, each walking its own way. */
    static ReadTarget pick(List<ReadTarget> targets, int client, long i) {
        return targets.get((int) ((client * 7919L + i) % targets.size()));
    }
}
