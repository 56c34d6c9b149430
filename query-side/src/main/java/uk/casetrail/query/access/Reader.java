package uk.casetrail.query.access;

/** Who is reading: user, the role they act in, their team or agency, and where the read comes from. */
public record Reader(String user, String role, String team, String session, String clientAddress) {
}
