package uk.casetrail.command.web;

/** The write named a version (If-Match) that is not the record's current version. */
final class StaleVersion extends RuntimeException {

    StaleVersion(String noun, long expected, long actual) {
        super("this " + noun + " is at version " + actual + ", not " + expected
                + "; reload it, check what changed and try again", null, false, false);
    }
}
