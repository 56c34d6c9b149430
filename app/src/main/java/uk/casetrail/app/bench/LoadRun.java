package uk.casetrail.app.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs an operation from N clients at once for a fixed time, timing each call. */
final class LoadRun {

    @FunctionalInterface
    interface Operation {
        void run(int client, long iteration) throws Exception;
    }

    private LoadRun() {
    }

    /** Where the iterations of an unmeasured run start: far from the measured run's, so that keys made from them differ. */
    private static final long UNMEASURED_ITERATIONS = 1L << 40;

    /**
     * Runs the operation unmeasured first: the JIT compiler compiles each new path under load, on a
     * core it takes from what is measured, for the first seconds a step runs, even after the run's
     * warm-up (which runs only the commands and reads it writes and reads most).
     */
    static void warm(int clients, Duration duration, Operation operation) throws Exception {
        if (!duration.isZero()) {
            run(clients, duration, (client, iteration) -> operation.run(client, UNMEASURED_ITERATIONS + iteration));
        }
    }

    static Latencies run(int clients, Duration duration, Operation operation) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<long[]>> results = new ArrayList<>();
            long[] deadline = new long[1];
            for (int c = 0; c < clients; c++) {
                int client = c;
                results.add(pool.submit(() -> {
                    start.await();
                    long[] samples = new long[1024];
                    int count = 0;
                    for (long i = 0; System.nanoTime() < deadline[0]; i++) {
                        long began = System.nanoTime();
                        operation.run(client, i);
                        if (count == samples.length) {
                            samples = java.util.Arrays.copyOf(samples, count * 2);
                        }
                        samples[count++] = (System.nanoTime() - began) / 1000;
                    }
                    return java.util.Arrays.copyOf(samples, count);
                }));
            }
            long began = System.nanoTime();
            deadline[0] = began + duration.toNanos();
            start.countDown();
            List<long[]> all = new ArrayList<>();
            for (Future<long[]> result : results) {
                all.add(result.get());
            }
            double seconds = (System.nanoTime() - began) / 1e9;
            long[] micros = all.stream().flatMapToLong(java.util.Arrays::stream).toArray();
            return new Latencies(micros.length, seconds, micros);
        } finally {
            pool.shutdownNow();
        }
    }
}
