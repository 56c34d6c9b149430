package uk.casetrail.query.access;

import java.util.Set;

/**
 * Who may open a child's data: decided by relationship, never by role alone. One pure function, so
 * that every read endpoint decides the same way and the whole policy can be tested as a table.
 */
public final class AccessPolicy {

    private AccessPolicy() {
    }

    public static AccessDecision decide(Reader reader, ReadKind kind, Relationships child) {
        String role = reader.role();
        // The census is a legal duty of the authority for every child in need, restricted or not: it is
        // the data officer's role that makes it, and no other role may pull every child's record at once.
        if (kind == ReadKind.STATUTORY_RETURN) {
            return "DATA_OFFICER".equals(role) ? AccessDecision.permit(Basis.STATUTORY_RETURN)
                    : AccessDecision.deny("statutory returns are made by the authority's data officers");
        }
        if ("AUDITOR".equals(role)) {
            return kind == ReadKind.ACCESS_LOG ? AccessDecision.permit(Basis.AUDIT)
                    : AccessDecision.deny("auditors see who opened a record, not the record");
        }
        if (child.breakGlassOpen()) {
            return AccessDecision.permit(Basis.BREAK_GLASS);
        }
        if (child.restricted()) {
            // Named users are those who work with the child. An administrator who sets a restriction is
            // not opened the record by naming themselves in it, nor is a data officer.
            if (child.namedUsers().contains(reader.user()) && !"ADMIN".equals(role) && !"DATA_OFFICER".equals(role)) {
                return AccessDecision.permit(Basis.NAMED_USER);
            }
            // Only a reader the record would otherwise open to is told it is restricted: to anyone else
            // that a child's record is restricted is itself something about the child.
            AccessDecision unrestricted = byRelationship(reader, kind, child);
            return unrestricted.permitted()
                    ? AccessDecision.deny("this record is restricted to named users; break glass if you must open it")
                    : unrestricted;
        }
        return byRelationship(reader, kind, child);
    }

    private static AccessDecision byRelationship(Reader reader, ReadKind kind, Relationships child) {
        String role = reader.role();
        String team = reader.team();
        return switch (role == null ? "" : role) {
            case "SOCIAL_WORKER" -> {
                if (child.allocatedWorkers().contains(reader.user())) {
                    yield AccessDecision.permit(Basis.ALLOCATED_WORKER);
                }
                if (team != null && child.holdingTeams().contains(team)) {
                    yield AccessDecision.permit(child.receivingOnly().contains(team) ? Basis.RECEIVING_TEAM : Basis.ALLOCATED_TEAM);
                }
                yield AccessDecision.deny("you are not allocated to this child, nor in a team that holds a case");
            }
            case "TEAM_MANAGER" -> team != null && child.holdingTeams().contains(team)
                    ? AccessDecision.permit(Basis.MANAGEMENT_LINE)
                    : AccessDecision.deny("none of this child's cases is held by a team you manage");
            case "PARTNER" -> {
                if (kind != ReadKind.CHILD_DETAILS && kind != ReadKind.CHRONOLOGY) {
                    yield AccessDecision.deny("partner agencies see the child's basic details and their own contributions only");
                }
                yield team != null && child.involvedAgencies().contains(team) ? AccessDecision.permitPartner()
                        : AccessDecision.deny("your agency has no recorded involvement with this child");
            }
            case "INSPECTOR" -> kind != ReadKind.ACCESS_LOG && overlaps(child.inspectionTeams(), child.holdingTeams())
                    ? AccessDecision.permit(Basis.INSPECTION)
                    : AccessDecision.deny("no inspection grant covers this child's team now");
            default -> AccessDecision.deny("your role opens no child's record without a relationship");
        };
    }

    private static boolean overlaps(Set<String> a, Set<String> b) {
        return a.stream().anyMatch(b::contains);
    }
}
