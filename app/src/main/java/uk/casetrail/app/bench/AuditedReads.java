package uk.casetrail.app.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * The audited reads the benchmark times over HTTP: the case view, a child's chronology and the
 * register, spread over the same cases whenever they are measured, so that two measurements (of a
 * small log and of a large one) differ only in what changed in between.
 */
final class AuditedReads {

    /** Fetches a path as the benchmark's reader, failing on an error answer. */
    @FunctionalInterface
    interface Http {
        void get(String path) throws Exception;
    }

    /**
     * One read's latencies at one number of clients, and how many of its requests were answered with
     * an error (timed all the same): an overloaded server answers 503 rather than hang, and the run goes on.
     */
    record Figure(String read, int clients, double p50Ms, double p99Ms, long failed, long requests) {
        String p50Key() {
            return read + "P50Ms." + clients;
        }

        String p99Key() {
            return read + "P99Ms." + clients;
        }
    }

    private static final Map<String, Function<ReadTarget, String>> PATHS = new LinkedHashMap<>();

    static {
        PATHS.put("caseView", t -> "/api/cases/" + t.caseId());
        PATHS.put("chronology", t -> "/api/children/" + t.childId() + "/chronology?limit=50");
        PATHS.put("register", t -> "/api/register/child-protection?limit=50");
    }

    /** Waits until the work a step left behind (its access events, to be projected) is done. */
    @FunctionalInterface
    interface Settle {
        void await() throws InterruptedException;
    }

    private final List<ReadTarget> targets;
    private final Http http;
    private final Duration warmUp;
    private final Settle settle;

    /**
     * @param warmUp how long each read runs, unmeasured, before it is measured at each number of clients
     * @param settle run after each warm-up and each measured step: sixty-four clients leave thousands of
     *               access events to project, which had been counted against the one-client step after them
     */
    AuditedReads(List<ReadTarget> targets, Http http, Duration warmUp, Settle settle) {
        this.targets = List.copyOf(targets);
        this.http = http;
        this.warmUp = warmUp;
        this.settle = settle;
    }

    /** One of the reads, chosen by the call's number, for one client: to exercise them all, unmeasured. */
    void once(int client, long call) throws Exception {
        List<Function<ReadTarget, String>> paths = List.copyOf(PATHS.values());
        http.get(paths.get((int) (call % paths.size())).apply(ReadTarget.pick(targets, client, call)));
    }

    /** Every read at every number of clients, each for the given time. */
    List<Figure> measure(List<Integer> clientCounts, Duration each) throws Exception {
        List<Figure> figures = new ArrayList<>();
        for (var read : PATHS.entrySet()) {
            figures.addAll(time(read.getKey(), read.getValue(), clientCounts, each));
        }
        return figures;
    }

    /**
     * The HTTP floor (a request that touches neither the database nor a record: the liveness probe),
     * measured beside the reads so that a change in the machine itself between two measurements shows.
     */
    List<Figure> floor(List<Integer> clientCounts, Duration each) throws Exception {
        return time("httpFloor", target -> "/actuator/health/liveness", clientCounts, each);
    }

    private List<Figure> time(String read, Function<ReadTarget, String> path, List<Integer> clientCounts, Duration each)
            throws Exception {
        List<Figure> figures = new ArrayList<>();
        for (int clients : clientCounts) {
            AtomicLong failed = new AtomicLong();
            LoadRun.Operation fetch = (client, i) -> {
                try {
                    http.get(path.apply(ReadTarget.pick(targets, client, i)));
                } catch (IllegalStateException errorAnswer) {
                    failed.incrementAndGet();
                }
            };
            LoadRun.warm(clients, warmUp, fetch);
            settle.await();
            failed.set(0);
            Latencies latencies = LoadRun.run(clients, each, fetch);
            settle.await();
            figures.add(new Figure(read, clients, latencies.percentileMillis(50), latencies.percentileMillis(99),
                    failed.get(), latencies.operations()));
        }
        return figures;
    }
}
