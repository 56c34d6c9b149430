package uk.casetrail.app.bench;

import com.sun.management.OperatingSystemMXBean;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * The CPU time spent so far by this JVM and by the PostgreSQL server it uses, when that server runs
 * on this machine (its processes, read from {@code /proc}). Throughput on a few shared cores is what
 * they can pay for: the CPU an operation takes, the JVM's and the database's apart, says what it costs
 * and where, which its latency under load does not.
 */
final class CpuTime {

    /**
     * CPU time, in nanoseconds, of the JVM but for its JIT compiler's threads, of those threads, and of
     * the database server (absent when not measured).
     */
    record Reading(long jvmNanos, long compilerNanos, OptionalLong databaseNanos) {

        Reading since(Reading earlier) {
            return new Reading(jvmNanos - earlier.jvmNanos, compilerNanos - earlier.compilerNanos,
                    databaseNanos.isPresent() && earlier.databaseNanos.isPresent()
                            ? OptionalLong.of(databaseNanos.getAsLong() - earlier.databaseNanos.getAsLong())
                            : OptionalLong.empty());
        }
    }

    private static final Path PROC = Path.of("/proc");

    private final OperatingSystemMXBean jvm = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final Long postmaster;
    private final long nanosPerTick;
    // Each compiler thread's ticks when last read, kept once it has ended: the process's CPU keeps them too.
    private final Map<String, Long> compilerThreads = new HashMap<>();

    private CpuTime(Long postmaster, long nanosPerTick) {
        this.postmaster = postmaster;
        this.nanosPerTick = nanosPerTick;
    }

    /**
     * Finds the database server's main process through the data directory it names, when that
     * directory is on this machine and names a live process; otherwise only the JVM is measured.
     */
    static CpuTime of(JdbcTemplate jdbc) {
        Long postmaster = null;
        try {
            Path pidFile = Path.of(jdbc.queryForObject("SHOW data_directory", String.class), "postmaster.pid");
            long pid = Long.parseLong(Files.readAllLines(pidFile, StandardCharsets.US_ASCII).get(0).strip());
            if (Files.isRegularFile(PROC.resolve(pid + "/stat"))) {
                postmaster = pid;
            }
        } catch (RuntimeException | IOException notLocal) {
            // A server elsewhere, or a role that may not see its settings: its CPU is not measured.
        }
        return new CpuTime(postmaster, 1_000_000_000L / clockTicksPerSecond());
    }

    Reading now() {
        long compiler = compilerTicks(PROC.resolve("self/task"), compilerThreads) * nanosPerTick;
        return new Reading(jvm.getProcessCpuTime() - compiler, compiler,
                postmaster == null ? OptionalLong.empty() : OptionalLong.of(databaseTicks() * nanosPerTick));
    }

    /**
     * The ticks of the JIT compiler's threads among the given threads ({@code /proc/self/task}), added to
     * those seen before. Compiling is what a node pays once after it starts (and again for each path it
     * first runs): counted apart, so that the cost of an operation is that of the compiled code.
     */
    static long compilerTicks(Path tasks, Map<String, Long> seen) {
        try (Stream<Path> threads = Files.list(tasks)) {
            for (Path thread : threads.toList()) {
                String name;
                try {
                    name = Files.readString(thread.resolve("comm"), StandardCharsets.US_ASCII).strip();
                } catch (IOException ended) {
                    continue;
                }
                List<String> fields = statFields(thread);
                // HotSpot's names, cut to the kernel's 15 characters: "C1 CompilerThre", "C2 CompilerThre".
                if (!fields.isEmpty() && name.matches("C[12] CompilerThre.*")) {
                    seen.put(thread.getFileName().toString(), Long.parseLong(fields.get(11)) + Long.parseLong(fields.get(12)));
                }
            }
        } catch (IOException notLinux) {
            // No /proc: the compiler's CPU is counted with the rest of the JVM's.
        }
        return seen.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * The server's main process with the children it has reaped (connections closed), and every child
     * still running: a backend that exits between two readings moves from the second sum to the first.
     */
    private long databaseTicks() {
        long ticks = 0;
        try (Stream<Path> processes = Files.list(PROC)) {
            for (Path process : processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).toList()) {
                List<String> fields = statFields(process);
                if (fields.isEmpty()) {
                    continue;
                }
                boolean main = process.getFileName().toString().equals(postmaster.toString());
                if (main || fields.get(1).equals(postmaster.toString())) {
                    ticks += Long.parseLong(fields.get(11)) + Long.parseLong(fields.get(12));
                    if (main) {
                        ticks += Long.parseLong(fields.get(13)) + Long.parseLong(fields.get(14));
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not read the database's processes", e);
        }
        return ticks;
    }

    /**
     * The fields of /proc/PID/stat after the process's name, from its state on (field 3); empty for a
     * process that ended while being read. The name is in parentheses and may itself hold spaces.
     */
    static List<String> statFields(Path process) {
        try {
            String stat = Files.readString(process.resolve("stat"), StandardCharsets.US_ASCII);
            return List.of(stat.substring(stat.lastIndexOf(')') + 2).strip().split(" "));
        } catch (IOException ended) {
            return List.of();
        }
    }

    private static long clockTicksPerSecond() {
        try {
            Process getconf = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
            String answer = new String(getconf.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
            return getconf.waitFor() == 0 ? Long.parseLong(answer) : 100;
        } catch (IOException | NumberFormatException e) {
            // The kernel's USER_HZ is 100 on every architecture Linux runs on today.
            return 100;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 100;
        }
    }
}
