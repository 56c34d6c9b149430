package uk.casetrail.app.bench;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.casetrail.app.synthetic.BulkAuthority;
import uk.casetrail.query.rebuild.ProjectionRebuild;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The benchmark's audited reads again, on the same cases, after the log has grown in bulk to millions
 * of events (the target: within 20% of the latencies on the log of about 100,000 events the reads were
 * measured on just before). The log grows by copies of the synthetic authority's history
 * ({@link BulkAuthority}); both measurements wait until the read models and the hash chain's sealer
 * have caught up and the database has done the upkeep autovacuum would otherwise do in the middle of
 * them (VACUUM ANALYZE), so that what differs between them is the size of what is stored, not work
 * still under way or how warm the server is.
 */
final class LargeLog {

    private static final long PROGRESS_EVERY_NANOS = Duration.ofSeconds(5).toNanos();

    private final ConfigurableApplicationContext app;
    private final JdbcTemplate jdbc;
    private final ProjectionRebuild projections;
    private final BenchResults results;

    LargeLog(ConfigurableApplicationContext app, BenchResults results) {
        this.app = app;
        this.jdbc = app.getBean(JdbcTemplate.class);
        this.projections = app.getBean(ProjectionRebuild.class);
        this.results = results;
    }

    /**
     * @param rounds how many times the reads are measured on each side of the growth, each side's median
     *               compared: one run (2026-11-30, 16:05) timed the case view at one client at 4.0, 9.8
     *               and 3.0 ms p50 in three steps of 8 s, two of them on the same small log, a spread far
     *               wider than the 20% compared
     */
    void measure(long events, AuditedReads reads, List<Integer> readers, Duration each, int rounds) throws Exception {
        // Measured again here, not taken from earlier in the run: then the server was colder and the
        // database not yet analysed, which moved the figures by more than the 20% compared.
        Settled small = settle();
        mustGrow(small.events(), events);
        List<AuditedReads.Figure> before = timed(reads, readers, each, rounds, "baseline");
        BulkAuthority.Grown grown = app.getBean(BulkAuthority.class).grow(Benchmark.SEED, events, System.out::println);
        Settled large = settle();
        results.put("large.baselineEvents", small.events());
        results.put("large.events", large.events());
        results.put("large.eventsWritten", grown.eventsWritten());
        results.put("large.copies", grown.copies());
        results.put("large.loadSeconds", grown.took().toMillis() / 1000.0);
        results.put("large.loadEventsPerSecond", grown.eventsPerSecond());
        results.put("large.catchUpSeconds", large.caughtUp());
        results.put("large.sealingSeconds", large.sealed());
        results.put("large.vacuumAnalyzeSeconds", large.vacuumed());
        results.put("large.rounds", rounds);
        results.row("log grown in bulk: events written, events/s", grown.eventsWritten() + ", " + Math.round(grown.eventsPerSecond()), "", "");
        results.row("  then read models, sealer, VACUUM ANALYZE s",
                String.format(Locale.ROOT, "%.0f, %.0f, %.0f", large.caughtUp(), large.sealed(), large.vacuumed()), "", "");
        compare(before, small.events(), timed(reads, readers, each, rounds, "large"), large.events(), rounds);
    }

    /**
     * Refuses a comparison of the log with itself: the run's own audited reads append to the log, more
     * of them on a faster machine (on CI's, most likely, the smoke run's went past the 20,000 events it
     * asked for, so that nothing was grown and the run still ended well).
     */
    static void mustGrow(long held, long wanted) {
        if (held >= wanted) {
            throw new IllegalStateException("the log already holds " + held + " events, not fewer than --bench.large-events="
                    + wanted + ": there is nothing to grow and so nothing to compare; ask for more (the figures so far are written)");
        }
    }

