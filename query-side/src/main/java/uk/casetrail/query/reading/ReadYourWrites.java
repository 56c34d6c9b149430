package uk.casetrail.query.reading;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

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
