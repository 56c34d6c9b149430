package uk.casetrail.app.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.casetrail.app.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** A tiny run of the benchmark command, so that it cannot rot; real runs are not part of the test suite. */
class BenchmarkSmokeTest {

    @TempDir
    Path work;

    @Test
    void the_benchmark_command_measures_the_platform_next_to_raw_postgresql_and_writes_its_results() throws Exception {
        Path results = work.resolve("bench-results.json");
        Set<Path> leftBefore = leftInTemp();
        // The log must still be short of the large size when it is grown: the run's own audited reads
        // (thousands a second in process at sixteen threads) take it to about 16,000 events here, and
        // most likely past 20,000 on CI's machine (2026-11-30), which the run now refuses.
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream console = System.out;
        System.setOut(new PrintStream(both(console, printed), true, StandardCharsets.UTF_8));
        int status;
        try {
            status = CommandLine.bench("--bench.seconds=1", "--bench.warm-up-seconds=1", "--bench.warm-up-max-seconds=1", "--bench.step-warm-up-seconds=1", "--bench.writers=1", "--bench.readers=1", "--bench.children=40",
                    "--bench.large-events=100000", "--bench.large-rounds=2", "--bench.results=" + results);
        } finally {
            System.setOut(console);
        }
        assertThat(status).isZero();
        // Its long steps say how far they have come while they run.
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("synthetic authority: 40 of 40 children",
                "warm-up: 1 s of commands and audited reads", "bulk load: ",
                "reads on the small log: round 2 of 2", "reads on the grown log: round 2 of 2");
        assertThat(leftBefore).as("the run's own database and key file are gone with it").containsAll(leftInTemp());
        JsonNode figures = new ObjectMapper().readTree(results.toFile());
        for (String figure : new String[]{"rawInsertsPerSecond.1", "commandsPerSecond.1", "commandP50Ms.1", "httpCommandsPerSecond.1",
                "caseViewP99Ms.1", "chronologyP99Ms.1", "registerP99Ms.1", "rebuildEventsPerSecond",
                "rawSequentialReadRowsPerSecond", "startupSeconds", "warmUpSeconds", "peakHeapMiB", "datasetEvents", "datasetCommandsPerSecond",
                "caseViewUnauditedP50Ms.1", "auditedToUnauditedRatio.16", "censusExportSeconds", "censusValidationSeconds",
                "censusExportBytes", "page.caseload.p95Ms", "page.case-view.p95Ms", "page.team-overdue.p95Ms"}) {
            assertThat(figures.path(figure).asDouble()).as(figure).isPositive();
        }
        // The same reads on the log grown in bulk, next to the same reads measured just before it grew.
        assertThat(figures.path("large.events").asLong()).isGreaterThanOrEqualTo(100000)
                .isGreaterThan(figures.path("large.baselineEvents").asLong());
        assertThat(figures.path("large.baselineEvents").asLong()).as("the reads are measured again just before the log grows")
                .isGreaterThanOrEqualTo(figures.path("readsLogEvents").asLong());
        for (String figure : new String[]{"large.caseViewP50Ms.1", "large.chronologyP99Ms.1", "large.registerP50Ms.1",
                "large.caseViewP50Ratio.1", "large.baseline.caseViewP50Ms.1", "large.httpFloorP50Ratio.1", "large.registerP99Ratio.1", "large.loadEventsPerSecond", "large.eventsWritten"}) {
            assertThat(figures.path(figure).asDouble()).as(figure).isPositive();
        }
        // Each side's reads measured in rounds, the median compared.
        assertThat(figures.path("large.rounds.baseline.chronologyP50Ms.1")).hasSize(2);
        assertThat(figures.path("large.rounds.large.registerP50Ms.1")).hasSize(2);
        // What each operation cost the cores, the embedded database's processes included.
        for (String figure : new String[]{"commandCpuMs.1", "rawInsertDatabaseCpuMs.1", "commandDatabaseCpuMs.1", "httpCommandJvmCpuMs.1",
                "caseViewAuditedDatabaseCpuMs.16", "caseViewUnauditedJvmCpuMs.16", "auditedToUnauditedCpuRatio.1"}) {
            assertThat(figures.path(figure).asDouble()).as(figure).isPositive();
        }
        assertThat(figures.path("datasetChildren").asInt()).isEqualTo(40);
        assertThat(figures.path("datasetRefusedCommands").asInt()).isZero();
    }

    /** Writes to the console as before, and keeps a copy. */
    private static OutputStream both(OutputStream console, OutputStream copy) {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                console.write(b);
                copy.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                console.write(b, off, len);
                copy.write(b, off, len);
            }
        };
    }

    /** What benchmark runs made in the temporary directory: their databases and key files. */
    private static Set<Path> leftInTemp() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("casetrail-bench")).collect(Collectors.toSet());
        }
    }
}
