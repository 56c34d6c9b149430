package uk.casetrail.app.support;

import uk.casetrail.query.rebuild.ProjectionRebuild;

import java.time.Duration;

/** Waits, bounded, for the projections to have processed every stored event. */
public final class Projections {

    private Projections() {
    }

    public static void awaitCaughtUp(ProjectionRebuild projections) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!projections.caughtUp()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("projections did not catch up: " + projections.progress());
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