    /**
     * The HTTP floor, then the reads, as many times as asked; each figure the median of its rounds (each
     * round's p50 kept in the results). The floor's ratio says how much of a change is the machine's own.
     */
    private List<AuditedReads.Figure> timed(AuditedReads reads, List<Integer> readers, Duration each, int rounds, String side)
            throws Exception {
        List<List<AuditedReads.Figure>> measured = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            System.out.println("reads on the " + (side.equals("large") ? "grown" : "small") + " log: round " + round + " of " + rounds);
            List<AuditedReads.Figure> figures = new ArrayList<>(reads.floor(readers, each));
            figures.addAll(reads.measure(readers, each));
            measured.add(figures);
        }
        for (AuditedReads.Figure figure : measured.get(0)) {
            results.put("large.rounds." + side + "." + figure.p50Key(), measured.stream()
                    .map(round -> sameAs(figure, round).p50Ms()).toList());
        }
        return medians(measured);
    }

    /** Each read at each number of clients: the median p50 and the median p99 of the rounds, their failures added. */
    static List<AuditedReads.Figure> medians(List<List<AuditedReads.Figure>> rounds) {
        return rounds.get(0).stream().map(first -> {
            List<AuditedReads.Figure> all = rounds.stream().map(round -> sameAs(first, round)).toList();
            return new AuditedReads.Figure(first.read(), first.clients(),
                    median(all.stream().mapToDouble(AuditedReads.Figure::p50Ms).toArray()),
                    median(all.stream().mapToDouble(AuditedReads.Figure::p99Ms).toArray()),
                    all.stream().mapToLong(AuditedReads.Figure::failed).sum(),
                    all.stream().mapToLong(AuditedReads.Figure::requests).sum());
        }).toList();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static AuditedReads.Figure sameAs(AuditedReads.Figure figure, List<AuditedReads.Figure> among) {
        return among.stream().filter(s -> s.read().equals(figure.read()) && s.clients() == figure.clients()).findFirst().orElseThrow();
    }

    /** The log's size once nothing is left to do on it, and how long each wait took. */
    private record Settled(long events, double caughtUp, double sealed, double vacuumed) {
    }

    /**
     * Waits until the read models and the hash chain's sealer have caught up, then does the upkeep
     * autovacuum and the checkpointer would otherwise do in the middle of the reads (VACUUM ANALYZE,
     * CHECKPOINT).
     */
    private Settled settle() throws Exception {
        long head = projections.logHead();
        double caughtUp = caughtUp();
        double sealed = seconds(() -> await(() -> sealedUpTo() >= head, () -> "hash chain: sealed up to " + sealedUpTo() + " of " + head));
        double vacuumed = seconds(() -> jdbc.execute("VACUUM ANALYZE"));
        // Gigabytes of WAL from the load leave a checkpoint writing dirty pages for minutes after it,
        // and every audited read waits for a WAL flush: finished here, not during the reads.
        try {
            jdbc.execute("CHECKPOINT");
        } catch (DataAccessException notAllowed) {
            // Only a superuser (or pg_checkpoint) may: on someone else's database the reads go on without it.
            System.out.println("CHECKPOINT refused (" + notAllowed.getMostSpecificCause().getMessage() + "); reads measured without it");
        }
        return new Settled(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class), caughtUp, sealed, vacuumed);
    }

    /** Each read's latencies on the large log next to the same read's on the small one, as ratios. */
    private void compare(List<AuditedReads.Figure> small, long smallEvents, List<AuditedReads.Figure> large, long logEvents,
                         int rounds) {
        for (AuditedReads.Figure figure : large) {
            AuditedReads.Figure before = sameAs(figure, small);
            double p50Ratio = figure.p50Ms() / before.p50Ms();
            double p99Ratio = figure.p99Ms() / before.p99Ms();
            results.put("large.baseline." + before.p50Key(), before.p50Ms());
            results.put("large.baseline." + before.p99Key(), before.p99Ms());
            results.put("large." + figure.p50Key(), figure.p50Ms());
            results.put("large." + figure.p99Key(), figure.p99Ms());
            results.put("large." + figure.read() + "P50Ratio." + figure.clients(), p50Ratio);
            results.put("large." + figure.read() + "P99Ratio." + figure.clients(), p99Ratio);
            results.put("large." + figure.read() + "Failed." + figure.clients(), figure.failed());
            results.row(figure.read() + " p50 / p99 ms, " + logEvents + " events, " + figure.clients() + " clients"
                            + (rounds > 1 ? ", median of " + rounds : "")
                            + (figure.failed() > 0 ? " (" + figure.failed() + " of " + figure.requests() + " failed)" : ""),
                    figure.p50Ms() + " / " + figure.p99Ms(), before.p50Ms() + " / " + before.p99Ms(), "at " + smallEvents + " events",
                    String.format(Locale.ROOT, "%.2f/%.2fx", p50Ratio, p99Ratio));
        }
    }

    /**
     * Seconds, after the load, until the read models have handled every event. They follow the log as it
     * grows; rebuilding them once it has grown was slower (BENCHMARKS.md).
     */
    private double caughtUp() throws Exception {
        return seconds(() -> await(projections::caughtUp, () -> "read models: " + ProjectionRebuild.PROCESSORS.stream()
                .mapToLong(projections::eventsBehind).max().orElse(0) + " events behind the head of the log"));
    }

    private long sealedUpTo() {
        return jdbc.queryForObject("SELECT coalesce(max(global_index), 0) FROM event_seal", Long.class);
    }

    private static void await(BooleanSupplier done, Supplier<String> progress) throws InterruptedException {
        long reported = System.nanoTime();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() - reported >= PROGRESS_EVERY_NANOS) {
                System.out.println(progress.get());
                reported = System.nanoTime();
            }
            Thread.sleep(200);
        }
    }

    @FunctionalInterface
    private interface Step {
        void run() throws Exception;
    }

    private static double seconds(Step step) throws Exception {
        long began = System.nanoTime();
        step.run();
        return (System.nanoTime() - began) / 1e9;
    }
}
