package uk.casetrail.query.integrity;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;

/**
 * Seals newly stored events into the hash chain, a batch at a time, in global order. One node seals
 * at a time (a PostgreSQL advisory lock), so the chain never forks. An event whose transaction
 * committed after a later event was sealed is sealed when it appears: the chain's order is the order
 * of sealing, which is global order but for such stragglers.
 */
@Component
public class EventSealing {

    private static final long SEALING_LOCK = 0x43415345_5452414CL; // "CASETRAL"
    private static final int BATCH = 5_000;
    // How far back to look for stragglers: far more events than can be in flight at once.
    private static final long STRAGGLER_WINDOW = 100_000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    EventSealing(JdbcTemplate jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @Scheduled(fixedDelayString = "${casetrail.integrity.seal-interval:500ms}")
    public void sealNewEvents() {
        while (Boolean.TRUE.equals(transaction.execute(tx -> sealBatch()))) {
            // keep sealing while full batches come back
        }
    }

    private boolean sealBatch() {
        Boolean locked = jdbc.queryForObject("SELECT pg_try_advisory_xact_lock(?)", Boolean.class, SEALING_LOCK);
        if (!Boolean.TRUE.equals(locked)) {
            return false;
        }
        record Head(long position, byte[] hash) {
        }
        Head head = jdbc.query("SELECT seal_position, hash FROM event_seal ORDER BY seal_position DESC LIMIT 1",
                rs -> rs.next() ? new Head(rs.getLong(1), rs.getBytes(2)) : new Head(0, EventDigest.GENESIS));
        Long highestSealed = jdbc.queryForObject("SELECT COALESCE(max(global_index), 0) FROM event_seal", Long.class);
        EventDigest digest = new EventDigest();
        List<Object[]> seals = new ArrayList<>();
        jdbc.query(con -> {
            var statement = con.prepareStatement("SELECT " + EventDigest.COLUMNS + " FROM domain_event_entry e "
                    + "WHERE e.global_index > ? AND NOT EXISTS (SELECT 1 FROM event_seal s WHERE s.global_index = e.global_index) "
                    + "ORDER BY e.global_index LIMIT ?");
            statement.setLong(1, Math.max(0, highestSealed - STRAGGLER_WINDOW));
            statement.setInt(2, BATCH);
            return statement;
        }, rs -> {
            byte[] previous = seals.isEmpty() ? head.hash() : (byte[]) seals.get(seals.size() - 1)[2];
            seals.add(new Object[]{head.position() + seals.size() + 1, rs.getLong("global_index"), digest.link(previous, rs)});
        });
        if (!seals.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO event_seal (seal_position, global_index, hash) VALUES (?, ?, ?)", seals);
        }
        return seals.size() == BATCH;
    }
}
