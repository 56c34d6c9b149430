package uk.casetrail.query.chronology;

/** The streaming processor that writes the chronology, apart from the case record so each can be rebuilt alone. */
public final class ChronologyProcessor {

    public static final String NAME = "chronology";

    private ChronologyProcessor() {
    }
}
