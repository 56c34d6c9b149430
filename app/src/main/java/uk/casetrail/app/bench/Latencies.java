package uk.casetrail.app.bench;

import java.util.Arrays;

/** Latencies of one measured run, in microseconds, and the operations per second they add up to. */
record Latencies(long operations, double seconds, long[] micros) {

    double perSecond() {
        return operations / seconds;
    }

    double percentileMillis(double percentile) {
        if (micros.length == 0) {
            return 0;
        }
        long[] sorted = micros.clone();
        Arrays.sort(sorted);
        int index = (int) Math.min(sorted.length - 1, Math.ceil(percentile / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1000.0;
    }
}
