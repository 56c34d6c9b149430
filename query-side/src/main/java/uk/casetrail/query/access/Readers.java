package uk.casetrail.query.access;

/** The signed-in reader of the current request, as the security configuration established it. */
@FunctionalInterface
public interface Readers {

    Reader reader();
}
