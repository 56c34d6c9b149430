package uk.casetrail.query.access;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.casetrail.query.reading.Ids;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Loads the relationships between a reader and children from the read models, for many children at once. */
@Component
class AccessRelationships {

    private final JdbcClient jdbc;
    private final Clock clock;

    AccessRelationships(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Map<UUID, Relationships> of(Reader reader, Collection<UUID> children) {
        Ids ids = Ids.of(children);
        Map<UUID, Builder> built = new HashMap<>();
        for (UUID id : children) {
            built.put(id, new Builder());
        }
        Set<String> inspecting = new HashSet<>();
        // One statement for every relationship: each read of a child's record asks this first, and
        // six statements cost it six round trips and six executions' overhead in the server.
        jdbc.sql(RELATIONSHIPS.replace("${children}", ids.matchedBy("child_id")))
                .param("ids", ids.param()).param("user", reader.user()).param("now", Timestamp.from(clock.instant()))
                .query(rs -> {
                    String kind = rs.getString("kind");
                    if ("inspection".equals(kind)) {
                        inspecting.add(rs.getString("team"));
                        return;
                    }
                    Builder b = built.get(rs.getObject("child_id", UUID.class));
                    switch (kind) {
                        case "case" -> b.holdsCase(rs.getString("worker"), rs.getString("team"), rs.getString("receiving"));
                        case "registered" -> b.registeredBy = rs.getString("team");
                        case "agency" -> b.agencies.add(rs.getString("team"));
                        case "restricted" -> {
                            b.restricted = true;
                            b.named.addAll(Arrays.asList((String[]) rs.getArray("named").getArray()));
                        }
                        case "break-glass" -> b.breakGlass = true;
                        default -> throw new IllegalStateException("unknown relationship " + kind);
                    }
                });
        Map<UUID, Relationships> relationships = new HashMap<>();
        built.forEach((id, b) -> relationships.put(id, b.build(inspecting)));
        return relationships;
    }

    private static final String RELATIONSHIPS = """
            SELECT 'case' AS kind, child_id, allocated_worker AS worker, allocated_team AS team,
                   receiving_team AS receiving, NULL::text[] AS named
            FROM case_view WHERE ${children}
            UNION ALL
            SELECT 'registered', child_id, NULL, registered_by_team, NULL, NULL
            FROM child_summary WHERE ${children} AND registered_by_team IS NOT NULL
            UNION ALL
            SELECT 'agency', child_id, NULL, agency, NULL, NULL FROM case_involvement WHERE ${children}
            UNION ALL
            SELECT 'restricted', child_id, NULL, NULL, NULL, named_users FROM child_restriction WHERE ${children}
            UNION ALL
            SELECT 'break-glass', child_id, NULL, NULL, NULL, NULL
            FROM break_glass WHERE user_name = :user AND open_until > :now AND ${children}
            UNION ALL
            SELECT 'inspection', NULL, NULL, team, NULL, NULL
            FROM inspection_grant WHERE inspector = :user AND valid_from <= :now AND valid_until > :now""";

    private static final class Builder {
        final Set<String> workers = new HashSet<>();
        final Set<String> teams = new HashSet<>();
        final Set<String> receiving = new HashSet<>();
        final Set<String> agencies = new HashSet<>();
        final Set<String> named = new HashSet<>();
        String registeredBy;
        boolean restricted;
        boolean breakGlass;

        void holdsCase(String worker, String allocatedTeam, String receivingTeam) {
            if (worker != null) {
                workers.add(worker);
            }
            if (allocatedTeam != null) {
                teams.add(allocatedTeam);
            } else {
                teams.add(receivingTeam);
                receiving.add(receivingTeam);
            }
        }

        Relationships build(Set<String> inspecting) {
            // Until a contact opens a case, the team that registered the child holds the record.
            if (teams.isEmpty() && registeredBy != null) {
                teams.add(registeredBy);
                receiving.add(registeredBy);
            }
            return new Relationships(Set.copyOf(workers), Set.copyOf(teams), Set.copyOf(receiving), Set.copyOf(agencies),
                    restricted, Set.copyOf(named), breakGlass, Set.copyOf(inspecting));
        }
    }
}
