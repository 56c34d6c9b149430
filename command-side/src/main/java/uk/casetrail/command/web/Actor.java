package uk.casetrail.command.web;

/** Who is acting: recorded on every event as metadata (user, role, team). Team may be null. */
public record Actor(String user, String role, String team) {
}
