package uk.casetrail.query.rebuild;

import java.time.Instant;

/**
 * A rebuild's progress: events replayed of the events to replay, the rate so far, and the seconds
 * it should still take (null until a rate is known).
 */
public record RebuildProgress(String state, long eventsDone, long eventsTotal, long eventsPerSecond,
                              Long estimatedSecondsRemaining, Instant startedAt) {
}
