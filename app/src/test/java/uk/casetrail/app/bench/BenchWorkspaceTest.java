package uk.casetrail.app.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A killed benchmark run's gigabytes do not stay in the temporary directory for good. */
class BenchWorkspaceTest {

    @TempDir
    Path temp;

    @Test
    void a_run_removes_what_ended_runs_left_and_keeps_what_live_ones_hold() throws Exception {
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        Path killed = leftover("casetrail-bench-killed", ended.pid() + " " + ended.info().startInstant().map(Object::toString).orElse(""));
        Files.writeString(Files.createDirectories(killed.resolve("data/postgres")).resolve("PG_VERSION"), "17");
        ProcessHandle self = ProcessHandle.current();
        Path running = leftover("casetrail-bench-running", self.pid() + " " + self.info().startInstant().orElseThrow());
        // The same process id, but another process's: the id was reused after the run ended.
        Path reused = leftover("casetrail-bench-reused", self.pid() + " 2001-01-01T00:00:00Z");
        Path starting = Files.createDirectory(temp.resolve("casetrail-bench-starting"));
        Path unrelated = leftover("something-else", ended.pid() + "");

        try (BenchWorkspace workspace = BenchWorkspace.open(temp)) {
            assertThat(killed).doesNotExist();
            assertThat(reused).doesNotExist();
            assertThat(running).exists();
            assertThat(starting).exists();
            assertThat(unrelated).exists();
            assertThat(workspace.keyFile().getParent()).isEqualTo(workspace.database().getParent())
                    .startsWith(temp).exists();
            assertThat(BenchWorkspace.leftByEndedRuns(temp)).as("this run's own directory is not taken for a leftover")
                    .doesNotContain(workspace.keyFile().getParent());
        }
        try (var left = Files.list(temp)) {
            assertThat(left.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("casetrail-bench-running", "casetrail-bench-starting", "something-else");
        }
    }

    private Path leftover(String name, String owner) throws Exception {
        Path directory = Files.createDirectory(temp.resolve(name));
        Files.writeString(directory.resolve("owner"), owner);
        return directory;
    }
}
