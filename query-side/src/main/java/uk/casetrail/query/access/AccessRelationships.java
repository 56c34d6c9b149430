package uk.casetrail.query.access;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.casetrail.query.reading.Ids;

import java.sql.Timestamp;
import java.time.Clock;
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
        String ofChildren = ids.matchedBy("child_id");
        Map<UUID, Builder> built = new HashMap<>();
        for (UUID id : children) {
            built.put(id, new Builder());
        }
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("SELECT child_id, allocated_worker, allocated_team, receiving_team FROM case_view WHERE " + ofChildren)
                .param("ids", ids.param())
                .query((rs, n) -> {
                    Builder b = built.get(rs.getObject("child_id", UUID.class));
                    String worker = rs.getString("allocated_worker");
                    String allocatedTeam = rs.getString("allocated_team");
                    if (worker != null) {
                        b.workers.add(worker);
                    }
                    if (allocatedTeam != null) {
                        b.teams.add(allocatedTeam);
                    } else {
                        b.teams.add(rs.getString("receiving_team"));
                        b.receiving.add(rs.getString("receiving_team"));
                    }
                    return null;
                }).list();
        // Until a contact opens a case, the team that registered the child holds the record.
        jdbc.sql("SELECT child_id, registered_by_team FROM child_summary WHERE " + ofChildren + " AND registered_by_team IS NOT NULL")
                .param("ids", ids.param())
                .query((rs, n) -> {
                    Builder b = built.get(rs.getObject("child_id", UUID.class));
                    if (b.teams.isEmpty()) {
                        b.teams.add(rs.getString("registered_by_team"));
                        b.receiving.add(rs.getString("registered_by_team"));
                    }
                    return null;
                }).list();
        jdbc.sql("SELECT child_id, agency FROM case_involvement WHERE " + ofChildren).param("ids", ids.param())
                .query((rs, n) -> built.get(rs.getObject("child_id", UUID.class)).agencies.add(rs.getString("agency"))).list();
        jdbc.sql("SELECT child_id, named_users FROM child_restriction WHERE " + ofChildren).param("ids", ids.param())
                .query((rs, n) -> {
                    Builder b = built.get(rs.getObject("child_id", UUID.class));
                    b.restricted = true;
                    b.named.addAll(java.util.Arrays.asList((String[]) rs.getArray("named_users").getArray()));
                    return null;
                }).list();
        jdbc.sql("SELECT child_id FROM break_glass WHERE user_name = :user AND open_until > :now AND " + ofChildren)
                .param("user", reader.user()).param("now", now).param("ids", ids.param())
                .query((rs, n) -> built.get(rs.getObject("child_id", UUID.class)).breakGlass = true).list();
        Set<String> inspecting = new HashSet<>(jdbc.sql("""
                        SELECT team FROM inspection_grant WHERE inspector = :user AND valid_from <= :now AND valid_until > :now""")
                .param("user", reader.user()).param("now", now).query(String.class).list());
        Map<UUID, Relationships> relationships = new HashMap<>();
        built.forEach((id, b) -> relationships.put(id, new Relationships(Set.copyOf(b.workers), Set.copyOf(b.teams),
                Set.copyOf(b.receiving), Set.copyOf(b.agencies), b.restricted, Set.copyOf(b.named), b.breakGlass,
                Set.copyOf(inspecting))));
        return relationships;
    }

    private static final class Builder {
        final Set<String> workers = new HashSet<>();
        final Set<String> teams = new HashSet<>();
        final Set<String> receiving = new HashSet<>();
        final Set<String> agencies = new HashSet<>();
        final Set<String> named = new HashSet<>();
        boolean restricted;
        boolean breakGlass;
    }
}
