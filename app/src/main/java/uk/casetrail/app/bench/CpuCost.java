package uk.casetrail.app.bench;

import java.util.Locale;

/**
 * What one operation cost the cores on average, in milliseconds of CPU: the JVM's share and the
 * database server's (null when its processes could not be read); and, not counted in either, what
 * the JIT compiler spent meanwhile, shared out the same way.
 */
record CpuCost(double jvmMs, Double databaseMs, double compilerMs) {

    static CpuCost per(CpuTime.Reading spent, long operations) {
        double each = Math.max(operations, 1) * 1e6;
        return new CpuCost(spent.jvmNanos() / each,
                spent.databaseNanos().isPresent() ? spent.databaseNanos().getAsLong() / each : null,
                spent.compilerNanos() / each);
    }

    /** Both shares together; the JVM's alone when the database's is unknown. */
    double totalMs() {
        return databaseMs == null ? jvmMs : jvmMs + databaseMs;
    }

    /** As the table shows it: "JVM + database", or the JVM's alone. */
    String describe() {
        return databaseMs == null ? String.format(Locale.ROOT, "%.3f (JVM)", jvmMs)
                : String.format(Locale.ROOT, "%.3f + %.3f", jvmMs, databaseMs);
    }

    /** This cost as a percentage of another measured the same way (in the same run). */
    String against(CpuCost baseline) {
        return baseline.totalMs() > 0 ? String.format(Locale.ROOT, "%.0f%%", 100 * totalMs() / baseline.totalMs()) : "";
    }
}
