package uk.casetrail.app.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The most heap a step holds live while it runs, above what was live before it: a full collection
 * every 200 ms, and the heap in use just after each. The peak of heap in use says more about the
 * collector's pacing than about the step (and a short step may see no collection at all), so a claim
 * that memory stays flat as the authority grows is judged by this figure. It slows the step: time it
 * in a run of its own.
 */
final class HeapWatch implements AutoCloseable {

    private static final long MIB = 1024 * 1024;

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicLong mostLive = new AtomicLong();
    private final long before;
    private final Thread sampler;

    HeapWatch() {
        memory.gc();
        before = memory.getHeapMemoryUsage().getUsed();
        sampler = new Thread(() -> {
            while (running.get()) {
                memory.gc();
                mostLive.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(200);
                } catch (InterruptedException stop) {
                    return;
                }
            }
        }, "bench-heap-watch");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** MiB held live above the start, at the most. */
    long mostLiveAboveStartMiB() {
        return Math.max(0, mostLive.get() - before) / MIB;
    }

    @Override
    public void close() {
        running.set(false);
        sampler.interrupt();
        try {
            sampler.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
