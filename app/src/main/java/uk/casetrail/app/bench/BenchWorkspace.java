package uk.casetrail.app.bench;

import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What one benchmark run keeps on disk: its identity provider's public key and, unless it was given a
 * database, its own embedded database (gigabytes with a large log). All of it goes when the run ends.
 * A run that was killed cannot clean up after itself (removing the database from a shutdown hook would
 * race the embedded PostgreSQL's own shutdown), so each run first removes what runs whose process has
 * ended left behind; a directory of a run still going is left alone.
 */
public final class BenchWorkspace implements AutoCloseable {

    static final String PREFIX = "casetrail-bench";
    private static final String OWNER = "owner";

    private final Path directory;

    private BenchWorkspace(Path directory) {
        this.directory = directory;
    }

    /** Removes the leftovers of ended runs in {@code temp}, then makes this run's directory there. */
    public static BenchWorkspace open(Path temp) throws IOException {
        for (Path leftover : leftByEndedRuns(temp)) {
            FileSystemUtils.deleteRecursively(leftover);
        }
        Path directory = Files.createTempDirectory(temp, PREFIX);
        ProcessHandle self = ProcessHandle.current();
        Files.writeString(directory.resolve(OWNER), self.pid() + " " + started(self).map(Instant::toString).orElse(""));
        return new BenchWorkspace(directory);
    }

    /** The public key file of the run's identity provider. */
    public Path keyFile() {
        return directory.resolve("idp.pem");
    }

    /** Where the run's own embedded database keeps its data. */
    public Path database() {
        return directory.resolve("data");
    }

    @Override
    public void close() throws IOException {
        FileSystemUtils.deleteRecursively(directory);
    }

    /**
     * Directories of runs whose process is gone. The process's start is compared too: a process id
     * is reused, and a long-lived process that now has it must not keep a dead run's gigabytes.
     */
    static List<Path> leftByEndedRuns(Path temp) throws IOException {
        try (Stream<Path> entries = Files.list(temp)) {
            return entries.filter(p -> p.getFileName().toString().startsWith(PREFIX) && Files.isDirectory(p))
                    .filter(BenchWorkspace::ownerEnded).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static boolean ownerEnded(Path directory) {
        String[] owner;
        try {
            owner = Files.readString(directory.resolve(OWNER)).strip().split(" ", 2);
        } catch (IOException e) {
            // No owner recorded (a run just starting, or made by something else): not ours to remove.
            return false;
        }
        Optional<ProcessHandle> process;
        try {
            process = ProcessHandle.of(Long.parseLong(owner[0]));
        } catch (NumberFormatException e) {
            return false;
        }
        String recordedStart = owner.length > 1 ? owner[1] : "";
        return process.filter(ProcessHandle::isAlive)
                .filter(p -> recordedStart.isEmpty() || started(p).map(Instant::toString).orElse("").equals(recordedStart))
                .isEmpty();
    }

    private static Optional<Instant> started(ProcessHandle process) {
        return process.info().startInstant();
    }
}
