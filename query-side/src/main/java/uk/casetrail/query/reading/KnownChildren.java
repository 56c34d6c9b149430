package uk.casetrail.query.reading;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.UUID;

/** Whether the read models know a child; an unknown child is a 404 for every read that names one. */
@Component
public class KnownChildren {

    private final JdbcClient jdbc;

    KnownChildren(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void require(UUID childId) {
        if (!knows(childId)) {
            throw new NotFound("no child " + childId);
        }
    }

    public boolean knows(UUID childId) {
        return jdbc.sql("SELECT count(*) FROM child_summary WHERE child_id = ?").param(childId).query(Long.class).single() > 0;
    }
}
