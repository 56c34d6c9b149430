package uk.casetrail.command.journey;

/** A command names an assessment, enquiry, plan or note that this case does not have. */
public final class UnknownEntry extends RuntimeException {

    public UnknownEntry(String message) {
        super(message, null, false, false);
    }
}
