package uk.casetrail.query.rebuild;

/** A rebuild that cannot start now, and why. */
public class RebuildRefused extends RuntimeException {

    public RebuildRefused(String reason) {
        super(reason);
    }
}
