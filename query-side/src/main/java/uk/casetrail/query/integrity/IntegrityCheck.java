package uk.casetrail.query.integrity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.function.LongConsumer;

/**
 * Recomputes the whole hash chain from the stored events and compares it with the seals: an altered
 * event breaks the chain at its own position, a deleted one where it is missing.
 */
@Component
public class IntegrityCheck {

    public record Verification(boolean verified, long eventsChecked, String headHash, Long firstBrokenPosition) {
    }

    private static final Logger log = LoggerFactory.getLogger(IntegrityCheck.class);
    private static final long PROGRESS_EVERY = 100_000;

    private final JdbcTemplate jdbc;

    IntegrityCheck(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    // Read-only and repeatable read: one consistent picture of seals and events, streamed.
    @Transactional(readOnly = true, isolation = org.springframework.transaction.annotation.Isolation.REPEATABLE_READ)
    public Verification verify() {
        return verify(checked -> log.info("integrity check: {} events verified so far", checked));
    }

    /** @param progress told the number of events verified so far, every 100,000 events */
    @Transactional(readOnly = true, isolation = org.springframework.transaction.annotation.Isolation.REPEATABLE_READ)
    public Verification verify(LongConsumer progress) {
        EventDigest digest = new EventDigest();
        long[] checked = {0};
        byte[][] previous = {EventDigest.GENESIS};
        Long[] broken = {null};
        jdbc.query(con -> {
            var statement = con.prepareStatement("SELECT s.global_index AS sealed_index, s.hash AS sealed_hash, "
                    + prefixed() + " FROM event_seal s LEFT JOIN domain_event_entry e ON e.global_index = s.global_index "
                    + "ORDER BY s.seal_position", java.sql.ResultSet.TYPE_FORWARD_ONLY, java.sql.ResultSet.CONCUR_READ_ONLY);
            statement.setFetchSize(10_000);
            return statement;
        }, rs -> {
            if (broken[0] != null) {
                return;
            }
            long sealedIndex = rs.getLong("sealed_index");
            byte[] sealed = rs.getBytes("sealed_hash");
            boolean missing = rs.getObject("global_index") == null;
            byte[] link = missing ? null : digest.link(previous[0], rs);
            if (missing || !Arrays.equals(link, sealed)) {
                broken[0] = sealedIndex;
                return;
            }
            previous[0] = link;
            if (++checked[0] % PROGRESS_EVERY == 0) {
                progress.accept(checked[0]);
            }
        });
        return new Verification(broken[0] == null, checked[0], HexFormat.of().formatHex(previous[0]), broken[0]);
    }

    private static String prefixed() {
        return Arrays.stream(EventDigest.COLUMNS.split(", ")).map(c -> "e." + c).reduce((a, b) -> a + ", " + b).orElseThrow();
    }
}
