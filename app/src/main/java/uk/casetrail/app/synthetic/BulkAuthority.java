package uk.casetrail.app.synthetic;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Grows the event log to a given size by writing copies of a synthetic authority's event streams in
 * bulk, not through the command bus: the command path records about 800 commands a second here, so
 * millions of events would take hours. The authority is first made through the command path, so
 * every stream copied is one the rules accepted; each copy is the authority's history again (its
 * closed cases and their children, {@link AuthorityHistory}, in the order they were first recorded)
 * with every id remapped ({@link CopyIds}),
 * and the last copy stops at the first stream boundary past the size asked for. A copy is published
 * through the event store a few thousand events to a transaction, as the census import does, so the
 * access-control projection sees it in the same transaction, and the tracking projections and the
 * hash chain's sealer pick it up afterwards as they would any other event.
 */
public final class BulkAuthority {

    private static final int EVENTS_PER_TRANSACTION = 2_000;
    private static final long PROGRESS_EVERY_NANOS = Duration.ofSeconds(2).toNanos();

    /** What was written: events from {@code eventsBefore} on, in copies numbered first to last. */
    public record Grown(long eventsBefore, long eventsWritten, long streamsWritten, int firstCopy, int lastCopy, Duration took) {
        public double eventsPerSecond() {
            return eventsWritten / Math.max(0.001, took.toMillis() / 1000.0);
        }

        /** How many copies were begun (none when the log was already large enough). */
        public int copies() {
            return eventsWritten == 0 ? 0 : lastCopy - firstCopy + 1;
        }
    }

    private final EventStore eventStore;
    private final EventCopies copies;
    private final TransactionTemplate transaction;
    private final JdbcTemplate jdbc;

    public BulkAuthority(EventStore eventStore, Serializer eventSerializer, TransactionTemplate transaction, JdbcTemplate jdbc) {
        this.eventStore = eventStore;
        this.copies = new EventCopies(eventSerializer);
        this.transaction = transaction;
        this.jdbc = jdbc;
    }

    /**
     * Copies the authority made from {@code seed} until the log holds at least {@code events} events;
     * nothing is written when it already does. Copies already in the log (a grow before) are kept, and
     * numbering goes on after them.
     */
    public Grown grow(long seed, long events, Consumer<String> progress) {
        long began = System.nanoTime();
        long before = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
        if (before >= events) {
            return new Grown(before, 0, 0, 0, 0, Duration.ZERO);
        }
        List<List<EventCopies.Source>> streams = originals(seed, progress);
        int first = nextCopy(streams.get(0).get(0).aggregateId());
        Batches batches = new Batches(events - before, System.nanoTime(), progress);
        int copy = first;
        for (; !batches.enough(); copy++) {
            CopyIds ids = new CopyIds(copy);
            for (int s = 0; s < streams.size() && !batches.enough(); s++) {
                batches.add(streams.get(s).stream().<DomainEventMessage<?>>map(e -> copies.copy(e, ids)).toList(), copy);
            }
        }
        batches.flush();
        batches.report(copy - 1);
        return new Grown(before, batches.written, batches.streams, first, copy - 1, Duration.ofNanos(System.nanoTime() - began));
    }

    /**
     * The authority's streams as the command path recorded them, in the order they were started, so
     * that in any part of a copy a child's record comes before its cases.
     */
    private List<List<EventCopies.Source>> originals(long seed, Consumer<String> progress) {
        List<String> aggregates = jdbc.queryForList("""
                SELECT aggregate_identifier FROM domain_event_entry
                WHERE sequence_number = 0 AND type IS NOT NULL
                  AND convert_from(meta_data, 'UTF8')::jsonb ->> 'correlationId' = ?
                  AND convert_from(meta_data, 'UTF8')::jsonb ->> ? IS NULL
                ORDER BY global_index""", String.class, "synthetic-" + seed, EventCopies.COPY);
        if (aggregates.isEmpty()) {
            throw new IllegalStateException("the log holds no synthetic authority of seed " + seed
                    + " to copy: make it through the command path first");
        }
        long began = System.nanoTime();
        List<List<DomainEventMessage<?>>> recorded = new ArrayList<>(aggregates.size());
        for (String aggregate : aggregates) {
            recorded.add(eventStore.readEvents(aggregate).asStream().<DomainEventMessage<?>>map(event -> event).toList());
        }
        List<List<EventCopies.Source>> streams = AuthorityHistory.of(recorded).stream()
                .map(stream -> stream.stream().map(copies::source).toList()).toList();
        progress.accept(String.format(Locale.ROOT, "bulk load: copying the history of the synthetic authority of seed %d: %d of its %d streams"
                        + " (closed cases and their children; %d events, read in %.1f s)", seed, streams.size(), recorded.size(),
                streams.stream().mapToLong(List::size).sum(), (System.nanoTime() - began) / 1e9));
        return streams;
    }

    /** The first copy number not yet in the log: copies are numbered 1, 2, ... and never reused. */
    private int nextCopy(String firstOriginal) {
        int copy = 1;
        while (Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM domain_event_entry WHERE aggregate_identifier = ?)",
                Boolean.class, new CopyIds(copy).id(firstOriginal)))) {
            copy++;
        }
        return copy;
    }

    /** Streams gathered into transactions of a few thousand events, with the progress of the whole load. */
    private final class Batches {
        private final long wanted;
        private final long began;
        private final Consumer<String> progress;
        private final List<DomainEventMessage<?>> pending = new ArrayList<>();
        private long written;
        private long streams;
        private long lastReport;

        Batches(long wanted, long began, Consumer<String> progress) {
            this.wanted = wanted;
            this.began = began;
            this.progress = progress;
            this.lastReport = began;
        }

        boolean enough() {
            return written + pending.size() >= wanted;
        }

        void add(List<DomainEventMessage<?>> stream, int copy) {
            pending.addAll(stream);
            streams++;
            if (pending.size() >= EVENTS_PER_TRANSACTION) {
                flush();
                if (System.nanoTime() - lastReport >= PROGRESS_EVERY_NANOS) {
                    report(copy);
                }
            }
        }

        void flush() {
            if (pending.isEmpty()) {
                return;
            }
            transaction.executeWithoutResult(tx -> eventStore.publish(pending));
            written += pending.size();
            pending.clear();
        }

        void report(int copy) {
            lastReport = System.nanoTime();
            double seconds = (lastReport - began) / 1e9;
            progress.accept(String.format(Locale.ROOT, "bulk load: %d events written, %d to go (copy %d), %.0f events/s",
                    written, Math.max(0, wanted - written), copy, written / seconds));
        }
    }
}
