package uk.casetrail.command.web;

/** The signed-in actor of the current request, as the security configuration established it. */
@FunctionalInterface
public interface Actors {

    Actor current();
}
