package uk.casetrail.query.integrity;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Seals newly stored events into the hash chain, a batch at a time, in global order. One node seals
 * at a time (a PostgreSQL advisory lock), so the chain never forks. An event whose transaction
 * committed after a later event was sealed (a straggler) is sealed when it appears: the chain's order
 * is the order of sealing, which is global order but for such stragglers.
 * <p>
 * Stragglers are looked for where this node saw positions missing below what it sealed (the gaps), and,
 * every half minute, across the last 100,000 positions, for gaps another node saw or that outlived the
 * memory of them. Sweeping that window on every run cost a quarter of a second of database time twice a
 * second once the log was large.
 */
@Component
public class EventSealing {

    private static final long SEALING_LOCK = 0x43415345_5452414CL; // "CASETRAL"
    private static final int BATCH = 5_000;
    // How far back to look for stragglers: far more events than can be in flight at once.
    private static final long STRAGGLER_WINDOW = 100_000;

    // A gap older than this is a position that was never used (a rolled-back append); the sweep still covers it.
    private static final Duration GAP_KEPT = Duration.ofMinutes(10);
    private static final int MOST_GAPS = 10_000;

    // The events after a position, and the known gaps below it, that are not sealed yet. Two branches,
    // not one condition with OR: given any gap at all, the planner read the whole log's primary key in
    // order and filtered it (0.4 s on a log of 2 million events, twice a second under concurrent writes).
    private static final String UNSEALED = "SELECT * FROM ("
            + "SELECT " + EventDigest.COLUMNS + " FROM domain_event_entry e WHERE e.global_index > ? "
            + "AND NOT EXISTS (SELECT 1 FROM event_seal s WHERE s.global_index = e.global_index) "
            + "UNION ALL "
            + "SELECT " + EventDigest.COLUMNS + " FROM domain_event_entry e WHERE e.global_index = ANY(?) AND e.global_index <= ? "
            + "AND NOT EXISTS (SELECT 1 FROM event_seal s WHERE s.global_index = e.global_index)"
            + ") unsealed ORDER BY global_index LIMIT ?";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Duration sweepEvery;
    // Position -> when it was first seen missing. Only the scheduled sealing thread (or a verification) touches it.
    private final Map<Long, Long> gaps = new ConcurrentHashMap<>();
    private volatile long nextSweep = System.nanoTime();

    EventSealing(JdbcTemplate jdbc, TransactionTemplate transaction,
                 @Value("${casetrail.integrity.straggler-sweep:30s}") Duration sweepEvery) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.sweepEvery = sweepEvery;
    }

    @Scheduled(fixedDelayString = "${casetrail.integrity.seal-interval:500ms}")
    public synchronized void sealNewEvents() {
        boolean sweep = System.nanoTime() - nextSweep >= 0;
        while (Boolean.TRUE.equals(transaction.execute(tx -> sealBatch(sweep)))) {
            // keep sealing while full batches come back
        }
        if (sweep) {
            nextSweep = System.nanoTime() + sweepEvery.toNanos();
        }
    }

    private boolean sealBatch(boolean sweep) {
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
        forgetOldGaps(highestSealed);
        Long[] knownGaps = gaps.keySet().toArray(Long[]::new);
        jdbc.query(con -> {
            var statement = con.prepareStatement(UNSEALED);
            long from = sweep ? Math.max(0, highestSealed - STRAGGLER_WINDOW) : highestSealed;
            statement.setLong(1, from);
            statement.setArray(2, con.createArrayOf("bigint", knownGaps));
            statement.setLong(3, from);
            statement.setInt(4, BATCH);
            return statement;
        }, rs -> {
            byte[] previous = seals.isEmpty() ? head.hash() : (byte[]) seals.get(seals.size() - 1)[2];
            seals.add(new Object[]{head.position() + seals.size() + 1, rs.getLong("global_index"), digest.link(previous, rs)});
        });
        if (!seals.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO event_seal (seal_position, global_index, hash) VALUES (?, ?, ?)", seals);
        }
        rememberGaps(highestSealed, seals);
        return seals.size() == BATCH;
    }

    /** Positions above what was sealed before and below what is sealed now that held no event: perhaps not yet committed. */
    private void rememberGaps(long highestSealedBefore, List<Object[]> seals) {
        Set<Long> sealed = new HashSet<>();
        long highest = highestSealedBefore;
        for (Object[] seal : seals) {
            long position = (Long) seal[1];
            sealed.add(position);
            gaps.remove(position);
            highest = Math.max(highest, position);
        }
        long now = System.nanoTime();
        for (long position = highestSealedBefore + 1; position < highest && gaps.size() < MOST_GAPS; position++) {
            if (!sealed.contains(position)) {
                gaps.putIfAbsent(position, now);
            }
        }
    }

    private void forgetOldGaps(long highestSealed) {
        long now = System.nanoTime();
        gaps.entrySet().removeIf(gap -> gap.getKey() < highestSealed - STRAGGLER_WINDOW
                || now - gap.getValue() > GAP_KEPT.toNanos());
    }
}
