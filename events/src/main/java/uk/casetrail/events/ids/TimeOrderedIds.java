package uk.casetrail.events.ids;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;

import java.util.UUID;

/**
 * New ids are UUIDs of version 7 (RFC 9562): the time they were made comes first, then randomness.
 * Every index keyed by an id (the log's event identifiers, the read models' records) then takes new
 * entries at its right edge and keeps the recent ones together. With random ids each insert lands on
 * a random page of an index that grows with the authority's whole history: once those indexes outgrew
 * the database's memory, every append fetched pages it no longer held, and an audited read's append on
 * a log of 2 million events cost twice what it did on a small one.
 */
public final class TimeOrderedIds {

    // Monotonic within a millisecond and thread-safe; its randomness comes from a SecureRandom.
    private static final TimeBasedEpochGenerator GENERATOR = Generators.timeBasedEpochGenerator();

    private TimeOrderedIds() {
    }

    public static UUID next() {
        return GENERATOR.generate();
    }
}
