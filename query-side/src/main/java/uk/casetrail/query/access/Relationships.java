package uk.casetrail.query.access;

import java.util.Set;

/**
 * What links a reader to one child, as the read models know it: the workers and teams of the
 * child's cases, the agencies involved, a restriction and its named users, and the reader's own
 * open break-glass window or inspection grants.
 *
 * @param holdingTeams    teams holding a case: the allocated team, or the receiving team until allocation
 * @param receivingOnly   holding teams that hold a case only as the team that received the contact
 * @param inspectionTeams teams the reader may inspect now
 */
public record Relationships(Set<String> allocatedWorkers, Set<String> holdingTeams, Set<String> receivingOnly,
                           Set<String> involvedAgencies, boolean restricted, Set<String> namedUsers,
                           boolean breakGlassOpen, Set<String> inspectionTeams) {

    public static final Relationships NONE = new Relationships(Set.of(), Set.of(), Set.of(), Set.of(), false, Set.of(),
            false, Set.of());
}
