package uk.casetrail.query.reading;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import uk.casetrail.query.access.AccessDenied;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * A read that names the version it must reflect waits, bounded, until the shared read model has
 * reached it: a write through any node will do. Without a version it does not wait at all.
 */
@Component
public class ReadYourWrites {

    private final Duration wait;

    ReadYourWrites(@Value("${casetrail.read-your-writes.wait:5s}") Duration wait) {
        this.wait = wait;
    }

    /** @return whether the read model reached minVersion (always true when minVersion is null) */
    public boolean await(Long minVersion, LongSupplier currentVersion) throws InterruptedException {
        return minVersion == null || await(() -> currentVersion.getAsLong() >= minVersion);
    }

    /**
     * Reads after a wait that began at {@code waitBegan} ({@link System#nanoTime()}). A read refused to
     * its reader is answered only once the whole wait has passed, had it waited at all: how long it took
     * would otherwise tell a reader refused the record when it reached the version they named.
     */
    public <T> T read(Long minVersion, long waitBegan, Supplier<T> read) throws InterruptedException {
        try {
            return read.get();
        } catch (AccessDenied refused) {
            long left = waitBegan + wait.toNanos() - System.nanoTime();
            if (minVersion != null && left > 0) {
                TimeUnit.NANOSECONDS.sleep(left);
            }
            throw refused;
        }
    }

    /** @return whether the read model reached what the read asked for before the wait ran out */
    public boolean await(BooleanSupplier reached) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        long pause = 5;
        while (!reached.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(pause);
            pause = Math.min(pause * 2, 100);
        }
        return true;
    }
}
