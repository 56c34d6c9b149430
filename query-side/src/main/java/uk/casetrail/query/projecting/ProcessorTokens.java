package uk.casetrail.query.projecting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How far each segment of a projection processor has come, read from the shared token store: the
 * processors' in-memory status lags a reset and knows only the segments this node holds.
 */
@Component
public class ProcessorTokens {

    /**
     * One segment's committed position: the highest event it has seen, less the gaps (events with a
     * lower position that were not yet committed when it passed them, so not yet handled).
     */
    public record SegmentPosition(long index, Set<Long> gaps) {

        public boolean handled(long globalIndex) {
            return globalIndex <= index && !gaps.contains(globalIndex);
        }
    }

    private final JdbcClient jdbc;
    private final ObjectMapper json = new ObjectMapper();

    ProcessorTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<SegmentPosition> positions(String processor) {
        return jdbc.sql("SELECT token_type, token FROM token_entry WHERE processor_name = ?").param(processor)
                .query((rs, n) -> position(rs.getString("token_type"), rs.getBytes("token")))
                .list();
    }

    /** Whether every segment of the processor has handled the event at that position of the log. */
    public boolean handled(String processor, long globalIndex) {
        List<SegmentPosition> segments = positions(processor);
        return !segments.isEmpty() && segments.stream().allMatch(s -> s.handled(globalIndex));
    }

    private SegmentPosition position(String type, byte[] token) {
        if (type == null || token == null) {
            return new SegmentPosition(0, Set.of());
        }
        try {
            JsonNode stored = json.readTree(token);
            // A replay token keeps replaying until an event beyond the reset point arrives; its current token is what counts.
            JsonNode current = type.endsWith("ReplayToken") ? stored.path("currentToken") : stored;
            Set<Long> gaps = new HashSet<>();
            current.path("gaps").forEach(gap -> gaps.add(gap.asLong()));
            return new SegmentPosition(current.path("index").asLong(0), gaps);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
